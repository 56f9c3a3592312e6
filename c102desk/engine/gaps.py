"""What would close a gap, in words and the engine's own figures: taken from the calculation records of a
requirement not met (``c102desk.engine.calculations``), never computed again by whoever shows it.

"protect 120,000 more persons to reach 50 % of all employees (Art 27(a))"; "waiting period: from 7 days down to
3 days at most (Art 24(3))"; "raise the benefit for the standard beneficiary from 900 to at least 1,269 …".
"""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.calculations import CoverageCalculation, LimitCalculation, ReplacementCalculation
from c102desk.engine.results import Requirement, Status
from c102desk.i18n import Amount, Msg, Pct, Qty


def closing_action(requirement: Requirement) -> Msg | None:
    """The first of a not-met requirement's calculations that misses its threshold, as the step that would meet
    it; None when the requirement is met or has no calculation to say it with."""
    if requirement.status is not Status.NOT_MET:
        return None
    for calculation in requirement.calculations:
        if calculation.met:
            continue
        if isinstance(calculation, CoverageCalculation) and calculation.shortfall:
            return Msg("gap.coverage", more=calculation.shortfall, threshold=Pct(calculation.threshold),
                       of_whom=calculation.of_whom, article=calculation.article)
        if isinstance(calculation, ReplacementCalculation):
            needed = calculation.needed_benefit
            if needed is None or calculation.benefit is None:
                return Msg("gap.rate", ratio=Pct(calculation.ratio, calculation.required),
                           required=Pct(calculation.required), article=calculation.article)
            return Msg("gap.level", benefit=_amount(calculation, calculation.benefit),
                       needed=_amount(calculation, needed), required=Pct(calculation.required),
                       article=calculation.article)
        if isinstance(calculation, LimitCalculation):
            return Msg("gap.limit.at_most" if calculation.at_most else "gap.limit.at_least", what=calculation.what,
                       value=Qty(calculation.value, calculation.unit), limit=Qty(calculation.limit, calculation.unit),
                       article=calculation.article)
    return None


def _amount(calculation: ReplacementCalculation, value: Fraction) -> Amount:
    return Amount(value, calculation.currency, calculation.period)
