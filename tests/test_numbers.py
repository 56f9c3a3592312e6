from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from c102desk.numbers import fmt_number, fmt_percent, percent, to_fraction


def test_percent_is_exact() -> None:
    assert percent(Fraction(495), Fraction(1100)) == 45
    assert to_fraction(Decimal("49.95")) == Fraction(4995, 100)
    assert to_fraction(0.1) == Fraction(1, 10)


def test_percent_never_prints_as_the_threshold_it_misses() -> None:
    assert fmt_percent(Fraction(4995, 100), 50) == "49.95 %"
    assert fmt_percent(Fraction(499999, 10000), 50) == "49.9999 %"
    assert fmt_percent(Fraction(50), 50) == "50 %"
    assert fmt_number(Fraction(1_000_000)) == "1,000,000"


def test_tiny_share_is_not_shown_as_zero() -> None:
    assert fmt_percent(Fraction(1, 10_000)) == "0.0001 %"
