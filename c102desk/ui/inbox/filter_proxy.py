"""The filters of the received reports: by verification (intact, altered …), by region, and by words of the
country or file name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from c102desk.ui.inbox.table_model import COUNTRY, NAME_ROLE, REGION_ROLE, SORT_ROLE, VERDICT_ROLE

ANY = None
UNKNOWN_REGION = ""  # the region filter's value for "Region unknown"


class InboxFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._verdict: str | None = ANY
        self._region: str | None = ANY
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_verdict(self, verdict: str | None) -> None:
        self.beginFilterChange()
        self._verdict = verdict
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_region(self, region: str | None) -> None:
        """``None`` for every region, ``""`` for the countries of no known region, else a region code."""
        self.beginFilterChange()
        self._region = region
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        first = model.index(source_row, 0, source_parent)
        if self._verdict is not None and first.data(VERDICT_ROLE) != self._verdict:
            return False
        if self._region is not None and first.data(REGION_ROLE) != self._region:
            return False
        if self._words:
            haystack = " ".join((str(model.index(source_row, COUNTRY, source_parent).data()),
                                 str(first.data(NAME_ROLE)))).casefold()
            return all(word in haystack for word in self._words)
        return True
