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


def fmt_number(value: Fraction | int, decimals: int = 2) -> str:
    """Format a number for an explanation: thousands separated, at most ``decimals`` decimals, no noise."""
    frac = Fraction(value)
    if frac.denominator == 1:
        return f"{frac.numerator:,}"
    text = f"{float(frac):,.{decimals}f}".rstrip("0").rstrip(".")
    return text


def fmt_percent(value: Fraction, threshold: Fraction | int | None = None) -> str:
    """Format a percentage so that it never looks equal to a threshold it differs from.

    49.9999 % must not print as "50 %" beside "< 50 %": more decimals are shown until the two differ.
    """
    decimals = 2
    text = fmt_number(value, decimals)
    while text in ("0", "-0") and value != 0 and decimals < 12:
        decimals += 1  # a tiny share (1 person in a million) must not read as 0 %
        text = fmt_number(value, decimals)
    if threshold is not None and Fraction(threshold) != value:
        limit = fmt_number(Fraction(threshold), decimals)
        while text == limit and decimals < 12:
            decimals += 1
            text = fmt_number(value, decimals)
            limit = fmt_number(Fraction(threshold), decimals)
    return f"{text} %"


def to_json_number(value: Fraction) -> int | float:
    """A JSON-friendly rendering of an exact value (integers stay integers)."""
    if value.denominator == 1:
        return value.numerator
    return round(float(value), 6)
