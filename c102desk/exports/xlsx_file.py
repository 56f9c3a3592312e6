# mypy: disable-error-code="import-untyped"
# (XlsxWriter ships no type information)
"""The analysts' tables as one XLSX workbook (XlsxWriter): a sheet per table, typed cells.

Numbers are number cells, booleans boolean cells, dates date cells (shown yyyy-mm-dd), text string cells —
never formulas (``strings_to_formulas`` is off, and text a spreadsheet would read as a formula carries Excel's
quote-prefix mark, see ``cells``). Status columns hold the engine's codes, checked against their list on entry
and coloured by status. Each sheet has its header row frozen and a filter on it.

The workbook is written row by row (XlsxWriter's constant-memory mode) to a temporary file renamed over the
target at the end: memory stays small whatever the number of assessments, and a failure leaves nothing behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from c102desk import __version__
from c102desk.exports.cells import looks_like_formula
from c102desk.exports.csv_files import temporary_name
from c102desk.exports.tables import SHEETS, STATUS_CHOICES, Kind, Sheet

# Fill and text colours of a status cell (the app's chips: a contrast of at least 4.5:1).
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "met": ("#dcf2e3", "#17633a"), "compliant": ("#dcf2e3", "#17633a"), "possible": ("#dcf2e3", "#17633a"),
    "not_met": ("#fbe0e0", "#9b1c1c"), "not_compliant": ("#fbe0e0", "#9b1c1c"),
    "not_possible": ("#fbe0e0", "#9b1c1c"),
    "needs_review": ("#e0ecfb", "#1d4f91"), "compliant_with_review": ("#e0ecfb", "#1d4f91"),
    "insufficient_information": ("#fdf0d5", "#8a5300"), "not_yet_determinable": ("#fdf0d5", "#8a5300"),
    "not_applicable": ("#eef0f2", "#56616c"), "not_assessed": ("#eef0f2", "#56616c"),
}


class XlsxTables:
    def __init__(self, workbook: Any) -> None:
        self._book = workbook
        self._header = workbook.add_format({"bold": True, "bg_color": "#dde6f0", "bottom": 1})
        self._date = workbook.add_format({"num_format": "yyyy-mm-dd"})
        self._quoted = workbook.add_format({"quote_prefix": True})
        self._status = {code: workbook.add_format({"bg_color": fill, "font_color": ink})
                        for code, (fill, ink) in STATUS_COLOURS.items()}
        self._sheets: dict[str, Any] = {}
        self._rows: dict[str, int] = {}
        for sheet in SHEETS:
            worksheet = workbook.add_worksheet(sheet.name)
            for number, column in enumerate(sheet.columns):
                worksheet.set_column(number, number, column.width)
                worksheet.write_string(0, number, column.name, self._header)
            worksheet.freeze_panes(1, 0)
            self._sheets[sheet.name] = worksheet
            self._rows[sheet.name] = 0

    def row(self, sheet: Sheet, values: Iterable[Any]) -> None:
        worksheet = self._sheets[sheet.name]
        self._rows[sheet.name] += 1
        row = self._rows[sheet.name]
        for number, (column, value) in enumerate(zip(sheet.columns, values, strict=True)):
            self._cell(worksheet, row, number, column.kind, value)

    def _cell(self, worksheet: Any, row: int, col: int, kind: Kind, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            worksheet.write_boolean(row, col, value)
        elif isinstance(value, int | float | Decimal):
            worksheet.write_number(row, col, float(value))
        elif isinstance(value, datetime):
            worksheet.write_datetime(row, col, value.replace(tzinfo=None), self._date)
        elif isinstance(value, date):
            worksheet.write_datetime(row, col, datetime(value.year, value.month, value.day), self._date)
        else:
            text = str(value)
            style = self._status.get(text) if kind is Kind.STATUS else None
            worksheet.write_string(row, col, text, self._quoted if looks_like_formula(text) else style)

    def finish(self) -> None:
        """The filter over each table and the status lists, once their length is known."""
        for sheet in SHEETS:
            worksheet, last = self._sheets[sheet.name], max(self._rows[sheet.name], 1)
            worksheet.autofilter(0, 0, last, len(sheet.columns) - 1)
            for number, column in enumerate(sheet.columns):
                choices = STATUS_CHOICES.get(column.name)
                if column.kind is Kind.STATUS and choices:
                    worksheet.data_validation(1, number, last, number, {
                        "validate": "list", "source": list(choices), "ignore_blank": True})


@contextmanager
def xlsx_tables(out: Path, *, title: str) -> Iterator[XlsxTables]:
    """Write the workbook; it appears at ``out`` when the block ends without an error (``OSError`` else)."""
    temp = temporary_name(out)
    try:
        workbook = xlsxwriter.Workbook(str(temp), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False})
        workbook.set_properties({"title": title, "author": f"c102desk {__version__}",
                                 "comments": "One row per requirement per assessment; see docs/inbox-and-exports.md"})
        tables = XlsxTables(workbook)
        yield tables
        tables.finish()
        workbook.close()
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
