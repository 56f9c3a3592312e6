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
from c102desk.numbers import fmt_number, fmt_percent, to_json_number

CONTRIBUTION = "contribution_or_employment"
RESIDENCE = "residence"
ALL_ACTIVE = "all_active_average"
GROUP = "qualifying_full"


@dataclass(frozen=True)
class QualifyingSpec:
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
    whose: str = "the protected person"


def qualifying_requirements(ctx: Context, spec: QualifyingSpec) -> list[Requirement]:
    p = f"{spec.part}.qp"
    basis = ctx.choice(f"{p}.basis")
    return [
        _full(ctx, spec, basis),
        _alternative(ctx, spec, basis),
        _proportional(ctx, spec, basis),
        _reduced(ctx, spec, basis),
    ]


def _ids(spec: QualifyingSpec) -> dict[str, str]:
    alt = "ALT10" if spec.part == "V" else "ALT"
    return {"full": f"{spec.part}.QP.FULL", "red": f"{spec.part}.QP.RED", "alt": f"{spec.part}.QP.{alt}",
            "prop": f"{spec.part}.QP.PROP"}


def _full(ctx: Context, spec: QualifyingSpec, basis: str | None) -> Requirement:
    rid, article = _ids(spec)["full"], f"{spec.article}(1)"
    qids = (f"{spec.part}.qp.basis", f"{spec.part}.qp.full_years")
    if basis is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"the basis of the qualifying period ({spec.part}.qp.basis) is not yet given", {}, qids,
                           group=GROUP)
    if basis == ALL_ACTIVE:
        return Requirement(
            rid, f"{spec.article}(1)(b)", Status.NEEDS_REVIEW,
            f"all economically active persons are protected and the full benefit depends on a prescribed yearly "
            f"average number of contributions (Art {spec.article}(1)(b)); the prescribed period and average are "
            "for the supervisory bodies to weigh", {}, qids, group=GROUP)
    years = ctx.number(f"{spec.part}.qp.full_years")
    limit = spec.full_residence_years if basis == RESIDENCE else spec.full_years
    kind = "residence" if basis == RESIDENCE else "contribution or employment"
    if years is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"the qualifying period for the full benefit ({spec.part}.qp.full_years) is not yet given",
                           {}, qids, group=GROUP)
    ok = years <= limit
    text = (f"full benefit after {fmt_number(years)} years of {kind} of {spec.whose} {'≤' if ok else '>'} "
            f"{limit} years allowed by Art {spec.article}(1)(a)")
    return Requirement(rid, article, Status.MET if ok else Status.NOT_MET, text,
                       {"years": to_json_number(years), "limit_years": limit}, qids, group=GROUP)


def _alternative(ctx: Context, spec: QualifyingSpec, basis: str | None) -> Requirement:
    rid, article = _ids(spec)["alt"], f"{spec.article}(3)"
    rate_q = f"{spec.part}.qp.rate_at_alt_years"
    rate = ctx.number(rate_q)
    period = (f"{spec.alt_residence_years} years of residence" if basis == RESIDENCE
              else f"{spec.alt_years} years of contribution or employment")
    if rate is None:
        return not_applicable(rid, article, f"Art {spec.article}(3) not relied on (no rate after {period} given)",
                              group=GROUP, questions=(rate_q,))
    ok = rate >= spec.alt_percent
    text = (f"benefit after {period} of {spec.whose} = {fmt_percent(rate, spec.alt_percent)} "
            f"{'≥' if ok else '<'} {spec.alt_percent} % (Schedule rate less 10 points), which Art {spec.article}(3) "
            f"accepts in place of paragraph 1")
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
        return not_applicable(rid, article, f"no benefit at a proportionally reduced rate for a qualifying period "
                              f"of more than {low} and less than {high} years (Art {spec.article}(4))",
                              group=GROUP, questions=qids)
    assumption = ctx.assume(spec.proportional_base_assumption)
    base = assumption.value or Fraction(high)
    required = Fraction(spec.schedule_percent) * years / base
    if rate is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"the rate of the benefit after {fmt_number(years)} years ({p}.reduced_rate) is not yet "
                           "given", {}, qids, group=GROUP, assumptions=(assumption.id,))
    ok = rate >= required
    text = (f"benefit after {fmt_number(years)} years = {fmt_percent(rate, required)} {'≥' if ok else '<'} "
            f"{fmt_percent(required)} = {spec.schedule_percent} % × {fmt_number(years)}/{fmt_number(base)}, the "
            f"proportional rate of Art {spec.article}(4) [I: {assumption.text}]")
    values = {"years": to_json_number(years), "rate_percent": to_json_number(rate),
              "required_percent": to_json_number(required), "base_years": to_json_number(base)}
    return Requirement(rid, article, Status.MET if ok else Status.NOT_MET, text, values, qids, group=GROUP,
                       assumptions=(assumption.id,))


