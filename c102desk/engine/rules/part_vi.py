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
from c102desk.engine.review import review_requirement
from c102desk.engine.rulekit import checklist_rule, informational, limit_rule, not_applicable, yes_rule
from c102desk.i18n import Msg, Pct
from c102desk.numbers import to_json_number

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

CAUSES: dict[str, str] = {"accidents": Msg("vi.cause.accidents"), "diseases": Msg("vi.cause.diseases")}
CONTINGENCIES: dict[str, str] = {
    "morbid_condition": Msg("vi.cont.morbid_condition"),
    "incapacity": Msg("vi.cont.incapacity"),
    "permanent_loss": Msg("vi.cont.permanent_loss"),
    "survivors": Msg("vi.cont.survivors"),
}
CARE_ITEMS: dict[str, str] = {
    "practitioner": Msg("vi.care.practitioner"),
    "dental": Msg("vi.care.dental"),
    "nursing": Msg("vi.care.nursing"),
    "institutional": Msg("vi.care.institutional"),
    "supplies": Msg("vi.care.supplies"),
    "allied": Msg("vi.care.allied"),
}
ART3_CARE_ITEMS: dict[str, str] = {
    "general_practitioner": Msg("vi.care3.general_practitioner"),
    "specialist": Msg("vi.care3.specialist"),
    "pharmaceuticals": Msg("vi.care3.pharmaceuticals"),
    "hospitalisation": Msg("vi.care3.hospitalisation"),
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
                   what=Msg("vi.wait.what"), unit="days"),
        duration(ctx),
        review_requirement(ctx, "VI"),
    ]


def contingencies(ctx: Context) -> Requirement:
    """Art 32: accidents and prescribed diseases, and all four contingencies (a)–(d)."""
    causes = checklist_rule(ctx, "VI.CONT", "32", "VI.contingency.causes", required_items=CAUSES,
                            what=Msg("vi.cont.causes_what"))
    covered = checklist_rule(ctx, "VI.CONT", "32", "VI.contingency.covered", required_items=CONTINGENCIES,
                             what=Msg("vi.cont.covered_what"))
    order = (Status.NOT_MET, Status.INSUFFICIENT, Status.MET)
    status = min((causes.status, covered.status), key=order.index)
    text = Msg("vi.cont.both", causes=causes.explanation, covered=covered.explanation)
    return Requirement("VI.CONT", "32", status, text,
                       {"causes": causes.values, "contingencies": covered.values},
                       (*causes.questions, *covered.questions))


def medical_care(ctx: Context) -> Requirement:
    """Art 34(2): the six kinds of care (a)–(f)."""
    return checklist_rule(ctx, "VI.MED", "34(2)", "VI.medical.items", required_items=CARE_ITEMS,
                          what=Msg("vi.med.what"), group=MEDICAL_GROUP)


def medical_care_art3(ctx: Context) -> Requirement:
    """Art 34(3): the reduced list of care, open only with an Article 3 declaration."""
    if not ctx.article_3_declared:
        return not_applicable("VI.MED.ART3", "34(3)", Msg("vi.med_art3.no_declaration"),
                              group=MEDICAL_GROUP, article_3=True, questions=("VI.medical.art3_items",))
    return checklist_rule(ctx, "VI.MED.ART3", "34(3)", "VI.medical.art3_items", required_items=ART3_CARE_ITEMS,
                          what=Msg("vi.med_art3.what"), group=MEDICAL_GROUP, article_3=True)


def cost_sharing(ctx: Context) -> Requirement:
    """Art 34 [I]: no part of the cost of employment-injury care may be charged to the injured person."""
    assumption = ctx.assume("A.COST.EMPLOYMENT_INJURY")
    rule = _no_rule(ctx, "VI.MED.COST", "34", "VI.medical.cost_sharing",
                    if_no=Msg("vi.cost.free"), if_yes=Msg("vi.cost.charged"))
    rule.assumptions = (assumption.id,)
    return rule


def _no_rule(ctx: Context, rule_id: str, article: str, question_id: str, *, if_no: Msg, if_yes: Msg) -> Requirement:
    """A requirement met when the answer is "no" (the question asks about something the Article excludes)."""
    value = ctx.flag(question_id)
    text: Msg
    if value is False:
        status, text = Status.MET, if_no
    elif value is True:
        status, text = Status.NOT_MET, if_yes
    else:
        status, text = Status.INSUFFICIENT, Msg("rule.not_answered", question=question_id, article=article)
    return Requirement(rule_id, article, status, text, {"answer": value}, (question_id,))


def rehabilitation(ctx: Context) -> Requirement:
    """Art 35: co-operation with vocational rehabilitation services (shown as information)."""
    return informational(yes_rule(
        ctx, "VI.REHAB", "35", "VI.medical.rehabilitation",
        met=Msg("vi.rehab.met"), not_met=Msg("vi.rehab.not_met"),
    ))


