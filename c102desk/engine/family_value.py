"""Art 44: the total value of family benefits, against the wage of the ordinary adult male labourer.

No Part XI level test applies to Part VII: the benefits are judged by their total value, (a) at least 3 % of the
labourer's wage times the number of children of all persons protected, or (b) at least 1.5 % of it times the
number of children of all residents. [I] The test is made on a yearly basis (assumption A.ART44.TIME): the wage
of Part I is converted to a year.
"""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.i18n import Msg, Pct
from c102desk.numbers import to_json_number

VALUE_GROUP = "total_value"
# [I] A.ART44.TIME: periods in a year for converting the labourer's wage of Part I.
PERIODS_PER_YEAR = {"week": 52, "month": 12, "year": 1}
TIME_UNITS = ("day", "week", "month", "year")  # message keys vii.per.<unit>


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
