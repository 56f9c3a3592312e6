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
from c102desk.engine.rulekit import limit_rule, not_applicable, yes_rule
from c102desk.i18n import Msg, Pct
from c102desk.numbers import to_json_number

COVERAGE = (
    Alternative("a", "VII.COV.A", "41(a)", EMPLOYEES),
    Alternative("b", "VII.COV.B", "41(b)", ACTIVE),
    Alternative("c", "VII.COV.C", "41(c)", RESIDENTS_MEANS),
    Alternative("d", "VII.COV.D", "41(d)", INDUSTRIAL),
)
FORMS = ("periodical", "food", "clothing", "housing", "holidays", "domestic_help")  # message keys vii.form.<form>
VALUE_GROUP = "total_value"
# [I] A.ART44.TIME: periods in a year for converting the labourer's wage of Part I.
PERIODS_PER_YEAR = {"week": 52, "month": 12, "year": 1}
TIME_UNITS = ("day", "week", "month", "year")  # message keys vii.per.<unit>


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
    """Arts 1(1)(e) and 40: the contingency is the maintenance of children, a child being one under the
    school-leaving age or under 15, as prescribed. A family benefit that stops earlier does not cover the
    contingency, so Part VII fails; [I] A.CHILD.AGE: the age limit complies when it reaches min(15, school age)."""
    rid, article = "VII.CHILD", "1(1)(e), 40"
    qids = ("VII.child.age_limit", "I.child.age_limit", "I.child.school_leaving_age")
    own = ctx.number("VII.child.age_limit")
    age = own if own is not None else ctx.number("I.child.age_limit")
    school = ctx.number("I.child.school_leaving_age")
    if age is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("vii.child.unknown"), {}, qids)
    assumption = ctx.assume("A.CHILD.AGE").id
    reaches_15 = age >= 15
    reaches_school = school is not None and age >= school
    values = {"age_limit": to_json_number(age),
              "school_leaving_age": to_json_number(school) if school is not None else None}
    if reaches_15 or reaches_school:
        if reaches_15 and reaches_school:
            reach = Msg("vii.child.reaches_both", school=school)
        elif reaches_15:
            reach = Msg("vii.child.reaches_15")
        else:
            reach = Msg("vii.child.reaches_school", school=school)
        text = Msg("vii.child.met", age=age, reaches=reach)
        return Requirement(rid, article, Status.MET, text, values, qids, assumptions=(assumption,))
    if school is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("vii.child.school_unknown", age=age, question="I.child.school_leaving_age"),
                           values, qids, assumptions=(assumption,))
    text = Msg("vii.child.not_met", age=age, reach=Msg("vii.child.reaches_neither", school=school))
    return Requirement(rid, article, Status.NOT_MET, text, values, qids, assumptions=(assumption,))


def benefit_form(ctx: Context) -> Requirement:
    """Art 42: a periodical payment, provision in kind for children (food, clothing, housing, holidays,
    domestic help), or both."""
    rid, article = "VII.FORM", "42"
    kinds = ctx.choices("VII.form.kinds")
    if kinds is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("vii.form.unknown"), {}, ("VII.form.kinds",))
    given = [k for k in FORMS if k in kinds]
    if not given:
        return Requirement(rid, article, Status.NOT_MET, Msg("vii.form.none"), {"forms": []}, ("VII.form.kinds",))
    forms = Msg.join((Msg(f"vii.form.{k}") for k in given), ", ")
    return Requirement(rid, article, Status.MET, Msg("vii.form.given", forms=forms), {"forms": given},
                       ("VII.form.kinds",))


def qualifying_period(ctx: Context) -> Requirement:
    """Art 43: at most 3 months of contribution or employment, or 1 year of residence, within a prescribed
    period."""
    rid, article = "VII.QP", "43"
    basis = ctx.choice("VII.qp.basis")
    if basis is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("vii.qp.unknown"), {}, ("VII.qp.basis",))
    if basis == "none":
        return Requirement(rid, article, Status.MET, Msg("vii.qp.none"), {"basis": basis}, ("VII.qp.basis",))
    if basis == "residence":
        rule = limit_rule(ctx, rid, article, "VII.qp.residence_years", limit=1, at_most=True,
                          what=Msg("vii.qp.residence_what"), unit="years", questions=("VII.qp.basis",))
    else:
        rule = limit_rule(ctx, rid, article, "VII.qp.months", limit=3, at_most=True,
                          what=Msg("vii.qp.contribution_what"), unit="months", questions=("VII.qp.basis",))
    within = ctx.number("VII.qp.reference_period_months")
    if within is not None:
        rule.explanation = Msg("vii.qp.within", text=rule.explanation, months=within)
        rule.questions = (*rule.questions, "VII.qp.reference_period_months")
    return rule


def _per(basis: str) -> str:
    """The time unit of the labourer's wage, translated when it is one of the known units."""
    return Msg(f"vii.per.{basis}") if basis in TIME_UNITS else basis


