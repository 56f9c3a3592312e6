"""Part X — Survivors' benefit (Arts 59–64)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.coverage import ACTIVE, EMPLOYEES, INDUSTRIAL, RESIDENTS_MEANS, Alternative, coverage_requirements
from c102desk.engine.level import BenefitSpec, level_requirement
from c102desk.engine.qualifying import QualifyingSpec, qualifying_requirements
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import informational, not_applicable, yes_rule
from c102desk.engine.rules.part_v import earnings_rule
from c102desk.numbers import fmt_number, to_json_number

# Art 61(a), (b) and (d) count the breadwinners in the protected classes; their wives and children are the
# persons protected, so the numerators of the coverage template hold breadwinners.
_BREADWINNERS = "cov.who.breadwinners"  # message key naming the persons counted
COVERAGE = (
    Alternative("a", "X.COV.A", "61(a)", EMPLOYEES, who=_BREADWINNERS),
    Alternative("b", "X.COV.B", "61(b)", ACTIVE, who=_BREADWINNERS),
    Alternative("c", "X.COV.C", "61(c)", RESIDENTS_MEANS),
    Alternative("d", "X.COV.D", "61(d)", INDUSTRIAL, who=_BREADWINNERS),
)
BENEFIT = BenefitSpec(
    part="X", rule_id="X.LVL", article="62", prefix="X.benefit", schedule_percent=40,
    beneficiary="sb.widow_two_children", label="lvl.label.survivors", children=True,
    means_tested_allowed=True, safe_harbour_article="61(b)",
    means_coverage_question="X.coverage.residents_means_tested",
)
QUALIFYING = QualifyingSpec(
    "X", "63", full_years=15, full_residence_years=10, reduced_years=5, alt_years=5, alt_residence_years=5,
    proportional_base_assumption="A.PROP.X", whose="qp.whose.breadwinner",
)
# Conditions on the widow's right read as presumptions of incapacity for self-support (Art 60(1)) [I], or
# following from the definition of "widow" in Art 1(1)(f).
PERMITTED_WIDOW_CONDITIONS = {
    "none": "no condition",
    "maintained": "maintained by her husband at his death (Art 1(1)(f))",
    "age": "a prescribed age",
    "invalidity": "invalidity",
    "children_in_care": "the care of a child",
}


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "X", COVERAGE),
        contingency(ctx),
        informational(widowers(ctx)),
        earnings_rule(ctx, "X.EARN", "60(2)", "X.earn", "survivors' benefit"),
        level_requirement(ctx, BENEFIT),
        *qualifying_requirements(ctx, QUALIFYING),
        marriage(ctx),
        yes_rule(
            ctx, "X.DUR", "64", "X.duration.throughout",
            met="the survivors' benefit is paid throughout the contingency (Art 64)",
            not_met="the survivors' benefit can stop while the contingency lasts; Art 64 requires it throughout",
        ),
    ]


def contingency(ctx: Context) -> Requirement:
    """Art 60(1): the widow and the child are protected; the widow's right may depend on a presumption that
    she cannot support herself."""
    rid, article = "X.CONT", "60(1)"
    widows_q, children_q, conditions_q = "X.contingency.widows", "X.contingency.children", \
        "X.contingency.widow_conditions"
    qids = (widows_q, children_q, conditions_q, "X.contingency.other_conditions")
    widows, children = ctx.flag(widows_q), ctx.flag(children_q)
    values: dict[str, object] = {"widows": widows, "children": children}
    missing = [who for who, flag in (("widows", widows), ("children", children)) if flag is False]
    if missing:
        return Requirement(rid, article, Status.NOT_MET,
                           f"no benefit for {' and '.join(missing)} of a deceased breadwinner; Art 60(1) protects "
                           "both the widow and the child", values, qids)
    if widows is None or children is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"not yet answered whether widows ({widows_q}) and children ({children_q}) are protected "
                           "(Art 60(1))", values, qids)
    conditions = ctx.choices(conditions_q)
    if conditions is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"widows and children are protected; the conditions of the widow's right ({conditions_q}) "
                           "are not yet given (Art 60(1))", values, qids)
    assumption = ctx.assume("A.X.WIDOW_CONDITIONS")
    values["widow_conditions"] = conditions
    permitted = [PERMITTED_WIDOW_CONDITIONS[c] for c in conditions if c in PERMITTED_WIDOW_CONDITIONS]
    listed = "; ".join(permitted) or "no condition"
    if "other" in conditions:
        other = ctx.text("X.contingency.other_conditions")
        detail = f" (“{other}”)" if other else ""
        return Requirement(rid, article, Status.NEEDS_REVIEW,
                           f"widows and children are protected, but the widow's right depends on a condition{detail} "
                           "other than a presumption of incapacity for self-support; whether Art 60(1) allows it is "
                           "for the supervisory bodies [I]", values, qids, assumptions=(assumption.id,))
    return Requirement(rid, article, Status.MET,
                       f"widows and children are protected; the widow's right depends on {listed}, which Art 60(1) "
                       "allows as a presumption that she cannot support herself [I]", values, qids,
                       assumptions=(assumption.id,))


def widowers(ctx: Context) -> Requirement:
    """Widowers are not named by the Convention; their coverage is recorded for information [I]."""
    answer = ctx.flag("X.contingency.widowers")
    if answer is True:
        status, text = Status.MET, "widowers are protected on the same terms as widows (beyond what Art 60 requires)"
    elif answer is False:
        status, text = Status.NOT_APPLICABLE, "widowers are not protected; the Convention names only widows [I]"
    else:
        status, text = Status.INSUFFICIENT, "not answered whether widowers are protected (informational) [I]"
    assumptions = (ctx.assume("A.WIDOWER").id,) if ctx.part_answered("X") else ()
    return Requirement("X.WIDOWER", "60(1)", status, text, {"answer": answer}, ("X.contingency.widowers",),
                       assumptions=assumptions)


def marriage(ctx: Context) -> Requirement:
    """Art 63(5): a minimum duration of marriage only for a childless widow presumed incapable of self-support."""
    rid, article = "X.MARRIAGE", "63(5)"
    required_q, applies_q, years_q = "X.marriage.required", "X.marriage.applies_to", "X.marriage.min_years"
    qids = (required_q, applies_q, years_q)
    required = ctx.flag(required_q)
    if required is False:
        return not_applicable(rid, article, "no minimum duration of marriage is required (Art 63(5))",
                              questions=qids)
    if required is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"not yet answered whether a minimum duration of marriage is required ({required_q})",
                           {}, qids)
    years = ctx.number(years_q)
    period = f" of {fmt_number(years)} years" if years is not None else ""
    values: dict[str, object] = {"min_years": to_json_number(years) if years is not None else None}
    applies = ctx.choice(applies_q)
    values["applies_to"] = applies
    if applies == "childless_incapable":
        return Requirement(rid, article, Status.MET,
                           f"a minimum duration of marriage{period} is required only of childless widows presumed "
                           "incapable of self-support, as Art 63(5) allows", values, qids)
    if applies == "other_widows":
        return Requirement(rid, article, Status.NOT_MET,
                           f"a minimum duration of marriage{period} is required of other widows too, but Art 63(5) "
                           "allows it only for a childless widow presumed incapable of self-support", values, qids)
    return Requirement(rid, article, Status.INSUFFICIENT,
                       f"a minimum duration of marriage{period} is required; to which widows it applies ({applies_q}) "
                       "is not yet given (Art 63(5))", values, qids)
