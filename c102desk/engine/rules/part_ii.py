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
from c102desk.engine.rulekit import abuse_rule, checklist_rule, duration_rule, not_applicable, yes_rule
from c102desk.i18n import Msg

COVERAGE = (
    Alternative("a", "II.COV.A", "9(a)", EMPLOYEES, wives_children=True),
    Alternative("b", "II.COV.B", "9(b)", ACTIVE, wives_children=True),
    Alternative("c", "II.COV.C", "9(c)", RESIDENT_CLASSES),
    Alternative("d", "II.COV.D", "9(d)", INDUSTRIAL, wives_children=True),
)
MORBID_ITEMS: dict[str, str] = {
    "general_practitioner": Msg("ii.item.general_practitioner"),
    "specialist": Msg("ii.item.specialist"),
    "pharmaceuticals": Msg("ii.item.pharmaceuticals"),
    "hospitalisation": Msg("ii.item.hospitalisation"),
}
MATERNITY_ITEMS: dict[str, str] = {
    "prenatal_confinement_postnatal": Msg("ii.item.prenatal_confinement_postnatal"),
    "hospitalisation": Msg("ii.item.hospitalisation"),
}
DURATION_GROUP = "duration"
MIN_WEEKS = 26
MIN_WEEKS_ART3 = 13


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "II", COVERAGE),
        checklist_rule(ctx, "II.BEN.MORBID", "10(1)(a)", "II.care.morbid_items", required_items=MORBID_ITEMS,
                       what=Msg("ii.morbid.what")),
        checklist_rule(ctx, "II.BEN.MAT", "10(1)(b)", "II.care.maternity_items", required_items=MATERNITY_ITEMS,
                       what=Msg("ii.maternity.what")),
        # Art 10(3)–(4): the care aims at health and the ability to work and to attend to personal needs, and the
        # administering bodies encourage the use of the general health services.
        yes_rule(ctx, "II.AIMS", "10(3)–(4)", "II.care.aims",
                 met=Msg("ii.aims.met"), not_met=Msg("ii.aims.not_met"),
                 unknown=Msg("ii.aims.unknown", question="II.care.aims")),
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
    notes: list[Msg] = []
    if morbid is False:
        statuses.append(Status.MET)
        notes.append(Msg("ii.cost.morbid.none"))
    elif morbid is True and hardship is True:
        statuses.append(Status.MET)
        notes.append(Msg("ii.cost.morbid.avoids_hardship"))
    elif morbid is True and hardship is False:
        statuses.append(Status.NOT_MET)
        notes.append(Msg("ii.cost.morbid.hardship"))
    elif morbid is True:
        statuses.append(Status.INSUFFICIENT)
        notes.append(Msg("ii.cost.morbid.hardship_unknown"))
    else:
        statuses.append(Status.INSUFFICIENT)
        notes.append(Msg("ii.cost.morbid.unknown"))
    if maternity is False:
        statuses.append(Status.MET)
        notes.append(Msg("ii.cost.maternity.none"))
    elif maternity is True:
        statuses.append(Status.NOT_MET)
        notes.append(Msg("ii.cost.maternity.sharing"))
    else:
        statuses.append(Status.INSUFFICIENT)
        notes.append(Msg("ii.cost.maternity.unknown"))
    values = {"morbid_cost_sharing": morbid, "avoids_hardship": hardship, "maternity_cost_sharing": maternity}
    text = Msg("ii.cost.text", morbid=notes[0], maternity=notes[1], article=article)
    return Requirement(rid, article, worst_of(statuses), text, values, qids, assumptions=(assumption.id,))


def duration(ctx: Context) -> Requirement:
    """Art 12(1): care throughout the contingency; for a morbid condition it may be limited to 26 weeks per case,
    provided care goes on while sickness cash benefit is paid and the limit can be extended for prescribed
    diseases needing prolonged care. The 26 weeks are those guaranteed at the minimum qualifying record [I]."""
    rid, article = "II.DUR", "12(1)"
    weeks_rule = duration_rule(ctx, rid, article, "II.duration", min_weeks=MIN_WEEKS,
                               what=Msg("ii.duration.what"), group=DURATION_GROUP, guaranteed=True)
    if ctx.flag("II.duration.limited") is not True:
        return weeks_rule
    statuses = [weeks_rule.status]
    notes: list[str] = [weeks_rule.explanation]
    conditions = (
        ("II.duration.continues_with_sickness_cash",
         Msg("ii.dur.continues.yes"), Msg("ii.dur.continues.no")),
        ("II.duration.prolonged_care_extension",
         Msg("ii.dur.extension.yes"), Msg("ii.dur.extension.no")),
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
            notes.append(Msg("ii.dur.condition.not_met", text=no_text, article=article))
        else:
            statuses.append(Status.INSUFFICIENT)
            notes.append(Msg("ii.dur.condition.unknown", text=yes_text, question=question))
    qids = tuple(dict.fromkeys((*weeks_rule.questions, *(q for q, _, _ in conditions))))
    text = Msg("ii.dur.text", weeks=notes[0], continues=notes[1], extension=notes[2])
    return Requirement(rid, article, worst_of(statuses), text, values, qids, group=DURATION_GROUP)


def duration_art3(ctx: Context) -> Requirement:
    """Art 12(2): with an Article 3 declaration, care for a morbid condition may be limited to 13 weeks per case."""
    rid, article = "II.DUR.ART3", "12(2)"
    if not ctx.article_3_declared:
        return not_applicable(rid, article, Msg("ii.dur_art3.closed"),
                              group=DURATION_GROUP, article_3=True,
                              questions=("II.duration.limited", "II.duration.max_weeks"))
    rule = duration_rule(ctx, rid, article, "II.duration", min_weeks=MIN_WEEKS_ART3,
                         what=Msg("ii.duration.what"), group=DURATION_GROUP, guaranteed=True)
    rule.article_3 = True
    return rule
