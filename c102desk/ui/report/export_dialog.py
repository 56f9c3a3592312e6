"""Export report…: choose the report's language and whether to sign, preview the pages, then save (signed or not).

The report is built, signed and written in the worker (``TaskRunner``); the dialog stays responsive and shows
what it is doing. Signing needs a signing identity: the one in the data folder (``signing/identity.p12``),
created here or imported from a PKCS#12 the ministry issued, or another PKCS#12 file chosen for this report.
A wrong passphrase is said in the dialog, and no file is written.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from c102desk.store import Store
from c102desk.ui.i18n import language_name
from c102desk.ui.report import tasks
from c102desk.ui.report.identity_picker import ERROR_STYLE, SUCCESS_STYLE, IdentityPicker
from c102desk.ui.report.page_viewer import PageViewer
from c102desk.ui.report.signing_dialog import SigningDialog
from c102desk.ui.widgets.answers import NewIdentity
from c102desk.ui.widgets.prompts import Prompts
from c102desk.ui.widgets.screen_fit import fitting_size

REPORT_LANGUAGES = ("en", "fr", "es")


class ExportReportDialog(SigningDialog):
    """``previewReady(pages)``, ``saved(path)`` and ``failed(message)`` tell what came of the last task."""

    previewReady = Signal(int)
    identityReady = Signal(str)

    def __init__(self, store: Store, assessment_id: str, prompts: Prompts | None = None,
                 parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(prompts, parent, language)
        self.setObjectName("exportReportDialog")
        self.store = store
        self.assessment_id = assessment_id
        # The last preview: its bytes and what they were built for. Save signs exactly these bytes while
        # nothing that changes them (language, signer, role) has changed since.
        self._previewed: tuple[tuple[object, ...], bytes] | None = None
        self._build(language)
        self.retranslate()
        self._sign_toggled()
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(fitting_size(self, em * 96, self.fontMetrics().height() * 46))
        # A preview on show refreshes when the language changes (what it shows is what would be saved).
        self.language_combo.currentIndexChanged.connect(self._language_changed)

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
        self.identity = IdentityPicker(self.store.folder, self.runner, self.prompts, self.sign_box,
                                       suggested=self._suggested_identity, language=language)
        self.identity.message.connect(self._say)
        self.identity.failed.connect(self.failed.emit)
        self.identity.identityReady.connect(self._identity_ready)
        self.identity.roleSuggested.connect(self._role_suggested)
        # The picker's controls, by the names the dialog always had.
        self.identity_label = self.identity.identity_label
        self.create_identity_button = self.identity.create_identity_button
        self.import_identity_button = self.identity.import_identity_button
        self.other_identity_button = self.identity.other_identity_button
        self.passphrase_edit = self.identity.passphrase_edit
        self.role_edit = QLineEdit(self.sign_box)
        self.role_label = QLabel(self.sign_box)
        self.role_label.setBuddy(self.role_edit)
        self.identity.form.insertRow(0, self.role_label, self.role_edit)
        sign_layout = QVBoxLayout(self.sign_box)
        sign_layout.addWidget(self.identity)

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

        self._make_status("reportStatus")

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
        self.role_label.setText(self.tr("&Role shown:"))
        self.role_edit.setAccessibleName(self.tr("Role shown in the signature block"))
        self.role_edit.setPlaceholderText(self.tr("as in the certificate"))
        self.preview_button.setText(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview the unsigned report"))
        self.preview_button.setToolTip(self.tr("Build the report and show its pages (Ctrl+P)"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.status_label.setAccessibleName(self.tr("Report status"))
        self.fingerprint_edit.setAccessibleName(self.tr("Certificate SHA-256 fingerprint"))
        self._sign_toggled()

    def _sign_toggled(self) -> None:
        signing = self.sign_box.isChecked()
        self.save_button.setText(self.tr("&Sign and save…") if signing else self.tr("&Save…"))
        self.save_button.setAccessibleName(self.tr("Sign and save the report") if signing
                                           else self.tr("Save the report unsigned"))

    def report_language(self) -> str:
        return str(self.language_combo.currentData())

    # ------------------------------------------------------------------ busy state and messages

    def _busy_state(self, busy: bool) -> None:
        for widget in (self.preview_button, self.save_button, self.language_combo, self.sign_box,
                       self.close_button):
            widget.setEnabled(not busy)

    def _closing(self) -> None:
        self.viewer.clear()

    # ------------------------------------------------------------------ preview

    def _sign_with(self) -> tasks.SignWith | None:
        """How the report will be signed, when "Sign the report" is ticked and a passphrase is typed."""
        path = self.identity.identity_path
        if not self.sign_box.isChecked() or not path.is_file() or not self.passphrase_edit.text():
            return None  # (Save says what is missing; a preview is then built without the signature block)
        return tasks.SignWith(path, self.passphrase_edit.text().encode("utf-8"), self.role_edit.text().strip())

    def _preview_key(self, sign: tasks.SignWith | None) -> tuple[object, ...]:
        """What a preview depends on: the language, who signs with which role, and the assessment's state."""
        return (self.report_language(), None if sign is None else (str(sign.identity), sign.role),
                self.store.assessment(self.assessment_id).changed)

    def preview(self) -> None:
        """Build the report as it will be saved, and show it: signed, it carries the signer's block and lines
        (the identity is opened with the passphrase typed); else, or without the passphrase, unsigned."""
        if self.runner.is_busy():
            return
        lang = self.report_language()
        sign = self._sign_with()
        key = self._preview_key(sign)
        self.fingerprint_edit.hide()
        self._say(self.tr("Building the report in %1…").replace("%1", language_name(lang)))
        store, assessment_id = self.store, self.assessment_id
        self.runner.run(self.tr("Building the report…"),
                        lambda: tasks.build_preview(store, assessment_id, lang, sign),
                        lambda result: self._preview_done(result, key), self._preview_failed)

    def _preview_done(self, result: object, key: tuple[object, ...]) -> None:
        assert isinstance(result, tasks.Preview)
        self._previewed = (key, result.pdf)
        pages = self.viewer.set_pdf(result.pdf)
        if result.signer_name:
            text = self.tr("Preview: %1 pages, exactly as they will be signed by %2. Check them, then sign and "
                           "save.").replace("%1", str(pages)).replace("%2", result.signer_name)
        elif self.sign_box.isChecked():
            text = self.tr("Preview: %1 pages, without the signature block: type the passphrase and preview "
                           "again to see them exactly as they will be signed.").replace("%1", str(pages))
        else:
            text = self.tr("Preview: %1 pages, not signed. Check them, then save.").replace("%1", str(pages))
        self._say(text)
        self.save_button.setDefault(True)  # Enter now saves what was just looked at
        self._focus_after = self.viewer.scroll_area
        self.previewReady.emit(pages)

    def _language_changed(self) -> None:
        """A preview on show is built again in the new language (a stale one would be saved otherwise)."""
        if self._previewed is not None and not self.runner.is_busy():
            self.preview()

    def _preview_failed(self, error: BaseException) -> None:
        from c102desk.signing.identity import WrongPassphraseError

        if isinstance(error, WrongPassphraseError):
            self._say(self.tr("The passphrase does not open the signing identity; type it again to preview the "
                              "signed report."), ERROR_STYLE)
            self.passphrase_edit.selectAll()
            self._focus_after = self.passphrase_edit
            self.failed.emit(self.status_label.text())
            return
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
            sign = self.identity.sign_with(self.role_edit.text().strip())
            if sign is None:  # the picker said what is missing
                return
        title = self.tr("Save the signed report") if sign else self.tr("Save the report")
        target = self.prompts.save_as(self, title, self.suggested_file_name(), self.tr("PDF document (*.pdf)"),
                                      ".pdf")
        if not target:
            return
        out = Path(target)
        lang = self.report_language()
        self.fingerprint_edit.hide()
        store, assessment_id = self.store, self.assessment_id
        previewed = self._previewed
        if previewed is not None and previewed[0] == self._preview_key(sign):
            pdf = previewed[1]  # what was looked at is what is signed and saved
            self._say(self.tr("Signing the report shown…") if sign else self.tr("Saving the report shown…"))
            self.runner.run(self.tr("Writing %1…").replace("%1", out.name),
                            lambda: tasks.save_previewed(pdf, lang, out, sign), self._save_done, self._save_failed)
            return
        self._say(self.tr("Building and signing the report…") if sign else self.tr("Building the report…"))
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
            self._show_fingerprint(result.fingerprint)
        else:
            self._say(self.tr("Saved (not signed): %1").replace("%1", str(result.path)), SUCCESS_STYLE)
        self.saved.emit(str(result.path))

    def _save_failed(self, error: BaseException) -> None:
        self._write_failed(self.tr("The report was not saved"), error)

    # ------------------------------------------------------------------ identities

    def _suggested_identity(self) -> NewIdentity | None:
        profiles = self.store.profiles()
        if not profiles:
            return None
        profile = profiles[0]
        return NewIdentity(name=profile.name, organisation=profile.organisation, role=profile.role)

    def create_identity(self) -> None:
        self.identity.create_identity()

    def import_identity(self) -> None:
        self.identity.import_identity()

    def choose_other_identity(self) -> None:
        self.sign_box.setChecked(True)
        self.identity.choose_other_identity()

    def _role_suggested(self, role: str) -> None:
        if not self.role_edit.text():
            self.role_edit.setText(role)

    def _identity_ready(self, path: str) -> None:
        self.sign_box.setChecked(True)
        self.identityReady.emit(path)
