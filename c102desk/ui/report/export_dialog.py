"""Export report…: choose the report's language and whether to sign, preview the pages, then save (signed or not).

The report is built, signed and written in the worker (``TaskRunner``); the dialog stays responsive and shows
what it is doing. Signing needs a signing identity: the one in the data folder (``signing/identity.p12``),
created here or imported from a PKCS#12 the ministry issued, or another PKCS#12 file chosen for this report.
A wrong passphrase is said in the dialog, and no file is written.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from c102desk.errors import C102Error
from c102desk.store import Store
from c102desk.ui.i18n import language_name
from c102desk.ui.report import tasks
from c102desk.ui.report.identity_dialog import NewIdentity
from c102desk.ui.report.page_viewer import PageViewer
from c102desk.ui.widgets.prompts import Prompts
from c102desk.ui.worker import TaskRunner

REPORT_LANGUAGES = ("en", "fr", "es")
ERROR_STYLE = "color: #a51d2d;"
SUCCESS_STYLE = "color: #26734d;"


class ExportReportDialog(QDialog):
    """``previewReady(pages)``, ``saved(path)`` and ``failed(message)`` tell what came of the last task."""

    previewReady = Signal(int)
    saved = Signal(str)
    failed = Signal(str)
    identityReady = Signal(str)

    def __init__(self, store: Store, assessment_id: str, prompts: Prompts | None = None,
                 parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("exportReportDialog")
        self.store = store
        self.assessment_id = assessment_id
        self.prompts = prompts or Prompts()
        self.runner = TaskRunner(self, self)
        self.runner.busyChanged.connect(self._busy_changed)
        from c102desk.signing.identity import default_identity_path

        self.default_identity = default_identity_path(store.folder)
        self.identity_path = self.default_identity
        self.identity_fingerprint = ""
        self.identity_name = ""
        self.last_saved: Path | None = None
        self._focus_after: QWidget | None = None
        self._build(language)
        self.retranslate()
        self._update_identity()
        self._sign_toggled()
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 96, self.fontMetrics().height() * 46)

    # ------------------------------------------------------------------ building

    def _build(self, language: str) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language_combo = QComboBox(self)
        for code in REPORT_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(
            REPORT_LANGUAGES.index(language) if language in REPORT_LANGUAGES else 0)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_combo, 1)

        self.sign_box = QGroupBox(self)
        self.sign_box.setCheckable(True)
        self.sign_box.setChecked(True)
        self.sign_box.toggled.connect(self._sign_toggled)
        self.identity_label = QLabel(self.sign_box)
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_identity_button = QPushButton(self.sign_box)
        self.create_identity_button.clicked.connect(self.create_identity)
        self.import_identity_button = QPushButton(self.sign_box)
        self.import_identity_button.clicked.connect(self.import_identity)
        self.other_identity_button = QPushButton(self.sign_box)
        self.other_identity_button.clicked.connect(self.choose_other_identity)
        identity_buttons = QHBoxLayout()
        for button in (self.create_identity_button, self.import_identity_button, self.other_identity_button):
            identity_buttons.addWidget(button)
        identity_buttons.addStretch(1)
        self.role_edit = QLineEdit(self.sign_box)
        self.passphrase_edit = QLineEdit(self.sign_box)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_form = QFormLayout()
        self.role_label = QLabel(self.sign_box)
        self.passphrase_label = QLabel(self.sign_box)
        self.sign_form.addRow(self.role_label, self.role_edit)
        self.sign_form.addRow(self.passphrase_label, self.passphrase_edit)
        self.role_label.setBuddy(self.role_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        sign_layout = QVBoxLayout(self.sign_box)
        sign_layout.addWidget(self.identity_label)
        sign_layout.addLayout(identity_buttons)
        sign_layout.addLayout(self.sign_form)

        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("primaryButton")
        self.preview_button.setAutoDefault(True)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setReadOnly(True)
        self.fingerprint_edit.setObjectName("fingerprint")
        self.fingerprint_edit.hide()

        left = QVBoxLayout()
        left.addWidget(self.intro)
        left.addLayout(language_row)
        left.addWidget(self.sign_box)
        left.addLayout(buttons)
        left.addWidget(self.status_label)
        left.addWidget(self.fingerprint_edit)
        left.addStretch(1)
        side = QWidget(self)
        side.setLayout(left)
        side.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        side.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 28)

        self.viewer = PageViewer(self)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.viewer, 1)
        QShortcut(QKeySequence("Ctrl+P"), self, self.preview)

    # ------------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        info = self.store.assessment(self.assessment_id)
        self.setWindowTitle(self.tr("Export report — %1").replace("%1", f"{info.country}: {info.title}"))
        self.intro.setText(self.tr(
            "The gap-assessment report of “%1”, with the assessment file attached. Preview it, then save it, "
            "signed or not.").replace("%1", f"{info.country}: {info.title}"))
        self.language_label.setText(self.tr("Report &language:"))
        self.language_combo.setAccessibleName(self.tr("Report language"))
        self.language_combo.setToolTip(self.tr("The report's language, whatever the interface's"))
        self.sign_box.setTitle(self.tr("Si&gn the report"))
        self.sign_box.setAccessibleName(self.tr("Sign the report"))
        self.create_identity_button.setText(self.tr("&Create…"))
        self.create_identity_button.setAccessibleName(self.tr("Create a signing identity"))
        self.import_identity_button.setText(self.tr("&Import…"))
        self.import_identity_button.setAccessibleName(self.tr("Import a PKCS#12 signing identity"))
        self.other_identity_button.setText(self.tr("&Other file…"))
        self.other_identity_button.setAccessibleName(self.tr("Sign with another PKCS#12 file"))
        self.role_label.setText(self.tr("&Role shown:"))
        self.role_edit.setAccessibleName(self.tr("Role shown in the signature block"))
        self.role_edit.setPlaceholderText(self.tr("as in the certificate"))
        self.passphrase_label.setText(self.tr("P&assphrase:"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of the signing identity"))
        self.preview_button.setText(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview the unsigned report"))
        self.preview_button.setToolTip(self.tr("Build the report and show its pages (Ctrl+P)"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.status_label.setAccessibleName(self.tr("Report status"))
        self.fingerprint_edit.setAccessibleName(self.tr("Certificate SHA-256 fingerprint"))
        self._sign_toggled()
        self._update_identity()

    def _sign_toggled(self) -> None:
        signing = self.sign_box.isChecked()
        self.save_button.setText(self.tr("&Sign and save…") if signing else self.tr("&Save…"))
        self.save_button.setAccessibleName(self.tr("Sign and save the report") if signing
                                           else self.tr("Save the report unsigned"))

    def _update_identity(self) -> None:
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

    def report_language(self) -> str:
        return str(self.language_combo.currentData())

    # ------------------------------------------------------------------ busy state and messages

    def _busy_changed(self, busy: bool) -> None:
        for widget in (self.preview_button, self.save_button, self.language_combo, self.sign_box,
                       self.close_button):
            widget.setEnabled(not busy)
        if not busy:
            self._update_identity()
            focus, self._focus_after = self._focus_after, None
            if focus is not None:  # controls are enabled again only now
                focus.setFocus()

    def _say(self, text: str, style: str = "") -> None:
        self.status_label.setStyleSheet(style)
        self.status_label.setText(text)

    def reject(self) -> None:
        if self.runner.is_busy():  # a report being written is finished first (the write is atomic anyway)
            return
        self.viewer.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_busy():
            event.ignore()
            return
        self.viewer.clear()
        super().closeEvent(event)

    # ------------------------------------------------------------------ preview

    def preview(self) -> None:
        if self.runner.is_busy():
            return
        lang = self.report_language()
        self.fingerprint_edit.hide()
        self._say(self.tr("Building the report in %1…").replace("%1", language_name(lang)))
        store, assessment_id = self.store, self.assessment_id
        self.runner.run(self.tr("Building the report…"), lambda: tasks.build_unsigned(store, assessment_id, lang),
                        self._preview_done, self._preview_failed)

    def _preview_done(self, pdf: object) -> None:
        assert isinstance(pdf, bytes)
        pages = self.viewer.set_pdf(pdf)
        self._say(self.tr("Preview: %1 pages, not signed. Check them, then save.").replace("%1", str(pages)))
        self.save_button.setDefault(True)  # Enter now saves what was just looked at
        self._focus_after = self.viewer.scroll_area
        self.previewReady.emit(pages)

    def _preview_failed(self, error: BaseException) -> None:
        self._report_error(self.tr("The report could not be built"), error)

    # ------------------------------------------------------------------ save and sign

    def suggested_file_name(self) -> str:
        info = self.store.assessment(self.assessment_id)
        stem = re.sub(r"[^\w.-]+", "-", f"{info.country}-{info.title}", flags=re.UNICODE).strip("-") or "report"
        return f"{stem[:80]}-{self.report_language()}.pdf"

    def save(self) -> None:
        if self.runner.is_busy():
            return
        sign = None
        if self.sign_box.isChecked():
            if not self.identity_path.is_file():
                self._say(self.tr("There is no signing identity yet: create or import one first, or untick "
                                  "“Sign the report”."), ERROR_STYLE)
                self.create_identity_button.setFocus()
                self.failed.emit(self.status_label.text())
                return
            if not self.passphrase_edit.text():
                self._say(self.tr("Type the passphrase of the signing identity."), ERROR_STYLE)
                self.passphrase_edit.setFocus()
                self.failed.emit(self.status_label.text())
                return
            sign = tasks.SignWith(self.identity_path, self.passphrase_edit.text().encode("utf-8"),
                                  self.role_edit.text().strip())
        title = self.tr("Save the signed report") if sign else self.tr("Save the report")
        target = self.prompts.save_as(self, title, self.suggested_file_name(), self.tr("PDF document (*.pdf)"),
                                      ".pdf")
        if not target:
            return
        out = Path(target)
        lang = self.report_language()
        self.fingerprint_edit.hide()
        self._say(self.tr("Building and signing the report…") if sign else self.tr("Building the report…"))
        store, assessment_id = self.store, self.assessment_id
        self.runner.run(self.tr("Writing %1…").replace("%1", out.name),
                        lambda: tasks.build_and_save(store, assessment_id, lang, out, sign),
                        self._save_done, self._save_failed)

    def _save_done(self, result: object) -> None:
        assert isinstance(result, tasks.SavedReport)
        self.last_saved = result.path
        self.passphrase_edit.clear()
        if result.fingerprint:
            self._say(self.tr("Signed and saved: %1\nCertificate SHA-256 fingerprint (give it to the receiver "
                              "by another channel):").replace("%1", str(result.path)), SUCCESS_STYLE)
            self.fingerprint_edit.setText(result.fingerprint)
            self.fingerprint_edit.setCursorPosition(0)
            self.fingerprint_edit.show()
        else:
            self._say(self.tr("Saved (not signed): %1").replace("%1", str(result.path)), SUCCESS_STYLE)
        self.saved.emit(str(result.path))

    def _save_failed(self, error: BaseException) -> None:
        from c102desk.signing.identity import WrongPassphraseError

        if isinstance(error, WrongPassphraseError):
            self._say(self.tr("The passphrase does not open the signing identity. Nothing was written; type it "
                              "again."), ERROR_STYLE)
            self.passphrase_edit.selectAll()
            self._focus_after = self.passphrase_edit
            self.failed.emit(self.status_label.text())
            return
        self._report_error(self.tr("The report was not saved"), error)

    def _report_error(self, title: str, error: BaseException) -> None:
        if isinstance(error, C102Error):
            self._say(f"{title}: {error}", ERROR_STYLE)
        else:
            self._say(title, ERROR_STYLE)
            self.prompts.show_error(self, title, error)
        self.failed.emit(self.status_label.text())

    # ------------------------------------------------------------------ identities

    def _suggested_identity(self) -> NewIdentity | None:
        profiles = self.store.profiles()
        if not profiles:
            return None
        profile = profiles[0]
        return NewIdentity(name=profile.name, organisation=profile.organisation, role=profile.role)

    def create_identity(self) -> None:
        if self.runner.is_busy():
            return
        details = self.prompts.new_identity(self, self._suggested_identity())
        if details is None:
            return
        target = self.default_identity
        if details.role and not self.role_edit.text():
            self.role_edit.setText(details.role)
        self._say(self.tr("Creating the signing identity…"))
        self.runner.run(self.tr("Creating the signing identity…"),
                        lambda: tasks.create_identity(target, details), self._identity_done, self._identity_failed)

    def import_identity(self) -> None:
        if self.runner.is_busy():
            return
        source = self.prompts.open_file(self, self.tr("Import a signing identity"), self._p12_filter())
        if not source:
            return
        passphrase = self.prompts.ask_secret(self, self.tr("Import a signing identity"),
                                             self.tr("Passphrase of %1:").replace("%1", Path(source).name))
        if passphrase is None:
            return
        target = self.default_identity
        self._say(self.tr("Importing the signing identity…"))
        self.runner.run(self.tr("Importing the signing identity…"),
                        lambda: tasks.import_identity(Path(source), target, passphrase),
                        self._identity_done, self._identity_failed)

    def choose_other_identity(self) -> None:
        source = self.prompts.open_file(self, self.tr("Sign with another PKCS#12 file"), self._p12_filter())
        if not source:
            return
        self.identity_path = Path(source)
        self.identity_name = self.identity_fingerprint = ""
        self.sign_box.setChecked(True)
        self._update_identity()
        self.passphrase_edit.setFocus()

    def _p12_filter(self) -> str:
        return self.tr("PKCS#12 signing identity (*.p12 *.pfx)")

    def _identity_done(self, made: object) -> None:
        assert isinstance(made, tasks.IdentityMade)
        self.identity_path = made.path
        self.identity_name = made.name
        self.identity_fingerprint = made.fingerprint
        self.sign_box.setChecked(True)
        self._update_identity()
        self._say(self.tr("The signing identity is ready. Type its passphrase to sign."), SUCCESS_STYLE)
        self._focus_after = self.passphrase_edit
        self.identityReady.emit(str(made.path))

    def _identity_failed(self, error: BaseException) -> None:
        from c102desk.signing.identity import WrongPassphraseError

        if isinstance(error, WrongPassphraseError):
            self._say(self.tr("That passphrase does not open the PKCS#12 file; nothing was imported."), ERROR_STYLE)
            self.failed.emit(self.status_label.text())
            return
        self._report_error(self.tr("The signing identity was not made"), error)
