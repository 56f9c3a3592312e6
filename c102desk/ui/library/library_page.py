"""The library screen: the assessments table with search and filter, or the welcome page on a first launch.

Every command is a QAction (``library/actions.py``) that the main window also puts in its menus. Questions to
the user go through ``Prompts``; slow file work goes through the ``TaskRunner``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from c102desk.i18n import text_in
from c102desk.store import DuplicateAssessmentError, Store
from c102desk.ui.library.actions import LibraryActions, make_actions, retranslate_actions
from c102desk.ui.library.create_dialog import CreateAssessmentDialog
from c102desk.ui.library.filter_proxy import LibraryFilterProxy
from c102desk.ui.library.table_model import (
    CHANGED,
    COUNTRY,
    ID_ROLE,
    PROGRESS,
    PROGRESS_ROLE,
    STATUS,
    STATUS_ROLE,
    TITLE,
    AssessmentTableModel,
    load_progress,
    load_rows_without_progress,
)
from c102desk.ui.library.welcome_page import WelcomePage
from c102desk.ui.widgets.answers import NewAssessment
from c102desk.ui.widgets.progress_delegate import ProgressDelegate
from c102desk.ui.widgets.prompts import Conflict, Prompts
from c102desk.ui.widgets.source_problem import explained
from c102desk.ui.widgets.status_chip import StatusChipDelegate
from c102desk.ui.worker import QuietRunner, TaskRunner

if TYPE_CHECKING:
    from c102desk.questionnaire.progress import Progress


class LibraryPage(QWidget):
    assessmentActivated = Signal(str)  # open this assessment
    assessmentCreated = Signal(str)
    imported = Signal(str)  # an import finished; the id in the store
    exported = Signal(str)  # an export finished; the file written
    failed = Signal(str)  # an operation failed (after the user was told)
    message = Signal(str)  # a short note for the status bar
    undoable = Signal(str)  # a note for the status bar about what was just done, that Undo takes back
    progressFilled = Signal()  # the progress column arrived for the rows shown (after each refresh)

    def __init__(self, store: Store, runner: TaskRunner, prompts: Prompts, parent: QWidget | None = None, *,
                 merge_file: Callable[[str, bool], None], language: str = "en") -> None:
        super().__init__(parent)
        # Merge a file (path, allow unsigned) into the assessment of its id, answer by answer: handed in by the
        # window, as the merge (ui.team) sits above the library and uses it.
        self.merge_file = merge_file
        self.language = language  # the interface language (dates follow Qt's default locale, set with it)
        self.store = store
        self.runner = runner
        self.prompts = prompts
        self.current_profile_id: int | None = None
        self.active = True  # False while an assessment is open: nothing here acts on the library's selection
        self.commands = make_actions(self)
        self.undo_stack = QUndoStack(self)
        self.undo_action, self.redo_action = self._undo_actions()
        # The progress column is filled off the GUI thread after the rows are shown (docs/performance.md);
        # each refresh starts a new generation, and a result for an older one is dropped.
        self.filler = QuietRunner(self)
        self._generation = 0
        self.model = AssessmentTableModel(self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.welcome = WelcomePage()
        self.welcome.createRequested.connect(self.new_assessment)
        self.welcome.importRequested.connect(self.choose_import)
        self.welcome.exampleRequested.connect(self.open_example)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self._build_library())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._connect_actions()
        self.retranslate()
        self.refresh()

    # ----------------------------------------------------------------- building

    def _build_library(self) -> QWidget:
        page = QWidget()
        page.setObjectName("libraryPage")
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("subtle")

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self.search.textChanged.connect(self._search_changed)

        self.status_filter = QComboBox()
        for status in (None, "draft", "final"):
            self.status_filter.addItem("", status)
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(self._status_changed)

        self.trash_button = self._tool_button(self.commands.show_trash)
        self.import_button = self._tool_button(self.commands.import_files)
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.commands.new.trigger)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.count_label)
        header.addLayout(titles)
        header.addStretch(1)
        header.addWidget(self.trash_button)
        header.addWidget(self.import_button)
        header.addWidget(self.new_button)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)

        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setItemDelegateForColumn(STATUS, StatusChipDelegate(STATUS_ROLE, self.table))
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(PROGRESS_ROLE, self.table))
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setTextElideMode(Qt.TextElideMode.ElideNone)
        head.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M") * 5)
        for column in (COUNTRY, STATUS, PROGRESS, CHANGED):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized on the first 100 rows (Qt's default, 1,000, measured every row of a big library several times)
        head.setResizeContentsPrecision(100)
        # One line per row (no word wrap): every row as tall as the first, set in refresh(), rather than
        # ResizeToContents measuring each row (seconds on 1,000 assessments; docs/performance.md).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(lambda _index: self._activate_selected())
        self.table.installEventFilter(self)  # focus selects a row; Enter restores in the trash
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        for action in (self.commands.open, self.commands.duplicate, self.commands.export, self.commands.trash,
                       self.commands.restore):
            self.table.addAction(action)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("subtle")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.open_button = self._tool_button(self.commands.open)
        self.duplicate_button = self._tool_button(self.commands.duplicate)
        self.export_button = self._tool_button(self.commands.export)
        self.trash_action_button = self._tool_button(self.commands.trash)
        self.restore_button = self._tool_button(self.commands.restore)
        self.empty_trash_button = self._tool_button(self.commands.empty_trash)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.duplicate_button, self.export_button, self.trash_action_button,
                       self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_trash_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        for first, second in ((self.search, self.status_filter), (self.status_filter, self.table),
                              (self.table, self.open_button), (self.open_button, self.duplicate_button),
                              (self.duplicate_button, self.export_button),
                              (self.export_button, self.trash_action_button),
                              (self.trash_action_button, self.restore_button),
                              (self.restore_button, self.empty_trash_button),
                              (self.empty_trash_button, self.trash_button), (self.trash_button, self.import_button),
                              (self.import_button, self.new_button)):
            QWidget.setTabOrder(first, second)
        return page

    def _tool_button(self, action: Any) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _undo_actions(self) -> tuple[QAction, QAction]:
        """Undo and Redo of the library's own changes (moving to and from the trash), for the Edit menu."""
        undo, redo = QAction(self), QAction(self)
        undo.triggered.connect(self.undo_stack.undo)
        redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.indexChanged.connect(self._undo_stack_changed)
        self.undo_stack.cleanChanged.connect(self._undo_stack_changed)
        for act, key in ((undo, QKeySequence.StandardKey.Undo), (redo, QKeySequence.StandardKey.Redo)):
            act.setShortcut(QKeySequence(key))
            # Only while the library is shown (the assessment view has its own); typing keeps its own undo.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        return undo, redo

    def _undo_stack_changed(self, *_args: object) -> None:
        self._update_undo_texts()
        self.update_actions()

    def _update_undo_texts(self) -> None:
        for act, name, what in ((self.undo_action, self.tr("&Undo"), self.undo_stack.undoText()),
                                (self.redo_action, self.tr("&Redo"), self.undo_stack.redoText())):
            act.setText(name)
            act.setToolTip(f"{name.replace('&', '')}: {what}" if what else name.replace("&", ""))
            act.setStatusTip(act.toolTip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table:
            if event.type() == QEvent.Type.FocusIn:
                self._select_current_row()
            elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                  and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                  and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)):
                self._activate_selected()
                return True
        return super().eventFilter(watched, event)

    def _select_current_row(self) -> None:
        """A table reached with Tab shows which row the arrows and Enter act on: the current one, selected."""
        if self.selected_id() is not None or self.proxy.rowCount() == 0:
            return
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _activate_selected(self) -> None:
        """Enter or a double-click: open the assessment; in the trash, restore it."""
        if self.showing_trash:
            self.commands.restore.trigger()
        else:
            self.commands.open.trigger()

    # ----------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the current language (at start and on each language change)."""
        retranslate_actions(self.commands)
        self._update_undo_texts()
        self.search.setPlaceholderText(self.tr("Search country or title  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search assessments"))
        self.status_filter.setAccessibleName(self.tr("Show status"))
        for index, text in enumerate((self.tr("All statuses"), self.tr("Drafts"), self.tr("Final"))):
            self.status_filter.setItemText(index, text)
        self.new_button.setText(self.tr("New Assessment"))
        self.new_button.setAccessibleName(self.tr("New assessment"))
        self.table.setAccessibleName(self.tr("Assessments"))
        for button in (self.trash_button, self.import_button, self.open_button, self.duplicate_button,
                       self.export_button, self.trash_action_button, self.restore_button, self.empty_trash_button):
            action = button.defaultAction()
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.model.retranslate()
        self._update_titles()
        self._update_empty_label()

    def _connect_actions(self) -> None:
        a: LibraryActions = self.commands
        a.new.triggered.connect(self.new_assessment)
        a.open.triggered.connect(self._open_selected)
        a.import_files.triggered.connect(self.choose_import)
        a.export.triggered.connect(self.choose_export)
        a.duplicate.triggered.connect(self.choose_duplicate)
        a.trash.triggered.connect(self.trash_selected)
        a.restore.triggered.connect(self.restore_selected)
        a.empty_trash.triggered.connect(self.empty_trash)
        a.show_trash.toggled.connect(self.show_trash)
        a.find.triggered.connect(self.focus_search)

    # ----------------------------------------------------------------- state

    @property
    def showing_trash(self) -> bool:
        return self.commands.show_trash.isChecked()

    @property
    def showing_welcome(self) -> bool:
        return self.pages.currentWidget() is self.welcome

    def refresh(self, select: str | None = None) -> None:
        """Reload the rows from the store, keeping (or moving) the selection.

        The rows come from one cheap query and are shown at once with a placeholder for their progress; the
        progress (``Store.library``: every gating answer of every assessment) is read on a background thread
        and filled in when it arrives (``progressFilled``)."""
        keep = select or self.selected_id()
        trashed = self.showing_trash
        self.model.set_rows(load_rows_without_progress(self.store, trashed=trashed))
        self._fill_progress(trashed)
        if self.proxy.rowCount():
            rows = self.table.verticalHeader()
            rows.setDefaultSectionSize(max(self.table.sizeHintForRow(0), rows.minimumSectionSize()))
        first_launch = not self.showing_trash and self.model.rowCount() == 0 and not self.search.text()
        self.pages.setCurrentIndex(0 if first_launch else 1)
        self._update_titles()
        if keep is not None:
            self.select(keep)
        if self.table.hasFocus():  # the keyboard user is on the table: a row is chosen, not just outlined
            self._select_current_row()
        self._update_empty_label()
        self.update_actions()

    def _fill_progress(self, trashed: bool) -> None:
        self._generation += 1
        generation = self._generation
        if self.model.rowCount() == 0:
            self.progressFilled.emit()
            return
        store = self.store

        def done(result: object) -> None:
            if generation != self._generation:  # the list was refreshed meanwhile: a newer read is on its way
                return
            if isinstance(result, dict):
                self.model.set_progress(result)
            self.progressFilled.emit()

        def start() -> None:
            if generation == self._generation:  # not refreshed again before the event loop got here
                self.filler.run(lambda: load_progress(store, trashed=trashed), done)

        # From the event loop, so that the rows are painted before the read competes for the interpreter.
        QTimer.singleShot(0, self, start)

    def progress_pending(self) -> bool:
        """Whether the progress column still waits for its background read."""
        return self.filler.is_busy() or not self.model.has_progress()

    def wait_for_progress(self, msecs: int = 30000) -> None:
        """Block until the background read is done (before the store is closed); its result is delivered by
        the event loop later, or dropped."""
        self.filler.wait_for_done(msecs)

    def progress_of(self, assessment_id: str) -> Progress | None:
        row = self.model.row_of(assessment_id)
        return None if row < 0 else self.model.index(row, PROGRESS).data(PROGRESS_ROLE)

    def _update_titles(self) -> None:
        count = self.model.rowCount()
        if self.showing_trash:
            self.heading.setText(self.tr("Trash"))
            self.count_label.setText(self.tr("In the trash: %1").replace("%1", str(count)))
        else:
            self.heading.setText(self.tr("Assessments"))
            self.count_label.setText(self.tr("In your library: %1").replace("%1", str(count)))

    def _update_empty_label(self) -> None:
        if self.proxy.rowCount() > 0:
            self.empty_label.hide()
            return
        if self.model.rowCount() == 0:
            self.empty_label.setText(self.tr("The trash is empty.") if self.showing_trash
                                     else self.tr("No assessments yet."))
        else:
            self.empty_label.setText(self.tr("No assessment matches your search."))
        self.empty_label.show()

    def set_active(self, active: bool) -> None:
        """Inactive while an assessment is open: the commands that act on the library's selection (open,
        duplicate, move to or from the trash, find) are off, so that no key reaches the assessment that is
        open; New, Import and Export stay."""
        self.active = active
        self.update_actions()

    def update_actions(self) -> None:
        chosen = self.selected_id() is not None
        trash = self.showing_trash
        active = self.active
        a = self.commands
        a.open.setEnabled(active and chosen and not trash)
        a.duplicate.setEnabled(active and chosen and not trash)
        a.export.setEnabled(chosen)
        a.compare.setEnabled(active and chosen and not trash)
        a.trash.setEnabled(active and chosen and not trash)
        a.restore.setEnabled(active and chosen and trash)
        a.empty_trash.setEnabled(active and trash and self.model.rowCount() > 0)
        a.find.setEnabled(active)
        a.show_trash.setEnabled(active)
        self.undo_action.setEnabled(active and self.undo_stack.canUndo())
        self.redo_action.setEnabled(active and self.undo_stack.canRedo())
        for button, visible in ((self.open_button, not trash), (self.duplicate_button, not trash),
                                (self.trash_action_button, not trash), (self.restore_button, trash),
                                (self.empty_trash_button, trash), (self.new_button, not trash),
                                (self.import_button, not trash)):
            button.setVisible(visible)

    def selected_id(self) -> str | None:
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select(self, assessment_id: str) -> bool:
        row = self.model.row_of(assessment_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def visible_ids(self) -> list[str]:
        """The ids shown in the table, in display order (after search, filter and sort)."""
        return [str(self.proxy.index(row, 0).data(ID_ROLE)) for row in range(self.proxy.rowCount())]

    # ----------------------------------------------------------------- search and filter

    def focus_search(self) -> None:
        if self.showing_welcome:
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._after_filter()

    def _status_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.currentData())
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_empty_label()
        self.update_actions()

    def show_trash(self, on: bool) -> None:
        if self.commands.show_trash.isChecked() != on:
            self.commands.show_trash.setChecked(on)  # toggled() calls back here
            return
        self.table.clearSelection()
        self.refresh()
        self.table.setFocus()

    # ----------------------------------------------------------------- commands

    def new_assessment(self) -> str | None:
        if self.showing_trash:
            self.show_trash(False)
        request = self.prompts.new_assessment(self.window(), self.store.profiles(), self.current_profile_id,
                                              CreateAssessmentDialog)
        if request is None:
            return None
        return self.create_assessment(request)

    def create_assessment(self, request: NewAssessment) -> str | None:
        try:
            profile_id = request.profile_id
            if request.new_profile is not None:
                profile_id = self.store.add_profile(*request.new_profile)
            new_id = self.store.create_assessment(request.country, request.title)
        except Exception as exc:  # reported to the user, known or not
            self._report(self.tr("Could not create the assessment"), exc)
            return None
        self.current_profile_id = profile_id
        self.refresh(select=new_id)
        self.message.emit(self.tr("Created “%1”.").replace("%1", request.title))
        self.assessmentCreated.emit(new_id)
        self.assessmentActivated.emit(new_id)
        return new_id

    def _open_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is not None and not self.showing_trash:
            self.assessmentActivated.emit(chosen)

    def choose_duplicate(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        info = self.store.assessment(chosen)
        title = self.prompts.ask_text(
            self.window(), self.tr("Duplicate assessment"),
            self.tr("Title of the copy (for example the reform it models):"),
            self.tr("%1 (copy)").replace("%1", info.title),
        )
        if title is not None:
            self.duplicate(chosen, title)

    def duplicate(self, assessment_id: str, title: str) -> str | None:
        try:
            new_id = self.store.duplicate(assessment_id, title)
        except Exception as exc:
            self._report(self.tr("Could not duplicate the assessment"), exc)
            return None
        self.refresh(select=new_id)
        self.message.emit(self.tr("Duplicated as “%1”.").replace("%1", title))
        return new_id

    def trash_selected(self) -> None:
        """Move the selected assessment to the trash, after asking; Undo (Edit menu, the status bar's note)
        brings it back. Never while an assessment is open: it would be the one the keys are meant for."""
        chosen = self.selected_id()
        if chosen is None or self.showing_trash or not self.active:
            return
        info = self.store.assessment(chosen)
        name = " — ".join(t for t in (info.country, info.title) if t) or self.tr("(untitled)")
        if not self.prompts.confirm(
            self.window(), self.tr("Move to the trash?"),
            self.tr("“%1” goes to the trash. You can restore it from the trash, or undo this at once.").replace(
                "%1", name),
            self.tr("Move to Trash"),
        ):
            return
        row = self.proxy.mapFromSource(self.model.index(self.model.row_of(chosen), 0)).row()
        command = _TrashCommand(self, chosen, name)
        self.undo_stack.push(command)  # a refused move leaves no step behind (it makes itself obsolete)
        if not command.ok:
            return
        if self.proxy.rowCount():  # keep the keyboard user in place: select the row that took its place
            self.select(str(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0).data(ID_ROLE)))
        self.undoable.emit(self.tr("“%1” moved to the trash.").replace("%1", name))

    def restore_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None or not self.showing_trash or not self.active:
            return
        info = self.store.assessment(chosen)
        name = " — ".join(t for t in (info.country, info.title) if t) or self.tr("(untitled)")
        command = _RestoreCommand(self, chosen, name)
        self.undo_stack.push(command)
        if not command.ok:
            return
        self.undoable.emit(self.tr("“%1” restored to the library.").replace("%1", name))

    def _move(self, assessment_id: str, to_trash: bool) -> bool:
        """Move an assessment to or from the trash and show the list again; False (and the user told) if the
        store refused."""
        try:
            if to_trash:
                self.store.trash(assessment_id)
            else:
                self.store.restore_from_trash(assessment_id)
        except Exception as exc:
            self._report(self.tr("Could not move the assessment to the trash") if to_trash
                         else self.tr("Could not restore the assessment"), exc)
            return False
        self.table.clearSelection()
        self.refresh(select=None if to_trash == (not self.showing_trash) else assessment_id)
        return True

    def empty_trash(self) -> int:
        count = len(self.store.list_assessments(trashed=True))
        if not count:
            return 0
        confirmed = self.prompts.confirm(
            self.window(), self.tr("Empty the trash?"),
            self.tr("Assessments in the trash that will be deleted for good: %1. A backup of the library is "
                    "taken first.").replace("%1", str(count)),
            self.tr("Delete for good"),
        )
        if not confirmed:
            return 0
        try:
            deleted = self.store.empty_trash()
        except Exception as exc:
            self._report(self.tr("Could not empty the trash"), exc)
            return 0
        self.refresh()
        self.message.emit(self.tr("Assessments deleted for good: %1.").replace("%1", str(deleted)))
        return deleted

    # ----------------------------------------------------------------- files (off the GUI thread)

    def choose_import(self) -> None:
        files = self.prompts.open_files(self.window(), self.tr("Import assessment files"))
        for file in files:
            self.import_file(file)

    def open_example(self, path: str) -> None:
        self.import_file(path, open_after=True)

    def import_file(self, path: str, on_conflict: str = "refuse", open_after: bool = False,
                    allow_unsigned: bool = False) -> None:
        """Import one file in the worker; a conflict with an assessment in the store asks the user.

        A report PDF comes in only when every signature in it holds; an unsigned one only when the user
        confirms, warned that nothing shows who made it (``report.verification``)."""
        from c102desk.report.verification import ReportRefusedError, UnsignedReportError

        name = Path(path).name
        store = self.store

        def done(result: object) -> None:
            new_id = str(result)
            if self.showing_trash:
                self.commands.show_trash.setChecked(False)
            self.search.clear()
            self.refresh(select=new_id)
            self.message.emit(self.tr("Imported %1, which carries no signature.").replace("%1", name)
                              if allow_unsigned else self.tr("Imported %1.").replace("%1", name))
            self.imported.emit(new_id)
            if open_after:
                self.assessmentActivated.emit(new_id)

        def error(exc: BaseException) -> None:
            if isinstance(exc, DuplicateAssessmentError) and on_conflict == "refuse":
                choice = self.prompts.import_conflict(self.window(), name, _title_in_file(path))
                if choice is Conflict.MERGE:
                    self.merge_file(path, allow_unsigned)
                    return
                if choice is not None:
                    self.import_file(path, choice.value, open_after)
                    return
                self.message.emit(self.tr("Import of %1 cancelled.").replace("%1", name))
                self.failed.emit(str(exc))
                return
            if isinstance(exc, UnsignedReportError) and not allow_unsigned:
                if self.prompts.confirm(
                        self.window(), self.tr("Import an unsigned report?"),
                        self.tr("%1 carries no signature: nothing shows who made it or that it was not changed "
                                "since. Import its assessment anyway?").replace("%1", name),
                        self.tr("Import anyway")):
                    self.import_file(path, on_conflict, open_after, allow_unsigned=True)
                    return
                self.message.emit(self.tr("Import of %1 cancelled.").replace("%1", name))
                self.failed.emit(str(exc))
                return
            if isinstance(exc, ReportRefusedError) and exc.args:  # in the interface language, not in English
                self._report(self.tr("Could not import %1").replace("%1", name),
                             ReportRefusedError(text_in(exc.args[0], self.language)))
                return
            # A file that cannot be used (not an assessment, cut short, newer, damaged PDF…) in words, as
            # Compare With… says it; any other error (the store's) as it is.
            self._report(self.tr("Could not import %1").replace("%1", name), explained(exc, self.language))

        self.runner.run(self.tr("Importing %1…").replace("%1", name),
                        lambda: _import(store, path, on_conflict, allow_unsigned), done, error)

    def choose_export(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        info = self.store.assessment(chosen)
        suggested = _file_stem(f"{info.country} {info.title}") + ".c102.json"  # in the folder the dialog starts in
        target = self.prompts.save_file(self.window(), self.tr("Export assessment"), suggested)
        if target is not None:
            self.export_assessment(chosen, target)

    def export_assessment(self, assessment_id: str, target: str) -> None:
        store = self.store

        def done(_result: object) -> None:
            self.message.emit(self.tr("Exported to %1.").replace("%1", target))
            self.exported.emit(target)

        def error(exc: BaseException) -> None:
            self._report(self.tr("Could not export the assessment"), exc)

        self.runner.run(self.tr("Exporting to %1…").replace("%1", Path(target).name),
                        lambda: store.export_file(assessment_id, target), done, error)

    def _report(self, title: str, exc: BaseException) -> None:
        self.prompts.show_error(self.window(), title, exc)
        self.failed.emit(str(exc))


def _import(store: Store, path: str, on_conflict: str, allow_unsigned: bool) -> str:
    """An assessment file, or the checked assessment of a report PDF, into the store (in the worker)."""
    from c102desk.store import transfer

    if not transfer.is_pdf(path):
        return store.import_file(path, on_conflict=on_conflict)
    from c102desk.report.verification import extracted_assessment

    with extracted_assessment(path, allow_unsigned=allow_unsigned) as found:
        return store.import_file(found.file, on_conflict=on_conflict)


class _TrashCommand(QUndoCommand):
    """Move to the trash; undo restores it (whether the trash or the library is shown)."""

    def __init__(self, page: LibraryPage, assessment_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("LibraryPage", "Move “%1” to the trash").replace("%1", name))
        self.page, self.assessment_id, self.ok = page, assessment_id, True

    def redo(self) -> None:
        self.ok = self.page._move(self.assessment_id, to_trash=True)
        self.setObsolete(not self.ok)

    def undo(self) -> None:
        if self.ok:
            self.page._move(self.assessment_id, to_trash=False)


class _RestoreCommand(QUndoCommand):
    """Restore from the trash; undo puts it back in the trash."""

    def __init__(self, page: LibraryPage, assessment_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("LibraryPage", "Restore “%1”").replace("%1", name))
        self.page, self.assessment_id, self.ok = page, assessment_id, True

    def redo(self) -> None:
        self.ok = self.page._move(self.assessment_id, to_trash=False)
        self.setObsolete(not self.ok)

    def undo(self) -> None:
        if self.ok:
            self.page._move(self.assessment_id, to_trash=True)


def _file_stem(text: str) -> str:
    """A file name from a country and title: letters, digits and dashes only."""
    stem = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")
    return stem[:80] or "assessment"


def _title_in_file(path: str) -> str:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return f"{data.get('country', '')} — {data.get('title', '')}".strip(" —")
    except (OSError, ValueError, AttributeError):
        return Path(path).name

