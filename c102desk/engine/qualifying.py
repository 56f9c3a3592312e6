"""Qualifying periods of long-term benefits: Arts 29 (old age), 57 (invalidity) and 63 (survivors).

Paragraph 1 (full benefit), paragraph 3 (Schedule rate minus 10 points after a short period) and
paragraph 4 (proportional reduction) are alternatives: one of them satisfies paragraph 1. Paragraph 2
(a reduced benefit after a middle period) is required on its own wherever the benefit depends on
contribution or employment. The text fixes no rate for the paragraph-2 benefit and no base for the
proportion of paragraph 4; the engine's defaults are documented assumptions [I].
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import not_applicable
from c102desk.i18n import Msg, Pct
from c102desk.numbers import to_json_number

CONTRIBUTION = "contribution_or_employment"
RESIDENCE = "residence"
ALL_ACTIVE = "all_active_average"
GROUP = "qualifying_full"


@dataclass(frozen=True)
class QualifyingSpec:
    """A Part's qualifying periods for the full, reduced and alternative benefit (Arts 29, 57, 63)."""

    part: str
    article: str  # "29", "57", "63"
    full_years: int  # para 1(a): contribution or employment
    full_residence_years: int  # para 1(a): residence
    reduced_years: int  # para 2(a)
    alt_years: int  # para 3: contribution or employment
    alt_residence_years: int  # para 3: residence
    proportional_base_assumption: str  # assumption id holding the base (in years) of para 4
    schedule_percent: int = 40
    alt_percent: int = 30
    whose: str = "qp.whose.person"  # message key


def qualifying_requirements(ctx: Context, spec: QualifyingSpec) -> list[Requirement]:
    p = f"{spec.part}.qp"
    basis = ctx.choice(f"{p}.basis")
    return [
        _full(ctx, spec, basis),
        _alternative(ctx, spec, basis),
        _proportional(ctx, spec, basis),
        _reduced(ctx, spec, basis),
    ]


def requirement_ids(spec: QualifyingSpec) -> list[str]:
    """The ids of the four requirements, in the order they are listed."""
    ids = _ids(spec)
    return [ids["full"], ids["alt"], ids["prop"], ids["red"]]


def _ids(spec: QualifyingSpec) -> dict[str, str]:
    alt = "ALT10" if spec.part == "V" else "ALT"
    return {"full": f"{spec.part}.QP.FULL", "red": f"{spec.part}.QP.RED", "alt": f"{spec.part}.QP.{alt}",
            "prop": f"{spec.part}.QP.PROP"}


def _full(ctx: Context, spec: QualifyingSpec, basis: str | None) -> Requirement:
    rid, article = _ids(spec)["full"], f"{spec.article}(1)"
    qids = (f"{spec.part}.qp.basis", f"{spec.part}.qp.full_years")
    if basis is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("qp.basis_missing", question=f"{spec.part}.qp.basis"), {}, qids, group=GROUP)
    if basis == ALL_ACTIVE:
        return Requirement(
            rid, f"{spec.article}(1)(b)", Status.NEEDS_REVIEW, Msg("qp.all_active", article=spec.article), {}, qids,
            group=GROUP)
    years = ctx.number(f"{spec.part}.qp.full_years")
    limit = spec.full_residence_years if basis == RESIDENCE else spec.full_years
    kind = Msg("qp.kind.residence" if basis == RESIDENCE else "qp.kind.contribution")
    if years is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("qp.full_missing", question=f"{spec.part}.qp.full_years"), {}, qids, group=GROUP)
    ok = years <= limit
    text = Msg("qp.full", years=years, kind=kind, whose=Msg(spec.whose), sign="≤" if ok else ">", limit=limit,
               article=spec.article)
    return Requirement(rid, article, Status.MET if ok else Status.NOT_MET, text,
                       {"years": to_json_number(years), "limit_years": limit}, qids, group=GROUP)


def _alternative(ctx: Context, spec: QualifyingSpec, basis: str | None) -> Requirement:
    rid, article = _ids(spec)["alt"], f"{spec.article}(3)"
    rate_q = f"{spec.part}.qp.rate_at_alt_years"
    rate = ctx.number(rate_q)
    period = (Msg("qp.period.residence", years=spec.alt_residence_years) if basis == RESIDENCE
              else Msg("qp.period.contribution", years=spec.alt_years))
    if rate is None:
        return not_applicable(rid, article, Msg("qp.alt_unused", article=spec.article, period=period),
                              group=GROUP, questions=(rate_q,))
    ok = rate >= spec.alt_percent
    text = Msg("qp.alt", period=period, whose=Msg(spec.whose), rate=Pct(rate, spec.alt_percent),
               sign="≥" if ok else "<", percent=spec.alt_percent, article=spec.article)
    return Requirement(rid, article, Status.MET if ok else Status.NOT_MET, text,
                       {"rate_percent": to_json_number(rate), "required_percent": spec.alt_percent},
                       (rate_q,), group=GROUP)


