"""A name typed in a save dialog gets the suffix of the kind chosen in the dialog, not always the first kind's."""

from __future__ import annotations

import pytest

from c102desk.ui.widgets.prompts import completed_file_name

KINDS = "Excel workbook (*.xlsx);;CSV files (*.csv)"


@pytest.mark.parametrize(("typed", "chosen", "expected"), [
    ("/x/summary", "CSV files (*.csv)", "/x/summary.csv"),
    ("/x/summary", "Excel workbook (*.xlsx)", "/x/summary.xlsx"),
    ("/x/summary", "", "/x/summary.xlsx"),  # a platform dialog that reports no kind: the default
    ("/x/summary.CSV", "Excel workbook (*.xlsx)", "/x/summary.CSV"),  # a suffix of a kind offered is kept
    ("/x/summary.v2", "CSV files (*.csv)", "/x/summary.v2.csv"),
])
def test_the_suffix_follows_the_kind_chosen(typed: str, chosen: str, expected: str) -> None:
    assert completed_file_name(typed, KINDS, chosen, ".xlsx") == expected


def test_a_double_suffix_kind_is_recognised() -> None:
    kinds = "Assessment files (*.c102.json)"
    assert completed_file_name("/x/a.c102.json", kinds, kinds, ".c102.json") == "/x/a.c102.json"
    assert completed_file_name("/x/a", kinds, kinds, ".c102.json") == "/x/a.c102.json"
