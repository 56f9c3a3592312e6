"""Small builders for the shapes most rules take: a yes/no fact, a limit on a number, a checklist.

Each builder returns a ``Requirement`` whose explanation states the figures used and the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.numbers import fmt_number, to_json_number


def art(article: str) -> str:
    return f"Art {article}"


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
        text = unknown or f"not yet answered ({question_id}); needed for {art(article)}"
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
    if value is None:
        return Requirement(
            rule_id, article, Status.INSUFFICIENT,
            f"{what} not yet given ({question_id}); {art(article)} requires "
            f"{'at most' if at_most else 'at least'} {fmt_number(limit)} {unit}",
            {}, qids, group=group,
        )
    ok = value <= limit if at_most else value >= limit
    if at_most:
        sign = "≤" if ok else ">"
        rel = "at most"
    else:
        sign = "≥" if ok else "<"
        rel = "at least"
    text = (
        f"{what} {fmt_number(value)} {unit} {sign} {fmt_number(limit)} {unit}: "
        f"{art(article)} {'allows' if at_most else 'requires'} {rel} {fmt_number(limit)} {unit}"
    )
    values = {"value": to_json_number(value), "limit": to_json_number(limit)}
    return Requirement(rule_id, article, Status.MET if ok else Status.NOT_MET, text, values, qids, group=group)


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
        return Requirement(
            rule_id, article, Status.INSUFFICIENT,
            f"{what}: not yet answered ({question_id}); {art(article)} requires all {len(required_items)} items",
            {}, (question_id,), group=group, article_3=article_3,
        )
    missing = [label for key, label in required_items.items() if key not in chosen]
    count = len(required_items) - len(missing)
    values = {"provided": count, "required": len(required_items), "missing": missing}
    if missing:
        text = (
            f"{what}: {count} of {len(required_items)} items provided; missing: {'; '.join(missing)} "
            f"({art(article)})"
        )
        status = Status.NOT_MET
    else:
        text = f"{what}: all {count} items required by {art(article)} are provided"
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
        return Requirement(rule_id, article, Status.INSUFFICIENT,
                           f"the qualifying period ({question_id}) is not yet given", {}, (question_id,))
    values = {"months": to_json_number(months), "plausible_months": to_json_number(limit)}
    if months <= limit:
        text = (f"qualifying period {fmt_number(months)} months ≤ {fmt_number(limit)} months, plausibly no more than "
                f"needed to preclude abuse ({art(article)}) [I]")
        return Requirement(rule_id, article, Status.MET, text, values, (question_id,),
                           assumptions=(assumption.id,))
    text = (f"qualifying period {fmt_number(months)} months > {fmt_number(limit)} months: whether it is only what is "
            f"needed to preclude abuse ({art(article)}) is for review [I]")
    return Requirement(rule_id, article, Status.NEEDS_REVIEW, text, values, (question_id,),
                       assumptions=(assumption.id,))


def duration_rule(ctx: Context, rule_id: str, article: str, prefix: str, *, min_weeks: int,
                  what: str, group: str | None = None) -> Requirement:
    """A benefit paid throughout the contingency, which national law may limit to ``min_weeks`` or more."""
    limited_q, weeks_q = f"{prefix}.limited", f"{prefix}.max_weeks"
    limited = ctx.flag(limited_q)
    qids = (limited_q, weeks_q)
    if limited is False:
        return Requirement(rule_id, article, Status.MET, f"{what} is paid throughout the contingency ({art(article)})",
                           {"limited": False}, qids, group=group)
    if limited is None and ctx.number(weeks_q) is None:
        return Requirement(rule_id, article, Status.INSUFFICIENT,
                           f"whether the {what} is limited in duration ({limited_q}) is not yet given", {}, qids,
                           group=group)
    return limit_rule(ctx, rule_id, article, weeks_q, limit=min_weeks, at_most=False,
                      what=f"maximum duration of the {what}", unit="weeks", group=group, questions=(limited_q,))