def _reduced_inputs(ctx: Context, spec: QualifyingSpec) -> tuple[bool | None, Fraction | None, Fraction | None]:
    p = f"{spec.part}.qp"
    return ctx.flag(f"{p}.reduced_available"), ctx.number(f"{p}.reduced_min_years"), ctx.number(f"{p}.reduced_rate")


def _proportional(ctx: Context, spec: QualifyingSpec, basis: str | None) -> Requirement:
    rid, article = _ids(spec)["prop"], f"{spec.article}(4)"
    p = f"{spec.part}.qp"
    qids = (f"{p}.reduced_available", f"{p}.reduced_min_years", f"{p}.reduced_rate")
    available, years, rate = _reduced_inputs(ctx, spec)
    low, high = spec.alt_years, spec.full_years
    if basis == RESIDENCE or available is not True or years is None or not (low < years < high):
        return not_applicable(rid, article, Msg("qp.prop_none", low=low, high=high, article=spec.article),
                              group=GROUP, questions=qids)
    assumption = ctx.assume(spec.proportional_base_assumption)
    base = assumption.value or Fraction(high)
    required = Fraction(spec.schedule_percent) * years / base
    if rate is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("qp.prop_rate_missing", years=years, question=f"{p}.reduced_rate"), {}, qids,
                           group=GROUP, assumptions=(assumption.id,))
    ok = rate >= required
    text = Msg("qp.prop", years=years, rate=Pct(rate, required), sign="≥" if ok else "<", required=Pct(required),
               percent=spec.schedule_percent, base=base, article=spec.article, assumption=assumption.text)
    values = {"years": to_json_number(years), "rate_percent": to_json_number(rate),
              "required_percent": to_json_number(required), "base_years": to_json_number(base)}
    return Requirement(rid, article, Status.MET if ok else Status.NOT_MET, text, values, qids, group=GROUP,
                       assumptions=(assumption.id,))


def _reduced(ctx: Context, spec: QualifyingSpec, basis: str | None) -> Requirement:
    rid, article = _ids(spec)["red"], f"{spec.article}(2)"
    p = f"{spec.part}.qp"
    qids = (f"{p}.basis", f"{p}.full_years", f"{p}.reduced_available", f"{p}.reduced_min_years", f"{p}.reduced_rate")
    if basis in (RESIDENCE, ALL_ACTIVE):
        reason = (Msg("qp.red.residence") if basis == RESIDENCE
                  else Msg("qp.red.all_active", article=spec.article))
        return not_applicable(rid, article, reason, questions=qids)
    if basis is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("qp.basis_missing", question=f"{p}.basis"), {},
                           qids)
    full_years = ctx.number(f"{p}.full_years")
    if full_years is not None and full_years <= spec.reduced_years:
        return Requirement(rid, article, Status.MET,
                           Msg("qp.red.full_covers", years=full_years, limit=spec.reduced_years,
                               article=spec.article), {}, qids)
    available, years, rate = _reduced_inputs(ctx, spec)
    if available is False:
        return Requirement(rid, article, Status.NOT_MET,
                           Msg("qp.red.none", whose=Msg(spec.whose), limit=spec.reduced_years, article=spec.article),
                           {}, qids)
    if available is None or years is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("qp.red.unknown", limit=spec.reduced_years,
                               questions=f"{p}.reduced_available, {p}.reduced_min_years"), {}, qids)
    if years > spec.reduced_years:
        return Requirement(rid, article, Status.NOT_MET,
                           Msg("qp.red.too_long", years=years, limit=spec.reduced_years, article=spec.article),
                           {"years": to_json_number(years), "limit_years": spec.reduced_years}, qids)
    assumption = ctx.assume(spec.proportional_base_assumption)
    base = assumption.value or Fraction(spec.full_years)
    # [I] the floor is the proportional rate at the scheme's own minimum period (20 % at 15 years in Part V).
    floor = Fraction(spec.schedule_percent) * years / base
    values: dict[str, object] = {"years": to_json_number(years), "limit_years": spec.reduced_years,
                                 "floor_percent": to_json_number(floor)}
    head = Msg("qp.red.head", years=years, limit=spec.reduced_years)
    if rate is None:
        return Requirement(rid, article, Status.NEEDS_REVIEW, Msg("qp.red.rate_missing", head=head, floor=Pct(floor)),
                           values, qids, assumptions=(assumption.id,))
    values["rate_percent"] = to_json_number(rate)
    ok = rate >= floor
    text = Msg("qp.red.rate", head=head, rate=Pct(rate, floor), sign="≥" if ok else "<", floor=Pct(floor),
               percent=spec.schedule_percent, years=years, base=base, assumption=assumption.text)
    return Requirement(rid, article, Status.MET if ok else Status.NOT_MET, text, values, qids,
                       assumptions=(assumption.id,))
