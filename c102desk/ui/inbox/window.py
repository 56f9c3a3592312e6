"""Received reports…: the ILO's desk. Choose a folder; every file in it is verified on a worker thread (a progress
bar, Cancel) and listed as soon as it is checked: its verification, country, region, revision, date, signers,
the verdict of each Part, the ratification answer and what stops it. Filters by verification, region and words.

Return or a double-click opens the report in the system's PDF viewer; *Import assessment* brings its
assessment into the library through the library's own import, which refuses a report that is not intact and
asks before an unsigned one comes in — an altered file is never imported. *Set region…* puts a country in a
region of the user's choice (``regions.yaml`` in the data folder). The analysts' exports and the summary PDF
cover the intact reports shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from c102desk.errors import C102Error
from c102desk.i18n import Msg, text_in, verdicts
from c102desk.inbox.entry import ReportEntry, Verdict
from c102desk.inbox.scan import place
from c102desk.inbox.tables import analysable
from c102desk.regions import ILO_REGIONS, Regions, load_user_regions, region_name, save_user_region, user_regions_path
from c102desk.ui.inbox.chart_view import PictureTab
from c102desk.ui.inbox.filter_proxy import UNKNOWN_REGION, InboxFilterProxy
from c102desk.ui.inbox.scan_thread import ScanThread
from c102desk.ui.inbox.table_model import (
    COUNTRY,
    ENTRY_ROLE,
    FIRST_PART,
    PART_ORDER,
    PART_SYMBOLS,
    RATIFICATION,
    InboxTableModel,
    verdict_label,
)
from c102desk.ui.widgets.paint_at_once import PaintAtOnceTableView
from c102desk.ui.widgets.prompts import Prompts
from c102desk.ui.widgets.screen_fit import fitting_size
from c102desk.ui.worker import TaskRunner

FOLDER_KEY = "inbox/folder"
FLUSH_MS = 150

ChooseFolder = Callable[[QWidget, str, str], str | None]
AskRegion = Callable[[QWidget, str, str, list[str], str], str | None]


def choose_folder(parent: QWidget, title: str, start: str) -> str | None:
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    return folder or None


def ask_region(parent: QWidget, title: str, label: str, choices: list[str], current: str) -> str | None:
    """A region from the list, or a group of the user's own typed in; None when cancelled."""
    index = choices.index(current) if current in choices else 0
    text, ok = QInputDialog.getItem(parent, title, label, choices, index, True)
    return text.strip() if ok else None


