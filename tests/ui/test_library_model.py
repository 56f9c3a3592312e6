"""The library's sort and filter (filter_proxy.py) work on the model's key lists: the same order and rows as a
per-cell sort would give, no ``data()`` call per row, and the selection follows its assessment."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from c102desk.questionnaire.progress import Progress
from c102desk.store.records import AssessmentInfo
from c102desk.ui.library.filter_proxy import LibraryFilterProxy
from c102desk.ui.library.table_model import (
    CHANGED,
    COUNTRY,
    ID_ROLE,
    PROGRESS,
    SORT_ROLE,
    TITLE,
    AssessmentTableModel,
    LibraryRow,
)

ROWS = 3000


def _rows() -> list[LibraryRow]:
    rows = []
    for n in range(ROWS):
        info = AssessmentInfo(f"id-{n:05d}", f"Country {n % 37}", f"Title {n % 101}", "2",
                              "final" if n % 3 == 0 else "draft", 1 + n % 2, None, "2024-01-01T00:00:00Z",
                              f"2024-01-01T00:{n % 60:02d}:{n % 59:02d}Z", None)
        rows.append(LibraryRow(info, Progress(n % 17, 16) if n % 2 else None))
    return rows


@pytest.fixture
def models(qtbot: QtBot) -> tuple[AssessmentTableModel, LibraryFilterProxy]:
    model = AssessmentTableModel()
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(_rows())
    return model, proxy


def _shown(proxy: LibraryFilterProxy) -> list[str]:
    return [str(proxy.index(r, 0).data(ID_ROLE)) for r in range(proxy.rowCount())]


def _expected(model: AssessmentTableModel, column: int, descending: bool, keep: Any = None) -> list[str]:
    """The order a stable sort by each cell's SORT_ROLE gives (what QSortFilterProxyModel did), of the rows
    ``keep(info, shown words)`` keeps."""
    rows = [r for r in range(model.rowCount()) if keep is None or keep(model.row_info(r), " ".join(
        str(model.index(r, c).data()) for c in (COUNTRY, TITLE)).casefold())]
    rows.sort(key=lambda r: model.index(r, column).data(SORT_ROLE), reverse=descending)
    return [model.row_info(r).id for r in rows]


@pytest.mark.parametrize("column", [COUNTRY, TITLE, PROGRESS, CHANGED])
@pytest.mark.parametrize("descending", [False, True])
def test_the_order_is_the_per_cell_sort_s(models: tuple[AssessmentTableModel, LibraryFilterProxy], column: int,
                                          descending: bool) -> None:
    model, proxy = models
    proxy.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    assert _shown(proxy) == _expected(model, column, descending)


def test_sorting_and_filtering_ask_no_cell(models: tuple[AssessmentTableModel, LibraryFilterProxy],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    model, proxy = models
    calls = []
    real = AssessmentTableModel.data

    def counted(self: AssessmentTableModel, *args: Any) -> Any:
        calls.append(args)
        return real(self, *args)

    monkeypatch.setattr(AssessmentTableModel, "data", counted)
    proxy.sort(TITLE, Qt.SortOrder.DescendingOrder)
    proxy.set_status("draft")
    proxy.set_search_text("country 3 TITLE 1")
    proxy.sort(CHANGED, Qt.SortOrder.AscendingOrder)
    assert calls == []
    monkeypatch.undo()
    words = "country 3 title 1".split()
    assert _shown(proxy) == _expected(model, CHANGED, False, lambda i, shown: i.status == "draft" and all(
        w in shown for w in words))
    proxy.set_search_text("")
    proxy.set_status(None)
    assert len(_shown(proxy)) == ROWS


def test_the_selection_follows_its_assessment_through_sort_filter_and_progress(
    qtbot: QtBot, models: tuple[AssessmentTableModel, LibraryFilterProxy]
) -> None:
    model, proxy = models
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    chosen = "id-00042"
    row = proxy.mapFromSource(model.index(model.row_of(chosen), 0)).row()
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def selected() -> list[str]:
        return [str(i.data(ID_ROLE)) for i in view.selectionModel().selectedRows()]

    proxy.sort(PROGRESS, Qt.SortOrder.DescendingOrder)
    assert selected() == [chosen] and view.currentIndex().data(ID_ROLE) == chosen
    proxy.set_search_text("title 42")
    assert selected() == [chosen]
    model.set_progress({f"id-{n:05d}": Progress(16, 16) for n in range(0, ROWS, 2)})  # re-sorts by progress
    assert selected() == [chosen]
    assert _shown(proxy) == _expected(model, PROGRESS, True, lambda _i, shown: "title" in shown and "42" in shown)
    proxy.set_search_text("nothing like it")
    assert selected() == [] and proxy.rowCount() == 0
    assert proxy.headerData(COUNTRY, Qt.Orientation.Horizontal) == "Country"  # headers without rows