def partial_loss(ctx: Context, lump: Requirement) -> Requirement:
    """Art 36(2): partial permanent loss → a periodical payment forming a suitable proportion of the
    total-loss benefit (a judgement); a lump sum instead only within Art 36(3)."""
    rid, article = "VI.LVL.PARTIAL", "36(2)"
    qids = ("VI.partial.periodical", "VI.partial.proportional", "VI.partial.lump_sum", "VI.partial.min_degree")
    degree = ctx.number("VI.partial.min_degree")

    def noted(key: str) -> Msg:
        return Msg("vi.partial.degree_note", text=Msg(key), degree=Pct(degree)) if degree is not None else Msg(key)

    values: dict[str, object] = {"min_degree_percent": to_json_number(degree) if degree is not None else None}
    periodical = ctx.flag("VI.partial.periodical")
    if periodical is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("vi.partial.unanswered"), values, qids)
    if periodical:
        proportional = ctx.flag("VI.partial.proportional")
        if proportional is None:
            return Requirement(rid, article, Status.INSUFFICIENT, Msg("vi.partial.proportion_unanswered"),
                               values, qids)
        if proportional:
            # [I] a payment proportional to the degree of loss is the ordinary form of a "suitable proportion"
            return Requirement(rid, article, Status.MET, noted("vi.partial.proportional"), values, qids)
        return Requirement(rid, article, Status.NEEDS_REVIEW, noted("vi.partial.not_proportional"),
                           values, qids)
    lump_sum = ctx.flag("VI.partial.lump_sum")
    if lump_sum is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("vi.partial.lump_unanswered"), values, qids)
    if not lump_sum:
        return Requirement(rid, article, Status.NOT_MET, noted("vi.partial.nothing"), values, qids)
    if lump.status is Status.MET:
        return Requirement(rid, article, Status.NEEDS_REVIEW, noted("vi.partial.lump_review"),
                           values, qids)
    status = Status.NOT_MET if lump.status is Status.NOT_MET else Status.INSUFFICIENT
    return Requirement(rid, article, status, Msg("vi.partial.lump_instead", lump=lump.explanation),
                       values, (*qids, *lump.questions))


def lump_sum(ctx: Context) -> Requirement:
    """Art 36(3): commutation to a lump sum only where the incapacity is slight or the competent authority is
    satisfied that the lump sum will be properly used."""
    rid, article = "VI.LUMP", "36(3)"
    qids = ("VI.lump.commutation", "VI.partial.lump_sum", "VI.lump.conditions", "VI.lump.slight_degree")
    commutation = ctx.flag("VI.lump.commutation")
    partial_lump = ctx.flag("VI.partial.lump_sum")
    if commutation is not True and partial_lump is not True:
        if commutation is False:
            return Requirement(rid, article, Status.MET, Msg("vi.lump.no_commutation"), {"commutation": False},
                               qids)
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("vi.lump.unanswered"), {}, qids)
    cases = ctx.choices("VI.lump.conditions")
    if not cases:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("vi.lump.cases_missing"), {}, qids)
    values: dict[str, object] = {"cases": sorted(cases)}
    if "other" in cases:
        return Requirement(rid, article, Status.NOT_MET, Msg("vi.lump.other_cases"), values, qids)
    described: list[str] = []
    if "proper_use" in cases:
        described.append(Msg("vi.lump.proper_use"))
    if "slight" in cases:
        slight = _slight_degree(ctx, proper_use="proper_use" in cases)
        values.update(slight.values)
        if slight.status is not Status.MET:
            slight.values = values
            return slight
        described.insert(0, slight.explanation)
    which = (Msg("vi.lump.either", first=described[0], second=described[1]) if len(described) == 2
             else Msg.join(described))
    assumptions = ("A.VI.SLIGHT",) if "slight" in cases else ()
    return Requirement(rid, article, Status.MET, Msg("vi.lump.only", cases=which), values, qids,
                       assumptions=assumptions)


def _slight_degree(ctx: Context, *, proper_use: bool) -> Requirement:
    """Art 36(3)(a): lump sums where the degree of incapacity is slight. [I] A.VI.SLIGHT: supervisory practice,
    with Recommendation No. 121 (Para 10(1)), treats a loss above 25 % as not slight; at 25 % it is slight.

    A higher national threshold fails, unless lump sums are also subject to the competent authority being
    satisfied of their proper use (Art 36(3)(b)), which may cover the band above 25 %: then it is for review.
    """
    rid, article = "VI.LUMP", "36(3)"
    qids = ("VI.lump.commutation", "VI.partial.lump_sum", "VI.lump.conditions", "VI.lump.slight_degree")
    assumption = ctx.assume("A.VI.SLIGHT")
    limit = assumption.value if assumption.value is not None else Fraction(25)
    degree = ctx.number("VI.lump.slight_degree")
    if degree is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("vi.lump.slight_degree_missing", limit=Pct(limit), question="VI.lump.slight_degree"),
                           {"slight_limit_percent": to_json_number(limit)}, qids, assumptions=(assumption.id,))
    values = {"slight_degree_percent": to_json_number(degree), "slight_limit_percent": to_json_number(limit)}
    if degree <= limit:
        return Requirement(rid, article, Status.MET,
                           Msg("vi.lump.slight_within", degree=Pct(degree, limit), limit=Pct(limit)),
                           values, qids, assumptions=(assumption.id,))
    key = "vi.lump.slight_above_proper_use" if proper_use else "vi.lump.slight_above"
    return Requirement(rid, article, Status.NEEDS_REVIEW if proper_use else Status.NOT_MET,
                       Msg(key, degree=Pct(degree, limit), limit=Pct(limit)), values, qids,
                       assumptions=(assumption.id,))


def qualifying_period(ctx: Context) -> Requirement:
    """Art 37 [I]: no qualifying period beyond being employed when the accident happened or the disease was
    contracted, so the period must be 0."""
    assumption = ctx.assume("A.EI.NO_QP")
    rule = limit_rule(ctx, "VI.QP", "37", "VI.qp.months", limit=Fraction(0), at_most=True,
                      what=Msg("vi.qp.what"), unit="months")
    rule.explanation = Msg("vi.qp.note", text=rule.explanation)
    rule.assumptions = (assumption.id,)
    return rule


def duration(ctx: Context) -> Requirement:
    """Art 38: benefits granted throughout the contingency."""
    return _no_rule(ctx, "VI.DUR", "38", "VI.duration.limited",
                    if_no=Msg("vi.dur.throughout"), if_yes=Msg("vi.dur.limited"))
