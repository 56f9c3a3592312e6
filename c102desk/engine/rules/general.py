"""Part I — General provisions (Arts 1–6): the ratification conditions of Art 2 and the general rules that
every accepted Part depends on. Reported under ``ratification.requirements``, not under ``parts``."""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.results import PartResult, PartStatus, Requirement, Status
from c102desk.engine.rulekit import not_applicable, yes_rule
from c102desk.i18n import Msg
from c102desk.numbers import to_json_number
from c102desk.questionnaire.model import BRANCH_PART_IDS, CORE_PART_IDS, MIN_ACCEPTED_PARTS

CHILD_AGE = 15
ART6_CONDITIONS = {
    "I.art6.supervised": Msg("general.art6.cond.supervised"),
    "I.art6.substantial_part": Msg("general.art6.cond.substantial_part"),
    "I.art6.complies_jointly": Msg("general.art6.cond.complies_jointly"),
}


def requirements(ctx: Context, parts: dict[str, PartResult], accepted: list[str]) -> list[Requirement]:
    return [
        ratification_count(parts, accepted),
        ratification_core(accepted),
        art3_declaration(ctx, parts, accepted),
        art3_report(ctx),
        art5_attained(ctx),
        art6_voluntary(ctx),
        child_definition(ctx),
    ]


def _names(parts: list[str]) -> Msg:
    return Msg.join(parts, ", ") if parts else Msg("general.none")


def _flag(ctx: Context, question_id: str) -> bool | None:
    """A yes/no answer to a question another Part defines; None when that question does not exist (yet)."""
    if question_id not in ctx.questionnaire.by_id:
        return None
    return ctx.flag(question_id)


def _number(ctx: Context, question_id: str) -> Fraction | None:
    if question_id not in ctx.questionnaire.by_id:
        return None
    return ctx.number(question_id)


def ratification_count(parts: dict[str, PartResult], accepted: list[str]) -> Requirement:
    """Art 2(a)(ii): at least three of Parts II–X must be accepted."""
    pending = [p for p in BRANCH_PART_IDS if p in parts and p not in accepted
               and parts[p].status is PartStatus.INSUFFICIENT]
    ok = len(accepted) >= MIN_ACCEPTED_PARTS
    text = Msg("general.rat.count", count=len(accepted), parts=_names(accepted), sign="≥" if ok else "<",
               required=MIN_ACCEPTED_PARTS)
    if not ok and pending:
        text = Msg("general.rat.count_pending", text=text, pending=_names(pending))
    values = {"parts": accepted, "count": len(accepted), "required": MIN_ACCEPTED_PARTS, "pending": pending}
    return Requirement("I.RAT.COUNT", "2(a)(ii)", Status.MET if ok else Status.NOT_MET, text, values)


def ratification_core(accepted: list[str]) -> Requirement:
    """Art 2(a)(ii): at least one accepted Part must be IV, V, VI, IX or X."""
    core = [p for p in accepted if p in CORE_PART_IDS]
    text = Msg("general.rat.core", parts=_names(core)) if core else Msg("general.rat.no_core",
                                                                          parts=_names(accepted))
    values = {"core_parts": core, "required": 1}
    return Requirement("I.RAT.CORE", "2(a)(ii)", Status.MET if core else Status.NOT_MET, text, values)


def _art3_figures(ctx: Context) -> list[str]:
    """Parts whose Article 3 coverage alternative has figures (asked whatever the declaration)."""
    return [p for p in BRANCH_PART_IDS if _number(ctx, f"{p}.coverage.industrial_protected") is not None]


def art3_declaration(ctx: Context, parts: dict[str, PartResult], accepted: list[str]) -> Requirement:
    """Art 3(1): the temporary exceptions exist only through a declaration appended to the ratification."""
    declared = ctx.flag("I.art3.declaration")
    relying = [p for p in BRANCH_PART_IDS if p in parts and parts[p].article_3]
    relying_accepted = [p for p in relying if p in accepted]
    with_figures = _art3_figures(ctx)
    if declared is None and not with_figures:
        return not_applicable("I.ART3.DECL", "3(1)", Msg("general.art3.unused"), questions=("I.art3.declaration",))
    assumption = ctx.assume("A.ART3.AT_RATIFICATION")
    values = {"declared": declared, "parts_relying": relying, "accepted_parts_relying": relying_accepted}
    qids = ("I.art3.declaration", "I.art3.justification")
    if declared is True:
        if relying_accepted:
            text = Msg("general.art3.relying", parts=_names(relying_accepted))
        else:
            text = Msg("general.art3.not_relying")
        if ctx.text("I.art3.justification") is None:
            return Requirement("I.ART3.DECL", "3(1)", Status.NEEDS_REVIEW,
                               Msg("general.art3.no_reasons", text=text), values, qids,
                               assumptions=(assumption.id,))
        return Requirement("I.ART3.DECL", "3(1)", Status.MET, text, values, qids, assumptions=(assumption.id,))
    if declared is None and with_figures:
        return Requirement(
            "I.ART3.DECL", "3(1)", Status.INSUFFICIENT,
            Msg("general.art3.unanswered", parts=_names(with_figures)), values, qids,
            assumptions=(assumption.id,))
    text = Msg("general.art3.none")
    if with_figures:
        text = Msg("general.art3.none_figures", text=text, parts=_names(with_figures))
    req = not_applicable("I.ART3.DECL", "3(1)", text, questions=qids)
    req.values = values
    req.assumptions = (assumption.id,)
    return req


