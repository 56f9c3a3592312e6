"""Part VII — Family benefit (Arts 39–45).

No Part XI level test applies: the benefits are judged by their total value (Art 44), against the wage of
the ordinary adult male labourer (Art 66(4)) times a number of children. [I] The test is made on a yearly
basis (assumption A.ART44.TIME).
"""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.coverage import (
    ACTIVE,
    EMPLOYEES,
    INDUSTRIAL,
    RESIDENTS_MEANS,
    Alternative,
    coverage_requirements,
)
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import informational, limit_rule, not_applicable, yes_rule
from c102desk.numbers import fmt_number, to_json_number

COVERAGE = (
    Alternative("a", "VII.COV.A", "41(a)", EMPLOYEES),
    Alternative("b", "VII.COV.B", "41(b)", ACTIVE),
    Alternative("c", "VII.COV.C", "41(c)", RESIDENTS_MEANS),
    Alternative("d", "VII.COV.D", "41(d)", INDUSTRIAL),
)
FORMS = {
    "periodical": "periodical payment",
    "food": "food",
    "clothing": "clothing",
    "housing": "housing",
    "holidays": "holidays",
    "domestic_help": "domestic help",
}
VALUE_GROUP = "total_value"
# [I] A.ART44.TIME: periods in a year for converting the labourer's wage of Part I.
PERIODS_PER_YEAR = {"week": 52, "month": 12, "year": 1}


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "VII", COVERAGE),
        child_age(ctx),
        benefit_form(ctx),
        qualifying_period(ctx),
        *total_value(ctx),
        duration(ctx),
    ]


def child_age(ctx: Context) -> Requirement:
    """Arts 1(1)(e) and 40: a child is one under the school-leaving age or under 15 (shown as information)."""
    rid, article = "VII.CHILD", "1(1)(e), 40"
    qids = ("VII.child.age_limit", "I.child.age_limit", "I.child.school_leaving_age")
    own = ctx.number("VII.child.age_limit")
    age = own if own is not None else ctx.number("I.child.age_limit")
    school = ctx.number("I.child.school_leaving_age")
    if age is None:
        return informational(Requirement(rid, article, Status.INSUFFICIENT,
                                         "the age limit of family benefit (VII.child.age_limit or I.child.age_limit) "
                                         "is not yet given", {}, qids))
    reaches = ["≥ 15"] if age >= 15 else []
    if school is not None and age >= school:
        reaches.append(f"≥ the school-leaving age of {fmt_number(school)}")
    values = {"age_limit": to_json_number(age), "school_leaving_age": to_json_number(school) if school else None}
    if reaches:
        text = (f"family benefit is paid for children up to {fmt_number(age)} years, "
                f"{' and '.join(reaches)} (Art 1(1)(e))")
        return informational(Requirement(rid, article, Status.MET, text, values, qids))
    reach = (f"reaches neither age 15 nor the school-leaving age of {fmt_number(school)}" if school is not None
             else "does not reach age 15")
    text = f"family benefit stops at {fmt_number(age)} years, which {reach} (Art 1(1)(e))"
    return informational(Requirement(rid, article, Status.NOT_MET, text, values, qids))


def benefit_form(ctx: Context) -> Requirement:
    """Art 42: a periodical payment, provision in kind for children (food, clothing, housing, holidays,
    domestic help), or both."""
    rid, article = "VII.FORM", "42"
    kinds = ctx.choices("VII.form.kinds")
    if kinds is None:
        return Requirement(rid, article, Status.INSUFFICIENT, "the form of family benefits (VII.form.kinds) is not "
                           "yet given", {}, ("VII.form.kinds",))
    given = [FORMS[k] for k in FORMS if k in kinds]
    if not given:
        return Requirement(rid, article, Status.NOT_MET, "no periodical payment and no benefit in kind for children "
                           "is provided (Art 42)", {"forms": []}, ("VII.form.kinds",))
    return Requirement(rid, article, Status.MET, f"family benefit takes the form of: {', '.join(given)} (Art 42)",
                       {"forms": [k for k in FORMS if k in kinds]}, ("VII.form.kinds",))


def qualifying_period(ctx: Context) -> Requirement:
    """Art 43: at most 3 months of contribution or employment, or 1 year of residence, within a prescribed
    period."""
    rid, article = "VII.QP", "43"
    basis = ctx.choice("VII.qp.basis")
    if basis is None:
        return Requirement(rid, article, Status.INSUFFICIENT, "the qualifying period of family benefit "
                           "(VII.qp.basis) is not yet given", {}, ("VII.qp.basis",))
    if basis == "none":
        return Requirement(rid, article, Status.MET, "family benefit requires no qualifying period (Art 43)",
                           {"basis": basis}, ("VII.qp.basis",))
    if basis == "residence":
        rule = limit_rule(ctx, rid, article, "VII.qp.residence_years", limit=1, at_most=True,
                          what="residence required", unit="years", questions=("VII.qp.basis",))
    else:
        rule = limit_rule(ctx, rid, article, "VII.qp.months", limit=3, at_most=True,
                          what="contribution or employment required", unit="months", questions=("VII.qp.basis",))
    within = ctx.number("VII.qp.reference_period_months")
    if within is not None:
        rule.explanation += f" (to be completed within {fmt_number(within)} months)"
        rule.questions = (*rule.questions, "VII.qp.reference_period_months")
    return rule


