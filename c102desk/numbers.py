"""Exact arithmetic for thresholds.

Answers are read from JSON as ``Decimal`` and turned into ``Fraction`` so that every comparison with a
threshold is exact: 49.95 % is not 50 %, and 495/1100 is exactly 45 %.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

Number = int | Decimal | Fraction


def to_fraction(value: Number | float) -> Fraction:
    """Convert an answer value to an exact fraction (floats go through their shortest decimal form)."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, float):
        return Fraction(Decimal(repr(value)))
    return Fraction(value)


def percent(numerator: Fraction, denominator: Fraction) -> Fraction:
    """Return numerator / denominator as a percentage, exactly."""
    return numerator * 100 / denominator


def to_json_number(value: Fraction) -> int | float:
    """A JSON-friendly rendering of an exact value (integers stay integers)."""
    if value.denominator == 1:
        return value.numerator
    return round(float(value), 6)
