"""Part XI calculators: the level of periodical payments for the standard beneficiary.

* Art 65 (earnings-related): (B + FA during the contingency) / (E + FA while at work) ≥ Schedule %,
  and, where a ceiling applies to the earnings or the benefit, the same test at the wage of the skilled
  manual male employee (Art 65(3)). Where national law does not set the rate (an individual-account,
  defined-contribution benefit), only what the law guarantees is tested: its minimum benefit and fixed
  amounts [I] (A.GUARANTEE.RATE).
* Art 66 (flat rate): (B + FA during) / (wage of the ordinary adult male labourer + FA at work) ≥ Schedule %.
* Art 67 (means-tested): prescribed scale (a), reductions only above substantial disregards (b), and a benefit
  that maintains the family in health and decency and is not less than the Art 66 benefit (c), or the 30 %
  safe harbour of 67(d) — which names no comparator for Part IV [I].

All amounts are on the assessment's one time basis (Art 65(4), 66(2)); totals for 67(d) are yearly.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from c102desk.engine.calculations import ReplacementCalculation
from c102desk.engine.context import Context
from c102desk.engine.level_records import BenefitSpec, LevelRecord
from c102desk.engine.results import Requirement, Status, best_of, worst_of
from c102desk.engine.rulekit import not_applicable, yes_rule
from c102desk.i18n import Msg, Pct
from c102desk.numbers import percent, to_json_number

EARNINGS_RELATED = "earnings_related"
FLAT_RATE = "flat_rate"
MEANS_TESTED = "means_tested"
SAFE_HARBOUR_FACTOR = Fraction(130, 100)


@dataclass(frozen=True)
class _FamilyAllowances:
    """The family allowances counted in a benefit's level (Art 66(1)): at work, during the contingency."""

    at_work: Fraction
    during: Fraction
    notes: tuple[Msg, ...]


def level_requirement(ctx: Context, spec: BenefitSpec) -> Requirement:
    """Evaluate ``<Part>.LVL`` for one benefit, including its Part XI test, and record the sub-tests."""
    method_q = f"{spec.prefix}.method"
    method = ctx.choice(method_q) or _implied_method(ctx, spec)
    record = LevelRecord(spec, method)
    ctx.level_records.append(record)
    if method == EARNINGS_RELATED:
        tests = _art65(ctx, spec)
    elif method == FLAT_RATE:
        tests = _art66(ctx, spec)
    elif method == MEANS_TESTED and spec.means_tested_allowed:
        tests = _art67(ctx, spec)
    else:
        return Requirement(
            spec.rule_id, spec.article, Status.INSUFFICIENT,
            Msg("lvl.method_missing_means" if spec.means_tested_allowed else "lvl.method_missing",
                label=Msg(spec.label), question=method_q),
            {}, (method_q,),
        )
    record.tests = tests
    if method == MEANS_TESTED:
        adequacy = best_of([tests["XI.67.ADEQ"].status, tests["XI.67.SAFE"].status])
        status = worst_of([tests["XI.67.SCALE"].status, tests["XI.67.DISREGARD"].status, adequacy])
        parts = [t for t in tests.values() if t.status is not Status.NOT_APPLICABLE]
        coverage_check = _means_tested_coverage(ctx, spec)
        if coverage_check is not None:
            status = worst_of([status, coverage_check.status])
            parts.append(coverage_check)
    else:
        status = worst_of([t.status for t in tests.values()])
        parts = [t for t in tests.values() if t.status is not Status.NOT_APPLICABLE]
    # Each sub-test's explanation names its own article and case: no rule code is needed to tell them apart.
    explanation = Msg.join(t.explanation for t in parts)
    values: dict[str, object] = {"method": method, "schedule_percent": spec.schedule_percent}
    for test in tests.values():
        if test.values:
            values[test.id] = test.values
    questions = tuple(dict.fromkeys(q for t in tests.values() for q in t.questions))
    assumptions = tuple(dict.fromkeys(a for t in tests.values() for a in t.assumptions))
    calculations = tuple(c for t in tests.values() for c in t.calculations)
    return Requirement(spec.rule_id, spec.article, status, explanation, values, (method_q, *questions),
                       assumptions=assumptions, calculations=calculations)


def _implied_method(ctx: Context, spec: BenefitSpec) -> str | None:
    """The method implied by the figures given when the method itself is not (a rate means earnings-related)."""
    p = spec.prefix
    if ctx.answered(f"{p}.rate"):
        return EARNINGS_RELATED
    if ctx.answered(f"{p}.flat_amount"):
        return FLAT_RATE
    if spec.means_tested_allowed and ctx.answered(f"{p}.means_amount"):
        return MEANS_TESTED
    return None


