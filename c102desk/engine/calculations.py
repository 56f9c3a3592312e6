"""The engine's calculations as typed records: the exact values, the figures used and the threshold.

A rule that computes a figure keeps its record on the requirement (``Requirement.calculations``); the JSON
``values`` are rendered from the record, and the dashboard and the report display the record — they compute
nothing again, so a reader never sees two figures for one calculation. What would close a gap is the record's
too (``shortfall``, ``needed_benefit``): the figure the threshold calls for, from the same exact values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from c102desk.numbers import to_json_number


@dataclass(frozen=True)
class CoverageCalculation:
    """Persons protected as a share of a total (Arts 9, 15, 21, 27, 33, 41, 48, 55, 61): ``share`` % of
    ``total`` against ``threshold`` %."""

    article: str
    protected: Fraction
    total: Fraction
    share: Fraction  # percent, exact
    threshold: Fraction  # percent
    of_whom: str  # who the total counts (a message: "all employees")

    @property
    def met(self) -> bool:
        return self.share >= self.threshold

    @property
    def needed(self) -> int:
        """The fewest persons protected that reach the threshold ("not less than" includes it)."""
        return math.ceil(self.total * self.threshold / 100)

    @property
    def shortfall(self) -> Fraction:
        """How many more persons must be protected to reach the threshold (0 when it is reached)."""
        return max(Fraction(0), self.needed - self.protected)

    def values(self) -> dict[str, Any]:
        return {"protected": to_json_number(self.protected), "total": to_json_number(self.total),
                "percent": to_json_number(self.share), "threshold_percent": to_json_number(self.threshold)}


@dataclass(frozen=True)
class ReplacementCalculation:
    """One Part XI test for the standard beneficiary (Arts 65, 66 and the Schedule): (``benefit`` + family
    allowances during the contingency) / (``base`` + family allowances at work) = ``ratio`` % against ``required``
    %. ``base`` is the previous earnings or a reference wage (Art 65), or the labourer's wage (Art 66). A pure rate
    (a percentage of any earnings, nothing added) has no benefit or base: the rate is the ratio."""

    test: str  # the Part XI test, e.g. "XI.65.TEST"
    article: str
    ratio: Fraction  # percent, exact
    required: int  # percent, the Schedule's
    benefit: Fraction | None = None
    base: Fraction | None = None
    base_is_labourer_wage: bool = False
    family_allowance_during: Fraction = Fraction(0)
    family_allowance_at_work: Fraction = Fraction(0)
    currency: str = ""
    period: str | None = None  # the assessment's time basis of all amounts ("month")

    @property
    def met(self) -> bool:
        return self.ratio >= self.required

    @property
    def with_family_allowances(self) -> bool:
        return bool(self.family_allowance_during or self.family_allowance_at_work)

    @property
    def needed_benefit(self) -> Fraction | None:
        """The smallest benefit that meets the Schedule's rate for the same base and family allowances."""
        if self.base is None:
            return None
        needed = Fraction(self.required, 100) * (self.base + self.family_allowance_at_work)
        return max(Fraction(0), needed - self.family_allowance_during)

    def values(self) -> dict[str, Any]:
        if self.benefit is None or self.base is None:
            return {"replacement_percent": to_json_number(self.ratio), "required_percent": self.required}
        base, benefit = to_json_number(self.base), to_json_number(self.benefit)
        figures = {"benefit": benefit, "labourer_wage": base} if self.base_is_labourer_wage else \
            {"earnings": base, "benefit": benefit}
        return {
            **figures,
            "family_allowance_during": to_json_number(self.family_allowance_during),
            "family_allowance_at_work": to_json_number(self.family_allowance_at_work),
            "replacement_percent": to_json_number(self.ratio), "required_percent": self.required,
        }


@dataclass(frozen=True)
class LimitCalculation:
    """A figure of national law against the Convention's limit: at most (a waiting period, a qualifying period)
    or at least (a duration), ``unit`` being days, weeks, months or years."""

    article: str
    what: str  # a message: "waiting period"
    value: Fraction
    limit: Fraction
    unit: str
    at_most: bool

    @property
    def met(self) -> bool:
        return self.value <= self.limit if self.at_most else self.value >= self.limit

    def values(self) -> dict[str, Any]:
        return {"value": to_json_number(self.value), "limit": to_json_number(self.limit)}


Calculation = CoverageCalculation | ReplacementCalculation | LimitCalculation