def art3_report(ctx: Context) -> Requirement:
    """Art 3(2): with a declaration, each annual report states per exception that its reasons subsist or
    that it is renounced from a stated date."""
    if not ctx.article_3_declared:
        return not_applicable("I.ART3.REPORT", "3(2)", Msg("general.art3_report.none"),
                              questions=("I.art3.annual_statement",))
    return yes_rule(
        ctx, "I.ART3.REPORT", "3(2)", "I.art3.annual_statement",
        met=Msg("general.art3_report.met"),
        not_met=Msg("general.art3_report.not_met"),
    )


def art5_attained(ctx: Context) -> Requirement:
    """Art 5: a coverage percentage must actually be reached before the Part is accepted (no projections)."""
    projected = [p for p in BRANCH_PART_IDS if _flag(ctx, f"{p}.coverage.projected") is True]
    current = [p for p in BRANCH_PART_IDS if _flag(ctx, f"{p}.coverage.projected") is False]
    qids = tuple(f"{p}.coverage.projected" for p in BRANCH_PART_IDS
                 if f"{p}.coverage.projected" in ctx.questionnaire.by_id)
    values = {"projected_parts": projected, "current_data_parts": current}
    if projected:
        text = Msg("general.art5.projected", parts=_names(projected))
        return Requirement("I.ART5.ATTAINED", "5", Status.NOT_MET, text, values, qids)
    text = Msg("general.art5.none")
    if current:
        text = Msg("general.art5.current", text=text, parts=_names(current))
    return Requirement("I.ART5.ATTAINED", "5", Status.MET, text, values, qids)


def art6_voluntary(ctx: Context) -> Requirement:
    """Art 6: voluntary insurance counts only if (a) supervised or jointly run, (b) covering a substantial part
    of persons earning up to the skilled wage, and (c) meeting the Convention with other protection."""
    users = []
    for p in BRANCH_PART_IDS:
        counts = [_number(ctx, f"{p}.coverage.voluntary_{kind}") for kind in ("employees", "active")]
        if any(c is not None and c > 0 for c in counts):
            users.append(p)
    qids = tuple(ART6_CONDITIONS)
    if not users:
        return not_applicable("I.ART6.VOL", "6", Msg("general.art6.none"), questions=qids)
    answers = {q: ctx.flag(q) for q in ART6_CONDITIONS}
    values = {"parts": users, **{q.rsplit(".", 1)[1]: a for q, a in answers.items()}}
    failed = [label for q, label in ART6_CONDITIONS.items() if answers[q] is False]
    unknown = [label for q, label in ART6_CONDITIONS.items() if answers[q] is None]
    who = _names(users)
    if failed:
        return Requirement("I.ART6.VOL", "6", Status.NOT_MET,
                           Msg("general.art6.failed", parts=who, conditions=Msg.join(failed)), values, qids)
    if unknown:
        return Requirement("I.ART6.VOL", "6", Status.INSUFFICIENT,
                           Msg("general.art6.unknown", parts=who, conditions=Msg.join(unknown)), values, qids)
    return Requirement("I.ART6.VOL", "6", Status.MET, Msg("general.art6.met", parts=who), values, qids)


def child_definition(ctx: Context) -> Requirement:
    """Art 1(1)(e): a child is a child under the school-leaving age or under 15, as prescribed; [I] the
    national age limit complies when it reaches at least min(15, school-leaving age)."""
    qids = ("I.child.age_limit", "I.child.school_leaving_age")
    limit = ctx.number("I.child.age_limit")
    school = ctx.number("I.child.school_leaving_age")
    if limit is None:
        return Requirement("I.CHILD", "1(1)(e)", Status.INSUFFICIENT,
                           Msg("general.child.missing"), {}, qids)
    assumption = ctx.assume("A.CHILD.AGE")
    values: dict[str, object] = {"age_limit": to_json_number(limit)}
    if school is None:
        if limit >= CHILD_AGE:
            return Requirement("I.CHILD", "1(1)(e)", Status.MET,
                               Msg("general.child.met", age=limit, child_age=CHILD_AGE),
                               values, qids, assumptions=(assumption.id,))
        return Requirement("I.CHILD", "1(1)(e)", Status.INSUFFICIENT,
                           Msg("general.child.school_missing", age=limit, child_age=CHILD_AGE),
                           values, qids, assumptions=(assumption.id,))
    required = min(Fraction(CHILD_AGE), school)
    values.update({"school_leaving_age": to_json_number(school), "required_age": to_json_number(required)})
    ok = limit >= required
    text = Msg("general.child.compare", age=limit, sign="≥" if ok else "<", required=required, child_age=CHILD_AGE,
               school=school)
    return Requirement("I.CHILD", "1(1)(e)", Status.MET if ok else Status.NOT_MET, text, values, qids,
                       assumptions=(assumption.id,))
