"""Search and status filter of the library table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from c102desk.ui.library.table_model import COUNTRY, SORT_ROLE, STATUS_ROLE, TITLE


class LibraryFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose country or title contains every word searched, and of the chosen status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str | None) -> None:
        """``None`` for every status, else ``"draft"`` or ``"final"``."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self._status is not None and model.index(source_row, 0, source_parent).data(STATUS_ROLE) != self._status:
            return False
        haystack = " ".join(
            str(model.index(source_row, column, source_parent).data()) for column in (COUNTRY, TITLE)
        ).casefold()
        return all(word in haystack for word in self._words)
