"""The main window: composes the library and the assessment view in a stack, and routes between them.

It owns the menus, the status bar and the one ``TaskRunner``; the screens do the work themselves.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from c102desk import __version__
from c102desk.store import Store
from c102desk.ui.library import LibraryPage
from c102desk.ui.widgets.placeholder_page import PlaceholderPage
from c102desk.ui.widgets.prompts import Prompts
from c102desk.ui.worker import TaskRunner

log = logging.getLogger(__name__)

ASSESSMENT_MODULE = "c102desk.ui.assessment"


class MainWindow(QMainWindow):
    def __init__(self, store: Store, prompts: Prompts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts or Prompts()
        self.runner = TaskRunner(self, self)
        self.setWindowTitle(self.tr("c102desk — ILO Convention No. 102 gap assessments"))
        self.setAccessibleName(self.tr("c102desk"))

        self.library = LibraryPage(store, self.runner, self.prompts)
        self.assessment_view: QWidget | None = None
        self.current_assessment_id: str | None = None
        self._yielded_shortcuts: dict[QAction, list[QKeySequence]] = {}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.setCentralWidget(self.stack)

        self.library.assessmentActivated.connect(self.open_assessment)
        self.library.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.runner.taskStarted.connect(lambda text: self.statusBar().showMessage(text))

        self._build_menus()
        self._build_status_bar()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 80, self.fontMetrics().height() * 40)
        self.show_library()

    # ----------------------------------------------------------------- menus and status bar

    def _build_menus(self) -> None:
        a = self.library.commands
        self.close_assessment_action = QAction(self.tr("&Close Assessment"), self)
        self.close_assessment_action.setShortcuts(_with_fallback(QKeySequence.StandardKey.Close, "Ctrl+W"))
        self.close_assessment_action.setStatusTip(self.tr("Go back to the library"))
        self.close_assessment_action.triggered.connect(self.show_library)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(_with_fallback(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.library_action = QAction(self.tr("&Library"), self)
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.library_action.setStatusTip(self.tr("Show every assessment"))
        self.library_action.triggered.connect(self.show_library)
        self.about_action = QAction(self.tr("&About c102desk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        for action in (a.new, a.import_files, a.export):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_assessment_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        for action in (a.open, a.duplicate, a.trash, a.restore):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(a.empty_trash)
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addAction(self.library_action)
        view_menu.addAction(a.show_trash)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        # Window-wide shortcuts work whichever page is shown (the menu bar holds the actions).
        for action in (a.new, a.import_files, a.export, a.duplicate, a.restore, a.show_trash, a.find,
                       self.close_assessment_action, self.quit_action, self.library_action):
            self.addAction(action)

    def _build_status_bar(self) -> None:
        folder = QLabel(self.tr("Library: %1").replace("%1", str(self.store.folder)))
        folder.setObjectName("subtle")
        folder.setAccessibleName(self.tr("Library folder"))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(folder)

    # ----------------------------------------------------------------- routing

    def show_library(self) -> None:
        if self.assessment_view is not None:
            self.stack.removeWidget(self.assessment_view)
            self.assessment_view.deleteLater()
            self.assessment_view = None
        self.current_assessment_id = None
        self._take_back_shortcuts()
        self.stack.setCurrentWidget(self.library)
        self.library.refresh()
        self.library.update_actions()
        self.close_assessment_action.setEnabled(False)
        for action in (self.library.commands.find, self.library.commands.show_trash):
            action.setEnabled(True)
        self.library.setFocus()
        if not self.library.showing_welcome:
            self.library.table.setFocus()

    def open_assessment(self, assessment_id: str) -> None:
        """Show one assessment; the assessment view is imported only now (it is a large package)."""
        if self.assessment_view is not None:
            self.show_library()
        self.library.select(assessment_id)
        view = self._make_assessment_view(assessment_id)
        self.assessment_view = view
        self.current_assessment_id = assessment_id
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.close_assessment_action.setEnabled(True)
        for action in (self.library.commands.find, self.library.commands.show_trash, self.library.commands.restore,
                       self.library.commands.empty_trash, self.library.commands.open):
            action.setEnabled(False)
        self._yield_shortcuts_to(view)
        info = self.store.assessment(assessment_id)
        self.statusBar().showMessage(self.tr("Opened %1 — %2").replace("%1", info.country).replace("%2", info.title),
                                     5000)
        _focus_first_control(view)

    def _make_assessment_view(self, assessment_id: str) -> QWidget:
        try:
            module = importlib.import_module(ASSESSMENT_MODULE)
        except ModuleNotFoundError as exc:
            if exc.name != ASSESSMENT_MODULE:
                raise
            log.info("assessment view not installed: %s", exc)
            placeholder = PlaceholderPage(
                self.tr("The assessment screens are not part of this version yet"),
                self.tr("Your assessment is safe in the library. You can export it, or evaluate the exported "
                        "file with “c102desk evaluate FILE”."),
            )
            placeholder.setObjectName("assessmentPlaceholder")
            placeholder.closeRequested.connect(self.show_library)
            return placeholder
        view: QWidget = module.AssessmentView(self.store, assessment_id)
        view.closeRequested.connect(self.show_library)  # type: ignore[attr-defined]
        if self.library.current_profile_id is not None and hasattr(view, "set_assessor"):
            view.set_assessor(self.library.current_profile_id)
        return view

    def _yield_shortcuts_to(self, view: QWidget) -> None:
        """The assessment view's own shortcuts win over the window's while it is shown (no ambiguous keys)."""
        taken = {key.toString() for action in view.findChildren(QAction) for key in action.shortcuts()}
        for action in self.actions():
            keys = action.shortcuts()
            if any(key.toString() in taken for key in keys):
                self._yielded_shortcuts[action] = keys
                action.setShortcuts([k for k in keys if k.toString() not in taken])

    def _take_back_shortcuts(self) -> None:
        for action, keys in self._yielded_shortcuts.items():
            action.setShortcuts(keys)
        self._yielded_shortcuts.clear()

    # ----------------------------------------------------------------- help, closing

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About c102desk"),
            self.tr("<h3>c102desk %1</h3><p>Gap assessments of national social security law and practice against "
                    "ILO Convention No. 102 (Social Security (Minimum Standards), 1952).</p>"
                    "<p>Works fully offline. Your library is kept in %2.</p>")
            .replace("%1", __version__).replace("%2", str(self.store.folder)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let an import or export finish writing; the store stays consistent either way (one transaction).
        self.runner.wait_for_done()
        super().closeEvent(event)


def _focus_first_control(page: QWidget) -> None:
    """Put the keyboard focus inside a page just shown, so its own shortcuts work at once."""
    if page.focusPolicy() & Qt.FocusPolicy.TabFocus:
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    for child in page.findChildren(QWidget):
        if child.isVisibleTo(page) and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            child.setFocus(Qt.FocusReason.OtherFocusReason)
            return
    page.setFocus()


def _with_fallback(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for a standard command, plus the common one (some platforms define none)."""
    keys = QKeySequence.keyBindings(standard)
    if not any(k.toString() == fallback for k in keys):
        keys.append(QKeySequence(fallback))
    return keys
