"""The library's table model: one row per assessment (country, title, status, progress, last change)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from c102desk.store import Store
from c102desk.store.records import AssessmentInfo
from c102desk.ui.local_time import local_stamp

if TYPE_CHECKING:  # the questionnaire package (and YAML) is not needed before the library's first paint
    from c102desk.questionnaire.progress import Progress

COUNTRY, TITLE, STATUS, PROGRESS, CHANGED = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # "draft" / "final", for the filter and the chip
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # a Progress
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


PENDING = "…"  # the progress column while the progress is being computed


@dataclass(frozen=True)
class LibraryRow:
    """A row of the library: the assessment and its progress."""

    info: AssessmentInfo
    progress: Progress | None  # None until the progress is filled in (read off the GUI thread)


def load_rows(store: Store, *, trashed: bool) -> list[LibraryRow]:
    """The rows of the library with their progress: ``Store.library`` reads them in three queries, whatever
    the library's size (the progress module's counts; a store test checks it)."""
    from c102desk.questionnaire.progress import Progress

    return [LibraryRow(e.info, Progress(e.answered, e.relevant)) for e in store.library(trashed=trashed)]


def load_rows_without_progress(store: Store, *, trashed: bool) -> list[LibraryRow]:
    """The rows without their progress (one query): enough to paint the list at once."""
    return [LibraryRow(info, None) for info in store.list_assessments(trashed=trashed)]


def load_progress(store: Store, *, trashed: bool) -> dict[str, Progress]:
    """Each assessment's progress by id (``Store.library``): slow on a big library, so read off the GUI thread."""
    from c102desk.questionnaire.progress import Progress

    return {e.info.id: Progress(e.answered, e.relevant) for e in store.library(trashed=trashed)}




class AssessmentTableModel(QAbstractTableModel):
    """The rows, and what the filter proxy sorts and searches by, kept as lists (filter_proxy.py): one key per
    row for each column, and the words of each row's country and title as shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LibraryRow] = []
        self._keys: dict[int, list[Any]] = {}  # by column, made when first sorted by
        self._texts: list[str] | None = None

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys.clear()
        self._texts = None
        self.endResetModel()

    def sort_keys(self, column: int) -> list[Any]:
        """The sort key of every row for ``column`` (what ``SORT_ROLE`` gives, without a call per row)."""
        found = self._keys.get(column)
        if found is None:
            rows = self._rows
            if column == COUNTRY:
                found = [row.info.country.casefold() for row in rows]
            elif column == TITLE:
                found = [row.info.title.casefold() for row in rows]
            elif column == STATUS:
                found = [row.info.status for row in rows]
            elif column == PROGRESS:
                found = [-1.0 if row.progress is None else row.progress.fraction for row in rows]
            else:
                found = [row.info.changed for row in rows]
            self._keys[column] = found
        return found

    def statuses(self) -> list[str]:
        return [row.info.status for row in self._rows]

    def search_texts(self) -> list[str]:
        """Each row's country and title as shown (in the interface language), casefolded, for the search."""
        if self._texts is None:
            self._texts = [f"{self._display(row, COUNTRY)} {self._display(row, TITLE)}".casefold()
                           for row in self._rows]
        return self._texts

    def set_progress(self, progress: dict[str, Progress]) -> None:
        """Fill in the progress of the rows (those not in ``progress`` keep theirs); only that column changes,
        so the selection stays and a view sorted or filtered through a proxy updates itself."""
        if not self._rows:
            return
        self._rows = [LibraryRow(row.info, progress.get(row.info.id, row.progress)) for row in self._rows]
        self._keys.pop(PROGRESS, None)
        self.dataChanged.emit(self.index(0, PROGRESS), self.index(len(self._rows) - 1, PROGRESS))

    def has_progress(self) -> bool:
        """Whether every row shows its progress (no placeholder left)."""
        return all(row.progress is not None for row in self._rows)

    def retranslate(self) -> None:
        """Headers, statuses and dates in the new language (the views repaint; the rows stay)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._texts = None  # "(untitled)" and "revision" are searched in the new language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def row_info(self, row: int) -> AssessmentInfo:
        return self._rows[row].info

    def row_of(self, assessment_id: str) -> int:
        return next((number for number, row in enumerate(self._rows) if row.info.id == assessment_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Country"), self.tr("Title"), self.tr("Status"), self.tr("Progress"), self.tr("Last change"))
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        info, column = row.info, index.column()
        if role == ID_ROLE:
            return info.id
        if role == STATUS_ROLE:
            return info.status
        if role == PROGRESS_ROLE:
            return row.progress
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            fraction = -1.0 if row.progress is None else row.progress.fraction
            sort_keys: tuple[Any, ...] = (
                info.country.casefold(), info.title.casefold(), info.status, fraction, info.changed
            )
            return sort_keys[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: LibraryRow, column: int) -> str:
        info = row.info
        if column == COUNTRY:
            return info.country or self.tr("(no country)")
        if column == TITLE:
            title = info.title or self.tr("(untitled)")
            if info.revision > 1:
                return self.tr("%1 · revision %2").replace("%1", title).replace("%2", str(info.revision))
            return title
        if column == STATUS:
            return {"draft": self.tr("Draft"), "final": self.tr("Final")}.get(info.status, info.status)
        if column == PROGRESS:
            if row.progress is None:
                return PENDING
            done, relevant = str(row.progress.answered), str(row.progress.relevant)
            return self.tr("%1 of %2").replace("%1", done).replace("%2", relevant)
        return local_stamp(info.changed)

    def _tooltip(self, row: LibraryRow, column: int) -> str | None:
        if column == PROGRESS:
            if row.progress is None:
                return None
            done, relevant = str(row.progress.answered), str(row.progress.relevant)
            return self.tr("%1 %: %2 of %3 relevant questions answered").replace(
                "%1", str(row.progress.percent)).replace("%2", done).replace("%3", relevant)
        if column == STATUS and row.info.status == "final":
            return self.tr("Final: read-only. Start a new revision to change it.")
        return None
