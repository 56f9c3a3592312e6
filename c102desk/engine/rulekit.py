"""Small builders for the shapes most rules take: a yes/no fact, a limit on a number, a checklist.

Each builder returns a ``Requirement`` whose explanation states the figures used and the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from c102desk.engine.calculations import LimitCalculation
from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.i18n import Msg, Qty
from c102desk.numbers import to_json_number


def yes_rule(
    ctx: Context,
    rule_id: str,
    article: str,
    question_id: str,
    *,
    met: str,
    not_met: str,
    unknown: str | None = None,
    no_status: Status = Status.NOT_MET,
    required: bool = True,
    group: str | None = None,
) -> Requirement:
    """A requirement decided by one yes/no answer: yes meets it, no fails it (or ``no_status``)."""
    value = ctx.flag(question_id)
    if value is True:
        status, text = Status.MET, met
    elif value is False:
        status, text = no_status, not_met
    else:
        status = Status.INSUFFICIENT
        text = unknown or Msg("rule.not_answered", question=question_id, article=article)
    return Requirement(
        rule_id, article, status, text, {"answer": value}, (question_id,), group=group, required=required
    )


def limit_rule(
    ctx: Context,
    rule_id: str,
    article: str,
    question_id: str,
    *,
    limit: Fraction | int,
    at_most: bool,
    what: str,
    unit: str,
    group: str | None = None,
    questions: Sequence[str] = (),
) -> Requirement:
    """A number that national law may not exceed (``at_most``) or must reach; the limit itself complies."""
    value = ctx.number(question_id)
    limit = Fraction(limit)
    qids = (question_id, *questions)
    bound = "at_most" if at_most else "at_least"
    if value is None:
        text = Msg(f"limit.missing.{bound}", what=what, question=question_id, article=article,
                   limit=Qty(limit, unit))
        return Requirement(rule_id, article, Status.INSUFFICIENT, text, {}, qids, group=group)
    calculation = LimitCalculation(article, what, value, limit, unit, at_most)
    ok = calculation.met
    sign = ("≤" if ok else ">") if at_most else ("≥" if ok else "<")
    text = Msg(f"limit.{bound}", what=what, value=Qty(value, unit), sign=sign, limit=Qty(limit, unit),
               article=article)
    return Requirement(rule_id, article, Status.MET if ok else Status.NOT_MET, text, calculation.values(), qids,
                       group=group, calculations=(calculation,))


def checklist_rule(
    ctx: Context,
    rule_id: str,
    article: str,
    question_id: str,
    *,
    required_items: dict[str, str],
    what: str,
    group: str | None = None,
    article_3: bool = False,
) -> Requirement:
    """A list of things national law must provide, answered as a several-choice question."""
    chosen = ctx.choices(question_id)
    if chosen is None:
        text = Msg("checklist.unanswered", what=what, question=question_id, article=article,
                   count=len(required_items))
        return Requirement(rule_id, article, Status.INSUFFICIENT, text, {}, (question_id,), group=group,
                           article_3=article_3)
    missing = [label for key, label in required_items.items() if key not in chosen]
    count = len(required_items) - len(missing)
    values = {"provided": count, "required": len(required_items), "missing": [str(m) for m in missing]}
    if missing:
        text = Msg("checklist.missing", what=what, count=count, total=len(required_items), missing=missing,
                   article=article)
        status = Status.NOT_MET
    else:
        text = Msg("checklist.all", what=what, count=count, article=article)
        status = Status.MET
    return Requirement(rule_id, article, status, text, values, (question_id,), group=group, article_3=article_3)


def not_applicable(rule_id: str, article: str, reason: str, *, group: str | None = None,
                   article_3: bool = False, questions: Sequence[str] = ()) -> Requirement:
    return Requirement(
        rule_id, article, Status.NOT_APPLICABLE, reason, {}, tuple(questions), group=group, article_3=article_3
    )


def informational(requirement: Requirement) -> Requirement:
    """Mark a requirement as informational: shown, but never deciding the Part."""
    requirement.required = False
    return requirement


def abuse_rule(ctx: Context, rule_id: str, article: str, question_id: str) -> Requirement:
    """A qualifying period limited to "what is necessary to preclude abuse" (Arts 11, 17, 23, 51).

    The text gives no figure: [I] up to the documented number of months is plausible, longer is reviewed.
    """
    assumption = ctx.assume("A.QP.ABUSE")
    limit = assumption.value or Fraction(6)
    months = ctx.number(question_id)
    if months is None:
        return Requirement(rule_id, article, Status.INSUFFICIENT, Msg("abuse.missing", question=question_id), {},
                           (question_id,))
    values = {"months": to_json_number(months), "plausible_months": to_json_number(limit)}
    if months <= limit:
        text = Msg("abuse.plausible", months=months, limit=limit, article=article)
        return Requirement(rule_id, article, Status.MET, text, values, (question_id,),
                           assumptions=(assumption.id,))
    text = Msg("abuse.review", months=months, limit=limit, article=article)
    return Requirement(rule_id, article, Status.NEEDS_REVIEW, text, values, (question_id,),
                       assumptions=(assumption.id,))


def duration_rule(ctx: Context, rule_id: str, article: str, prefix: str, *, min_weeks: int,
                  what: str, group: str | None = None, guaranteed: bool = False) -> Requirement:
    """A benefit paid throughout the contingency, which national law may limit to ``min_weeks`` or more.

    ``guaranteed``: the questionnaire asks whether the duration grows with the contribution record
    (``<prefix>.graded``) and, if so, the duration at the minimum qualifying record (``<prefix>.min_record_weeks``),
    which is then the one tested (``guaranteed_duration``).
    """
    limited_q, weeks_q = f"{prefix}.limited", f"{prefix}.max_weeks"
    limited = ctx.flag(limited_q)
    qids = (limited_q, weeks_q)
    if limited is False:
        return Requirement(rule_id, article, Status.MET, Msg("duration.throughout", what=what, article=article),
                           {"limited": False}, qids, group=group)
    if limited is None and ctx.number(weeks_q) is None:
        return Requirement(rule_id, article, Status.INSUFFICIENT,
                           Msg("duration.unknown", what=what, question=limited_q), {}, qids, group=group)
    rule = limit_rule(ctx, rule_id, article, weeks_q, limit=min_weeks, at_most=False,
                      what=Msg("duration.maximum_of", what=what), unit="weeks", group=group,
                      questions=(limited_q,))
    if not guaranteed:
        return rule
    return guaranteed_duration(ctx, rule, prefix, min_weeks=Fraction(min_weeks), what=what)


def guaranteed_duration(ctx: Context, rule: Requirement, prefix: str, *, min_weeks: Fraction,
                        what: str) -> Requirement:
    """The guarantee, not the best case: where the duration grows with the contribution, employment or residence
    record, the duration at the minimum qualifying record is the one tested [I] (A.GUARANTEE.DURATION).

    ``rule`` is the test of the duration national law states (its maximum); a maximum that already falls short is
    final, as the guaranteed duration can be no longer.
    """
    graded_q, shortest_q = f"{prefix}.graded", f"{prefix}.min_record_weeks"
    qids = tuple(dict.fromkeys((*rule.questions, graded_q, shortest_q)))
    graded = ctx.flag(graded_q)
    if rule.status is Status.NOT_MET or graded is False:
        rule.questions = qids
        return rule
    assumption = ctx.assume("A.GUARANTEE.DURATION").id
    if graded is None:
        if rule.status is not Status.MET:
            return rule
        return Requirement(rule.id, rule.article, Status.INSUFFICIENT,
                           Msg("guarantee.duration.graded_unknown", text=rule.explanation, question=graded_q),
                           rule.values, qids, group=rule.group, article_3=rule.article_3, assumptions=(assumption,))
    shortest = ctx.number(shortest_q)
    if shortest is None:
        return Requirement(rule.id, rule.article, Status.INSUFFICIENT,
                           Msg("guarantee.duration.shortest_missing", what=what, question=shortest_q,
                               limit=min_weeks, article=rule.article),
                           {}, qids, group=rule.group, article_3=rule.article_3, assumptions=(assumption,))
    calculation = LimitCalculation(rule.article, Msg("guarantee.duration.what", what=what), shortest, min_weeks,
                                   "weeks", at_most=False)
    ok = calculation.met
    text = Msg("guarantee.duration.test", what=what, weeks=Qty(shortest, "weeks"), sign="≥" if ok else "<",
               limit=Qty(min_weeks, "weeks"), article=rule.article)
    values = {"guaranteed_weeks": to_json_number(shortest), "limit": to_json_number(min_weeks), "graded": True,
              **({"maximum_weeks": rule.values["value"]} if "value" in rule.values else {})}
    return Requirement(rule.id, rule.article, Status.MET if ok else Status.NOT_MET, text, values, qids,
                       group=rule.group, article_3=rule.article_3, assumptions=(assumption,),
                       calculations=(calculation,))
