"""Part V — Old-age benefit (Arts 25–30).

Also holds two rules shared with the other long-term Parts: the earnings and means rules of Arts 26(3) and
60(2), and the review of current payments required by Arts 65(10) and 66(8).
"""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.coverage import ACTIVE, EMPLOYEES, INDUSTRIAL, RESIDENTS_MEANS, Alternative, coverage_requirements
from c102desk.engine.level import BenefitSpec, level_requirement
from c102desk.engine.qualifying import RESIDENCE, QualifyingSpec, qualifying_requirements
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import not_applicable, yes_rule
from c102desk.numbers import fmt_number, to_json_number

COVERAGE = (
    Alternative("a", "V.COV.A", "27(a)", EMPLOYEES),
    Alternative("b", "V.COV.B", "27(b)", ACTIVE),
    Alternative("c", "V.COV.C", "27(c)", RESIDENTS_MEANS),
    Alternative("d", "V.COV.D", "27(d)", INDUSTRIAL),
)
BENEFIT = BenefitSpec(
    part="V", rule_id="V.LVL", article="28", prefix="V.benefit", schedule_percent=40,
    beneficiary="sb.man_wife_pensionable_age", label="lvl.label.old_age", children=False,
    means_tested_allowed=True, safe_harbour_article="27(b)",
    means_coverage_question="V.coverage.residents_means_tested",
)
QUALIFYING = QualifyingSpec(
    "V", "29", full_years=30, full_residence_years=20, reduced_years=15, alt_years=10, alt_residence_years=5,
    proportional_base_assumption="A.PROP.V",
)
MAX_PENSIONABLE_AGE = 65
REVIEW_QUESTION = "XI.review.after_earnings_changes"


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "V", COVERAGE),
        pensionable_age(ctx),
        earnings_rule(ctx, "V.EARN", "26(3)", "V.earn", "old-age benefit"),
        level_requirement(ctx, BENEFIT),
        *qualifying_requirements(ctx, QUALIFYING),
        transitional(ctx),
        duration(ctx),
        review_rule(ctx, "V.REVIEW", "old-age"),
    ]


def pensionable_age(ctx: Context) -> Requirement:
    """Art 26(2): pensionable age not above 65, or higher with due regard to the working ability of the elderly."""
    rid, article = "V.AGE", "26(2)"
    men_q, women_q = "V.age.pensionable_age", "V.age.pensionable_age_women"
    documented_q, reason_q = "V.age.justification_documented", "V.age.justification"
    qids = (men_q, women_q, documented_q, reason_q)
    ages = [a for a in (ctx.number(men_q), ctx.number(women_q)) if a is not None]
    if ctx.number(men_q) is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"the pensionable age ({men_q}) is not yet given; Art 26(2) allows at most "
                           f"{MAX_PENSIONABLE_AGE} unless a higher age is justified", {}, qids)
    age = max(ages)
    which = "the higher of the ages for men and women, " if len(ages) == 2 and ages[0] != ages[1] else ""
    values: dict[str, object] = {"age": to_json_number(age), "limit": MAX_PENSIONABLE_AGE}
    if age <= MAX_PENSIONABLE_AGE:
        return Requirement(rid, article, Status.MET,
                           f"pensionable age ({which}{fmt_number(age)}) ≤ {MAX_PENSIONABLE_AGE} allowed by "
                           f"Art 26(2)", values, qids)
    assumption = ctx.assume("A.V.AGE.JUSTIFICATION")
    head = f"pensionable age ({which}{fmt_number(age)}) > {MAX_PENSIONABLE_AGE}"
    documented = ctx.flag(documented_q)
    values["justification_documented"] = documented
    if documented is True:
        reason = ctx.text(reason_q)
        tail = f": “{reason}”" if reason else " (the justification itself is not yet summarised)"
        return Requirement(rid, article, Status.NEEDS_REVIEW,
                           f"{head}; a higher age is allowed by Art 26(2) with due regard to the working ability of "
                           f"elderly persons, and a justification is documented{tail}; its weight is for the "
                           "supervisory bodies [I]", values, qids, assumptions=(assumption.id,))
    if documented is False:
        return Requirement(rid, article, Status.NOT_MET,
                           f"{head} without a documented justification regarding the working ability of elderly "
                           f"persons, which Art 26(2) requires for an age above {MAX_PENSIONABLE_AGE} [I]",
                           values, qids, assumptions=(assumption.id,))
    return Requirement(rid, article, Status.INSUFFICIENT,
                       f"{head}: not yet answered whether the higher age is justified with regard to the working "
                       f"ability of elderly persons ({documented_q})", values, qids, assumptions=(assumption.id,))