def _family_allowances(ctx: Context, spec: BenefitSpec) -> _FamilyAllowances:
    """Family allowances for two children, counted on both sides of the Art 65/66 test."""
    if not spec.children:
        return _FamilyAllowances(Fraction(0), Fraction(0), ())
    notes = []
    at_work = ctx.number("I.wages.family_allowance")
    if at_work is None:
        at_work = Fraction(0)
        notes.append(Msg("lvl.fa_none"))
    during = ctx.number(f"{spec.prefix}.family_allowances_during")
    if during is None:
        during = at_work
        if at_work:
            notes.append(Msg("lvl.fa_continue"))
    return _FamilyAllowances(at_work, during, tuple(notes))


def _ratio_text(spec: BenefitSpec, what: Msg, benefit: Fraction, fa: _FamilyAllowances, base_label: Msg,
                base: Fraction, ratio: Fraction, article: str) -> Msg:
    ok = ratio >= spec.schedule_percent
    common = {"what": what, "benefit": benefit, "base": base, "base_label": base_label,
              "ratio": Pct(ratio, spec.schedule_percent), "sign": "≥" if ok else "<",
              "percent": spec.schedule_percent, "beneficiary": Msg(spec.beneficiary), "article": article}
    if fa.at_work or fa.during:
        text = Msg("lvl.ratio_fa", fa_during=fa.during, fa_at_work=fa.at_work, **common)
    else:
        text = Msg("lvl.ratio", **common)
    if fa.notes:
        text = Msg("cov.with_notes", text=text, notes=Msg.join(fa.notes))
    return text


def _calculation(ctx: Context, spec: BenefitSpec, test: str, article: str, benefit: Fraction, base: Fraction,
                 fa: _FamilyAllowances, *, labourer: bool = False) -> ReplacementCalculation:
    """The one computation of a replacement rate for the standard beneficiary (Arts 65(1), 65(3), 66(1))."""
    return ReplacementCalculation(
        test, article, percent(benefit + fa.during, base + fa.at_work), spec.schedule_percent, benefit, base,
        base_is_labourer_wage=labourer, family_allowance_during=fa.during, family_allowance_at_work=fa.at_work,
        currency=ctx.text("I.wages.currency") or "", period=ctx.choice("I.wages.time_basis"))


