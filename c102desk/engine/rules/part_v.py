"""Part V — Old-age benefit (Arts 25–30).

Also holds the rule shared with Part X: the earnings and means rules of Arts 26(3) and 60(2). The review of
current payments (Arts 65(10), 66(8)) is the one rule of c102desk.engine.review.
"""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.coverage import ACTIVE, EMPLOYEES, INDUSTRIAL, RESIDENTS_MEANS, Alternative, coverage_requirements
from c102desk.engine.level import BenefitSpec, level_requirement
from c102desk.engine.qualifying import RESIDENCE, QualifyingSpec, qualifying_requirements
from c102desk.engine.results import Requirement, Status
from c102desk.engine.review import review_requirement
from c102desk.engine.rulekit import not_applicable, yes_rule
from c102desk.i18n import Msg
from c102desk.numbers import to_json_number

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


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "V", COVERAGE),
        pensionable_age(ctx),
        earnings_rule(ctx, "V.EARN", "26(3)", "V.earn", Msg("lvl.label.old_age")),
        level_requirement(ctx, BENEFIT),
        *qualifying_requirements(ctx, QUALIFYING),
        transitional(ctx),
        duration(ctx),
        review_requirement(ctx, "V"),
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
                           Msg("v.age.missing", question=men_q, limit=MAX_PENSIONABLE_AGE), {}, qids)
    age = max(ages)
    shown: Msg | Fraction = Msg("v.age.higher_of", age=age) if len(ages) == 2 and ages[0] != ages[1] else age
    values: dict[str, object] = {"age": to_json_number(age), "limit": MAX_PENSIONABLE_AGE}
    if age <= MAX_PENSIONABLE_AGE:
        return Requirement(rid, article, Status.MET, Msg("v.age.met", age=shown, limit=MAX_PENSIONABLE_AGE),
                           values, qids)
    assumption = ctx.assume("A.V.AGE.JUSTIFICATION")
    head = Msg("v.age.head", age=shown, limit=MAX_PENSIONABLE_AGE)
    documented = ctx.flag(documented_q)
    values["justification_documented"] = documented
    if documented is True:
        reason = ctx.text(reason_q)
        text = (Msg("v.age.review.reason", head=head, reason=reason) if reason
                else Msg("v.age.review.no_summary", head=head))
        return Requirement(rid, article, Status.NEEDS_REVIEW, text, values, qids, assumptions=(assumption.id,))
    if documented is False:
        return Requirement(rid, article, Status.NOT_MET,
                           Msg("v.age.not_met", head=head, limit=MAX_PENSIONABLE_AGE),
                           values, qids, assumptions=(assumption.id,))
    return Requirement(rid, article, Status.INSUFFICIENT, Msg("v.age.unknown", head=head, question=documented_q),
                       values, qids, assumptions=(assumption.id,))


def earnings_rule(ctx: Context, rule_id: str, article: str, prefix: str, label: Msg) -> Requirement:
    """Arts 26(3) and 60(2): suspension only for prescribed gainful activity; reduction only for earnings
    (contributory benefit) or earnings or means (non-contributory benefit) above a prescribed amount.

    ``label`` names the benefit (a ``lvl.label.*`` message: bare in English, with its article in French and
    Spanish)."""
    has_q, only_q = f"{prefix}.has_test", f"{prefix}.only_permitted"
    qids = (has_q, only_q)
    has_test = ctx.flag(has_q)
    if has_test is False:
        return Requirement(rule_id, article, Status.MET, Msg("v.earn.no_test", label=label, article=article),
                           {"test": False}, qids)
    if has_test is None:
        return Requirement(rule_id, article, Status.INSUFFICIENT,
                           Msg("v.earn.test_unknown", label=label, question=has_q, article=article), {}, qids)
    rule = yes_rule(
        ctx, rule_id, article, only_q,
        met=Msg("v.earn.met", label=label, article=article),
        not_met=Msg("v.earn.not_met", label=label, article=article),
        unknown=Msg("v.earn.unknown", label=label, article=article, question=only_q),
    )
    rule.questions = qids
    rule.values = {"test": True, "only_permitted": ctx.flag(only_q)}
    return rule


def transitional(ctx: Context) -> Requirement:
    """Art 29(5): a reduced benefit for persons too old, when the provisions came into force, to qualify."""
    rid, article = "V.TRANS", "29(5)"
    basis_q, cohorts_q, provision_q = "V.qp.basis", "V.transition.older_cohorts", "V.transition.provision"
    qids = (basis_q, cohorts_q, provision_q)
    basis = ctx.choice(basis_q)
    if basis == RESIDENCE:
        return not_applicable(rid, article, Msg("v.trans.residence"), questions=qids)
    if basis is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("v.trans.basis_missing", question=basis_q), {},
                           qids)
    cohorts = ctx.flag(cohorts_q)
    if cohorts is False:
        return not_applicable(rid, article, Msg("v.trans.no_cohorts"), questions=qids)
    if cohorts is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("v.trans.cohorts_unknown", question=cohorts_q),
                           {}, qids)
    provision = ctx.choice(provision_q)
    if provision == "reduced_benefit":
        return Requirement(rid, article, Status.MET, Msg("v.trans.reduced"), {"provision": provision}, qids)
    if provision == "later_age_benefit":
        return Requirement(rid, article, Status.MET, Msg("v.trans.later_age"), {"provision": provision}, qids)
    if provision == "none":
        return Requirement(rid, article, Status.NOT_MET, Msg("v.trans.none"), {"provision": provision}, qids)
    return Requirement(rid, article, Status.INSUFFICIENT, Msg("v.trans.provision_missing", question=provision_q),
                       {}, qids)


def duration(ctx: Context) -> Requirement:
    """Art 30: paid throughout the contingency, i.e. for life [I]."""
    rule = yes_rule(
        ctx, "V.DUR", "30", "V.duration.for_life",
        met=Msg("v.dur.met"),
        not_met=Msg("v.dur.not_met"),
    )
    if ctx.answered("V.duration.for_life"):
        rule.assumptions = (ctx.assume("A.V.FOR_LIFE").id,)
    return rule
