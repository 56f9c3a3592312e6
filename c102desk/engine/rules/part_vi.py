"""Part VI — Employment injury benefit (Arts 31–38).

Coverage (Art 33) has only the employee alternative and its Article 3 variant, both with the wives and
children of the protected persons for the death-of-breadwinner benefit; voluntary insurance does not count
(Art 6 leaves Part VI out). Three periodical benefits are tested under Part XI with the Schedule figures
(incapacity 50 %, total loss of earning capacity 50 %, survivors 40 %).
"""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.coverage import EMPLOYEES, INDUSTRIAL, Alternative, coverage_requirements
from c102desk.engine.level import BenefitSpec, level_requirement
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import checklist_rule, informational, limit_rule, not_applicable, yes_rule
from c102desk.numbers import fmt_number, fmt_percent, to_json_number

COVERAGE = (
    Alternative("a", "VI.COV.A", "33(a)", EMPLOYEES, wives_children=True),
    Alternative("b", "VI.COV.B", "33(b)", INDUSTRIAL, wives_children=True),
)
INCAPACITY = BenefitSpec(
    part="VI", rule_id="VI.LVL.INCAP", article="36(1)", prefix="VI.incapacity", schedule_percent=50,
    beneficiary="sb.man_wife_two_children", label="lvl.label.ei_incapacity", children=True,
)
INVALIDITY = BenefitSpec(
    part="VI", rule_id="VI.LVL.INVAL", article="36(1)", prefix="VI.invalidity", schedule_percent=50,
    beneficiary="sb.man_wife_two_children", label="lvl.label.ei_invalidity",
    children=True,
)
SURVIVORS = BenefitSpec(
    part="VI", rule_id="VI.LVL.SURV", article="36(1)", prefix="VI.survivors", schedule_percent=40,
    beneficiary="sb.widow_two_children", label="lvl.label.ei_survivors", children=True,
)

CAUSES = {"accidents": "accidents at work", "diseases": "prescribed occupational diseases"}
CONTINGENCIES = {
    "morbid_condition": "(a) morbid condition",
    "incapacity": "(b) incapacity for work with suspension of earnings",
    "permanent_loss": "(c) total or partial permanent loss of earning capacity or of faculty",
    "survivors": "(d) loss of support of the widow or child",
}
CARE_ITEMS = {
    "practitioner": "(a) general practitioner and specialist care incl. home visits",
    "dental": "(b) dental care",
    "nursing": "(c) nursing care",
    "institutional": "(d) maintenance in hospitals or other institutions",
    "supplies": "(e) dental, pharmaceutical and medical supplies, prostheses and eyeglasses",
    "allied": "(f) care by allied professions",
}
ART3_CARE_ITEMS = {
    "general_practitioner": "general practitioner care incl. home visits",
    "specialist": "specialist care in and out of hospitals",
    "pharmaceuticals": "essential pharmaceutical supplies",
    "hospitalisation": "hospitalisation where necessary",
}
MEDICAL_GROUP = "medical_care"
LUMP_CASES = {"slight", "proper_use"}


def requirements(ctx: Context) -> list[Requirement]:
    lump = lump_sum(ctx)
    return [
        *coverage_requirements(ctx, "VI", COVERAGE),
        contingencies(ctx),
        medical_care(ctx),
        medical_care_art3(ctx),
        cost_sharing(ctx),
        rehabilitation(ctx),
        level_requirement(ctx, INCAPACITY),
        level_requirement(ctx, INVALIDITY),
        level_requirement(ctx, SURVIVORS),
        partial_loss(ctx, lump),
        lump,
        qualifying_period(ctx),
        limit_rule(ctx, "VI.WAIT", "38", "VI.duration.waiting_days", limit=3, at_most=True,
                   what="waiting period for the incapacity benefit", unit="days"),
        duration(ctx),
        yes_rule(ctx, "VI.REVIEW", "65(10), 66(8)", "XI.review.after_earnings_changes",
                 met="current pensions for permanent loss of earning capacity and for survivors are reviewed after "
                     "substantial changes in the general level of earnings due to the cost of living "
                     "(Arts 65(10), 66(8))",
                 not_met="current employment-injury pensions are not reviewed after substantial changes in the "
                         "general level of earnings due to the cost of living, as Arts 65(10) and 66(8) require"),
    ]


