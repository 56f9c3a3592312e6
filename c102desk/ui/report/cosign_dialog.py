"""Add a signature…: co-sign a signed report in one's role in the tripartite dialogue (the employers' or the
workers' representative, for instance).

The report is checked first, in the worker (``report.verification``: every signature, what changed after
each); only an intact report can be signed, and the dialog says who signed it so far. The signature is made and
the file written in the worker too (``tasks.cosign_and_save``): the passphrase and the certificate are checked
before anything is written, and the co-signed file is verified again before it is. The identity is chosen as in
Export report… (``IdentityPicker``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from c102desk.ui.report import tasks
from c102desk.ui.report.identity_picker import ERROR_STYLE, SUCCESS_STYLE, IdentityPicker, error_text
from c102desk.ui.report.signing_dialog import SigningDialog
from c102desk.ui.widgets.prompts import Prompts

if TYPE_CHECKING:
    from c102desk.report.verification import ReportCheck


class CosignDialog(SigningDialog):
    """``checked(verdict)`` once the chosen report is checked ("intact", "altered" or "not_signed");
    ``saved(path)`` and ``failed(message)`` tell what came of signing."""

    checked = Signal(str)

    def __init__(self, data_folder: Path, prompts: Prompts | None = None, parent: QWidget | None = None, *,
                 language: str = "en") -> None:
        super().__init__(prompts, parent, language)
        self.setObjectName("cosignDialog")
        self.report_path: Path | None = None
        self.report_check: ReportCheck | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_report)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.signers_label = QLabel(self)
        self.signers_label.setObjectName("signersSoFar")
        self.signers_label.setWordWrap(True)
        self.signers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                   | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.sign_box = QGroupBox(self)
        self.role_combo = QComboBox(self.sign_box)
        self.role_combo.setEditable(True)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_label = QLabel(self.sign_box)
        self.role_label.setBuddy(self.role_combo)
        self.identity = IdentityPicker(data_folder, self.runner, self.prompts, self.sign_box, language=language)
        self.identity.form.insertRow(0, self.role_label, self.role_combo)
        self.identity.message.connect(self._say)
        self.identity.failed.connect(self.failed.emit)
        self.identity.roleSuggested.connect(self._role_suggested)
        sign_layout = QVBoxLayout(self.sign_box)
        sign_layout.addWidget(self.identity)

        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("primaryButton")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self._make_status("cosignStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.signers_label)
        layout.addWidget(self.sign_box)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.fingerprint_edit)
        layout.addStretch(1)
        self.retranslate()
        self._update_state()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, self.sizeHint().height())

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a signature"))
        self.intro.setText(self.tr(
            "Add your signature to a report its author has signed — as the employers' or the workers' "
            "representative in the tripartite dialogue, for instance. Only an intact report can be signed; the "
            "signatures already in it stay valid."))
        self.choose_button.setText(self.tr("C&hoose a report…"))
        self.choose_button.setAccessibleName(self.tr("Choose the report to sign"))
        self.sign_box.setTitle(self.tr("Your signature"))
        self.role_label.setText(self.tr("&Role:"))
        self.role_combo.setAccessibleName(self.tr("The role you sign in"))
        role = self.role_combo.currentText()
        self.role_combo.clear()
        self.role_combo.addItems([self.tr("Employers' representative"), self.tr("Workers' representative"),
                                  self.tr("Government representative")])
        self.role_combo.setEditText(role)
        line = self.role_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. Workers' representative"))
        self.sign_button.setText(self.tr("&Sign and save…"))
        self.sign_button.setAccessibleName(self.tr("Sign the report and save it"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.status_label.setAccessibleName(self.tr("Signing status"))
        self.signers_label.setAccessibleName(self.tr("Signatures already in the report"))
        self.fingerprint_edit.setAccessibleName(self.tr("Certificate SHA-256 fingerprint"))
        self._show_report()

    def _show_report(self) -> None:
        if self.report_path is None:
            self.file_label.setText(self.tr("No report chosen yet."))
            self.signers_label.clear()
            return
        self.file_label.setText(self.tr("Report: %1").replace("%1", str(self.report_path)))
        check = self.report_check
        if check is None:
            return
        lines = [self.tr("Signed so far:")]
        for signature in check.signatures:
            who = signature.signer or self.tr("not named")
            if signature.role:
                who = self.tr("%1, as %2").replace("%1", who).replace("%2", signature.role)
            if signature.certifies:
                who = self.tr("%1 (certifies the report)").replace("%1", who)
            lines.append(f"{signature.number}. {who}")
        self.signers_label.setText("\n".join(lines))

    def _role_suggested(self, role: str) -> None:
        if not self.role_combo.currentText().strip():
            self.role_combo.setEditText(role)

    # ------------------------------------------------------------------ state

    def _busy_state(self, busy: bool) -> None:
        self._update_state()

    def _update_state(self) -> None:
        busy = self.runner.is_busy()
        intact = self.report_check is not None and self.report_check.ok
        for widget in (self.choose_button, self.close_button):
            widget.setEnabled(not busy)
        self.sign_box.setEnabled(not busy and intact)
        self.sign_button.setEnabled(not busy and intact)

    # ------------------------------------------------------------------ the report

    def choose_report(self) -> None:
        if self.runner.is_busy():
            return
        chosen = self.prompts.open_file(self, self.tr("Choose the report to sign"), self.tr("PDF document (*.pdf)"))
        if chosen:
            self.check_report(chosen)

    def check_report(self, path: str | Path) -> None:
        """Check every signature of ``path`` in the worker; it can be signed once it is known to be intact."""
        self.report_path = Path(path)
        self.report_check = None
        self.fingerprint_edit.hide()
        self._show_report()
        self._say(self.tr("Checking the signatures…"))
        target = self.report_path
        self.runner.run(self.tr("Checking the signatures…"), lambda: tasks.check_report(target),
                        self._checked, self._check_failed)
        self._update_state()

    def _checked(self, result: object) -> None:
        from c102desk.report.verification import ReportCheck

        assert isinstance(result, ReportCheck)
        self.report_check = result
        self._show_report()
        if result.ok:
            self._say(self.tr("The report is intact and every signature in it is valid. Choose your role and "
                              "signing identity, then sign."), SUCCESS_STYLE)
            self._focus_after = self.role_combo
            self.checked.emit("intact")
        else:
            problems = "\n".join(f"• {p.render(self.language)}" for p in result.all_problems())
            self._say(self.tr("This report is not intact, so it cannot be signed. Ask the sender for the original "
                              "signed file.") + "\n" + problems, ERROR_STYLE)
            self.checked.emit("altered")
            self.failed.emit(self.status_label.text())
        self._update_state()

    def _check_failed(self, error: BaseException) -> None:
        from c102desk.signing.verify import NotASignedReportError

        self.report_check = None
        if isinstance(error, NotASignedReportError):
            self._say(self.tr("This file is not a signed c102desk report, so it cannot be co-signed: %1").replace(
                "%1", error_text(error, self.language)), ERROR_STYLE)
            self.checked.emit("not_signed")
            self.failed.emit(self.status_label.text())
        else:
            self._report_error(self.tr("The report could not be checked"), error)
        self._update_state()

    # ------------------------------------------------------------------ signing

    def suggested_file_name(self) -> str:
        stem = self.report_path.stem if self.report_path is not None else "report"
        return f"{stem}-signed.pdf"

    def sign(self) -> None:
        if self.runner.is_busy() or self.report_check is None or not self.report_check.ok:
            return
        role = self.role_combo.currentText().strip()
        if not role:
            self._say(self.tr("Give the role you sign in, e.g. “Workers' representative”."), ERROR_STYLE)
            self.role_combo.setFocus()
            self.failed.emit(self.status_label.text())
            return
        sign = self.identity.sign_with(role)
        if sign is None:
            return
        assert self.report_path is not None
        suggested = str(self.report_path.with_name(self.suggested_file_name()))
        target = self.prompts.save_as(self, self.tr("Save the signed report"), suggested,
                                      self.tr("PDF document (*.pdf)"), ".pdf")
        if not target:
            return
        source, out = self.report_path, Path(target)
        self.fingerprint_edit.hide()
        self._say(self.tr("Signing the report…"))
        self.runner.run(self.tr("Writing %1…").replace("%1", out.name),
                        lambda: tasks.cosign_and_save(source, out, sign), self._signed, self._sign_failed)
        self._update_state()

    def _signed(self, result: object) -> None:
        assert isinstance(result, tasks.CosignedReport)
        self.last_saved = result.path
        self.identity.passphrase_edit.clear()
        added = result.check.signatures[-1]
        self._say(self.tr("Signed and saved: %1\nThe report now carries %2 signatures, all valid. Your "
                          "certificate's SHA-256 fingerprint (give it to the receiver by another channel):")
                  .replace("%1", str(result.path)).replace("%2", str(len(result.check.signatures))), SUCCESS_STYLE)
        self._show_fingerprint(added.fingerprint)
        if result.path == self.report_path:
            self.report_check = result.check
            self._show_report()
        self.saved.emit(str(result.path))

    def _sign_failed(self, error: BaseException) -> None:
        self._write_failed(self.tr("The report was not signed"), error)