class InboxWindow(QDialog):
    """``verified(cancelled)`` once the last file of a verification is listed (or it was cancelled)."""

    verified = Signal(bool)

    def __init__(self, data_dir: Path, prompts: Prompts | None = None, parent: QWidget | None = None, *,
                 language: str = "en", import_report: Callable[[str], None] | None = None,
                 settings: QSettings | None = None, open_url: Callable[[QUrl], bool] | None = None,
                 folder_chooser: ChooseFolder | None = None, region_asker: AskRegion | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.data_dir = data_dir
        self.prompts = prompts or Prompts()
        self.language = language
        self.settings = settings
        self.import_report = import_report
        self.open_url = open_url or QDesktopServices.openUrl
        self.choose_folder = folder_chooser or choose_folder
        self.ask_region = region_asker or ask_region
        self.runner = TaskRunner(self, self)
        self.folder: Path | None = None
        self.scanner: ScanThread | None = None
        self.total = 0
        self.started = 0.0
        self.regions = Regions()
        # Rows reach the table in batches: one insertion (one sort, one paint) per tick rather than per file.
        self._pending: list[ReportEntry] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)

        self.model = InboxTableModel(self, language=language)
        self.proxy = InboxFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.retranslate()
        self._update_actions()
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(fitting_size(self, min(width * 110, 1340), self.fontMetrics().height() * 44))

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("subtle")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long folder path must not set the window's least width: the label wraps, or is cut, with the whole
        # path in its tooltip.
        self.folder_label.setWordWrap(True)
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("primaryButton")
        self.choose_button.clicked.connect(self.choose)
        self.again_button = QPushButton(self)
        self.again_button.clicked.connect(self.verify_again)
        self.subfolders = QCheckBox(self)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.folder_label)
        top.addLayout(titles, 1)
        top.addWidget(self.subfolders)
        top.addWidget(self.again_button)
        top.addWidget(self.choose_button)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("inboxProgress")
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget(self)
        self.progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_box.hide()

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_reports(), "")
        self.picture = PictureTab(self, language=self.language)
        self.tabs.addTab(self.picture, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_selected)
        self.region_button = QPushButton(self)
        self.region_button.clicked.connect(self.set_region_of_selected)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.choose_export)
        self.summary_button = QPushButton(self)
        self.summary_button.clicked.connect(self.choose_summary)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        self.close_button.setAutoDefault(False)
        for button in (self.choose_button, self.again_button, self.cancel_button, self.open_button,
                       self.import_button, self.region_button, self.export_button, self.summary_button):
            button.setAutoDefault(False)  # Return in the table opens the report, it does not press a button
        buttons = QHBoxLayout()
        for button in (self.open_button, self.import_button, self.region_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.summary_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _build_reports(self) -> QWidget:
        page = QWidget(self)
        self.status_label = QLabel(page)
        self.status_filter = QComboBox(page)
        self.status_filter.setObjectName("statusFilter")
        self.status_label.setBuddy(self.status_filter)
        self.status_filter.currentIndexChanged.connect(self._status_chosen)
        self.region_label = QLabel(page)
        self.region_filter = QComboBox(page)
        self.region_filter.setObjectName("regionFilter")
        self.region_label.setBuddy(self.region_filter)
        self.region_filter.currentIndexChanged.connect(self._region_chosen)
        self.search_label = QLabel(page)
        self.search = QLineEdit(page)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(self._search_changed)
        self.count_label = QLabel(page)
        self.count_label.setObjectName("subtle")
        filters = QHBoxLayout()
        for widget in (self.status_label, self.status_filter, self.region_label, self.region_filter,
                       self.search_label):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        # The count has a line of its own: beside the filters it made the window too wide for a small laptop.
        self.count_label.setWordWrap(True)

        self.table = PaintAtOnceTableView(page)  # filled while a worker verifies: paints in one go
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COUNTRY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._selection_changed())
        self.open_action = QAction(self.table)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_selected)
        self.table.addAction(self.open_action)
        self.proxy.rowsInserted.connect(lambda *_: self._rows_changed())
        self.proxy.modelReset.connect(self._rows_changed)

        self.legend = QLabel(page)
        self.legend.setObjectName("subtle")
        self.legend.setWordWrap(True)
        self.details = QLabel(page)
        self.details.setObjectName("inboxDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        scroll = QScrollArea(page)
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(self.fontMetrics().height() * 7)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(scroll)
        return page

    # ----------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            parent = self.parent()
            self.language = str(getattr(parent, "language", self.language))
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = self.language
        self.setWindowTitle(self.tr("Received reports — c102desk"))
        self.heading.setText(self.tr("Received reports"))
        self.choose_button.setText(self.tr("Choose &folder…"))
        self.choose_button.setToolTip(self.tr("Choose the folder where the signed reports you received are"))
        self.again_button.setText(self.tr("&Verify again"))
        self.again_button.setToolTip(self.tr("Check every file of the folder again"))
        self.subfolders.setText(self.tr("Include &subfolders"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.region_label.setText(self.tr("Re&gion:"))
        self.search_label.setText(self.tr("Fin&d:"))
        self.search.setPlaceholderText(self.tr("Country or file"))
        self.tabs.setTabText(0, self.tr("&Reports"))
        self.tabs.setTabText(1, self.tr("Cross-country c&hart"))
        self.open_button.setText(self.tr("&Open report"))
        self.open_button.setToolTip(self.tr("Open the selected report in your PDF viewer (Return)"))
        self.import_button.setText(self.tr("&Import assessment"))
        self.region_button.setText(self.tr("Set regio&n…"))
        self.region_button.setToolTip(self.tr("Put the selected report's country in a region of your choice"))
        self.export_button.setText(self.tr("E&xport for analysts…"))
        self.export_button.setToolTip(self.tr("The intact reports shown, one row per requirement, with their "
                                              "answers (XLSX or CSV)"))
        self.summary_button.setText(self.tr("Summary &PDF…"))
        self.summary_button.setToolTip(self.tr("The cross-country summary of the reports shown, as a PDF"))
        self.close_button.setText(self.tr("Close"))
        self.table.setAccessibleName(self.tr("Received reports"))
        self.status_filter.setAccessibleName(self.tr("Show reports of this status"))
        self.region_filter.setAccessibleName(self.tr("Show reports of this region"))
        self.progress.setAccessibleName(self.tr("Verification progress"))
        self.details.setAccessibleName(self.tr("Details of the selected report"))
        self._fill_status_filter()
        self._fill_region_filter()
        legend = [f"{PART_SYMBOLS[s]} {_cap(verdicts.part_status(s, lang))}" for s in PART_ORDER]
        self.legend.setText(self.tr("Parts: %1. An altered report's verdicts are not shown.").replace(
            "%1", " · ".join(legend)))
        self.model.set_language(lang)
        self.picture.set_language(lang)
        self._show_folder()
        self._update_counts()
        self._selection_changed()

    def _fill_status_filter(self) -> None:
        chosen = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All files"), None)
        for verdict in Verdict:
            self.status_filter.addItem(verdict_label(verdict, self.language), verdict.value)
        index = self.status_filter.findData(chosen)
        self.status_filter.setCurrentIndex(max(index, 0))
        self.status_filter.blockSignals(False)

    def _fill_region_filter(self) -> None:
        """Every ILO region, the user's own groups found in the list, and "Region unknown"."""
        chosen = self.region_filter.currentData()
        self.region_filter.blockSignals(True)
        self.region_filter.clear()
        self.region_filter.addItem(self.tr("All regions"), None)
        for code in ILO_REGIONS:
            self.region_filter.addItem(region_name(code, self.language), code)
        own = sorted({e.region for e in self.model.entries() if e.region and e.region not in ILO_REGIONS})
        for group in own:
            self.region_filter.addItem(group, group)
        self.region_filter.addItem(self.tr("Region unknown"), UNKNOWN_REGION)
        index = self.region_filter.findData(chosen)
        self.region_filter.setCurrentIndex(max(index, 0))
        self.region_filter.blockSignals(False)

    def _status_chosen(self, _index: int) -> None:
        self.proxy.set_verdict(self.status_filter.currentData())
        self._after_filter()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._after_filter()

    def _region_chosen(self, _index: int) -> None:
        self.proxy.set_region(self.region_filter.currentData())
        self._after_filter()

    # ----------------------------------------------------------------- the folder and its verification

    def start_folder(self) -> str:
        saved = self.settings.value(FOLDER_KEY) if self.settings is not None else None
        return str(saved) if isinstance(saved, str) else str(Path.home())

    def open_saved_folder(self) -> bool:
        """Verify the folder chosen last time, when there is one and it is still there."""
        saved = self.settings.value(FOLDER_KEY) if self.settings is not None else None
        if isinstance(saved, str) and Path(saved).is_dir():
            self.load_folder(Path(saved))
            return True
        self.choose_button.setFocus()
        return False

    def imported(self, assessment_id: str) -> None:
        """The library imported a report's assessment (``LibraryPage.imported``)."""
        self.count_note = self.tr("Imported into the library.")
        self._update_counts()
        self.last_imported = assessment_id

    last_imported = ""

    def choose(self) -> None:
        chosen = self.choose_folder(self, self.tr("Folder of received reports"), self.start_folder())
        if chosen:
            self.load_folder(Path(chosen))

    def verify_again(self) -> None:
        if self.folder is not None:
            self.load_folder(self.folder)

    def load_folder(self, folder: Path) -> None:
        """Verify every file of ``folder`` on the worker thread; the rows come in as they are checked."""
        self.cancel()
        self.wait_for_scan()
        try:
            self.regions = Regions(load_user_regions(user_regions_path(self.data_dir)))
        except Exception as exc:  # a broken grouping file: said, and the bundled regions used
            self.prompts.show_error(self, self.tr("Your regions cannot be read"), exc)
            self.regions = Regions()
        self.folder = folder
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(folder))
        self._pending = []
        self._fitted = False
        self.model.clear()
        self.total = 0
        self.started = time.perf_counter()
        scanner = ScanThread(folder, self.regions, recursive=self.subfolders.isChecked(), parent=self)
        scanner.counted.connect(self._counted)
        scanner.found.connect(self._found)
        scanner.failed.connect(self._failed)
        scanner.done.connect(self._done)
        self.scanner = scanner
        self._scanning = True
        self.count_note = ""
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Listing the folder…"))
        self.progress_box.show()
        self._show_folder()
        self._update_actions()
        scanner.start()

    def is_scanning(self) -> bool:
        """From the start of a verification until its last result has reached this window."""
        return self._scanning

    _scanning = False

    def cancel(self) -> None:
        if self.scanner is not None:
            self.scanner.cancel()

    def wait_for_scan(self, msecs: int = 60000) -> None:
        if self.scanner is not None:
            self.scanner.wait(msecs)

    def _counted(self, total: int) -> None:
        self.total = total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self._progress_text()

    def _found(self, entry: object) -> None:
        assert isinstance(entry, ReportEntry)
        self._pending.append(entry)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        self._flush_timer.stop()
        pending, self._pending = self._pending, []
        self.model.extend(pending)
        self.progress.setValue(self.model.rowCount())
        self._progress_text()

    def _progress_text(self) -> None:
        self.progress_label.setText(self.tr("Verified %1 of %2").replace("%1", str(self.model.rowCount()))
                                    .replace("%2", str(self.total)))

    def _failed(self, error: object) -> None:
        self._scanning = False
        self.progress_box.hide()
        self._update_actions()
        title = self.tr("The folder cannot be read")
        if isinstance(error, BaseException) and error.args:
            error = type(error)(text_in(error.args[0], self.language)) if isinstance(error.args[0], str) else error
        self.prompts.show_error(self, title, error if isinstance(error, BaseException) else RuntimeError(str(error)))

    def _done(self, cancelled: bool) -> None:
        self._flush()
        self._scanning = False
        self.progress_box.hide()
        seconds = time.perf_counter() - self.started
        count = self.model.rowCount()
        if cancelled:
            self.count_note = self.tr("Stopped after %1 of %2 files.").replace("%1", str(count)).replace(
                "%2", str(self.total))
        else:
            self.count_note = self.tr("%1 files verified in %2 s.").replace("%1", str(count)).replace(
                "%2", f"{seconds:.1f}")
        self._fill_region_filter()
        self.picture.set_entries(self.model.entries())
        self._update_counts()
        self._update_actions()
        self.fit_columns()
        if self.table.currentIndex().isValid() is False and self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setFocus()
        self.verified.emit(cancelled)

    count_note = ""

    def _show_folder(self) -> None:
        self.folder_label.setText(str(self.folder) if self.folder is not None else self.tr(
            "Choose the folder where you keep the signed reports you received; every file in it is checked."))
        self.folder_label.setToolTip(str(self.folder) if self.folder is not None else "")

    def _rows_changed(self) -> None:
        self._update_counts()
        if not self._fitted and self.model.rowCount():
            self._fitted = True  # on the first rows; again when all are in
            self.fit_columns()

    _fitted = False

    def fit_columns(self) -> None:
        """Columns as wide as their contents, within bounds: the Parts narrow, the words at most a third of the
        view (the rest is in the tooltip); the last column takes what is left."""
        limit = max(self.table.viewport().width() // 4, 160)
        part_width = self.table.horizontalHeader().fontMetrics().horizontalAdvance("XIII") + 24
        for column in range(self.model.columnCount()):
            if FIRST_PART <= column < RATIFICATION:
                self.table.setColumnWidth(column, part_width)
            else:
                self.table.resizeColumnToContents(column)
                wanted = min(self.table.columnWidth(column), limit)
                if column == RATIFICATION:  # the Parts it names are in the tooltip
                    wanted = min(wanted, self.fontMetrics().horizontalAdvance("M") * 15)
                self.table.setColumnWidth(column, wanted)

    def _after_filter(self) -> None:
        self._update_counts()
        self._selection_changed()

    def _update_counts(self) -> None:
        entries = self.model.entries()
        shown = self.proxy.rowCount()
        counted = {v: sum(1 for e in entries if e.verdict is v) for v in Verdict}
        # "intact: 4", not "4 intact": the words agree with no number in French and Spanish
        parts = ", ".join(Msg("inbox.count_of", verdict=verdict_label(v, self.language), count=str(n)).render(
            self.language) for v, n in counted.items() if n)
        text = self.tr("%1 files: %2").replace("%1", str(len(entries))).replace("%2", parts) if entries else ""
        if entries and shown != len(entries):
            text = self.tr("%1 shown of %2").replace("%1", str(shown)).replace("%2", text)
        self.count_label.setText(" — ".join(t for t in (text, self.count_note if not self.is_scanning() else "")
                                            if t))

    # ----------------------------------------------------------------- the selected report

    def selected(self) -> ReportEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        entry = index.data(ENTRY_ROLE)
        return entry if isinstance(entry, ReportEntry) else None

    def select_file(self, name: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            entry = index.data(ENTRY_ROLE)
            if isinstance(entry, ReportEntry) and entry.name == name:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def visible_entries(self) -> list[ReportEntry]:
        found = []
        for row in range(self.proxy.rowCount()):
            entry = self.proxy.index(row, 0).data(ENTRY_ROLE)
            if isinstance(entry, ReportEntry):
                found.append(entry)
        return found

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.details.setText(self._details(entry) if entry is not None else "")
        self._update_actions()

    def _details(self, entry: ReportEntry) -> str:
        lang = self.language
        lines = [f"{entry.name} — {verdict_label(entry.verdict, lang)}"]
        if entry.contents is not None:
            lines[0] += " — " + self.tr("%1 (region: %2): %3").replace("%1", entry.contents.country).replace(
                "%2", self.model.region_text(entry)).replace("%3", entry.contents.title or "—")
        for s in entry.signers:
            when = s.signing_time.isoformat(timespec="seconds") if s.signing_time else self.tr("no time stated")
            state = self.tr("valid") if s.ok else self.tr("NOT valid")
            lines.append(self.tr("Signature %1 (%2): %3%4, %5 — certificate SHA-256 %6").replace("%1", str(s.number))
                         .replace("%2", state).replace("%3", s.name).replace(
                             "%4", self.tr(", as %1").replace("%1", s.role) if s.role else "")
                         .replace("%5", when).replace("%6", s.fingerprint))
        if entry.verdict is not Verdict.INTACT:
            lines.extend(f"• {p.render(lang)}" for p in entry.problems)
        if entry.contents is not None and entry.shows_verdicts and entry.contents.blockers:
            lines.append(self.tr("What stops ratification: %1").replace("%1", "; ".join(
                entry.contents.blocker_names(lang))))
        return "\n".join(lines)

    def _update_actions(self) -> None:
        entry = self.selected()
        scanning = self.is_scanning()
        self.again_button.setEnabled(self.folder is not None and not scanning)
        self.open_button.setEnabled(entry is not None)
        importable = entry is not None and entry.verdict in (Verdict.INTACT, Verdict.UNSIGNED)
        self.import_button.setEnabled(importable and self.import_report is not None)
        if entry is not None and entry.verdict is Verdict.ALTERED:
            self.import_button.setToolTip(self.tr("An altered report is never imported: ask its sender for it again"))
        elif entry is not None and entry.verdict is Verdict.UNSIGNED:
            self.import_button.setToolTip(self.tr("This report carries no signature: you will be asked to confirm"))
        else:
            self.import_button.setToolTip(self.tr("Bring the selected report's assessment into your library"))
        self.region_button.setEnabled(entry is not None and entry.contents is not None and bool(
            entry.contents.country))
        has_intact = bool(analysable(self.model.entries()))
        self.export_button.setEnabled(has_intact and not scanning)
        self.summary_button.setEnabled(bool(self.model.rowCount()) and not scanning)

    def open_selected(self) -> bool:
        """Open the selected file in the system's viewer (its PDF reader)."""
        entry = self.selected()
        if entry is None:
            return False
        return bool(self.open_url(QUrl.fromLocalFile(str(entry.path))))

    def import_selected(self) -> None:
        """The library's own import, which verifies the report again and refuses it when it is not intact."""
        entry = self.selected()
        if entry is None or self.import_report is None or entry.verdict not in (Verdict.INTACT, Verdict.UNSIGNED):
            return
        self.import_report(str(entry.path))

    def set_region_of_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.contents is None or not entry.contents.country:
            return
        country = entry.contents.country
        names = [region_name(code, self.language) for code in ILO_REGIONS]
        own = sorted({e.region for e in self.model.entries() if e.region and e.region not in ILO_REGIONS})
        none = self.tr("(the region of the country's list)")
        current = region_name(entry.region, self.language) if entry.region else none
        chosen = self.ask_region(self, self.tr("Set region"),
                                 self.tr("Region of %1 (choose one, or type a group of your own):").replace(
                                     "%1", country), [*names, *own, none], current)
        if chosen is None:
            return
        code = next((c for c, n in zip(ILO_REGIONS, names, strict=True) if n == chosen), chosen)
        try:
            own_regions = save_user_region(user_regions_path(self.data_dir), country,
                                           None if chosen in (none, "") else code)
        except Exception as exc:
            self.prompts.show_error(self, self.tr("The region cannot be saved"), exc)
            return
        self.regions = Regions(own_regions)
        self.model.replace_all([place(e, self.regions) for e in self.model.entries()])
        self._fill_region_filter()
        self.proxy.invalidate()
        self.picture.set_entries(self.model.entries())
        self._after_filter()

    # ----------------------------------------------------------------- exports

    def choose_export(self) -> None:
        entries = analysable(self.visible_entries())
        if not entries:
            self.prompts.show_error(self, self.tr("Nothing to export"), _Plain(self.tr(
                "No intact report is shown: only intact reports go into an export.")))
            return
        target = self.prompts.save_as(self, self.tr("Export for analysts"),
                                      str(self._suggested("received-reports.xlsx")),
                                      self.tr("Excel workbook (*.xlsx);;CSV files (*.csv)"), ".xlsx")
        if target is not None:
            self.export_to(Path(target), entries)

    def export_to(self, target: Path, entries: list[ReportEntry] | None = None) -> None:
        from c102desk.ui.inbox.tasks import export_tables

        chosen = analysable(entries if entries is not None else self.visible_entries())
        fmt = "csv" if target.suffix.lower() == ".csv" else "xlsx"
        lang = self.language

        def done(result: object) -> None:
            from c102desk.ui.inbox.tasks import Exported

            assert isinstance(result, Exported)
            note = self.tr("Exported %1 intact reports to %2.").replace("%1", str(result.assessments)).replace(
                "%2", ", ".join(p.name for p in result.files))
            if result.changed:
                note += " " + self.tr("Left out, changed since they were verified: %1.").replace(
                    "%1", ", ".join(result.changed))
            self.count_note = note
            self._update_counts()
            self.exported = result

        self.runner.run(self.tr("Exporting %1…").replace("%1", target.name),
                        lambda: export_tables(chosen, target, fmt, lang), done,
                        lambda exc: self.prompts.show_error(self, self.tr("Could not export"), exc))

    exported: object = None

    def choose_summary(self) -> None:
        target = self.prompts.save_as(self, self.tr("Summary PDF"), str(self._suggested("received-summary.pdf")),
                                      self.tr("PDF document (*.pdf)"), ".pdf")
        if target is not None:
            self.summary_to(Path(target))

    def summary_to(self, target: Path) -> None:
        from c102desk.ui.inbox.tasks import write_summary

        entries = self.visible_entries()
        lang = self.language
        folder = self.folder.name if self.folder is not None else ""

        def done(_result: object) -> None:
            self.count_note = self.tr("Summary written to %1.").replace("%1", target.name)
            self._update_counts()
            self.summary_written = target

        self.runner.run(self.tr("Writing %1…").replace("%1", target.name),
                        lambda: write_summary(entries, target, lang, folder), done,
                        lambda exc: self.prompts.show_error(self, self.tr("Could not write the summary"), exc))

    summary_written: Path | None = None

    def _suggested(self, name: str) -> Path:
        return (self.folder.parent if self.folder is not None else Path.home()) / name

    # ----------------------------------------------------------------- tabs, closing

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            entry = self.selected()
            if entry is not None:
                from c102desk.inbox.picture import country_key

                self.picture.select_country(country_key(entry))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        self.wait_for_scan()
        self.runner.wait_for_done()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.cancel()
        self.wait_for_scan()
        super().done(result)

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()


class _Plain(C102Error):
    """A message for ``Prompts.show_error``: nothing went wrong, there is just nothing to do."""


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
