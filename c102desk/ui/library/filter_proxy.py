"""Search, status filter and sort of the library table, done on key lists the table model keeps.

A ``QSortFilterProxyModel`` asked the model for every cell it compared or searched, through Python: sorting
10,000 assessments made ~280,000 ``data()`` calls, before the first paint. Here the model keeps, for each
column, one sort key per row, and for each row the words searched in (``AssessmentTableModel.sort_keys`` and
``search_texts``, rebuilt when the rows or the language change); the order is one ``sorted`` over those keys and
the filter one pass over the texts. Only the cells painted are asked for (through ``mapToSource``).

Order and selection behave as before: ties keep the model's order (the store's: most recently changed first),
a descending sort keeps it too (a stable sort, as Qt's), and the selection and current row follow their
assessments through every new order or filter (``layoutChanged`` with the persistent indexes moved).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from c102desk.ui.library.table_model import AssessmentTableModel

_Index = QModelIndex | QPersistentModelIndex


class LibraryFilterProxy(QAbstractProxyModel):
    """Keeps the rows whose country or title contains every word searched, and of the chosen status, in the
    order of the column sorted by."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self._column = -1  # not sorted: the model's order
        self._order = Qt.SortOrder.AscendingOrder
        self._rows: list[int] = []  # source row of each row shown
        self._position: dict[int, int] = {}  # row shown of each source row kept

    def model(self) -> AssessmentTableModel:
        source = self.sourceModel()
        assert isinstance(source, AssessmentTableModel)
        return source

    def setSourceModel(self, source: Any) -> None:
        self.beginResetModel()
        super().setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)
        self._arrange()
        self.endResetModel()

    # ----------------------------------------------------------------- searching, filtering, sorting

    def set_search_text(self, text: str) -> None:
        self._words = text.casefold().split()
        self._rearrange()

    def set_status(self, status: str | None) -> None:
        """``None`` for every status, else ``"draft"`` or ``"final"``."""
        self._status = status
        self._rearrange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = column, order
        self._rearrange()

    def sortColumn(self) -> int:
        return self._column

    def sortOrder(self) -> Qt.SortOrder:
        return self._order

    def _arrange(self) -> None:
        """The rows shown, from the model's key lists (no call per cell)."""
        source = self.sourceModel()
        if not isinstance(source, AssessmentTableModel):
            self._rows, self._position = [], {}
            return
        count = source.rowCount()
        rows: list[int] = list(range(count))
        if 0 <= self._column < source.columnCount():
            keys = source.sort_keys(self._column)
            rows.sort(key=keys.__getitem__, reverse=self._order == Qt.SortOrder.DescendingOrder)
        if self._status is not None:
            statuses = source.statuses()
            rows = [r for r in rows if statuses[r] == self._status]
        if self._words:
            texts, words = source.search_texts(), self._words
            rows = [r for r in rows if all(word in texts[r] for word in words)]
        self._rows = rows
        self._position = {source_row: shown for shown, source_row in enumerate(rows)}

    def _rearrange(self) -> None:
        """A new order or filter: the views keep their selection and current row on the same assessments."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._rows[i.row()], i.column()) if 0 <= i.row() < len(self._rows) else None for i in before]
        self._arrange()
        after = [QModelIndex() if k is None or k[0] not in self._position
                 else self.index(self._position[k[0]], k[1]) for k in kept]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _source_reset(self) -> None:
        self._arrange()
        self.endResetModel()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        if top_left.column() <= self._column <= bottom_right.column():  # the sorted column changed: new order
            self._rearrange()
        if self._rows:
            self.dataChanged.emit(self.index(0, top_left.column()),
                                  self.index(len(self._rows) - 1, bottom_right.column()), roles)

    # ----------------------------------------------------------------- the proxy's mapping

    def mapToSource(self, index: _Index) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return QModelIndex()
        return source.index(self._rows[index.row()], index.column())

    def mapFromSource(self, index: _Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        shown = self._position.get(index.row())
        return QModelIndex() if shown is None else self.index(shown, index.column())

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._rows) or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _Index | None = None) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.sourceModel()
        if source is None or orientation != Qt.Orientation.Horizontal:
            return None
        return source.headerData(section, orientation, role)