def _art65(ctx: Context, spec: BenefitSpec) -> dict[str, Requirement]:
    p = spec.prefix
    rate_q = f"{p}.rate"
    formula_qs = tuple(f"{p}.{n}" for n in (
        "rate", "dependants_rate", "dependants_amount", "flat_component", "minimum_amount",
        "earnings_ceiling", "maximum_amount", "reference_earnings",
    ))
    law_q = f"{p}.rate_set_by_law"
    qids = (*formula_qs, law_q, "I.wages.skilled_wage", "I.wages.family_allowance")
    # [I] A.GUARANTEE.RATE: a rate that depends on an account balance and returns is not a guaranteed rate.
    guaranteed_only = ctx.flag(law_q) is False
    rate = ctx.number(rate_q)
    # A wage or earnings of zero (or less) is no reference: nothing can be a percentage of it, so the test lacks
    # its base, as when the figure is not given (the limits allow 0 for amounts in general).
    skilled = _positive(ctx.number("I.wages.skilled_wage"))
    reference = _positive(ctx.number(f"{p}.reference_earnings"))
    ceiling = ctx.number(f"{p}.earnings_ceiling")
    maximum = ctx.number(f"{p}.maximum_amount")
    fa = _family_allowances(ctx, spec)
    tests: dict[str, Requirement] = {}

    def benefit_at(earnings: Fraction) -> Fraction:
        base = min(earnings, ceiling) if ceiling is not None else earnings
        dep_rate = ctx.number(f"{p}.dependants_rate") or Fraction(0)
        amount = Fraction(0) if guaranteed_only else ((rate or Fraction(0)) + dep_rate) / 100 * base
        amount += ctx.number(f"{p}.flat_component") or 0
        amount += ctx.number(f"{p}.dependants_amount") or 0
        floor = ctx.number(f"{p}.minimum_amount")
        if floor is not None:
            amount = max(amount, floor)
        if maximum is not None:
            amount = min(amount, maximum)
        return amount

    def test_at(rule_id: str, article: str, earnings: Fraction, what: Msg) -> Requirement:
        benefit = benefit_at(earnings)
        calculation = _calculation(ctx, spec, rule_id, article, benefit, earnings, fa)
        status = Status.MET if calculation.met else Status.NOT_MET
        values = calculation.values()
        text = _ratio_text(spec, what, benefit, fa, Msg("lvl.base.earnings"), earnings, calculation.ratio, article)
        if guaranteed_only:
            text = Msg("lvl.guarantee.minimum", text=text, question=law_q)
            values["rate_set_by_law"] = False
            return Requirement(rule_id, article, status, text, values, qids, calculations=(calculation,),
                               assumptions=(ctx.assume("A.GUARANTEE.RATE").id,))
        return Requirement(rule_id, article, status, text, values, qids, calculations=(calculation,))

    fixed = [ctx.number(f"{p}.{n}") for n in ("minimum_amount", "flat_component", "dependants_amount")]
    if guaranteed_only and not any(fixed):
        tests["XI.65.TEST"] = Requirement(
            "XI.65.TEST", "65(1)", Status.INSUFFICIENT,
            Msg("lvl.guarantee.no_minimum", label=Msg(spec.label), question=f"{p}.minimum_amount"),
            {"rate_set_by_law": False}, qids, assumptions=(ctx.assume("A.GUARANTEE.RATE").id,))
    elif rate is None and not guaranteed_only:
        tests["XI.65.TEST"] = Requirement(
            "XI.65.TEST", "65(1)", Status.INSUFFICIENT,
            Msg("lvl.rate_missing", label=Msg(spec.label), question=rate_q), {}, qids)
    elif reference is None and skilled is None and not guaranteed_only and _proportional_only(ctx, p, fa):
        # A pure percentage of earnings with no family allowances gives the same ratio at every earnings level.
        assert rate is not None
        ratio = rate + (ctx.number(f"{p}.dependants_rate") or Fraction(0))
        pure = ReplacementCalculation("XI.65.TEST", "65(1)", ratio, spec.schedule_percent)
        ok = pure.met
        tests["XI.65.TEST"] = Requirement(
            "XI.65.TEST", "65(1)", Status.MET if ok else Status.NOT_MET,
            Msg("lvl.pure_rate", ratio=Pct(ratio, spec.schedule_percent), sign="≥" if ok else "<",
                percent=spec.schedule_percent, beneficiary=Msg(spec.beneficiary)),
            pure.values(), qids, calculations=(pure,))
    elif reference is None and skilled is None:
        tests["XI.65.TEST"] = Requirement(
            "XI.65.TEST", "65(1)", Status.INSUFFICIENT,
            Msg("lvl.no_wage"), {}, qids)
    else:
        if reference is not None and (skilled is None or reference <= skilled):
            earnings, what = reference, Msg("lvl.at_previous", amount=reference)
        else:
            assert skilled is not None
            earnings, what = skilled, Msg("lvl.at_skilled", amount=skilled)
        tests["XI.65.TEST"] = test_at("XI.65.TEST", "65(1)", earnings, what)
    if ceiling is None and maximum is None:
        tests["XI.65.CEIL"] = not_applicable("XI.65.CEIL", "65(3)", Msg("lvl.no_ceiling"))
    elif (rate is None and not guaranteed_only) or skilled is None:
        tests["XI.65.CEIL"] = Requirement(
            "XI.65.CEIL", "65(3)", Status.INSUFFICIENT,
            Msg("lvl.ceiling_no_wage"), {}, qids)
    else:
        if ceiling is not None:
            what = Msg("lvl.with_ceiling", limit=ceiling, amount=skilled)
        else:
            what = Msg("lvl.with_maximum", limit=maximum or 0, amount=skilled)
        tests["XI.65.CEIL"] = test_at("XI.65.CEIL", "65(3)", skilled, what)
    return tests


def _positive(amount: Fraction | None) -> Fraction | None:
    return amount if amount is not None and amount > 0 else None


def _proportional_only(ctx: Context, prefix: str, fa: _FamilyAllowances) -> bool:
    """True when the benefit is only a percentage of earnings: no fixed parts, floor, cap or family allowances."""
    fixed = ("dependants_amount", "flat_component", "minimum_amount", "earnings_ceiling", "maximum_amount")
    return not any(ctx.number(f"{prefix}.{name}") for name in fixed) and not fa.at_work and not fa.during


def _art66(ctx: Context, spec: BenefitSpec) -> dict[str, Requirement]:
    amount_q = f"{spec.prefix}.flat_amount"
    qids = (amount_q, "I.wages.labourer_wage", "I.wages.family_allowance")
    amount = ctx.number(amount_q)
    wage = ctx.number("I.wages.labourer_wage")
    if amount is None or wage is None or wage <= 0:
        missing = amount_q if amount is None else "I.wages.labourer_wage"
        return {"XI.66.TEST": Requirement(
            "XI.66.TEST", "66(1)", Status.INSUFFICIENT,
            Msg("lvl.flat_missing", question=missing), {}, qids)}
    fa = _family_allowances(ctx, spec)
    calculation = _calculation(ctx, spec, "XI.66.TEST", "66(1)", amount, wage, fa, labourer=True)
    status = Status.MET if calculation.met else Status.NOT_MET
    text = _ratio_text(spec, Msg("lvl.flat_rate_benefit"), amount, fa, Msg("lvl.base.labourer"), wage,
                       calculation.ratio, "66(1)")
    return {"XI.66.TEST": Requirement("XI.66.TEST", "66(1)", status, text, calculation.values(), qids,
                                      calculations=(calculation,))}