def labourer_wage_year(ctx: Context) -> tuple[Fraction | None, Msg]:
    """The ordinary adult male labourer's yearly wage [I: A.ART44.TIME], and how it was obtained."""
    override = ctx.number("VII.value.labourer_wage_year")
    if override is not None:
        return override, Msg("vii.wage.override", wage=override)
    wage = ctx.number("I.wages.labourer_wage")
    basis = ctx.choice("I.wages.time_basis")
    if wage is None:
        return None, Msg("vii.wage.missing")
    if basis is None:
        return None, Msg("vii.wage.basis_missing")
    if basis not in PERIODS_PER_YEAR:
        return None, Msg("vii.wage.basis_unusable", basis=_per(basis))
    factor = PERIODS_PER_YEAR[basis]
    yearly = wage * factor
    if factor == 1:
        return yearly, Msg("vii.wage.yearly", wage=yearly)
    return yearly, Msg("vii.wage.converted", wage=wage, basis=_per(basis), factor=factor, yearly=yearly)


def total_value(ctx: Context) -> list[Requirement]:
    """Art 44: yearly value of family benefits ≥ (a) 3 % × labourer's wage × children of persons protected, or
    (b) 1.5 % × labourer's wage × children of all residents. The two form one group of alternatives."""
    assumption = ctx.assume("A.ART44.TIME")
    wage, wage_text = labourer_wage_year(ctx)
    return [
        _value_test(ctx, "VII.VAL.A", "44(a)", Fraction(3), "VII.value.children_protected",
                    Msg("vii.whose.protected"), wage, wage_text, assumption.id),
        _value_test(ctx, "VII.VAL.B", "44(b)", Fraction(3, 2), "I.stats.children_residents",
                    Msg("vii.whose.residents"), wage, wage_text, assumption.id),
    ]


def _value_test(ctx: Context, rid: str, article: str, pct: Fraction, children_q: str, whose: Msg,
                wage: Fraction | None, wage_text: Msg, assumption_id: str) -> Requirement:
    cash_q, kind_q = "VII.value.cash_year", "VII.value.in_kind_year"
    qids = (cash_q, kind_q, children_q, "VII.value.labourer_wage_year", "I.wages.labourer_wage",
            "I.wages.time_basis")

    def req(status: Status, text: Msg, values: dict[str, object] | None = None) -> Requirement:
        return Requirement(rid, article, status, text, values or {}, qids, group=VALUE_GROUP,
                           assumptions=(assumption_id,))

    cash = ctx.number(cash_q)
    in_kind = ctx.number(kind_q)
    children = ctx.number(children_q)
    if cash is None and in_kind is None:
        return req(Status.INSUFFICIENT, Msg("vii.value.missing", cash_q=cash_q, kind_q=kind_q, article=article,
                                            pct=Pct(pct), whose=whose))
    if children is None:
        return req(Status.INSUFFICIENT, Msg("vii.value.children_missing", whose=whose, question=children_q,
                                            article=article))
    if wage is None:
        return req(Status.INSUFFICIENT, Msg("vii.value.wage_missing", text=wage_text, article=article))
    total = (cash or Fraction(0)) + (in_kind or Fraction(0))
    required = pct / 100 * wage * children
    ok = total >= required
    parts = []
    if cash is not None:
        parts.append(Msg("vii.value.in_cash", amount=cash))
    if in_kind is not None:
        parts.append(Msg("vii.value.in_kind", amount=in_kind))
    values: dict[str, object] = {
        "total_value_year": to_json_number(total), "required_year": to_json_number(required),
        "labourer_wage_year": to_json_number(wage), "children": to_json_number(children),
        "percent": to_json_number(pct),
    }
    text = Msg("vii.value.test", total=total, parts=Msg.join(parts, " + "), sign="≥" if ok else "<",
               pct=Pct(pct), wage=wage, children=children, whose=whose, required=required, article=article,
               wage_text=wage_text)
    kinds = ctx.choices("VII.form.kinds")
    in_kind_possible = kinds is None or any(k != "periodical" for k in kinds)
    if not ok and (cash is None or (in_kind is None and in_kind_possible)):
        missing = cash_q if cash is None else kind_q
        return req(Status.INSUFFICIENT, Msg("vii.value.could_close", text=text, question=missing), values)
    return req(Status.MET if ok else Status.NOT_MET, text, values)


def duration(ctx: Context) -> Requirement:
    """Art 45: periodical payments granted throughout the contingency."""
    kinds = ctx.choices("VII.form.kinds")
    if kinds is not None and "periodical" not in kinds:
        return not_applicable("VII.DUR", "45", Msg("vii.dur.no_periodical"),
                              questions=("VII.form.kinds", "VII.duration.throughout"))
    return yes_rule(ctx, "VII.DUR", "45", "VII.duration.throughout",
                    met=Msg("vii.dur.met"), not_met=Msg("vii.dur.not_met"), unknown=Msg("vii.dur.unknown"))
