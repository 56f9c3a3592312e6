"""The cross-country picture in the app: the Parts by status across countries (a stacked bar per Part, each
country counted once with its latest intact report) and one country's revisions over time (a table of its
Parts' verdicts, oldest report first). The counts come from ``c102desk.inbox.picture``, the colours from the
verdict chips, the words from the verdict vocabulary; the PDF summary draws the same."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c102desk.i18n import colon, term, verdicts
from c102desk.inbox import picture
from c102desk.inbox.entry import PARTS, ReportEntry
from c102desk.ui.assessment.status_style import chip_colours

# A bar's colour: the verdict's text colour (dark, saturated), light grey for a Part not assessed.
NOT_ASSESSED_BAR = QColor("#d5dae1")


def bar_colour(status: str) -> QColor:
    return NOT_ASSESSED_BAR if status == "not_assessed" else chip_colours(status)[1]


class PartsChart(QWidget):
    """One stacked bar per Part II–XIV: how many countries' latest intact reports give it each verdict."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("partsChart")
        self.language = language
        self.counts: picture.PartsByStatus | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: picture.PartsByStatus | None) -> None:
        self.counts = counts
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """The chart in words, for screen readers: each Part's counts."""
        if self.counts is None or not self.counts.countries:
            return ""
        lines = []
        for part in PARTS:
            found = [f"{verdicts.part_status(s, self.language)} {n}" for s, n in self.counts.counts[part].items() if n]
            lines.append(f"{term(f'part.{part}', self.language)}{colon(self.language)} {', '.join(found)}")
        return "\n".join(lines)

    def _row(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(720, self._row() * len(PARTS) + self._legend_height() + 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    def _legend_height(self) -> int:
        return (self.fontMetrics().height() + 6) * 2

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = self.fontMetrics()
        if self.counts is None or not self.counts.countries:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No intact report to count yet"))
            painter.end()
            return
        names = {p: self._label(p) for p in PARTS}
        left = min(max(metrics.horizontalAdvance(n) for n in names.values()) + 16, self.width() // 2)
        right = self.width() - 16
        total = max(self.counts.countries, 1)
        row = self._row()
        for number, part in enumerate(PARTS):
            top = 8 + number * row
            label = metrics.elidedText(names[part], Qt.TextElideMode.ElideRight, left - 12)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(0, top, left - 8, row - 4),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            x = float(left)
            for status in picture.PART_STATUS_ORDER:
                count = self.counts.counts[part][status]
                if not count:
                    continue
                width = (right - left) * count / total
                box = QRect(int(x), top + 1, max(int(x + width) - int(x), 1), row - 4)
                painter.fillRect(box, bar_colour(status))
                text = str(count)
                if metrics.horizontalAdvance(text) + 6 < box.width():
                    painter.setPen(QColor("#1f2933") if status == "not_assessed" else QColor("white"))
                    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
                x += width
        self._paint_legend(painter, left, 8 + len(PARTS) * row + 8)
        painter.end()

    def _label(self, part: str) -> str:
        return term(f"part.{part}", self.language)

    def _paint_legend(self, painter: QPainter, left: int, top: int) -> None:
        metrics = self.fontMetrics()
        x, y = left, top
        size = metrics.height() - 4
        for status in picture.PART_STATUS_ORDER:
            label = verdicts.part_status(status, self.language)
            width = size + 6 + metrics.horizontalAdvance(label) + 18
            if x + width > self.width() and x > left:
                x, y = left, y + metrics.height() + 6
            painter.fillRect(QRect(x, y + 2, size, size), bar_colour(status))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(x + size + 6, y, width, metrics.height() + 2),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
            x += width


class RevisionsTable(QTableWidget):
    """A country's reports (columns, oldest first) and its Parts' verdicts (rows), each on its chip colour."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("revisionsTable")
        self.language = language
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_revisions(self, revisions: list[picture.Revision]) -> None:
        self.clear()
        self.setColumnCount(len(revisions))
        self.setRowCount(len(PARTS) + 1)
        rows = [term(f"part.{p}", self.language) for p in PARTS]
        self.setVerticalHeaderLabels([*rows, self.tr("Ratification (Art 2)")])
        headers = []
        for revision in revisions:
            lines = [self.tr("Revision %1").replace("%1", str(revision.revision)) if revision.revision else
                     revision.source]
            if revision.day is not None:
                lines.append(revision.day.isoformat())
            headers.append("\n".join(lines))
        self.setHorizontalHeaderLabels(headers)
        for column, revision in enumerate(revisions):
            for row, part in enumerate(PARTS):
                self._cell(row, column, revision.parts.get(part, "not_assessed"),
                           verdicts.part_status(revision.parts.get(part, "not_assessed"), self.language))
            if revision.ratification:
                self._cell(len(PARTS), column, revision.ratification,
                           verdicts.ratification_status(revision.ratification, self.language))

    def _cell(self, row: int, column: int, status: str, text: str) -> None:
        item = QTableWidgetItem(text)
        background, foreground = chip_colours(status)
        item.setBackground(background)
        item.setForeground(foreground)
        item.setToolTip(text)
        self.setItem(row, column, item)


class PictureTab(QWidget):
    """The chart of Parts by status, then one country's revisions, chosen in a list."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("pictureTab")
        self.language = language
        self.entries: list[ReportEntry] = []
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("subtle")
        self.chart = PartsChart(self, language=language)
        self.country_label = QLabel(self)
        self.country = QComboBox(self)
        self.country.setObjectName("countryChooser")
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country_label.setBuddy(self.country)
        self.country.currentIndexChanged.connect(self._show_country)
        self.revisions = RevisionsTable(self, language=language)
        self.revisions_note = QLabel(self)
        self.revisions_note.setObjectName("subtle")
        row = QHBoxLayout()
        row.addWidget(self.country_label)
        row.addWidget(self.country)
        row.addWidget(self.revisions_note, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.revisions, 1)
        # The chart above, the country's revisions below; the user drags the line between them.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        # The chart scrolls rather than sets the window's least height (13 Parts tall at 150 % text).
        chart_area = QScrollArea(self)
        chart_area.setObjectName("chartArea")
        chart_area.setWidget(self.chart)
        chart_area.setWidgetResizable(True)
        chart_area.setFrameShape(QFrame.Shape.NoFrame)
        chart_area.setMinimumHeight(self.fontMetrics().height() * 6)
        self.splitter.addWidget(chart_area)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.country_label.setText(self.tr("Co&untry:"))
        self.chart.setAccessibleName(self.tr("Parts by verdict across countries"))
        self.revisions.setAccessibleName(self.tr("The country's reports over time"))
        self.country.setAccessibleName(self.tr("Country whose reports to show"))
        self._caption()

    def set_language(self, language: str) -> None:
        self.language = language
        self.chart.language = language
        self.revisions.language = language
        self.set_entries(self.entries)

    def set_entries(self, entries: list[ReportEntry]) -> None:
        self.entries = list(entries)
        counts = picture.parts_by_status(self.entries)
        self.chart.set_counts(counts)
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        for key, name, count in picture.countries(self.entries):
            self.country.addItem(self.tr("%1 (%2 reports)").replace("%1", name).replace("%2", str(count))
                                 if count > 1 else name, key)
        index = self.country.findData(chosen)
        self.country.setCurrentIndex(index if index >= 0 else 0)
        self.country.blockSignals(False)
        self._caption()
        self._show_country()

    def select_country(self, key: str) -> bool:
        index = self.country.findData(key)
        if index >= 0:
            self.country.setCurrentIndex(index)
        return index >= 0

    def _caption(self) -> None:
        counts = self.chart.counts
        self.caption.setText(self.tr("Each Part, by the verdict of each country's latest intact report "
                                     "(countries counted: %1). Altered and unsigned reports are not counted.")
                             .replace("%1", str(counts.countries if counts else 0)))

    def _show_country(self) -> None:
        key = self.country.currentData()
        revisions = picture.revisions_of(self.entries, key) if key is not None else []
        self.revisions.show_revisions(revisions)
        self.country.setEnabled(bool(revisions))
        self.revisions_note.setText(self.tr("Oldest report first.") if len(revisions) > 1 else "")