def earnings_rule(ctx: Context, rule_id: str, article: str, prefix: str, label: str) -> Requirement:
    """Arts 26(3) and 60(2): suspension only for prescribed gainful activity; reduction only for earnings
    (contributory benefit) or earnings or means (non-contributory benefit) above a prescribed amount."""
    has_q, only_q = f"{prefix}.has_test", f"{prefix}.only_permitted"
    qids = (has_q, only_q)
    has_test = ctx.flag(has_q)
    if has_test is False:
        return Requirement(rule_id, article, Status.MET,
                           f"the {label} is not suspended or reduced because of work, earnings or means, so the "
                           f"limits of Art {article} are respected", {"test": False}, qids)
    if has_test is None:
        return Requirement(rule_id, article, Status.INSUFFICIENT,
                           f"not yet answered whether the {label} is suspended or reduced for work, earnings or "
                           f"means ({has_q}); Art {article} limits the grounds", {}, qids)
    rule = yes_rule(
        ctx, rule_id, article, only_q,
        met=f"the {label} is suspended only for prescribed gainful activity and reduced only for earnings or "
            f"means above a prescribed amount, as Art {article} allows",
        not_met=f"the {label} is suspended or reduced on grounds wider than Art {article} allows (prescribed "
                "gainful activity; earnings, or for a non-contributory benefit earnings or means, above a "
                "prescribed amount)",
        unknown=f"the {label} can be suspended or reduced for work, earnings or means; not yet answered whether "
                f"only on the grounds Art {article} allows ({only_q})",
    )
    rule.questions = qids
    rule.values = {"test": True, "only_permitted": ctx.flag(only_q)}
    return rule


def review_rule(ctx: Context, rule_id: str, label: str) -> Requirement:
    """Arts 65(10) and 66(8): current long-term payments reviewed after substantial changes in the general
    level of earnings that result from substantial changes in the cost of living."""
    return yes_rule(
        ctx, rule_id, "65(10), 66(8)", REVIEW_QUESTION,
        met=f"current {label} payments are reviewed after substantial changes in the general level of earnings "
            "caused by substantial changes in the cost of living (Arts 65(10), 66(8))",
        not_met=f"current {label} payments are not reviewed after substantial changes in the general level of "
                "earnings caused by changes in the cost of living, as Arts 65(10) and 66(8) require",
        unknown=f"not yet answered whether current {label} payments are reviewed after substantial changes in "
                f"earnings and the cost of living ({REVIEW_QUESTION}, Part XI)",
    )


def transitional(ctx: Context) -> Requirement:
    """Art 29(5): a reduced benefit for persons too old, when the provisions came into force, to qualify."""
    rid, article = "V.TRANS", "29(5)"
    basis_q, cohorts_q, provision_q = "V.qp.basis", "V.transition.older_cohorts", "V.transition.provision"
    qids = (basis_q, cohorts_q, provision_q)
    basis = ctx.choice(basis_q)
    if basis == RESIDENCE:
        return not_applicable(rid, article, "the benefit does not depend on a period of contribution or employment, "
                              "so Art 29(5) does not apply", questions=qids)
    if basis is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"the basis of the qualifying period ({basis_q}) is not yet given; Art 29(5) applies "
                           "where it is contribution or employment", {}, qids)
    cohorts = ctx.flag(cohorts_q)
    if cohorts is False:
        return not_applicable(rid, article, "no person remains who was too old to qualify when the old-age "
                              "provisions came into force (the scheme is long established), so Art 29(5) has no "
                              "one to protect", questions=qids)
    if cohorts is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"not yet answered whether persons too old to qualify when the scheme began remain "
                           f"({cohorts_q})", {}, qids)
    provision = ctx.choice(provision_q)
    if provision == "reduced_benefit":
        return Requirement(rid, article, Status.MET,
                           "persons too old to qualify when the scheme began receive a transitional reduced "
                           "benefit (Art 29(5))", {"provision": provision}, qids)
    if provision == "later_age_benefit":
        return Requirement(rid, article, Status.MET,
                           "persons too old to qualify when the scheme began receive a benefit under Art 29(1), "
                           "(3) or (4) from a higher age, which Art 29(5) accepts", {"provision": provision}, qids)
    if provision == "none":
        return Requirement(rid, article, Status.NOT_MET,
                           "persons too old to complete the Art 29(2) period when the scheme began receive no "
                           "reduced benefit, as Art 29(5) requires", {"provision": provision}, qids)
    return Requirement(rid, article, Status.INSUFFICIENT,
                       f"what is provided for persons too old to qualify when the scheme began ({provision_q}) is "
                       "not yet given", {}, qids)


def duration(ctx: Context) -> Requirement:
    """Art 30: paid throughout the contingency, i.e. for life [I]."""
    rule = yes_rule(
        ctx, "V.DUR", "30", "V.duration.for_life",
        met="the old-age benefit is paid for life once granted, throughout the contingency (Art 30) [I]",
        not_met="the old-age benefit can end while the beneficiary lives, but Art 30 requires it throughout the "
                "contingency, i.e. for life [I]",
    )
    if ctx.answered("V.duration.for_life"):
        rule.assumptions = (ctx.assume("A.V.FOR_LIFE").id,)
    return rule

