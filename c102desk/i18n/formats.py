"""Numbers, percentages, quantities, amounts and dates for a reader: the one place that writes them.

Nothing here reads the process locale: separators, month names and units come from the catalogue
(``resources/i18n/formats.yaml``), so a text reads the same whatever the language of the machine.
1,234.5 (en), 1 234,5 (fr, with a narrow no-break space), 1.234,5 (es).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from c102desk.i18n.catalogue import DEFAULT_LANGUAGE, has_key, template
from c102desk.i18n.typography import NARROW_NBSP
from c102desk.numbers import to_fraction

if TYPE_CHECKING:  # dates are written by the commands that have them: ``evaluate`` never imports datetime
    from datetime import datetime

Number = Fraction | Decimal | int | float

# Thousands separators and decimal marks.
_SEPARATORS = {"en": (",", "."), "fr": (NARROW_NBSP, ","), "es": (".", ",")}


# A number as an exact fraction (a float through its shortest decimal form: 0.1 is 1/10).
exact = to_fraction


def format_number(value: Number, lang: str = DEFAULT_LANGUAGE, decimals: int = 2) -> str:
    """A number for a reader: grouped thousands, at most ``decimals`` decimals, no trailing zeros."""
    frac = exact(value)
    thousands, point = _SEPARATORS.get(lang, _SEPARATORS[DEFAULT_LANGUAGE])
    text = f"{frac.numerator:,}" if frac.denominator == 1 else \
        f"{float(frac):,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", point).replace("\0", thousands)


def format_percent(value: Number, lang: str = DEFAULT_LANGUAGE, threshold: Number | None = None) -> str:
    """A percentage that never looks equal to a threshold it differs from (49.9999 % is not printed "50 %"
    beside "< 50 %"), nor to 0 when it is not 0 (one person in a million)."""
    frac = exact(value)
    decimals = 2
    text = format_number(frac, lang, decimals)
    while text in ("0", "-0") and frac != 0 and decimals < 12:
        decimals += 1
        text = format_number(frac, lang, decimals)
    if threshold is not None and exact(threshold) != frac:
        while text == format_number(exact(threshold), lang, decimals) and decimals < 12:
            decimals += 1
            text = format_number(frac, lang, decimals)
    space = NARROW_NBSP if lang == "fr" else " "
    return f"{text}{space}%"


def plural_category(value: Number, lang: str) -> str:
    """``one`` or ``other``: French takes the singular below 2 ("1,5 an", "0 jour"), English and Spanish only
    for exactly one."""
    frac = exact(value)
    return "one" if (abs(frac) < 2 if lang == "fr" else frac == 1) else "other"


def quantity(value: Number, unit: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """``3 weeks``, ``3 semaines``, ``3 semanas``; a unit the catalogue does not know is printed after the number."""
    key = f"unit.{unit}.{plural_category(value, lang)}"
    number = format_number(value, lang)
    if not has_key(key):
        return f"{number} {unit}"
    return template(key, lang).format(n=number)


def amount(value: Number, currency: str, period: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """``2 600 MDL par mois``: the number for the language, the currency as the assessor gave it, the period."""
    text = f"{format_number(value, lang)} {currency}".strip()
    if period and has_key(f"amount.per.{period}"):
        return template(f"amount.per.{period}", lang).format(amount=text)
    return text


def format_date(moment: datetime, lang: str = DEFAULT_LANGUAGE) -> str:
    """``24 November 2026``, ``24 novembre 2026`` (``1er`` on the first), ``24 de noviembre de 2026``."""
    day = "1er" if lang == "fr" and moment.day == 1 else str(moment.day)
    month = template(f"date.month.{moment.month}", lang)
    return template("date.long", lang).format(day=day, month=month, year=moment.year)


def format_datetime(moment: datetime, lang: str = DEFAULT_LANGUAGE) -> str:
    """The date, the time on the 24-hour clock and the UTC offset (never a locale-dependent zone name)."""
    offset = moment.utcoffset()
    text = ""
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        if minutes:
            sign = "+" if minutes >= 0 else "−"
            text = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return template("date.time", lang).format(date=format_date(moment, lang),
                                              time=f"{moment.hour:02d}:{moment.minute:02d}", offset=text)
