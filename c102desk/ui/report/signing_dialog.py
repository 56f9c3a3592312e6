"""What Export report… and Add a signature… share: the worker their slow steps run in, the status line with the
certificate's fingerprint under it, errors said there (a dialog for the unexpected ones), the focus given back
once a task is over, and no closing while a file is being written (the write is atomic anyway)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from c102desk.errors import C102Error
from c102desk.ui.report.identity_picker import ERROR_STYLE, IdentityPicker, error_text
from c102desk.ui.widgets.prompts import Prompts
from c102desk.ui.worker import TaskRunner


class SigningDialog(QDialog):
    """``saved(path)`` and ``failed(message)`` tell what came of the last task. A subclass builds its
    ``identity`` picker, places the widgets of ``_make_status`` and says which controls a task disables
    (``_busy_state``)."""

    saved = Signal(str)
    failed = Signal(str)

    identity: IdentityPicker
    status_label: QLabel
    fingerprint_edit: QLineEdit

    def __init__(self, prompts: Prompts | None, parent: QWidget | None, language: str) -> None:
        super().__init__(parent)
        self.prompts = prompts or Prompts()
        self.language = language  # the interface's, for the domain's messages
        self.runner = TaskRunner(self, self)
        self.runner.busyChanged.connect(self._busy_changed)
        self.last_saved: Path | None = None
        self._focus_after: QWidget | None = None

    def _make_status(self, object_name: str) -> None:
        """The status line and, hidden until a signature is made, the certificate's fingerprint to copy."""
        self.status_label = QLabel(self)
        self.status_label.setObjectName(object_name)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setReadOnly(True)
        self.fingerprint_edit.setObjectName("fingerprint")
        self.fingerprint_edit.hide()

    # ------------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ busy state and messages

    def _busy_state(self, busy: bool) -> None:
        """Enable or disable the controls while a task runs (or is over)."""
        raise NotImplementedError

    def _busy_changed(self, busy: bool) -> None:
        self._busy_state(busy)
        if not busy:
            focus = self._focus_after or self.identity.focus_after
            self._focus_after = self.identity.focus_after = None
            if focus is not None:  # controls are enabled again only now
                focus.setFocus()

    def _say(self, text: str, style: str = "") -> None:
        self.status_label.setStyleSheet(style)
        self.status_label.setText(text)

    def _show_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint_edit.setText(fingerprint)
        self.fingerprint_edit.setCursorPosition(0)
        self.fingerprint_edit.show()

    def _report_error(self, title: str, error: BaseException) -> None:
        """A failure the program foresaw is said in the status line; anything else in an error dialog too."""
        if isinstance(error, C102Error):
            self._say(f"{title}: {error_text(error, self.language)}", ERROR_STYLE)
        else:
            self._say(title, ERROR_STYLE)
            self.prompts.show_error(self, title, error)
        self.failed.emit(self.status_label.text())

    def _write_failed(self, title: str, error: BaseException) -> None:
        """Signing and writing failed: a wrong passphrase is the picker's to say, anything else is ``title``."""
        from c102desk.signing.identity import WrongPassphraseError

        if isinstance(error, WrongPassphraseError):
            self.identity.wrong_passphrase()
            return
        self._report_error(title, error)

    # ------------------------------------------------------------------ closing

    def _closing(self) -> None:
        """What to let go of when the dialog closes."""

    def reject(self) -> None:
        if self.runner.is_busy():  # a file being written is finished first (the write is atomic anyway)
            return
        self._closing()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_busy():
            event.ignore()
            return
        self._closing()
        super().closeEvent(event)
