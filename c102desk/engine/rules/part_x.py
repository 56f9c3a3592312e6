"""Part X — Survivors' benefit (Arts 59–64)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.coverage import ACTIVE, EMPLOYEES, INDUSTRIAL, RESIDENTS_MEANS, Alternative, coverage_requirements
from c102desk.engine.level import BenefitSpec, level_requirement
from c102desk.engine.qualifying import QualifyingSpec, qualifying_requirements
from c102desk.engine.results import Requirement, Status
from c102desk.engine.review import review_requirement
from c102desk.engine.rulekit import informational, not_applicable, yes_rule
from c102desk.engine.rules.part_v import earnings_rule
from c102desk.i18n import Msg
from c102desk.numbers import to_json_number

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
# following from the definition of "widow" in Art 1(1)(d).
# Each condition maps to the message key naming it.
PERMITTED_WIDOW_CONDITIONS = {
    "none": "x.cont.cond.none",
    "maintained": "x.cont.cond.maintained",
    "age": "x.cont.cond.age",
    "invalidity": "x.cont.cond.invalidity",
    "children_in_care": "x.cont.cond.children_in_care",
}
# Presumptions of incapacity for self-support that leave out a younger, able-bodied widow caring for children.
RESTRICTIVE_WIDOW_CONDITIONS = ("age", "invalidity")


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "X", COVERAGE),
        contingency(ctx),
        informational(widowers(ctx)),
        earnings_rule(ctx, "X.EARN", "60(2)", "X.earn", Msg("lvl.label.survivors")),
        level_requirement(ctx, BENEFIT),
        *qualifying_requirements(ctx, QUALIFYING),
        marriage(ctx),
        yes_rule(
            ctx, "X.DUR", "64", "X.duration.throughout",
            met=Msg("x.dur.met"),
            not_met=Msg("x.dur.not_met"),
        ),
        review_requirement(ctx, "X"),
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
    if widows is False or children is False:
        who = ("x.cont.who.both" if widows is False and children is False
               else "x.cont.who.widows" if widows is False else "x.cont.who.children")
        return Requirement(rid, article, Status.NOT_MET, Msg("x.cont.missing", who=Msg(who)), values, qids)
    if widows is None or children is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("x.cont.unknown", widows_question=widows_q, children_question=children_q),
                           values, qids)
    conditions = ctx.choices(conditions_q)
    if conditions is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("x.cont.conditions_missing", question=conditions_q), values, qids)
    assumption = ctx.assume("A.X.WIDOW_CONDITIONS")
    values["widow_conditions"] = conditions
    permitted = [Msg(PERMITTED_WIDOW_CONDITIONS[c]) for c in conditions if c in PERMITTED_WIDOW_CONDITIONS]
    listed = Msg.join(permitted) if permitted else Msg("x.cont.cond.none")
    # [I] A.X.WIDOW_CHILD_CARE: a presumption of incapacity by age or invalidity must not leave out the widow who
    # cares for a child of the deceased; care of a child must then be a ground of its own.
    restrictive = [c for c in conditions if c in RESTRICTIVE_WIDOW_CONDITIONS]
    if restrictive and "children_in_care" not in conditions:
        child_care = ctx.assume("A.X.WIDOW_CHILD_CARE")
        values["child_care_ground"] = False
        which = Msg.join([Msg(PERMITTED_WIDOW_CONDITIONS[c]) for c in restrictive])
        return Requirement(rid, article, Status.NOT_MET, Msg("x.cont.child_care_missing", conditions=which),
                           values, qids, assumptions=(assumption.id, child_care.id))
    if "other" in conditions:
        other = ctx.text("X.contingency.other_conditions")
        text = Msg("x.cont.other_detail", other=other) if other else Msg("x.cont.other")
        return Requirement(rid, article, Status.NEEDS_REVIEW, text, values, qids, assumptions=(assumption.id,))
    return Requirement(rid, article, Status.MET, Msg("x.cont.met", conditions=listed), values, qids,
                       assumptions=(assumption.id,))


def widowers(ctx: Context) -> Requirement:
    """Widowers are not named by the Convention; their coverage is recorded for information [I]."""
    answer = ctx.flag("X.contingency.widowers")
    if answer is True:
        status, text = Status.MET, Msg("x.widower.protected")
    elif answer is False:
        status, text = Status.NOT_APPLICABLE, Msg("x.widower.not_protected")
    else:
        status, text = Status.INSUFFICIENT, Msg("x.widower.unknown")
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
        return not_applicable(rid, article, Msg("x.marriage.not_required"), questions=qids)
    if required is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("x.marriage.unknown", question=required_q), {},
                           qids)
    years = ctx.number(years_q)
    condition = (Msg("x.marriage.condition_years", years=years) if years is not None
                 else Msg("x.marriage.condition"))
    values: dict[str, object] = {"min_years": to_json_number(years) if years is not None else None}
    applies = ctx.choice(applies_q)
    values["applies_to"] = applies
    if applies == "childless_incapable":
        return Requirement(rid, article, Status.MET, Msg("x.marriage.met", condition=condition), values, qids)
    if applies == "other_widows":
        return Requirement(rid, article, Status.NOT_MET, Msg("x.marriage.not_met", condition=condition), values,
                           qids)
    return Requirement(rid, article, Status.INSUFFICIENT,
                       Msg("x.marriage.applies_missing", condition=condition, question=applies_q), values, qids)
