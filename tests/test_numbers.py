"""Exact arithmetic for thresholds, and the one way numbers, percentages, units, amounts and dates are written
for a reader (c102desk.i18n.formats), in each language and never from the process locale."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction

import pytest

from c102desk.i18n import (
    LANGUAGES,
    amount,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    plural_category,
    quantity,
)
from c102desk.numbers import percent, to_fraction, to_json_number


def test_percent_is_exact() -> None:
    assert percent(Fraction(495), Fraction(1100)) == 45
    assert to_fraction(Decimal("49.95")) == Fraction(4995, 100)
    assert to_fraction(0.1) == Fraction(1, 10)
    assert to_json_number(Fraction(7, 3)) == 2.333333 and to_json_number(Fraction(12)) == 12


def test_percent_never_prints_as_the_threshold_it_misses() -> None:
    assert format_percent(Fraction(4995, 100), "en", 50) == "49.95 %"
    assert format_percent(Fraction(499999, 10000), "en", 50) == "49.9999 %"
    assert format_percent(Fraction(500001, 10000), "fr", 50) == "50,0001\u202f%"
    assert format_percent(Fraction(50), "en", 50) == "50 %"
    assert format_number(Fraction(1_000_000)) == "1,000,000"


def test_tiny_share_is_not_shown_as_zero() -> None:
    assert format_percent(Fraction(1, 10_000)) == "0.0001 %"
    assert format_percent(Fraction(0)) == "0 %"


def test_numbers_follow_the_language() -> None:
    value = Fraction(12345675, 10)
    assert [format_number(value, lang) for lang in LANGUAGES] == ["1,234,567.5", "1\u202f234\u202f567,5",
                                                                   "1.234.567,5"]
    assert format_number(0.1, "es") == "0,1" and format_number(Decimal("2.50"), "en") == "2.5"
    assert format_number(Fraction(2, 3), "en") == "0.67"


def test_amounts_and_units_follow_the_language() -> None:
    assert amount(2600, "MDL", "month", "en") == "2,600 MDL per month"
    assert amount(Fraction(26005, 10), "MDL", "month", "fr") == "2\u202f600,5 MDL par mois"
    assert amount(1234567, "SLD", "year", "es") == "1.234.567 SLD por año"
    assert amount(5, "", None, "en") == "5"
    assert format_percent(Fraction(4795, 100), "fr") == "47,95\u202f%"
    assert format_percent(Fraction(4795, 100), "es") == "47,95 %"
    assert quantity(1, "weeks", "es") == "1 semana" and quantity(26, "weeks", "fr") == "26 semaines"
    assert quantity(Fraction(3, 2), "years", "fr") == "1,5 an" and quantity(Fraction(3, 2), "years", "en") == \
        "1.5 years"
    assert quantity(7, "fortnights", "en") == "7 fortnights"  # a unit the catalogue does not know


@pytest.mark.parametrize(("value", "en", "fr"), [
    (0, "other", "one"), (1, "one", "one"), (Fraction(3, 2), "other", "one"), (2, "other", "other")])
def test_one_plural_rule_per_language(value: Fraction, en: str, fr: str) -> None:
    assert plural_category(value, "en") == plural_category(value, "es") == en
    assert plural_category(value, "fr") == fr


def test_dates_are_written_in_the_language() -> None:
    day = datetime(2026, 11, 24, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    assert format_date(day, "en") == "24 November 2026"
    assert format_date(day, "fr") == "24 novembre 2026"
    assert format_date(day, "es") == "24 de noviembre de 2026"
    assert format_date(day.replace(day=1), "fr") == "1er novembre 2026"
    assert format_datetime(day, "fr") == "24 novembre 2026 à 14:05 (UTC+01:00)"
    assert format_datetime(day.astimezone(UTC), "es") == "24 de noviembre de 2026, a las 13:05 (UTC)"
    assert format_datetime(day.replace(tzinfo=timezone(-timedelta(hours=3, minutes=30))), "en") == \
        "24 November 2026, 14:05 (UTC−03:30)"
