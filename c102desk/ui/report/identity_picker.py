"""The signing identity a dialog signs with, and its passphrase: shared by Export report… and Add a signature….

The identity is the one in the data folder (``signing/identity.p12``), created here or imported from a PKCS#12
the ministry issued, or another PKCS#12 file chosen for this signature. Creating and importing run in the
owner's ``TaskRunner``; what happens is told through ``message(text, style)`` for the owner's status line, and
``failed(text)`` when something went wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from c102desk.errors import C102Error
from c102desk.ui.report import tasks
from c102desk.ui.report.identity_dialog import CreateIdentityDialog
from c102desk.ui.widgets.answers import NewIdentity
from c102desk.ui.widgets.prompts import Prompts
from c102desk.ui.worker import TaskRunner

ERROR_STYLE = "color: #a51d2d;"
SUCCESS_STYLE = "color: #26734d;"


class IdentityPicker(QWidget):
    """``identityReady(path)`` once one is created or imported; ``roleSuggested(role)`` when the new identity
    names a role; ``message(text, style)`` and ``failed(text)`` for the owner to show."""

    identityReady = Signal(str)
    roleSuggested = Signal(str)
    message = Signal(str, str)
    failed = Signal(str)

    def __init__(self, data_folder: Path, runner: TaskRunner, prompts: Prompts, parent: QWidget | None = None,
                 suggested: Callable[[], NewIdentity | None] | None = None, language: str = "en") -> None:
        super().__init__(parent)
        from c102desk.signing.identity import default_identity_path

        self.language = language  # of the domain's messages (a certificate that cannot sign …)
        self.runner = runner
        self.prompts = prompts
        self.suggested = suggested
        self.default_identity = default_identity_path(data_folder)
        self.identity_path = self.default_identity
        self.identity_fingerprint = ""
        self.identity_name = ""
        self.focus_after: QWidget | None = None  # the owner gives it focus once the task is over

        self.identity_label = QLabel(self)
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_identity_button = QPushButton(self)
        self.create_identity_button.clicked.connect(self.create_identity)
        self.import_identity_button = QPushButton(self)
        self.import_identity_button.clicked.connect(self.import_identity)
        self.other_identity_button = QPushButton(self)
        self.other_identity_button.clicked.connect(self.choose_other_identity)
        buttons = QHBoxLayout()
        for button in (self.create_identity_button, self.import_identity_button, self.other_identity_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.form = QFormLayout()  # the owner may insert rows (the role) before the passphrase
        self.form.addRow(self.passphrase_label, self.passphrase_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.identity_label)
        layout.addLayout(buttons)
        layout.addLayout(self.form)
        self.runner.busyChanged.connect(lambda busy: None if busy else self.update_identity())
        self.retranslate()

    # ------------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.create_identity_button.setText(self.tr("&Create…"))
        self.create_identity_button.setAccessibleName(self.tr("Create a signing identity"))
        self.import_identity_button.setText(self.tr("&Import…"))
        self.import_identity_button.setAccessibleName(self.tr("Import a PKCS#12 signing identity"))
        self.other_identity_button.setText(self.tr("&Other file…"))
        self.other_identity_button.setAccessibleName(self.tr("Sign with another PKCS#12 file"))
        self.passphrase_label.setText(self.tr("P&assphrase:"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of the signing identity"))
        self.update_identity()

    def update_identity(self) -> None:
        exists = self.identity_path.is_file()
        if self.identity_name and exists:
            # The start of the fingerprint (the whole one is in the tooltip and shown again after signing).
            text = self.tr("Signing identity: %1\nSHA-256 %2").replace("%1", self.identity_name).replace(
                "%2", self.identity_fingerprint[:23] + "…")
        elif exists and self.identity_path == self.default_identity:
            text = self.tr("Signing identity: the one in the data folder (%1).").replace("%1", str(self.identity_path))
        elif exists:
            text = self.tr("Signing identity: %1").replace("%1", str(self.identity_path))
        else:
            text = self.tr("No signing identity yet: create one, or import the PKCS#12 file your ministry issued.")
        self.identity_label.setText(text)
        self.identity_label.setToolTip(self.identity_fingerprint)
        self.identity_label.setAccessibleName(text)
        has_default = self.default_identity.is_file()
        for button in (self.create_identity_button, self.import_identity_button):
            button.setEnabled(not has_default and not self.runner.is_busy())
            button.setToolTip(self.tr("There is already a signing identity in the data folder") if has_default
                              else "")

    # ------------------------------------------------------------------ what to sign with

    def sign_with(self, role: str) -> tasks.SignWith | None:
        """The identity and passphrase to sign with, or None after saying what is missing."""
        if not self.identity_path.is_file():
            self._say(self.tr("There is no signing identity yet: create or import one first."), ERROR_STYLE)
            self.create_identity_button.setFocus()
            return None
        if not self.passphrase_edit.text():
            self._say(self.tr("Type the passphrase of the signing identity."), ERROR_STYLE)
            self.passphrase_edit.setFocus()
            return None
        return tasks.SignWith(self.identity_path, self.passphrase_edit.text().encode("utf-8"), role)

    def wrong_passphrase(self) -> None:
        """After a signature failed on the passphrase: said, selected, focused."""
        self._say(self.tr("The passphrase does not open the signing identity. Nothing was written; type it "
                          "again."), ERROR_STYLE)
        self.passphrase_edit.selectAll()
        self.focus_after = self.passphrase_edit

    def _say(self, text: str, style: str = "") -> None:
        self.message.emit(text, style)
        if style == ERROR_STYLE:
            self.failed.emit(text)

    # ------------------------------------------------------------------ identities

    def create_identity(self) -> None:
        if self.runner.is_busy():
            return
        details = self.prompts.new_identity(self.window(), CreateIdentityDialog,
                                           self.suggested() if self.suggested else None)
        if details is None:
            return
        target = self.default_identity
        if details.role:
            self.roleSuggested.emit(details.role)
        self._say(self.tr("Creating the signing identity…"))
        self.runner.run(self.tr("Creating the signing identity…"),
                        lambda: tasks.create_identity(target, details), self._identity_done, self._identity_failed)

    def import_identity(self) -> None:
        if self.runner.is_busy():
            return
        source = self.prompts.open_file(self.window(), self.tr("Import a signing identity"), self._p12_filter())
        if not source:
            return
        passphrase = self.prompts.ask_secret(self.window(), self.tr("Import a signing identity"),
                                             self.tr("Passphrase of %1:").replace("%1", Path(source).name))
        if passphrase is None:
            return
        target = self.default_identity
        self._say(self.tr("Importing the signing identity…"))
        self.runner.run(self.tr("Importing the signing identity…"),
                        lambda: tasks.import_identity(Path(source), target, passphrase),
                        self._identity_done, self._identity_failed)

    def choose_other_identity(self) -> None:
        source = self.prompts.open_file(self.window(), self.tr("Sign with another PKCS#12 file"), self._p12_filter())
        if not source:
            return
        self.identity_path = Path(source)
        self.identity_name = self.identity_fingerprint = ""
        self.update_identity()
        self.passphrase_edit.setFocus()

    def _p12_filter(self) -> str:
        return self.tr("PKCS#12 signing identity (*.p12 *.pfx)")

    def _identity_done(self, made: object) -> None:
        assert isinstance(made, tasks.IdentityMade)
        self.identity_path = made.path
        self.identity_name = made.name
        self.identity_fingerprint = made.fingerprint
        self.update_identity()
        self._say(self.tr("The signing identity is ready. Type its passphrase to sign."), SUCCESS_STYLE)
        self.focus_after = self.passphrase_edit
        self.identityReady.emit(str(made.path))

    def _identity_failed(self, error: BaseException) -> None:
        from c102desk.signing.identity import WrongPassphraseError

        if isinstance(error, WrongPassphraseError):
            self._say(self.tr("That passphrase does not open the PKCS#12 file; nothing was imported."), ERROR_STYLE)
            return
        title = self.tr("The signing identity was not made")
        if isinstance(error, C102Error):
            self._say(f"{title}: {error_text(error, self.language)}", ERROR_STYLE)
        else:
            self._say(title, ERROR_STYLE)
            self.prompts.show_error(self.window(), title, error)


def error_text(error: BaseException, language: str) -> str:
    """A known error's message in ``language`` when it comes from the domain's catalogue, else as it is."""
    from c102desk.i18n import text_in

    message = error.args[0] if error.args else ""
    return text_in(message, language) if isinstance(message, str) and message else str(error)
