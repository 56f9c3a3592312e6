"""Persons protected: the coverage alternatives of each Part (Arts 9, 15, 21, 27, 33, 41, 48, 55, 61).

The alternatives of a Part form one group: the Part needs one of them met. The denominators come from
Part I (all employees, all residents, employees in industrial workplaces of 20 or more), less seafarers and
sea-fishermen where the assessment excludes them under Art 77(2). Voluntary insurance counts under Art 6
only for the Parts it names and only when its three conditions hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from c102desk.engine.calculations import CoverageCalculation
from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import not_applicable
from c102desk.i18n import Msg, Pct
from c102desk.numbers import percent

# Art 6 lets voluntary insurance count for Parts II, III, IV, V, VIII (medical care only), IX and X.
# [I] Part VIII is left out here: its single coverage test also decides the cash benefit, for which
# voluntary insurance may not count.
ART6_PARTS = frozenset({"II", "III", "IV", "V", "IX", "X"})

EMPLOYEES = "employees"
ACTIVE = "active"
RESIDENT_CLASSES = "resident_classes"
RESIDENTS_MEANS = "residents_means"
INDUSTRIAL = "industrial"

_THRESHOLD = {EMPLOYEES: 50, ACTIVE: 20, RESIDENT_CLASSES: 50, INDUSTRIAL: 50}
_NUMERATOR = {
    EMPLOYEES: "employees_protected",
    ACTIVE: "active_protected",
    RESIDENT_CLASSES: "residents_protected",
    INDUSTRIAL: "industrial_protected",
}
_DENOMINATOR = {
    EMPLOYEES: "I.stats.employees",
    ACTIVE: "I.stats.residents",
    RESIDENT_CLASSES: "I.stats.residents",
    INDUSTRIAL: "I.stats.employees_industrial_20plus",
}
# message keys: who is counted, and of what total
_WHAT = {
    EMPLOYEES: ("cov.who.employees", "cov.of_whom.employees"),
    ACTIVE: ("cov.who.active", "cov.of_whom.residents"),
    RESIDENT_CLASSES: ("cov.who.resident_classes", "cov.of_whom.residents"),
    INDUSTRIAL: ("cov.who.industrial", "cov.of_whom.industrial"),
}
GROUP = "coverage"


@dataclass(frozen=True)
class Alternative:
    """One of a Part's ways of meeting its coverage requirement (the Convention's (a), (b), (c) …)."""

    letter: str
    rule_id: str
    article: str
    kind: str
    wives_children: bool = False
    # message key: who, besides the persons counted, must be protected (when wives_children is set)
    family_label: str = "cov.family.wives_children"
    # message key naming the persons counted, when not the default for the kind (e.g. breadwinners in Part X)
    who: str | None = None

    @property
    def article_3(self) -> bool:
        return self.kind == INDUSTRIAL


def coverage_requirements(ctx: Context, part: str, alternatives: tuple[Alternative, ...]) -> list[Requirement]:
    """Evaluate every coverage alternative of a Part; those the country does not rely on are not applicable.

    When every alternative ticked is closed — the Article 3 one without a declaration — the choice cannot carry
    the Part, so the ordinary alternatives are evaluated with the figures already given, as if none were ticked
    (each then says why).
    """
    relies_on = ctx.choices(f"{part}.coverage.relies_on")
    fallback = relies_on is not None and bool(relies_on) and all(
        alt.article_3 and not ctx.article_3_declared for alt in alternatives if alt.letter in relies_on)
    if fallback:
        relies_on = None
    has_data = {alt.letter: _has_data(ctx, part, alt) for alt in alternatives}
    any_data = any(has_data.values())
    out = []
    for alt in alternatives:
        qids = questions(part, alt)
        if relies_on is not None and alt.letter not in relies_on:
            out.append(not_applicable(
                alt.rule_id, alt.article, Msg("cov.not_relied", article=alt.article),
                group=GROUP, article_3=alt.article_3, questions=qids,
            ))
        elif alt.article_3 and not ctx.article_3_declared:
            out.append(not_applicable(
                alt.rule_id, alt.article, Msg("cov.art3_closed", article=alt.article),
                group=GROUP, article_3=True, questions=qids,
            ))
        elif not has_data[alt.letter] and (any_data or relies_on is not None) and (
            relies_on is None or alt.letter not in relies_on
        ):
            out.append(not_applicable(
                alt.rule_id, alt.article, Msg("cov.no_figures", article=alt.article),
                group=GROUP, article_3=alt.article_3, questions=qids,
            ))
        else:
            result = _evaluate(ctx, part, alt, qids)
            if fallback:
                result.explanation = Msg("cov.fallback", text=result.explanation)
            out.append(result)
    if all(r.status is Status.NOT_APPLICABLE for r in out):
        _no_alternative_open(part, alternatives, out)
    return out


def _no_alternative_open(part: str, alternatives: tuple[Alternative, ...], out: list[Requirement]) -> None:
    """When no alternative can be assessed, the Part must not pass with nobody shown to be protected.

    (E.g. figures only for the Article 3 alternative without a declaration.) The first ordinary alternative is
    then reported as lacking information, with the reasons the others are closed.
    """
    first = next(i for i, alt in enumerate(alternatives) if not alt.article_3)
    old = out[first]
    reasons = Msg.join(r.explanation for r in out)  # each names its own article
    out[first] = Requirement(
        old.id, old.article, Status.INSUFFICIENT,
        Msg("cov.none_open", part=part, reasons=reasons, article=old.article), {}, old.questions, group=old.group,
    )


def questions(part: str, alt: Alternative) -> tuple[str, ...]:
    if alt.kind == RESIDENTS_MEANS:
        return (f"{part}.coverage.residents_means_tested",)
    qids = [f"{part}.coverage.{_NUMERATOR[alt.kind]}", _DENOMINATOR[alt.kind]]
    if alt.wives_children:
        qids.append(f"{part}.coverage.wives_children")
    return tuple(qids)


def _has_data(ctx: Context, part: str, alt: Alternative) -> bool:
    if alt.kind == RESIDENTS_MEANS:
        return ctx.flag(f"{part}.coverage.residents_means_tested") is True
    return ctx.number(f"{part}.coverage.{_NUMERATOR[alt.kind]}") is not None


def _evaluate(ctx: Context, part: str, alt: Alternative, qids: tuple[str, ...]) -> Requirement:
    def req(status: Status, text: Msg, calculation: CoverageCalculation | None = None) -> Requirement:
        values = calculation.values() if calculation is not None else {}
        return Requirement(alt.rule_id, alt.article, status, text, values, qids, group=GROUP,
                           article_3=alt.article_3, calculations=(calculation,) if calculation else ())

    if alt.kind == RESIDENTS_MEANS:
        answer = ctx.flag(f"{part}.coverage.residents_means_tested")
        if answer is True:
            return req(Status.MET, Msg("cov.means.met", article=alt.article))
        if answer is False:
            return req(Status.NOT_MET, Msg("cov.means.not_met", article=alt.article))
        return req(Status.INSUFFICIENT, Msg("cov.means.unknown", article=alt.article))

    if ctx.flag(f"{part}.coverage.projected") is True:
        return req(Status.NOT_MET, Msg("cov.projected", article=alt.article))
    threshold = Fraction(_THRESHOLD[alt.kind])
    numerator = ctx.number(f"{part}.coverage.{_NUMERATOR[alt.kind]}")
    denominator = ctx.number(_DENOMINATOR[alt.kind])
    who_key, of_whom_key = _WHAT[alt.kind]
    who, of_whom = Msg(alt.who or who_key), Msg(of_whom_key)
    if numerator is None:
        return req(Status.INSUFFICIENT, Msg("cov.numerator_missing", who=who, article=alt.article,
                                            threshold=threshold, of_whom=of_whom))
    notes: list[Msg] = []
    numerator += _voluntary(ctx, part, alt, notes)
    if denominator is not None and alt.kind != INDUSTRIAL:
        denominator -= _seafarers(ctx, notes)
    if denominator is None or denominator <= 0:
        return req(Status.INSUFFICIENT, Msg("cov.denominator_missing", of_whom=of_whom,
                                            question=_DENOMINATOR[alt.kind], article=alt.article))
    share = percent(numerator, denominator)
    calculation = CoverageCalculation(alt.article, numerator, denominator, share, threshold, of_whom)
    ok = calculation.met
    text = Msg("cov.ratio", who=who, protected=numerator, total=denominator, of_whom=of_whom,
               share=Pct(share, threshold), sign="≥" if ok else "<", threshold=threshold, article=alt.article)
    if notes:
        text = Msg("cov.with_notes", text=text, notes=Msg.join(notes))
    if ok and alt.wives_children:
        wc = ctx.flag(f"{part}.coverage.wives_children")
        family = Msg(alt.family_label)
        if wc is False:
            return req(Status.NOT_MET, Msg("cov.family.not", text=text, family=family, article=alt.article),
                       calculation)
        if wc is None:
            return req(Status.INSUFFICIENT, Msg("cov.family.unknown", text=text, family=family, article=alt.article),
                       calculation)
    return req(Status.MET if ok else Status.NOT_MET, text, calculation)


def _voluntary(ctx: Context, part: str, alt: Alternative, notes: list[Msg]) -> Fraction:
    """Art 6: voluntary insurance counts only for some Parts and only if (a), (b) and (c) all hold."""
    if alt.kind not in (EMPLOYEES, ACTIVE) or part not in ART6_PARTS:
        return Fraction(0)
    members = ctx.number(f"{part}.coverage.voluntary_{'employees' if alt.kind == EMPLOYEES else 'active'}")
    if not members:
        return Fraction(0)
    conditions = [ctx.flag(q) for q in ("I.art6.supervised", "I.art6.substantial_part", "I.art6.complies_jointly")]
    if all(c is True for c in conditions):
        notes.append(Msg("cov.voluntary.counted", members=members))
        return members
    notes.append(Msg("cov.voluntary.not_counted", members=members))
    return Fraction(0)


def _seafarers(ctx: Context, notes: list[Msg]) -> Fraction:
    """Art 77(2): seafarers and sea-fishermen may be left out of the denominators."""
    if ctx.flag("I.stats.exclude_seafarers") is not True:
        return Fraction(0)
    seafarers = ctx.number("I.stats.seafarers")
    if not seafarers:
        return Fraction(0)
    notes.append(Msg("cov.seafarers", seafarers=seafarers))
    return seafarers
