"""Part II — Medical care (Arts 7–12)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.coverage import (
    ACTIVE,
    EMPLOYEES,
    INDUSTRIAL,
    RESIDENT_CLASSES,
    Alternative,
    coverage_requirements,
)
from c102desk.engine.results import Requirement, Status, worst_of
from c102desk.engine.rulekit import abuse_rule, checklist_rule, duration_rule, not_applicable

COVERAGE = (
    Alternative("a", "II.COV.A", "9(a)", EMPLOYEES, wives_children=True),
    Alternative("b", "II.COV.B", "9(b)", ACTIVE, wives_children=True),
    Alternative("c", "II.COV.C", "9(c)", RESIDENT_CLASSES),
    Alternative("d", "II.COV.D", "9(d)", INDUSTRIAL, wives_children=True),
)
MORBID_ITEMS = {
    "general_practitioner": "general practitioner care including domiciliary visits",
    "specialist": "specialist care in hospitals for in- and out-patients (and outside hospitals where available)",
    "pharmaceuticals": "essential pharmaceutical supplies on prescription",
    "hospitalisation": "hospitalisation where necessary",
}
MATERNITY_ITEMS = {
    "prenatal_confinement_postnatal": "pre-natal, confinement and post-natal care by medical practitioners or "
                                      "qualified midwives",
    "hospitalisation": "hospitalisation where necessary",
}
DURATION_GROUP = "duration"
MIN_WEEKS = 26
MIN_WEEKS_ART3 = 13


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "II", COVERAGE),
        checklist_rule(ctx, "II.BEN.MORBID", "10(1)(a)", "II.care.morbid_items", required_items=MORBID_ITEMS,
                       what="medical care for a morbid condition"),
        checklist_rule(ctx, "II.BEN.MAT", "10(1)(b)", "II.care.maternity_items", required_items=MATERNITY_ITEMS,
                       what="medical care for pregnancy and confinement"),
        cost_sharing(ctx),
        abuse_rule(ctx, "II.QP", "11", "II.qp.months"),
        duration(ctx),
        duration_art3(ctx),
    ]


def cost_sharing(ctx: Context) -> Requirement:
    """Art 10(2): cost-sharing only for a morbid condition and under rules designed to avoid hardship.

    [I] Cost-sharing for maternity care is read as not permitted (A.COST.MATERNITY).
    """
    rid, article = "II.COST", "10(2)"
    qids = ("II.cost.morbid_sharing", "II.cost.avoid_hardship", "II.cost.maternity_sharing")
    morbid = ctx.flag("II.cost.morbid_sharing")
    hardship = ctx.flag("II.cost.avoid_hardship")
    maternity = ctx.flag("II.cost.maternity_sharing")
    assumption = ctx.assume("A.COST.MATERNITY")
    statuses: list[Status] = []
    notes: list[str] = []
    if morbid is False:
        statuses.append(Status.MET)
        notes.append("no cost-sharing for care of a morbid condition")
    elif morbid is True and hardship is True:
        statuses.append(Status.MET)
        notes.append("cost-sharing for care of a morbid condition, under rules designed to avoid hardship "
                     "(allowed by Art 10(2))")
    elif morbid is True and hardship is False:
        statuses.append(Status.NOT_MET)
        notes.append("cost-sharing for care of a morbid condition under rules not designed to avoid hardship, "
                     "which Art 10(2) does not allow")
    elif morbid is True:
        statuses.append(Status.INSUFFICIENT)
        notes.append("cost-sharing for care of a morbid condition, but not yet answered whether its rules avoid "
                     "hardship (II.cost.avoid_hardship)")
    else:
        statuses.append(Status.INSUFFICIENT)
        notes.append("not yet answered whether patients share the cost of care for a morbid condition "
                     "(II.cost.morbid_sharing)")
    if maternity is False:
        statuses.append(Status.MET)
        notes.append("no cost-sharing for maternity care")
    elif maternity is True:
        statuses.append(Status.NOT_MET)
        notes.append("cost-sharing for maternity care, which Art 10(2) does not authorise (it allows cost-sharing "
                     "only for morbid conditions) [I]")
    else:
        statuses.append(Status.INSUFFICIENT)
        notes.append("not yet answered whether patients share the cost of maternity care (II.cost.maternity_sharing)")
    values = {"morbid_cost_sharing": morbid, "avoids_hardship": hardship, "maternity_cost_sharing": maternity}
    return Requirement(rid, article, worst_of(statuses), "; ".join(notes) + f" (Art {article})", values, qids,
                       assumptions=(assumption.id,))


def duration(ctx: Context) -> Requirement:
    """Art 12(1): care throughout the contingency; for a morbid condition it may be limited to 26 weeks per case,
    provided care goes on while sickness cash benefit is paid and the limit can be extended for prescribed
    diseases needing prolonged care."""
    rid, article = "II.DUR", "12(1)"
    weeks_rule = duration_rule(ctx, rid, article, "II.duration", min_weeks=MIN_WEEKS,
                               what="medical care for a morbid condition", group=DURATION_GROUP)
    if ctx.flag("II.duration.limited") is not True:
        return weeks_rule
    statuses = [weeks_rule.status]
    notes = [weeks_rule.explanation]
    conditions = (
        ("II.duration.continues_with_sickness_cash",
         "care continues while sickness cash benefit is paid",
         "care may stop while sickness cash benefit is still paid"),
        ("II.duration.prolonged_care_extension",
         "the limit can be extended for prescribed diseases needing prolonged care",
         "no extension of the limit for prescribed diseases needing prolonged care"),
    )
    values = dict(weeks_rule.values)
    for question, yes_text, no_text in conditions:
        answer = ctx.flag(question)
        values[question.rsplit(".", 1)[1]] = answer
        if answer is True:
            statuses.append(Status.MET)
            notes.append(yes_text)
        elif answer is False:
            statuses.append(Status.NOT_MET)
            notes.append(f"{no_text}, which Art {article} requires where care is limited")
        else:
            statuses.append(Status.INSUFFICIENT)
            notes.append(f"not yet answered whether {yes_text} ({question})")
    qids = tuple(dict.fromkeys((*weeks_rule.questions, *(q for q, _, _ in conditions))))
    return Requirement(rid, article, worst_of(statuses), "; ".join(notes), values, qids, group=DURATION_GROUP)


def duration_art3(ctx: Context) -> Requirement:
    """Art 12(2): with an Article 3 declaration, care for a morbid condition may be limited to 13 weeks per case."""
    rid, article = "II.DUR.ART3", "12(2)"
    if not ctx.article_3_declared:
        return not_applicable(rid, article, "Art 12(2) is open only with an Article 3 declaration appended to the "
                              "ratification, which this assessment does not make",
                              group=DURATION_GROUP, article_3=True,
                              questions=("II.duration.limited", "II.duration.max_weeks"))
    rule = duration_rule(ctx, rid, article, "II.duration", min_weeks=MIN_WEEKS_ART3,
                         what="medical care for a morbid condition", group=DURATION_GROUP)
    rule.article_3 = True
    return rule
