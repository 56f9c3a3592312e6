"""Numbers shown and typed in the user's locale, kept exact (``int`` or ``Decimal``, never a float)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

_SPACES = ("\u00a0", "\u202f", " ", "'")


def format_number(value: object, locale: QLocale, *, grouped: bool = True) -> str:
    """``1234567.5`` → ``1,234,567.5`` (en) or ``1 234 567,5`` (fr); the digits given are kept."""
    if value is None or isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return ""
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    text = format(exact, "f")
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    grouped_whole = _group(whole, locale.groupSeparator()) if grouped else whole
    return sign + grouped_whole + (locale.decimalPoint() + fraction if fraction else "")


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def parse_number(text: str, locale: QLocale) -> int | Decimal | None:
    """Read a number typed in the locale; ``None`` for an empty field. Raises ``ValueError`` if unreadable."""
    cleaned = text.strip().removesuffix("%").strip()
    if not cleaned:
        return None
    group = locale.groupSeparator()
    point = locale.decimalPoint()
    for space in {group, *_SPACES} - {point}:
        cleaned = cleaned.replace(space, "")
    cleaned = cleaned.replace(point, ".").replace("\u2212", "-")
    if not cleaned or any(c not in "0123456789.-+" for c in cleaned):
        raise ValueError(text)
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if "." not in cleaned:
        return int(number)
    return number
