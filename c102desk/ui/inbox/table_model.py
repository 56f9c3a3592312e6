"""The received reports as a table: one row per file, appended as each is verified.

Columns: verification, country (its region in the tooltip), revision and date, signers, the verdict of each
Part II–XIV (a symbol on
the verdict's colour, its name in the tooltip and for screen readers), the ratification answer, what stops it,
and the file. An altered file shows who it claims to be but none of its verdicts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from c102desk.i18n import verdicts
from c102desk.inbox.entry import PARTS, ReportEntry, Verdict
from c102desk.inbox.render import verdict_name
from c102desk.regions import region_name
from c102desk.ui.assessment.status_style import chip_colours

VERIFICATION, COUNTRY, REPORT, SIGNERS = range(4)
FIRST_PART = 4
RATIFICATION = FIRST_PART + len(PARTS)
BLOCKERS = RATIFICATION + 1
COLUMNS = BLOCKERS + 1

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2  # Verdict value, for the filter
REGION_ROLE = Qt.ItemDataRole.UserRole + 3  # region code ("" when unknown), for the filter
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
NAME_ROLE = Qt.ItemDataRole.UserRole + 5  # the file's name, for the search

# A symbol per Part verdict, with the verdict's colour behind it; the legend under the table names them.
PART_SYMBOLS: dict[str, str] = {
    "compliant": "✓", "compliant_with_review": "✓?", "insufficient_information": "?", "not_compliant": "✗",
    "not_assessed": "–",
}
PART_ORDER = ("compliant", "compliant_with_review", "insufficient_information", "not_compliant", "not_assessed")
VERDICT_COLOURS: dict[Verdict, tuple[str, str]] = {
    Verdict.INTACT: ("#dcf2e3", "#17633a"), Verdict.ALTERED: ("#fbe0e0", "#9b1c1c"),
    Verdict.UNSIGNED: ("#fdf0d5", "#8a5300"), Verdict.NOT_A_REPORT: ("#eef0f2", "#56616c"),
    Verdict.UNREADABLE: ("#eef0f2", "#56616c"),
}
_Index = QModelIndex | QPersistentModelIndex


def verdict_label(verdict: Verdict, lang: str) -> str:
    """"Intact", "Modifié"… (the inbox's words, capitalised for a cell)."""
    text = verdict_name(verdict, lang)
    return text[:1].upper() + text[1:]


class InboxTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[ReportEntry] = []
        # What each cell says, once computed: a view asks for every role of every visible cell at each paint
        # (a few thousand Python calls), and a row's words change only with the language or its region.
        self._cells: dict[tuple[int, int, int], Any] = {}

    # ----------------------------------------------------------------- rows

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._cells.clear()
        self.endResetModel()

    def append(self, entry: ReportEntry) -> None:
        self.extend([entry])

    def extend(self, entries: list[ReportEntry]) -> None:
        """Rows added at the end, in one insertion (the view sorts and paints once for them all)."""
        if not entries:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self._rows.extend(entries)
        self.endInsertRows()

    def replace_all(self, entries: list[ReportEntry]) -> None:
        """The same files with new data (e.g. their regions after the user regrouped a country)."""
        self._rows = list(entries)
        self._cells.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))

    def entries(self) -> list[ReportEntry]:
        return list(self._rows)

    def entry(self, row: int) -> ReportEntry:
        return self._rows[row]

    def set_language(self, language: str) -> None:
        self.language = language
        self._cells.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))

    # ----------------------------------------------------------------- Qt

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if FIRST_PART <= section < RATIFICATION:
            part = PARTS[section - FIRST_PART]
            if role == Qt.ItemDataRole.DisplayRole:
                return part
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                from c102desk.i18n import term

                return term(f"part.{part}", self.language)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {VERIFICATION: self.tr("Verification"), COUNTRY: self.tr("Country"), REPORT: self.tr("Report"),
                  SIGNERS: self.tr("Signed by"),
                  RATIFICATION: self.tr("Ratification (Art 2)"), BLOCKERS: self.tr("What stops ratification")}
        return titles.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = (index.row(), index.column(), role)
        try:
            return self._cells[key]
        except KeyError:
            value = self._cells[key] = self._data(self._rows[index.row()], index.column(), role)
            return value

    def _data(self, entry: ReportEntry, column: int, role: int) -> Any:
        if role == ENTRY_ROLE:
            return entry
        if role == VERDICT_ROLE:
            return entry.verdict.value
        if role == REGION_ROLE:
            return entry.region or ""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == NAME_ROLE:
            return entry.name
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = self._colours(entry, column)
            if colours is None:
                return None
            return QColor(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
        if role == Qt.ItemDataRole.FontRole and (column == VERIFICATION or (column == COUNTRY and
                                                                            entry.contents is None)):
            font = QFont()
            font.setBold(column == VERIFICATION)
            font.setItalic(column == COUNTRY)  # a file name, not a country
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and FIRST_PART <= column < RATIFICATION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # ----------------------------------------------------------------- cells

    def _part_status(self, entry: ReportEntry, column: int) -> str | None:
        if not entry.shows_verdicts or entry.contents is None:
            return None
        return entry.contents.parts.get(PARTS[column - FIRST_PART], "not_assessed")

    def _display(self, entry: ReportEntry, column: int) -> str:
        contents = entry.contents
        lang = self.language
        if column == VERIFICATION:
            return verdict_label(entry.verdict, lang)
        if contents is None:
            return entry.name if column == COUNTRY else ""
        if column == COUNTRY:
            return contents.country or self.tr("(no country)")
        if column == REPORT:
            day = contents.day
            parts = [self.tr("rev. %1").replace("%1", str(contents.revision))] if contents.revision else []
            if day is not None:
                parts.append(QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy"))
            return " · ".join(parts)
        if column == SIGNERS:  # names only: roles, times and fingerprints are in the tooltip and the details
            return "; ".join(s.name for s in entry.signers) or (
                self.tr("nobody") if entry.verdict is Verdict.UNSIGNED else "")
        if FIRST_PART <= column < RATIFICATION:
            status = self._part_status(entry, column)
            return PART_SYMBOLS.get(status, "") if status else ""
        if not entry.shows_verdicts:
            return "—"
        if column == RATIFICATION:  # short: the column's heading says "Ratification"; the tooltip has it whole
            return verdicts.ratification_short(contents.ratification, lang) if contents.ratification else ""
        if column == BLOCKERS:
            return "; ".join(contents.blocker_names(lang))
        return ""

    def region_text(self, entry: ReportEntry) -> str:
        return region_name(entry.region, self.language) if entry.region else self.tr("Region unknown")

    def _spoken(self, entry: ReportEntry, column: int) -> str:
        if FIRST_PART <= column < RATIFICATION:
            status = self._part_status(entry, column)
            return verdicts.part_status(status, self.language) if status else self.tr("not shown")
        return self._display(entry, column)

    def _tooltip(self, entry: ReportEntry, column: int) -> str | None:
        lang = self.language
        if FIRST_PART <= column < RATIFICATION:
            status = self._part_status(entry, column)
            from c102desk.i18n import term

            part = term(f"part.{PARTS[column - FIRST_PART]}", lang)
            if status is None:
                return self.tr("%1: not shown, the file is altered").replace("%1", part) if (
                    entry.verdict is Verdict.ALTERED) else None
            return f"{part}: {verdicts.part_status(status, lang)}"
        if column == VERIFICATION and entry.problems and entry.verdict is not Verdict.INTACT:
            return "\n".join(p.render(lang) for p in entry.problems)
        if column == SIGNERS and entry.signers:
            return "\n".join(self.tr("%1 — %2, signed %3\nCertificate SHA-256: %4").replace("%1", s.name).replace(
                "%2", s.role or self.tr("no role stated")).replace(
                "%3", s.signing_time.isoformat(timespec="seconds") if s.signing_time else "").replace(
                "%4", s.fingerprint) for s in entry.signers)
        if column == COUNTRY:
            if entry.contents is None:
                return entry.name
            return self.tr("%1 — region: %2\nFile: %3").replace("%1", entry.contents.country).replace(
                "%2", self.region_text(entry)).replace("%3", entry.name)
        ratification = entry.contents.ratification if entry.contents else None
        if column == RATIFICATION and entry.shows_verdicts and entry.contents and ratification:
            contents = entry.contents
            answer = verdicts.ratification_status(ratification, lang)
            if contents.acceptable:
                answer = self.tr("%1 (Parts %2)").replace("%1", answer).replace("%2", ", ".join(contents.acceptable))
            return answer
        if column in (BLOCKERS, REPORT):
            text = self._display(entry, column)
            return text or None
        return None

    def _colours(self, entry: ReportEntry, column: int) -> tuple[str, str] | None:
        if column == VERIFICATION:
            return VERDICT_COLOURS[entry.verdict]
        if FIRST_PART <= column < RATIFICATION:
            status = self._part_status(entry, column)
            if status is None:
                return None
            background, text = chip_colours(status)
            return background.name(), text.name()
        if column == RATIFICATION and entry.shows_verdicts and entry.contents and entry.contents.ratification:
            background, text = chip_colours(entry.contents.ratification)
            return background.name(), text.name()
        return None

    def _sort_key(self, entry: ReportEntry, column: int) -> Any:
        contents = entry.contents
        if column == VERIFICATION:
            return list(Verdict).index(entry.verdict)
        if column == REPORT:
            return (contents.day.isoformat() if contents.day else "", contents.revision or 0) if contents else ("", -1)
        if FIRST_PART <= column < RATIFICATION:
            status = self._part_status(entry, column)
            return PART_ORDER.index(status) if status in PART_ORDER else len(PART_ORDER)
        return self._display(entry, column).casefold()