def contingencies(ctx: Context) -> Requirement:
    """Art 32: accidents and prescribed diseases, and all four contingencies (a)–(d)."""
    causes = checklist_rule(ctx, "VI.CONT", "32", "VI.contingency.causes", required_items=CAUSES,
                            what="causes of injury covered")
    covered = checklist_rule(ctx, "VI.CONT", "32", "VI.contingency.covered", required_items=CONTINGENCIES,
                             what="contingencies covered")
    order = (Status.NOT_MET, Status.INSUFFICIENT, Status.MET)
    status = min((causes.status, covered.status), key=order.index)
    return Requirement("VI.CONT", "32", status, f"{causes.explanation}; {covered.explanation}",
                       {"causes": causes.values, "contingencies": covered.values},
                       (*causes.questions, *covered.questions))


def medical_care(ctx: Context) -> Requirement:
    """Art 34(2): the six kinds of care (a)–(f)."""
    return checklist_rule(ctx, "VI.MED", "34(2)", "VI.medical.items", required_items=CARE_ITEMS,
                          what="employment-injury medical care", group=MEDICAL_GROUP)


def medical_care_art3(ctx: Context) -> Requirement:
    """Art 34(3): the reduced list of care, open only with an Article 3 declaration."""
    if not ctx.article_3_declared:
        return not_applicable("VI.MED.ART3", "34(3)",
                              "the reduced list of care of Art 34(3) is a temporary exception open only with an "
                              "Article 3 declaration, which this assessment does not make",
                              group=MEDICAL_GROUP, article_3=True, questions=("VI.medical.art3_items",))
    return checklist_rule(ctx, "VI.MED.ART3", "34(3)", "VI.medical.art3_items", required_items=ART3_CARE_ITEMS,
                          what="employment-injury medical care (reduced Article 3 list)", group=MEDICAL_GROUP,
                          article_3=True)


def cost_sharing(ctx: Context) -> Requirement:
    """Art 34 [I]: no part of the cost of employment-injury care may be charged to the injured person."""
    assumption = ctx.assume("A.COST.EMPLOYMENT_INJURY")
    rule = _no_rule(
        ctx, "VI.MED.COST", "34", "VI.medical.cost_sharing",
        if_no="employment-injury care is free of charge to the injured person (Art 34) [I]",
        if_yes="the injured person pays part of the cost of employment-injury care, but Art 34 authorises no "
               "cost-sharing for it [I]",
    )
    rule.assumptions = (assumption.id,)
    return rule


def _no_rule(ctx: Context, rule_id: str, article: str, question_id: str, *, if_no: str, if_yes: str) -> Requirement:
    """A requirement met when the answer is "no" (the question asks about something the Article excludes)."""
    value = ctx.flag(question_id)
    if value is False:
        status, text = Status.MET, if_no
    elif value is True:
        status, text = Status.NOT_MET, if_yes
    else:
        status, text = Status.INSUFFICIENT, f"not yet answered ({question_id}); needed for Art {article}"
    return Requirement(rule_id, article, status, text, {"answer": value}, (question_id,))


def rehabilitation(ctx: Context) -> Requirement:
    """Art 35: co-operation with vocational rehabilitation services (shown as information)."""
    return informational(yes_rule(
        ctx, "VI.REHAB", "35", "VI.medical.rehabilitation",
        met="the bodies providing the care co-operate with vocational rehabilitation services (Art 35)",
        not_met="no co-operation with vocational rehabilitation services is reported (Art 35)",
    ))