def labourer_wage_year(ctx: Context) -> tuple[Fraction | None, str]:
    """The ordinary adult male labourer's yearly wage [I: A.ART44.TIME], and how it was obtained."""
    override = ctx.number("VII.value.labourer_wage_year")
    if override is not None:
        return override, f"labourer's yearly wage {fmt_number(override)} (VII.value.labourer_wage_year)"
    wage = ctx.number("I.wages.labourer_wage")
    basis = ctx.choice("I.wages.time_basis")
    if wage is None:
        return None, "the ordinary adult male labourer's wage (I.wages.labourer_wage) is not yet given"
    if basis is None:
        return None, "the time basis of the labourer's wage (I.wages.time_basis) is not yet given"
    if basis not in PERIODS_PER_YEAR:
        return None, (f"the labourer's wage is given per {basis}; give the yearly wage "
                      "(VII.value.labourer_wage_year) for the yearly test of Art 44 [I]")
    factor = PERIODS_PER_YEAR[basis]
    yearly = wage * factor
    if factor == 1:
        return yearly, f"labourer's yearly wage {fmt_number(yearly)}"
    return yearly, f"labourer's yearly wage {fmt_number(wage)} per {basis} × {factor} = {fmt_number(yearly)}"


def total_value(ctx: Context) -> list[Requirement]:
    """Art 44: yearly value of family benefits ≥ (a) 3 % × labourer's wage × children of persons protected, or
    (b) 1.5 % × labourer's wage × children of all residents. The two form one group of alternatives."""
    assumption = ctx.assume("A.ART44.TIME")
    wage, wage_text = labourer_wage_year(ctx)
    return [
        _value_test(ctx, "VII.VAL.A", "44(a)", Fraction(3), "VII.value.children_protected",
                    "children of all persons protected", wage, wage_text, assumption.id),
        _value_test(ctx, "VII.VAL.B", "44(b)", Fraction(3, 2), "I.stats.children_residents",
                    "children of all residents", wage, wage_text, assumption.id),
    ]


def _value_test(ctx: Context, rid: str, article: str, pct: Fraction, children_q: str, whose: str,
                wage: Fraction | None, wage_text: str, assumption_id: str) -> Requirement:
    cash_q, kind_q = "VII.value.cash_year", "VII.value.in_kind_year"
    qids = (cash_q, kind_q, children_q, "VII.value.labourer_wage_year", "I.wages.labourer_wage",
            "I.wages.time_basis")

    def req(status: Status, text: str, values: dict[str, object] | None = None) -> Requirement:
        return Requirement(rid, article, status, text, values or {}, qids, group=VALUE_GROUP,
                           assumptions=(assumption_id,))

    cash = ctx.number(cash_q)
    in_kind = ctx.number(kind_q)
    children = ctx.number(children_q)
    if cash is None and in_kind is None:
        return req(Status.INSUFFICIENT, f"the yearly value of family benefits ({cash_q}, {kind_q}) is not yet "
                                        f"given; Art {article} compares it with {fmt_number(pct)} % of the "
                                        f"labourer's wage × the {whose}")
    if children is None:
        return req(Status.INSUFFICIENT, f"the number of {whose} ({children_q}) is not yet given; it is the base of "
                                        f"Art {article}")
    if wage is None:
        return req(Status.INSUFFICIENT, wage_text + f"; it is the base of Art {article}")
    total = (cash or Fraction(0)) + (in_kind or Fraction(0))
    required = pct / 100 * wage * children
    ok = total >= required
    parts = []
    if cash is not None:
        parts.append(f"{fmt_number(cash)} in cash")
    if in_kind is not None:
        parts.append(f"{fmt_number(in_kind)} in kind")
    values: dict[str, object] = {
        "total_value_year": to_json_number(total), "required_year": to_json_number(required),
        "labourer_wage_year": to_json_number(wage), "children": to_json_number(children),
        "percent": to_json_number(pct),
    }
    text = (f"yearly value of family benefits {fmt_number(total)} ({' + '.join(parts)}) {'≥' if ok else '<'} "
            f"{fmt_number(pct)} % × {fmt_number(wage)} × {fmt_number(children)} {whose} = {fmt_number(required)} "
            f"required by Art {article} ({wage_text}; yearly basis [I])")
    kinds = ctx.choices("VII.form.kinds")
    in_kind_possible = kinds is None or any(k != "periodical" for k in kinds)
    if not ok and (cash is None or (in_kind is None and in_kind_possible)):
        missing = cash_q if cash is None else kind_q
        return req(Status.INSUFFICIENT, text + f"; {missing} is not yet given and could close the gap", values)
    return req(Status.MET if ok else Status.NOT_MET, text, values)


def duration(ctx: Context) -> Requirement:
    """Art 45: periodical payments granted throughout the contingency."""
    kinds = ctx.choices("VII.form.kinds")
    if kinds is not None and "periodical" not in kinds:
        return not_applicable("VII.DUR", "45", "family benefit includes no periodical payment, so Art 45 does not "
                              "apply", questions=("VII.form.kinds", "VII.duration.throughout"))
    return yes_rule(ctx, "VII.DUR", "45", "VII.duration.throughout",
                    met="the periodical payments are granted throughout the contingency (Art 45)",
                    not_met="the periodical payments stop before the contingency ends, but Art 45 requires them "
                            "throughout it",
                    unknown="not yet answered whether the periodical payments last throughout the contingency "
                            "(VII.duration.throughout); the form of benefit (VII.form.kinds) must say they exist")