def _reduced(ctx: Context, spec: QualifyingSpec, basis: str | None) -> Requirement:
    rid, article = _ids(spec)["red"], f"{spec.article}(2)"
    p = f"{spec.part}.qp"
    qids = (f"{p}.basis", f"{p}.full_years", f"{p}.reduced_available", f"{p}.reduced_min_years", f"{p}.reduced_rate")
    if basis in (RESIDENCE, ALL_ACTIVE):
        reason = ("the benefit does not depend on a period of contribution or employment" if basis == RESIDENCE
                  else "all economically active persons are protected: Art "
                       f"{spec.article}(2)(b) asks for a reduced benefit at half the yearly average, weighed by the "
                       "supervisory bodies")
        return not_applicable(rid, article, reason, questions=qids)
    if basis is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"the basis of the qualifying period ({p}.basis) is not yet given", {}, qids)
    full_years = ctx.number(f"{p}.full_years")
    if full_years is not None and full_years <= spec.reduced_years:
        return Requirement(rid, article, Status.MET,
                           f"the full benefit itself is secured after {fmt_number(full_years)} ≤ {spec.reduced_years} "
                           f"years, so the reduced benefit of Art {spec.article}(2) is covered", {}, qids)
    available, years, rate = _reduced_inputs(ctx, spec)
    if available is False:
        return Requirement(rid, article, Status.NOT_MET,
                           f"no reduced benefit for {spec.whose} with {spec.reduced_years} years of contribution or "
                           f"employment, as Art {spec.article}(2)(a) requires", {}, qids)
    if available is None or years is None:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           f"whether a reduced benefit is secured after {spec.reduced_years} years of contribution or "
                           f"employment ({p}.reduced_available, {p}.reduced_min_years) is not yet given", {}, qids)
    if years > spec.reduced_years:
        return Requirement(rid, article, Status.NOT_MET,
                           f"the reduced benefit needs {fmt_number(years)} years > {spec.reduced_years} years of "
                           f"contribution or employment allowed by Art {spec.article}(2)(a)",
                           {"years": to_json_number(years), "limit_years": spec.reduced_years}, qids)
    assumption = ctx.assume(spec.proportional_base_assumption)
    base = assumption.value or Fraction(spec.full_years)
    # [I] the floor is the proportional rate at the scheme's own minimum period (20 % at 15 years in Part V).
    floor = Fraction(spec.schedule_percent) * years / base
    values: dict[str, object] = {"years": to_json_number(years), "limit_years": spec.reduced_years,
                                 "floor_percent": to_json_number(floor)}
    head = f"reduced benefit after {fmt_number(years)} ≤ {spec.reduced_years} years of contribution or employment"
    if rate is None:
        return Requirement(rid, article, Status.NEEDS_REVIEW,
                           head + f"; its rate is not given, and the text fixes none (engine default "
                           f"{fmt_percent(floor)} [I])", values, qids, assumptions=(assumption.id,))
    values["rate_percent"] = to_json_number(rate)
    ok = rate >= floor
    text = (head + f" at {fmt_percent(rate, floor)} {'≥' if ok else '<'} {fmt_percent(floor)} = "
            f"{spec.schedule_percent} % × {fmt_number(years)}/{fmt_number(base)} [I: the text fixes no rate; "
            f"{assumption.text}]")
    return Requirement(rid, article, Status.MET if ok else Status.NOT_MET, text, values, qids,
                       assumptions=(assumption.id,))
