"""Cells that a spreadsheet must never run: text beginning with = + - @ (or a tab or carriage return, which some
programs strip first) is a formula to Excel, LibreOffice and Google Sheets when a CSV is opened — an attacker's
country name "=HYPERLINK(…)" would run on the analyst's machine (OWASP: CSV injection).

Only text is guarded: numbers are written as numbers, so a negative figure stays a number. In CSV the guarded
text gets a leading apostrophe (``'=…``), which spreadsheets show as the text itself; in XLSX the text is a
string cell with Excel's quote-prefix mark, never a formula, and keeps its exact characters.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def guarded(text: str) -> str:
    """The text as a CSV cell: an apostrophe before text a spreadsheet would run as a formula."""
    return "'" + text if looks_like_formula(text) else text
