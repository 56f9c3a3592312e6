"""Qt's side of the log (``c102desk.logs`` is the rest): Qt's own messages into the log file, the dialog shown
after an uncaught exception, and the log folder opened in the file manager.

``install(window_parent)`` after ``logs.setup()``: Qt's warnings go to the log (and on to stderr, as Qt prints
them by default); an uncaught exception on any thread, once logged, brings up one dialog on the GUI thread that
says where the log is and offers to open its folder. ``uninstall()`` undoes it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from c102desk import logs

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

# How the log folder is opened; tests replace it.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's message handler: each message into the log under ``qt.<category>``, warnings on to stderr."""
    category = context.category if context is not None and context.category else "default"
    level = _LEVELS.get(kind, logging.WARNING)
    logging.getLogger(f"qt.{category}" if category != "default" else "qt").log(level, "%s", message)
    if level >= logging.WARNING and sys.stderr is not None:
        print(message, file=sys.stderr, flush=True)


def open_log_folder() -> bool:
    """Show the log folder in the platform's file manager (created first, so there is something to open)."""
    folder = logs.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        log.warning("the log folder %s cannot be created", folder)
    return bool(open_url(QUrl.fromLocalFile(str(folder))))


def unexpected_error_box(parent: QWidget | None, title: str, error: BaseException) -> QMessageBox:
    """The dialog for a failure c102desk did not expect: what it means for the user's work, where the details
    are, a button that opens the log folder. Not shown yet (``exec()`` or ``open()`` it)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical, title,
                      translate("ErrorDialog", "Something went wrong that c102desk did not expect. Your saved "
                                               "work is not affected."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unexpectedErrorBox")
    log_path = logs.log_file()
    if logs.is_active():
        box.setInformativeText(translate("ErrorDialog", "The details are in the log file %1. If it happens again, "
                                                        "send that file to your support team.")
                               .replace("%1", str(log_path)))
    else:
        box.setInformativeText(translate("ErrorDialog", "If it happens again, tell your support team what you "
                                                        "were doing."))
    box.setDetailedText(f"{type(error).__name__}: {error}")
    if logs.is_active():
        folder = box.addButton(translate("ErrorDialog", "Open Log Folder"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("openLogFolderButton")
        folder.clicked.connect(open_log_folder)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    return box


class ErrorReporter(QObject):
    """Shows ``unexpected_error_box`` on the GUI thread after an uncaught exception, one at a time (an error
    while the dialog is open is only logged)."""

    occurred = Signal(object)

    def __init__(self, parent_widget: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parent_widget = parent_widget
        self.box: QMessageBox | None = None
        self.shown: list[BaseException] = []
        self.occurred.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, error: BaseException) -> None:
        """The ``logs`` listener: may be called on any thread."""
        self.occurred.emit(error)

    @Slot(object)
    def _show(self, error: BaseException) -> None:
        if self.box is not None:
            return
        self.shown.append(error)
        box = unexpected_error_box(self._parent_widget(), QCoreApplication.translate("ErrorDialog", "c102desk"),
                                   error)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "box", None))
        self.box = box
        box.open()


_previous_handler: object = None
_reporter: ErrorReporter | None = None


def install(parent_widget: Callable[[], QWidget | None], owner: QObject | None = None) -> ErrorReporter:
    """Route Qt's messages into the log and show a dialog after each uncaught exception (``logs.setup`` first)."""
    global _previous_handler, _reporter
    uninstall()
    _previous_handler = qInstallMessageHandler(qt_message)
    _reporter = ErrorReporter(parent_widget, owner)
    logs.add_error_listener(_reporter.report)
    return _reporter


def uninstall() -> None:
    global _previous_handler, _reporter
    if _reporter is not None:
        logs.remove_error_listener(_reporter.report)
        qInstallMessageHandler(_previous_handler)  # type: ignore[arg-type]
        _previous_handler = None
        _reporter = None