def art66_minimum(ctx: Context, spec: BenefitSpec) -> Fraction | None:
    """The smallest benefit Art 66 would accept for the standard beneficiary (None without the wage)."""
    wage = ctx.number("I.wages.labourer_wage")
    if wage is None:
        return None
    fa = _family_allowances(ctx, spec)
    return max(Fraction(0), Fraction(spec.schedule_percent, 100) * (wage + fa.at_work) - fa.during)


def _art67(ctx: Context, spec: BenefitSpec) -> dict[str, Requirement]:
    p = spec.prefix
    tests = {
        "XI.67.SCALE": yes_rule(
            ctx, "XI.67.SCALE", "67(a)", f"{p}.means_scale_prescribed",
            met=Msg("lvl.67a.met"), not_met=Msg("lvl.67a.not_met")),
        "XI.67.DISREGARD": yes_rule(
            ctx, "XI.67.DISREGARD", "67(b)", f"{p}.means_disregards",
            met=Msg("lvl.67b.met"), not_met=Msg("lvl.67b.not_met")),
    }
    tests["XI.67.ADEQ"] = _art67_adequacy(ctx, spec)
    tests["XI.67.SAFE"] = _art67_safe_harbour(ctx, spec)
    return tests


def _art67_adequacy(ctx: Context, spec: BenefitSpec) -> Requirement:
    p = spec.prefix
    amount_q, decency_q = f"{p}.means_amount", f"{p}.health_decency"
    qids = (amount_q, decency_q, "I.wages.labourer_wage")
    amount = ctx.number(amount_q)
    minimum = art66_minimum(ctx, spec)
    decency = ctx.flag(decency_q)
    if amount is None or minimum is None:
        return Requirement("XI.67.ADEQ", "67(c)", Status.INSUFFICIENT,
                           Msg("lvl.67c.missing", question=amount_q), {}, qids)
    values = {"benefit": to_json_number(amount), "art66_benefit": to_json_number(minimum),
              "health_and_decency": decency}
    text = Msg("lvl.67c.compare", amount=amount, sign="≥" if amount >= minimum else "<", minimum=minimum,
               beneficiary=Msg(spec.beneficiary), percent=spec.schedule_percent)
    if amount < minimum:
        return Requirement("XI.67.ADEQ", "67(c)", Status.NOT_MET, Msg("lvl.67c.below", text=text), values, qids)
    if decency is None:
        return Requirement("XI.67.ADEQ", "67(c)", Status.INSUFFICIENT, Msg("lvl.67c.decency_unknown", text=text),
                           values, qids)
    if decency is False:
        return Requirement("XI.67.ADEQ", "67(c)", Status.NOT_MET, Msg("lvl.67c.decency_no", text=text),
                           values, qids)
    return Requirement("XI.67.ADEQ", "67(c)", Status.MET, Msg("lvl.67c.met", text=text), values, qids)


def _art67_safe_harbour(ctx: Context, spec: BenefitSpec) -> Requirement:
    p = spec.prefix
    if spec.safe_harbour_article is None:
        ctx.assume("A.ART67D.PART_IV")
        return not_applicable("XI.67.SAFE", "67(d)", Msg("lvl.67d.unavailable"))
    paid_q, notional_q = f"{p}.total_paid_year", f"{p}.notional_art66_total_year"
    qids = (paid_q, notional_q)
    paid, notional = ctx.number(paid_q), ctx.number(notional_q)
    if paid is None or notional is None or notional <= 0:
        return not_applicable("XI.67.SAFE", "67(d)", Msg("lvl.67d.unused"), questions=qids)
    ratio = paid / notional
    ok = ratio >= SAFE_HARBOUR_FACTOR
    text = Msg("lvl.67d.ratio", paid=paid, notional=notional, article=spec.safe_harbour_article,
               ratio=Pct(ratio * 100, 130), sign="≥" if ok else "<")
    values = {"total_paid": to_json_number(paid), "notional_art66_total": to_json_number(notional),
              "ratio": to_json_number(ratio)}
    return Requirement("XI.67.SAFE", "67(d)", Status.MET if ok else Status.NOT_MET, text, values, qids)


def _means_tested_coverage(ctx: Context, spec: BenefitSpec) -> Requirement | None:
    """Art 67 benefits belong to coverage of all residents whose means are within the limits."""
    question = spec.means_coverage_question
    if question is None:
        return None
    if ctx.flag(question) is True:
        return None
    return Requirement(
        spec.rule_id, spec.article, Status.NOT_MET if ctx.flag(question) is False else Status.INSUFFICIENT,
        Msg("lvl.means_coverage", question=question), {}, (question,))
