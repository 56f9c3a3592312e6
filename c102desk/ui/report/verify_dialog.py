"""Verify a report…: pick a signed PDF, check it in the worker, and say in plain words whether it is intact.

Shows the signer, the signing time (as the signer's computer stated it: there is no time-stamp authority
offline), the certificate's SHA-256 fingerprint (selectable, to confirm with the signer by another channel) and
the verdict (``c102desk.signing.verify``: pyHanko's overall verdict, which also fails on anything added after
signing), with an icon and a colour that say the same.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from c102desk.ui.widgets.prompts import Prompts
from c102desk.ui.worker import TaskRunner


class Verdict(Enum):
    INTACT = "intact"
    ALTERED = "altered"
    NOT_SIGNED = "not_signed"


_LOOK = {  # background, border and text colours, and the icon
    Verdict.INTACT: ("#e6f4ea", "#26734d", "#1d5c3d", QStyle.StandardPixmap.SP_DialogApplyButton),
    Verdict.ALTERED: ("#fbe9eb", "#a51d2d", "#8a1525", QStyle.StandardPixmap.SP_MessageBoxCritical),
    Verdict.NOT_SIGNED: ("#fff4e0", "#9c6500", "#6b4500", QStyle.StandardPixmap.SP_MessageBoxWarning),
}


class VerifyReportDialog(QDialog):
    """``verified(verdict)`` is emitted with ``Verdict.value`` once a file has been checked."""

    verified = Signal(str)

    def __init__(self, prompts: Prompts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyReportDialog")
        self.prompts = prompts or Prompts()
        self.runner = TaskRunner(self, self)
        self.verdict: Verdict | None = None
        self.path: Path | None = None
        self._verification: object = None
        self._detail_text = ""

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("primaryButton")
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose_file)
        self.runner.busyChanged.connect(lambda busy: self.choose_button.setEnabled(not busy))
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.banner = QFrame(self)
        self.banner.setObjectName("verdictBanner")
        self.icon_label = QLabel(self.banner)
        self.verdict_label = QLabel(self.banner)
        self.verdict_label.setObjectName("verdictText")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        banner_row.addWidget(self.verdict_label, 1)
        self.banner.hide()

        self.signer_value = QLabel(self)
        self.time_value = QLabel(self)
        for label in (self.signer_value, self.time_value):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setReadOnly(True)
        self.fingerprint_edit.setObjectName("fingerprint")
        self.fingerprint_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 98)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_fingerprint)
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint_edit, 1)
        fingerprint_row.addWidget(self.copy_button)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setObjectName("subtle")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = QFormLayout()
        self.signer_caption = QLabel(self)
        self.time_caption = QLabel(self)
        self.fingerprint_caption = QLabel(self)
        self.fingerprint_caption.setBuddy(self.fingerprint_edit)
        self.form.addRow(self.signer_caption, self.signer_value)
        self.form.addRow(self.time_caption, self.time_value)
        self.form.addRow(self.fingerprint_caption, fingerprint_row)
        self.result_box = QWidget(self)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addLayout(self.form)
        result_layout.addWidget(self.details_label)
        self.result_box.hide()

        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.file_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 64, self.fontMetrics().height() * 18)

    # ------------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a report"))
        self.intro.setText(self.tr("Check who signed a c102desk report, when, and that nothing in it was changed "
                                   "after signing."))
        self.choose_button.setText(self.tr("&Choose a report…"))
        self.choose_button.setAccessibleName(self.tr("Choose a report to verify"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.copy_button.setText(self.tr("Co&py"))
        self.copy_button.setAccessibleName(self.tr("Copy the fingerprint"))
        self.signer_caption.setText(self.tr("Signed by:"))
        self.time_caption.setText(self.tr("Signing time:"))
        self.fingerprint_caption.setText(self.tr("Certificate &fingerprint (SHA-256):"))
        self.signer_value.setAccessibleName(self.tr("Signer"))
        self.time_value.setAccessibleName(self.tr("Signing time"))
        self.fingerprint_edit.setAccessibleName(self.tr("Certificate SHA-256 fingerprint"))
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.details_label.setAccessibleName(self.tr("Details"))
        if self.path is not None:
            self.file_label.setText(self.tr("File: %1").replace("%1", str(self.path)))
        if self.verdict is not None:
            self._show_verdict()

    # ------------------------------------------------------------------ checking

    def choose_file(self) -> None:
        if self.runner.is_busy():
            return
        chosen = self.prompts.open_file(self, self.tr("Verify a report"), self.tr("PDF document (*.pdf)"))
        if chosen:
            self.verify_file(chosen)

    def verify_file(self, path: str | Path) -> None:
        """Check ``path`` in the worker; the result is shown when it is known."""
        from c102desk.signing.verify import verify_pdf

        self.path = Path(path)
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.path)))
        self.banner.hide()
        self.result_box.hide()
        target = self.path
        self.runner.run(self.tr("Checking the signature…"), lambda: verify_pdf(target), self._done, self._failed)

    def _done(self, result: object) -> None:
        from c102desk.signing.verify import Verification

        assert isinstance(result, Verification)
        self._verification = result
        self.verdict = Verdict.INTACT if result.ok else Verdict.ALTERED
        self._detail_text = "\n".join(result.problems)
        self._show_verdict()
        self.verified.emit(self.verdict.value)

    def _failed(self, error: BaseException) -> None:
        from c102desk.signing.verify import NotASignedReportError

        if not isinstance(error, NotASignedReportError):
            self.prompts.show_error(self, self.tr("The report could not be checked"), error)
            return
        self._verification = None
        self.verdict = Verdict.NOT_SIGNED
        self._detail_text = str(error)
        self._show_verdict()
        self.verified.emit(self.verdict.value)

    def _show_verdict(self) -> None:
        from c102desk.signing.verify import Verification

        verdict = self.verdict
        assert verdict is not None
        texts = {
            Verdict.INTACT: self.tr("<b>Intact.</b> The report is signed and has not been changed since it was "
                                    "signed. Confirm the fingerprint below with the signer by another channel "
                                    "(telephone, letter) to be sure who signed it."),
            Verdict.ALTERED: self.tr("<b>Altered or invalid.</b> This report was changed after it was signed, or "
                                     "its signature is not valid. Do not rely on its content; ask the signer for "
                                     "the original."),
            Verdict.NOT_SIGNED: self.tr("<b>Not a signed c102desk report.</b> The file carries no c102desk "
                                        "signature, so nothing can be said about who wrote it or whether it was "
                                        "changed."),
        }
        background, border, colour, icon = _LOOK[verdict]
        self.banner.setStyleSheet(f"QFrame#verdictBanner {{ background: {background}; border: 1px solid {border};"
                                  f" border-radius: 6px; }} QLabel {{ color: {colour}; background: transparent; }}")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        self.icon_label.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.verdict_label.setText(texts[verdict])
        self.banner.setAccessibleName(self.tr("Verdict"))
        self.banner.setAccessibleDescription(self.verdict_label.text())
        self.banner.show()
        result = self._verification
        if isinstance(result, Verification):
            signer = result.signer + (f" ({result.organisation})" if result.organisation else "")
            self.signer_value.setText(signer or self.tr("not named"))
            self.time_value.setText(self._time_text(result.signing_time))
            self.fingerprint_edit.setText(result.fingerprint)
            self.fingerprint_edit.setCursorPosition(0)
            self.details_label.setText(self.tr("What was found: %1").replace("%1", self._detail_text)
                                       if self._detail_text else "")
            self.result_box.show()
        else:
            self.result_box.hide()
            self.verdict_label.setText(texts[verdict] + "<br><small>" + _escape(self._detail_text) + "</small>")

    def _time_text(self, when: datetime | None) -> str:
        if when is None:
            return self.tr("not stated")
        moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
        local = QLocale().toString(moment, QLocale.FormatType.LongFormat)
        if moment.offsetFromUtc() == 0:
            return self.tr("%1, as stated by the signer's computer").replace("%1", local)
        utc = when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        return self.tr("%1 (%2), as stated by the signer's computer").replace("%1", local).replace("%2", utc)

    def copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint_edit.text())

    def reject(self) -> None:
        if self.runner.is_busy():
            return
        super().reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
