"""Part VIII — Maternity benefit (Arts 46–52)."""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.coverage import ACTIVE, EMPLOYEES, INDUSTRIAL, Alternative, coverage_requirements
from c102desk.engine.level import BenefitSpec, level_requirement
from c102desk.engine.results import Requirement, Status, worst_of
from c102desk.engine.rulekit import abuse_rule, checklist_rule, yes_rule
from c102desk.i18n import Msg
from c102desk.numbers import to_json_number

# Art 48: no residents option. wives_children here means "the wives of men in these classes receive maternity
# medical care". Voluntary insurance is not counted (Art 6 admits it for Part VIII medical care only; see
# coverage.ART6_PARTS and assumption A.ART6.VIII).
_WIVES = "cov.family.wives_maternity"  # message key
COVERAGE = (
    Alternative("a", "VIII.COV.A", "48(a)", EMPLOYEES, wives_children=True, family_label=_WIVES),
    Alternative("b", "VIII.COV.B", "48(b)", ACTIVE, wives_children=True, family_label=_WIVES),
    Alternative("c", "VIII.COV.C", "48(c)", INDUSTRIAL, wives_children=True, family_label=_WIVES),
)
BENEFIT = BenefitSpec(
    part="VIII", rule_id="VIII.LVL", article="50", prefix="VIII.benefit", schedule_percent=45,
    beneficiary="sb.woman", label="lvl.label.maternity", children=False,
)
MEDICAL_ITEMS: dict[str, str] = {
    "prenatal_confinement_postnatal": Msg("viii.item.prenatal_confinement_postnatal"),
    "hospitalisation": Msg("viii.item.hospitalisation"),
}
MIN_WEEKS = 12


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "VIII", COVERAGE),
        medical_care(ctx),
        # Art 49(3)–(4): the care aims at the woman's health and ability to work and to attend to her personal
        # needs, and women are encouraged to use the general health services.
        yes_rule(ctx, "VIII.AIMS", "49(3)–(4)", "VIII.medical.aims",
                 met=Msg("viii.aims.met"), not_met=Msg("viii.aims.not_met"),
                 unknown=Msg("viii.aims.unknown", question="VIII.medical.aims")),
        level_requirement(ctx, BENEFIT),
        abuse_rule(ctx, "VIII.QP", "51", "VIII.qp.months"),
        duration(ctx),
    ]


def medical_care(ctx: Context) -> Requirement:
    """Art 49(2): pre-natal, confinement and post-natal care by doctors or qualified midwives, and hospitalisation
    where necessary. [I] No cost-sharing is authorised for maternity care (A.COST.MATERNITY)."""
    rid, article = "VIII.MED", "49(2)"
    items = checklist_rule(ctx, rid, article, "VIII.medical.care_items", required_items=MEDICAL_ITEMS,
                           what=Msg("viii.medical.what"))
    assumption = ctx.assume("A.COST.MATERNITY")
    sharing = ctx.flag("VIII.medical.cost_sharing")
    if sharing is False:
        cost_status, cost_text = Status.MET, Msg("viii.cost.none")
    elif sharing is True:
        cost_status = Status.NOT_MET
        cost_text = Msg("viii.cost.sharing")
    else:
        cost_status = Status.INSUFFICIENT
        cost_text = Msg("viii.cost.unknown")
    values = {**items.values, "cost_sharing": sharing}
    text = Msg("viii.med.text", items=items.explanation, cost=cost_text)
    return Requirement(rid, article, worst_of([items.status, cost_status]), text, values,
                       (*items.questions, "VIII.medical.cost_sharing"), assumptions=(assumption.id,))


def duration(ctx: Context) -> Requirement:
    """Art 52: the cash benefit may be limited to 12 weeks, but not to less than any longer period of abstention
    from work that national law requires or authorises. Where the duration grows with the contribution record,
    the weeks guaranteed at the minimum qualifying record are the ones tested [I] (A.GUARANTEE.DURATION)."""
    graded_q, shortest_q = "VIII.duration.graded", "VIII.duration.min_record_weeks"
    base = _duration_test(ctx, ctx.number("VIII.duration.benefit_weeks"))
    qids = (*base.questions, graded_q, shortest_q)
    graded = ctx.flag(graded_q)
    if graded is False or base.status is Status.NOT_MET:
        base.questions = qids
        return base
    assumption = ctx.assume("A.GUARANTEE.DURATION").id
    if graded is None:
        if base.status is not Status.MET:
            return base
        return Requirement(base.id, base.article, Status.INSUFFICIENT,
                           Msg("guarantee.duration.graded_unknown", text=base.explanation, question=graded_q),
                           base.values, qids, assumptions=(assumption,))
    shortest = ctx.number(shortest_q)
    if shortest is None:
        leave = ctx.number("VIII.duration.leave_weeks")
        return Requirement(base.id, base.article, Status.INSUFFICIENT,
                           Msg("guarantee.duration.shortest_missing", what=Msg("viii.dur.what"), question=shortest_q,
                               limit=max(Fraction(MIN_WEEKS), leave or 0), article=base.article),
                           {}, qids, assumptions=(assumption,))
    rule = _duration_test(ctx, shortest)
    rule.explanation = Msg("viii.dur.guaranteed", text=rule.explanation)
    rule.values = {**rule.values, "graded": True}
    rule.questions = qids
    rule.assumptions = (assumption,)
    return rule


def _duration_test(ctx: Context, weeks: Fraction | None) -> Requirement:
    """Art 52 for a number of weeks of cash benefit: at least 12, and at least any longer leave."""
    rid, article = "VIII.DUR", "52"
    qids = ("VIII.duration.benefit_weeks", "VIII.duration.leave_weeks")
    leave = ctx.number("VIII.duration.leave_weeks")
    if weeks is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("viii.dur.weeks_missing", min=MIN_WEEKS),
                           {}, qids)
    values: dict[str, object] = {"benefit_weeks": to_json_number(weeks)}
    if weeks < MIN_WEEKS:
        return Requirement(rid, article, Status.NOT_MET,
                           Msg("viii.dur.too_short", weeks=weeks, min=MIN_WEEKS),
                           {**values, "required_weeks": MIN_WEEKS}, qids)
    if leave is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("viii.dur.leave_missing", weeks=weeks, min=MIN_WEEKS), values, qids)
    required = max(Fraction(MIN_WEEKS), leave)
    values.update({"leave_weeks": to_json_number(leave), "required_weeks": to_json_number(required)})
    ok = weeks >= required
    basis = (Msg("viii.dur.basis.leave", leave=leave) if leave > MIN_WEEKS
             else Msg("viii.dur.basis.minimum", min=MIN_WEEKS, leave=leave))
    text = Msg("viii.dur.compare", weeks=weeks, sign="≥" if ok else "<", required=required, basis=basis)
    return Requirement(rid, article, Status.MET if ok else Status.NOT_MET, text, values, qids)
