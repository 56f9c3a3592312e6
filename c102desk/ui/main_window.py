"""The main window: composes the library and the assessment view in a stack, and routes between them.

It owns the menus, the status bar and the one ``TaskRunner``; the screens do the work themselves.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
from typing import Any, cast

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QSettings, Qt, QThread, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from c102desk.store import Store, StoreDamagedError
from c102desk.ui import qt_logging
from c102desk.ui.i18n import Translators, available_languages, language_name, save_language
from c102desk.ui.library import LibraryPage
from c102desk.ui.widgets.placeholder_page import PlaceholderPage
from c102desk.ui.widgets.prompts import FileFolders, Prompts
from c102desk.ui.widgets.screen_fit import fitting_size
from c102desk.ui.widgets.store_messages import StoreMessages
from c102desk.ui.widgets.undo_notice import UndoNotice
from c102desk.ui.worker import QuietRunner, TaskRunner

log = logging.getLogger(__name__)

ASSESSMENT_MODULE = "c102desk.ui.assessment"
OPENABLE_SUFFIXES = (".json", ".pdf")  # assessment files (*.c102.json, any .json) and reports
GEOMETRY_KEY = "window/geometry"


class MainWindow(QMainWindow):
    """``translators`` switch the interface language (the View ▸ Language menu); the choice is saved in
    ``settings`` when given (tests give none, so nothing is written outside their temp folders)."""

    warmedUp = Signal()  # what the first clicks need is imported and built (see _warm_up)
    storeVerified = Signal(object)  # the full check of the store after the first paint: None, or the damage
    _warm_up_pending = False  # until __init__ is done (event() runs for the events of construction too)

    def __init__(self, store: Store, prompts: Prompts | None = None, parent: QWidget | None = None, *,
                 translators: Translators | None = None, settings: QSettings | None = None,
                 store_messages: StoreMessages | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # File dialogs start in the documents folder, then the last one used (remembered with the settings).
        self.prompts = prompts or Prompts(FileFolders(settings))
        self.store_messages = store_messages or StoreMessages()
        self.settings = settings
        self.translators = translators if translators is not None else Translators()
        self.language = self.translators.language
        self.runner = TaskRunner(self, self)
        # After the first paint the store's slower half (SQLAlchemy, the questionnaire) and the engine are
        # imported and built on a background thread, so that the first click needing them does not wait
        # (docs/performance.md).
        self.warmer = QuietRunner(self)
        self.checker = QuietRunner(self)  # the store's full check (Store.verify), after the warm-up
        self.warmed_up = False
        self._warm_up_pending = True

        self.library = LibraryPage(store, self.runner, self.prompts, merge_file=self._merge_file,
                                   language=self.language)
        self.assessment_view: QWidget | None = None
        self.current_assessment_id: str | None = None
        self.report_dialog: QDialog | None = None
        self._open_title: str | None = None
        self._yielded_shortcuts: dict[QAction, list[QKeySequence]] = {}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.setCentralWidget(self.stack)

        self.library.assessmentActivated.connect(self.open_assessment)
        self.library.current_profile_id, self._saved_assessor_name = self._saved_assessor()
        self.library.assessmentCreated.connect(self._remember_assessor)
        self.library.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.library.undoable.connect(self._show_undo_notice)
        self.runner.taskStarted.connect(lambda text: self.statusBar().showMessage(text))

        self._build_menus()
        self._build_status_bar()
        self.retranslate()
        self.setAcceptDrops(True)  # assessment files and reports dropped on the window are opened
        # Roomy for the text size, but never more than a 1366×768 laptop screen shows (screen_fit).
        self.resize(fitting_size(self, self.fontMetrics().horizontalAdvance("M") * 110,
                                 self.fontMetrics().height() * 44))
        self._restore_geometry()
        self.show_library(refresh=False)  # the library page read its list when it was built

    # ----------------------------------------------------------------- menus and status bar

    def _build_menus(self) -> None:
        a = self.library.commands
        self.close_assessment_action = QAction(self)
        self.close_assessment_action.setShortcuts(_with_fallback(QKeySequence.StandardKey.Close, "Ctrl+W"))
        self.close_assessment_action.triggered.connect(self.show_library)
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts(_with_fallback(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.library_action = QAction(self)
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.library_action.triggered.connect(self.show_library)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.export_report_action = QAction(self)
        self.export_report_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_report_action.triggered.connect(self.export_report)
        self.verify_report_action = QAction(self)
        self.verify_report_action.triggered.connect(lambda _checked=False: self.verify_report())
        self.cosign_report_action = QAction(self)
        self.cosign_report_action.triggered.connect(self.cosign_report)
        self.received_reports_action = QAction(self)
        self.received_reports_action.triggered.connect(self.received_reports)
        self.inbox_window: QDialog | None = None
        self.about_action.triggered.connect(self.show_about)
        self.log_folder_action = QAction(self)
        self.log_folder_action.triggered.connect(qt_logging.open_log_folder)

        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

        menus = self.menuBar()
        self.file_menu = menus.addMenu("")
        for action in (a.new, a.import_files, a.export, a.compare, a.team_server):
            self.file_menu.addAction(action)
        a.compare.triggered.connect(self.compare_selected)
        a.team_server.triggered.connect(self.team_server)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_report_action)
        self.file_menu.addAction(self.verify_report_action)
        self.file_menu.addAction(self.cosign_report_action)
        self.file_menu.addAction(self.received_reports_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_assessment_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        # Edit: Undo and Redo of the page shown (the library's, or the open assessment's answers), then the
        # library's commands (off while an assessment is open: they would act on the library's selection).
        self.edit_menu = menus.addMenu("")
        self._edit_undo: tuple[QAction, QAction] = (self.library.undo_action, self.library.redo_action)
        self.edit_menu.addActions(list(self._edit_undo))
        self._edit_undo_separator = self.edit_menu.addSeparator()
        for action in (a.open, a.duplicate, a.trash, a.restore):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a.empty_trash)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a.find)
        self.view_menu = menus.addMenu("")
        self.view_menu.addAction(self.library_action)
        self.view_menu.addAction(a.show_trash)
        self.view_menu.addSeparator()
        self.language_menu = self._build_language_menu()
        self.view_menu.addMenu(self.language_menu)
        # The open assessment's commands (with their keys); filled when one is open.
        self.assessment_menu = menus.addMenu("")
        self.assessment_menu.menuAction().setEnabled(False)
        self.help_menu = menus.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.log_folder_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        # Window-wide shortcuts work whichever page is shown (the menu bar holds the actions).
        for action in (a.new, a.import_files, a.export, a.duplicate, a.restore, a.show_trash, a.find,
                       self.close_assessment_action, self.quit_action, self.library_action,
                       self.export_report_action, self.verify_report_action, self.cosign_report_action,
                       self.shortcuts_action):
            self.addAction(action)

    def _set_edit_undo(self, undo: QAction, redo: QAction) -> None:
        """Put the shown page's Undo and Redo at the top of the Edit menu."""
        for action in self._edit_undo:
            self.edit_menu.removeAction(action)
        self.edit_menu.insertActions(self._edit_undo_separator, [undo, redo])
        self._edit_undo = (undo, redo)

    def _fill_assessment_menu(self, view: QWidget | None) -> None:
        menu = self.assessment_menu
        menu.clear()
        actions = getattr(view, "menu_actions", None)
        if view is None or actions is None:
            menu.menuAction().setEnabled(False)
            return
        for action in actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.menuAction().setEnabled(True)

    def _show_undo_notice(self, text: str) -> None:
        self.statusBar().clearMessage()
        self.undo_notice.show_notice(text, self.library.undo_stack.undo)

    def _build_language_menu(self) -> QMenu:
        """One checkable entry per installed language, each in its own name (not translated)."""
        menu = QMenu(self)
        menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in available_languages():
            action = QAction(language_name(code), self)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action
        return menu

    def _build_status_bar(self) -> None:
        self.undo_notice = UndoNotice(self)
        self.statusBar().addWidget(self.undo_notice)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("subtle")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.folder_label)

    # ----------------------------------------------------------------- language

    def set_language(self, code: str) -> None:
        """Switch the interface, the questionnaire texts and the explanations to ``code``, without a restart."""
        view = self.assessment_view
        if view is not None and hasattr(view, "set_language"):
            view.set_language(code, notify=False)  # the LanguageChange below re-renders it
        self.library.language = code
        self.translators.switch(code)
        self.language = self.translators.language
        if view is not None and hasattr(view, "set_language") and self.language != code:
            view.set_language(self.language)
        action = self.language_actions.get(self.language)
        if action is not None:
            action.setChecked(True)
        save_language(self.settings, self.language)

    def event(self, event: QEvent) -> bool:
        if self._warm_up_pending and event.type() == QEvent.Type.Paint:
            self._warm_up_pending = False
            QTimer.singleShot(0, self, self._warm_up)  # after this paint has reached the screen
        return super().event(event)

    def _warm_up(self) -> None:
        if self.library.progress_pending():
            # After the library's progress read: both at once share the interpreter, and the column came later.
            self.library.progressFilled.connect(self._warm_up, Qt.ConnectionType.SingleShotConnection)
            return
        self.warmer.run(self._warm_up_work, self._warmed_up, self._warmed_up)  # a failure is logged by the runner

    def _warm_up_work(self) -> None:
        """On the background thread: the store's slower half, then what the first evaluation loads (the rule
        modules, the message catalogues, the assumptions), by evaluating an empty assessment. Plain Python, no
        Qt: opening the first assessment then costs only its own work."""
        self.store.warm_up()
        from c102desk.engine import evaluate
        from c102desk.questionnaire import load_questionnaire

        evaluate({}, load_questionnaire())

    def _warmed_up(self, _result: object) -> None:
        self.warmed_up = True  # or failed: then the first call that needs it will say why
        self.warmedUp.emit()
        if not self.store.verified:
            # The full integrity check, kept off the first paint (Store.open ran the quick one), after the
            # warm-up, on a thread of its own at idle priority: it reads the whole file, and the user's clicks
            # come first. A busy or unreadable store is logged by the runner.
            self.checker.run(self._verify_work, self._verified)

    def _verify_work(self) -> object:
        QThread.currentThread().setPriority(QThread.Priority.IdlePriority)  # the checker's own thread
        return self.store.verify()

    def _verified(self, damage: object) -> None:
        self.storeVerified.emit(damage)
        if isinstance(damage, StoreDamagedError):
            self._offer_restore(damage)

    def _offer_restore(self, damage: StoreDamagedError) -> None:
        """The open store is damaged: nothing more is saved in it; offer its newest good backup."""
        backup = damage.newest_good_backup
        if not self.store_messages.damaged_while_open(self, damage) or backup is None:
            self.statusBar().showMessage(self.tr("Your library is damaged: changes are not saved."))
            return
        self.show_library(refresh=False)
        try:
            kept = self.store.restore_backup(backup.name)
        except Exception as exc:  # shown to the user, known or not
            self.prompts.show_error(self, self.tr("Could not restore the backup"), exc)
            return
        self.library.refresh()
        self.statusBar().showMessage(self.tr("Restored the backup %1; the damaged library was set aside in %2.")
                                     .replace("%1", backup.name).replace("%2", str(kept)), 15000)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        view = self.assessment_view
        info = getattr(getattr(view, "session", None), "info", None)
        self._show_title(info.country if info is not None else None, info.title if info is not None else "")
        self.setAccessibleName(self.tr("c102desk"))
        self.close_assessment_action.setText(self.tr("&Close Assessment"))
        self.close_assessment_action.setStatusTip(self.tr("Go back to the library"))
        self.quit_action.setText(self.tr("&Quit"))
        self.library_action.setText(self.tr("Li&brary"))
        self.library_action.setStatusTip(self.tr("Show every assessment"))
        self.about_action.setText(self.tr("&About c102desk"))
        self.log_folder_action.setText(self.tr("Show &Log Folder"))
        self.log_folder_action.setStatusTip(self.tr("Open the folder of c102desk's log files, to send them to your "
                                                    "support team"))
        self.export_report_action.setText(self.tr("Export &report…"))
        self.export_report_action.setStatusTip(self.tr("Preview the open assessment's PDF report, then save it, "
                                                       "signed or not"))
        self.verify_report_action.setText(self.tr("&Verify a report…"))
        self.verify_report_action.setStatusTip(self.tr("Check who signed a report and that it is intact"))
        self.received_reports_action.setText(self.tr("Receive&d reports…"))
        self.received_reports_action.setStatusTip(self.tr("Verify and compare the signed reports received from "
                                                          "many countries; export them for analysts"))
        self.cosign_report_action.setText(self.tr("Add a &signature…"))
        self.cosign_report_action.setStatusTip(self.tr("Co-sign a signed report, e.g. as the employers' or the "
                                                       "workers' representative"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.assessment_menu.setTitle(self.tr("&Assessment"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self.shortcuts_action.setStatusTip(self.tr("Every key of c102desk, by menu"))
        self.folder_label.setText(self.tr("Library: %1").replace("%1", str(self.store.folder)))
        self.folder_label.setAccessibleName(self.tr("Library folder"))

    # ----------------------------------------------------------------- routing

    def show_library(self, *, refresh: bool = True) -> bool:
        """Show the library; ``refresh=False`` when its list was just read (at start-up: read it once, not twice).
        False when the open assessment may not close yet (a field holds a refused value and the user stays)."""
        if not self._assessment_may_close():
            return False
        if self.assessment_view is not None:
            self.stack.removeWidget(self.assessment_view)
            self.assessment_view.deleteLater()
            self.assessment_view = None
        self.current_assessment_id = None
        self._take_back_shortcuts()
        self._fill_assessment_menu(None)
        self._set_edit_undo(self.library.undo_action, self.library.redo_action)
        self._show_title(None)
        self.stack.setCurrentWidget(self.library)
        self.library.set_active(True)
        if refresh:
            self.library.refresh()
        self.close_assessment_action.setEnabled(False)
        self.export_report_action.setEnabled(False)
        self.library.setFocus()
        if not self.library.showing_welcome:
            self.library.table.setFocus()
        return True

    def _assessment_may_close(self) -> bool:
        view = self.assessment_view
        can_close = getattr(view, "can_close", None)
        return can_close is None or bool(can_close())

    def open_assessment(self, assessment_id: str) -> None:
        """Show one assessment; the assessment view is imported only now (it is a large package)."""
        if self.assessment_view is not None and not self.show_library():
            return
        self.library.select(assessment_id)
        view = self._make_assessment_view(assessment_id)
        self.assessment_view = view
        self.current_assessment_id = assessment_id
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.close_assessment_action.setEnabled(True)
        self.export_report_action.setEnabled(True)
        self.library.set_active(False)  # nothing of the library acts on its selection (the open assessment)
        self.undo_notice.dismiss()
        undo, redo = getattr(view, "undo_action", None), getattr(view, "redo_action", None)
        if isinstance(undo, QAction) and isinstance(redo, QAction):
            self._set_edit_undo(undo, redo)
        self._fill_assessment_menu(view)
        self._yield_shortcuts_to(view)
        info = self.store.assessment(assessment_id)
        self._show_title(info.country, info.title)
        self.statusBar().showMessage(self.tr("Opened %1 — %2").replace("%1", info.country).replace("%2", info.title),
                                     5000)
        _focus_first_control(view)

    def _show_title(self, country: str | None, title: str = "") -> None:
        """The window's title names the open assessment (the taskbar and window switcher show it)."""
        self._open_title = None if country is None else " — ".join(t for t in (country, title) if t)
        app = self.tr("c102desk — ILO Convention No. 102 gap assessments")
        if self._open_title is None:
            self.setWindowTitle(app)
        else:
            self.setWindowTitle(self.tr("%1 — c102desk").replace("%1", self._open_title or self.tr("Untitled")))

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
        view: QWidget = module.AssessmentView(self.store, assessment_id, language=self.language,
                                              prompts=self.prompts)
        view.closeRequested.connect(self.show_library)  # type: ignore[attr-defined]
        if hasattr(view, "assessmentChanged"):  # reopened as a new revision: the title says which
            view.assessmentChanged.connect(self._assessment_switched)
        if hasattr(view, "exportReportRequested"):
            view.exportReportRequested.connect(self.export_report)
        profile_id = self.library.current_profile_id
        if profile_id is not None and hasattr(view, "set_assessor"):
            if self._is_known_assessor(profile_id):
                view.set_assessor(profile_id)
            else:
                self.library.current_profile_id = None
        return view

    def _assessment_switched(self, assessment_id: str) -> None:
        self.current_assessment_id = assessment_id
        info = self.store.assessment(assessment_id)
        self._show_title(info.country, info.title)

    # ----------------------------------------------------------------- the assessor, remembered per store

    def _assessor_key(self) -> str:
        # Profile ids are the store's own: the choice is remembered per store folder (hashed: a settings key).
        return "assessor/" + hashlib.sha256(str(self.store.folder.resolve()).encode()).hexdigest()[:16]

    def _saved_assessor(self) -> tuple[int | None, str | None]:
        saved = self.settings.value(self._assessor_key()) if self.settings is not None else None
        if isinstance(saved, list) and len(saved) == 2 and str(saved[0]).isdigit():
            return int(saved[0]), str(saved[1])
        return None, None

    def _remember_assessor(self) -> None:
        """The assessor chosen when an assessment was created answers for the next ones too, after a restart."""
        profile_id = self.library.current_profile_id
        if self.settings is None or profile_id is None:
            return
        name = next((p.name for p in self.store.profiles() if p.id == profile_id), None)
        if name is not None:
            self._saved_assessor_name = name
            self.settings.setValue(self._assessor_key(), [str(profile_id), name])

    def _is_known_assessor(self, profile_id: int) -> bool:
        """The profile is in the store (and, when remembered from an earlier run, still has the same name)."""
        names = {p.id: p.name for p in self.store.profiles()}
        expected = self._saved_assessor_name
        return profile_id in names and (expected is None or names[profile_id] == expected)

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

    # ----------------------------------------------------------------- reports

    def _merge_file(self, path: str, allow_unsigned: bool) -> None:
        """Merge a file into the library's assessment of the same id, answer by answer (the import found it)."""
        from c102desk.ui.team.merge_flow import merge_into_library

        merge_into_library(self.library, path, allow_unsigned)

    def compare_selected(self) -> None:
        """Compare the library's selected assessment with another, a file or a signed report (issue 16)."""
        from c102desk.ui.team.compare_flow import compare_with

        chosen = self.library.selected_id()
        if chosen is not None:
            compare_with(self.library, chosen)

    def team_server(self) -> QDialog:
        """Open Team server… (window-modal, not blocking): sync the library with the team store (issue 17)."""
        from c102desk.ui.team.team_server_dialog import TeamServerDialog

        dialog = TeamServerDialog(self.library, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_report(self) -> QDialog | None:
        """Open Export report… for the open assessment (window-modal, not blocking); None when none is open."""
        view = self.assessment_view
        session = getattr(view, "session", None)
        assessment_id = getattr(session, "assessment_id", None) or self.current_assessment_id
        if assessment_id is None:
            return None
        from c102desk.ui.report.export_dialog import ExportReportDialog

        dialog = ExportReportDialog(self.store, assessment_id, self.prompts, self, language=self.language)
        return self._open_dialog(dialog)

    def verify_report(self, path: str | None = None) -> QDialog:
        """Open Verify a report… and ask for the file at once (or verify ``path``)."""
        from c102desk.ui.report.verify_dialog import VerifyReportDialog

        dialog = VerifyReportDialog(self.prompts, self, language=self.language)
        self._open_dialog(dialog)
        if path is None:
            dialog.choose_file()
        else:
            dialog.verify_file(path)
        return dialog

    def cosign_report(self) -> QDialog:
        """Open Add a signature… and ask for the report at once."""
        from c102desk.ui.report.cosign_dialog import CosignDialog

        dialog = CosignDialog(self.store.folder, self.prompts, self, language=self.language)
        self._open_dialog(dialog)
        dialog.choose_report()
        return dialog

    def received_reports(self) -> QDialog:
        """Open Received reports… (a window of its own, not modal: the library stays usable beside it)."""
        if self.inbox_window is not None:
            self.inbox_window.show()
            self.inbox_window.raise_()
            self.inbox_window.activateWindow()
            return self.inbox_window
        from c102desk.ui.inbox.window import InboxWindow

        window = InboxWindow(self.store.folder, self.prompts, self, language=self.language,
                             import_report=self.library.import_file, settings=self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _obj=None: setattr(self, "inbox_window", None))
        self.library.imported.connect(window.imported)
        self.inbox_window = window
        window.show()
        window.open_saved_folder()
        return window

    # ----------------------------------------------------------------- files given to the program

    def open_files(self, paths: list[str]) -> None:
        """Files given on the command line, by the file manager or dropped on the window: an assessment file is
        imported into the library (the last one also opened), a report PDF is verified."""
        assessments = [p for p in paths if not p.lower().endswith(".pdf")]
        for path in paths:
            if path.lower().endswith(".pdf"):
                self.verify_report(path)
        for index, path in enumerate(assessments):
            self.library.import_file(path, open_after=index == len(assessments) - 1)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _dropped_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, self, lambda: self.open_files(files))  # after the drop: dialogs may follow

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.report_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "report_dialog", None))
        dialog.open()
        return dialog

    # ----------------------------------------------------------------- help, closing

    def show_shortcuts(self) -> QDialog:
        """Help ▸ Keyboard Shortcuts: every key of the menus (and of the open assessment), by menu."""
        from c102desk.ui.widgets.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_table(), self)
        return self._open_dialog(dialog)

    def shortcut_table(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(menu title, [(command, keys)]) of every menu entry with a key, in menu order."""
        table = []
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.assessment_menu, self.help_menu):
            rows = [(action.text().replace("&", ""), keys) for action in menu.actions()
                    if not action.isSeparator() and (keys := _keys_text(action.shortcuts()))]
            if rows:
                table.append((menu.title().replace("&", ""), rows))
        return table

    def show_about(self) -> QDialog:
        """Help ▸ About c102desk: version, licence, the library and log folders, third-party licences."""
        from c102desk.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.store.folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _restore_geometry(self) -> None:
        """Where and how large the window was when it was last closed (Qt moves it back onto a screen that is
        still there); the default size otherwise."""
        saved = self.settings.value(GEOMETRY_KEY) if self.settings is not None else None
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._assessment_may_close():  # a refused value is in a field, and the user goes back to it
            event.ignore()
            return
        if self.settings is not None:
            self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        # Let an import or export finish writing; the store stays consistent either way (one transaction).
        self.runner.wait_for_done()
        self.library.wait_for_progress()  # a background read of the library's progress; nothing to save
        self.warmer.wait_for_done()  # imports under way; the store is closed after this window
        self.store.stop_verify()  # the store's check, if still running: not worth waiting for
        self.checker.wait_for_done()
        super().closeEvent(event)


def _dropped_files(data: QMimeData | None) -> list[str]:
    """The local files of a drag that c102desk opens: assessment files (.json) and report PDFs."""
    if data is None or not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(OPENABLE_SUFFIXES)]


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


# Qt's own bindings of some commands include keys of multimedia keyboards (a "Close" or "Quit" key), whose names
# read as words beside the real keys; the shortcut list leaves them out.
_MULTIMEDIA_KEYS = 0x01000060


def _keys_text(keys: list[QKeySequence]) -> str:
    """The keys of an action as the platform writes them (Ctrl+Shift+E), multimedia keys left out."""
    shown = [k for k in keys if not k.isEmpty() and cast(Any, k)[0].key().value < _MULTIMEDIA_KEYS]
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shown)


def _with_fallback(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for a standard command, plus the common one (some platforms define none)."""
    keys = QKeySequence.keyBindings(standard)
    if not any(k.toString() == fallback for k in keys):
        keys.append(QKeySequence(fallback))
    return keys