def partial_loss(ctx: Context, lump: Requirement) -> Requirement:
    """Art 36(2): partial permanent loss → a periodical payment forming a suitable proportion of the
    total-loss benefit (a judgement); a lump sum instead only within Art 36(3)."""
    rid, article = "VI.LVL.PARTIAL", "36(2)"
    qids = ("VI.partial.periodical", "VI.partial.proportional", "VI.partial.lump_sum", "VI.partial.min_degree")
    degree = ctx.number("VI.partial.min_degree")
    degree_note = (f"; partial loss counts from a prescribed degree of {fmt_percent(degree)} (Art 32(c))"
                   if degree is not None else "")
    values: dict[str, object] = {"min_degree_percent": to_json_number(degree) if degree is not None else None}
    periodical = ctx.flag("VI.partial.periodical")
    if periodical is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           "not yet answered whether a periodical payment is made for partial permanent loss of "
                           "earning capacity (VI.partial.periodical)", values, qids)
    if periodical:
        proportional = ctx.flag("VI.partial.proportional")
        if proportional is None:
            return Requirement(rid, article, Status.INSUFFICIENT,
                               "a periodical payment is made for partial loss, but not yet answered how it relates "
                               "to the total-loss benefit (VI.partial.proportional)", values, qids)
        if proportional:
            # [I] a payment proportional to the degree of loss is the ordinary form of a "suitable proportion"
            return Requirement(rid, article, Status.MET,
                               "a periodical payment is made for partial permanent loss, set as the total-loss "
                               "benefit reduced in proportion to the degree of loss: a suitable proportion "
                               f"(Art 36(2)) [I]{degree_note}", values, qids)
        return Requirement(rid, article, Status.NEEDS_REVIEW,
                           "a periodical payment is made for partial permanent loss, set as an amount not "
                           "proportional to the degree of loss; whether it is a suitable proportion of the "
                           f"total-loss benefit is for the supervisory bodies (Art 36(2)){degree_note}", values, qids)
    lump_sum = ctx.flag("VI.partial.lump_sum")
    if lump_sum is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           "no periodical payment for partial loss, and not yet answered whether a lump sum is paid "
                           "instead (VI.partial.lump_sum)", values, qids)
    if not lump_sum:
        return Requirement(rid, article, Status.NOT_MET,
                           "no periodical payment (and no lump sum) for partial permanent loss of earning capacity, "
                           f"which Art 36(2) requires{degree_note}", values, qids)
    if lump.status is Status.MET:
        return Requirement(rid, article, Status.NEEDS_REVIEW,
                           "partial permanent loss is compensated by a lump sum only in the cases Art 36(3) allows; "
                           f"whether this replaces a suitable proportion of the total-loss benefit is for the "
                           f"supervisory bodies (Art 36(2)){degree_note}", values, qids)
    status = Status.NOT_MET if lump.status is Status.NOT_MET else Status.INSUFFICIENT
    return Requirement(rid, article, status,
                       "partial permanent loss is compensated by a lump sum instead of a periodical payment; "
                       f"VI.LUMP: {lump.explanation}", values, (*qids, *lump.questions))


def lump_sum(ctx: Context) -> Requirement:
    """Art 36(3): commutation to a lump sum only where the incapacity is slight or the competent authority is
    satisfied that the lump sum will be properly used."""
    rid, article = "VI.LUMP", "36(3)"
    qids = ("VI.lump.commutation", "VI.partial.lump_sum", "VI.lump.conditions", "VI.lump.slight_degree")
    commutation = ctx.flag("VI.lump.commutation")
    partial_lump = ctx.flag("VI.partial.lump_sum")
    if commutation is not True and partial_lump is not True:
        if commutation is False:
            return Requirement(rid, article, Status.MET, "periodical payments are not commuted to lump sums "
                               "(Art 36(3))", {"commutation": False}, qids)
        return Requirement(rid, article, Status.INSUFFICIENT, "not yet answered whether periodical payments can be "
                           "commuted to a lump sum (VI.lump.commutation)", {}, qids)
    cases = ctx.choices("VI.lump.conditions")
    if not cases:
        return Requirement(rid, article, Status.INSUFFICIENT, "lump sums are paid, but the cases in which they are "
                           "paid (VI.lump.conditions) are not yet given; Art 36(3) allows only slight incapacity or "
                           "assured proper use", {}, qids)
    values = {"cases": sorted(cases)}
    if "other" in cases:
        return Requirement(rid, article, Status.NOT_MET, "lump sums are paid in cases other than slight incapacity "
                           "or assured proper use, which Art 36(3) does not allow", values, qids)
    described = []
    if "slight" in cases:
        degree = ctx.number("VI.lump.slight_degree")
        described.append("where the incapacity is slight" + (
            f" (up to {fmt_number(degree)} % loss)" if degree is not None else ""))
    if "proper_use" in cases:
        described.append("where the competent authority is satisfied it will be properly used")
    return Requirement(rid, article, Status.MET, "lump sums are paid only " + " or ".join(described) +
                       ", as Art 36(3) allows", values, qids)


def qualifying_period(ctx: Context) -> Requirement:
    """Art 37 [I]: no qualifying period beyond being employed when the accident happened or the disease was
    contracted, so the period must be 0."""
    assumption = ctx.assume("A.EI.NO_QP")
    rule = limit_rule(ctx, "VI.QP", "37", "VI.qp.months", limit=Fraction(0), at_most=True,
                      what="qualifying period", unit="months")
    rule.explanation += " (Art 37 secures the benefit to every person employed at the time of the accident or " \
                        "disease [I])"
    rule.assumptions = (assumption.id,)
    return rule


def duration(ctx: Context) -> Requirement:
    """Art 38: benefits granted throughout the contingency."""
    return _no_rule(
        ctx, "VI.DUR", "38", "VI.duration.limited",
        if_no="medical care and cash benefits are granted throughout the contingency (Art 38)",
        if_yes="medical care or cash benefits stop after a maximum period while the contingency lasts, but Art 38 "
               "requires them throughout the contingency",
    )
