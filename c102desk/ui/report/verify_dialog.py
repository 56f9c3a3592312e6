"""Verify a report…: pick a signed PDF, check every signature in it in the worker, and say in plain words whether
the report is intact and who signed it.

The verdict (``c102desk.report.verification``: pyHanko's validation of each signature, with its difference
analysis of what came after) is shown in a banner whose icon and colour say the same. Below it, one card per
signature in signing order: the signer, the role they state, the signing time (as the signer's computer stated
it: there is no time-stamp authority offline), the certificate's SHA-256 fingerprint (selectable, to confirm
with the signer by another channel), the certificate's validity, what was changed after that signature, and
what is wrong with it. The domain's words come from its catalogue, in the interface language.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from c102desk.ui.widgets.prompts import Prompts
from c102desk.ui.worker import TaskRunner

if TYPE_CHECKING:
    from c102desk.report.verification import ReportCheck
    from c102desk.signing.verify import SignatureCheck


class Verdict(Enum):
    INTACT = "intact"
    ALTERED = "altered"
    NOT_SIGNED = "not_signed"


_LOOK = {  # background, border and text colours, and the icon
    Verdict.INTACT: ("#e6f4ea", "#26734d", "#1d5c3d", QStyle.StandardPixmap.SP_DialogApplyButton),
    Verdict.ALTERED: ("#fbe9eb", "#a51d2d", "#8a1525", QStyle.StandardPixmap.SP_MessageBoxCritical),
    Verdict.NOT_SIGNED: ("#fff4e0", "#9c6500", "#6b4500", QStyle.StandardPixmap.SP_MessageBoxWarning),
}
GOOD_STYLE = "color: #26734d; font-weight: bold;"
BAD_STYLE = "color: #a51d2d; font-weight: bold;"
PROBLEM_STYLE = "color: #8a1525;"


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class SignatureCard(QGroupBox):
    """One signature of the report: who, in what role, when, which certificate, what came after, problems."""

    def __init__(self, check: SignatureCheck, count: int, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureCard")
        self.check = check
        self.count = count
        self.language = language
        self.status_value = _selectable(QLabel(self))
        self.signer_value = _selectable(QLabel(self))
        self.role_value = _selectable(QLabel(self))
        self.time_value = _selectable(QLabel(self))
        self.validity_value = _selectable(QLabel(self))
        self.changes_value = _selectable(QLabel(self))
        self.problems_label = _selectable(QLabel(self))
        self.problems_label.setObjectName("signatureProblems")
        self.problems_label.setStyleSheet(PROBLEM_STYLE)
        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setReadOnly(True)
        self.fingerprint_edit.setObjectName("fingerprint")
        # Room for most of the 95 characters; the rest scrolls inside the field rather than the dialog sideways.
        self.fingerprint_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 48)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_fingerprint)
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint_edit, 1)
        fingerprint_row.addWidget(self.copy_button)

        self.form = QFormLayout(self)
        self.captions = [QLabel(self) for _ in range(7)]
        values: list[QWidget | QHBoxLayout] = [self.status_value, self.signer_value, self.role_value,
                                               self.time_value, fingerprint_row, self.validity_value,
                                               self.changes_value]
        for caption, value in zip(self.captions, values, strict=True):
            if isinstance(value, QHBoxLayout):
                self.form.addRow(caption, value)
                caption.setBuddy(self.fingerprint_edit)
            else:
                self.form.addRow(caption, value)
        self.form.addRow(self.problems_label)
        self.retranslate()

    def retranslate(self) -> None:
        from c102desk.report.verification import changes_text

        check = self.check
        title = self.tr("Signature %1 of %2").replace("%1", str(check.number)).replace("%2", str(self.count))
        if check.certifies:
            title = self.tr("%1 — certifies the report").replace("%1", title)
        self.setTitle(title)
        self.setAccessibleName(title)
        for caption, text in zip(self.captions, (
                self.tr("Status:"), self.tr("Signed by:"), self.tr("Role:"), self.tr("Signing time:"),
                self.tr("Certificate &fingerprint (SHA-256):"), self.tr("Certificate:"),
                self.tr("Changed after it:")), strict=True):
            caption.setText(text)
        self.status_value.setText(self.tr("valid") if check.ok else self.tr("NOT valid"))
        self.status_value.setStyleSheet(GOOD_STYLE if check.ok else BAD_STYLE)
        signer = check.signer + (f" ({check.organisation})" if check.organisation else "")
        self.signer_value.setText(signer or self.tr("not named"))
        self.role_value.setText(self.tr("%1 (as stated by the signer)").replace("%1", check.role) if check.role
                                else self.tr("not stated"))
        self.time_value.setText(self._time_text(check.signing_time))
        self.fingerprint_edit.setText(check.fingerprint)
        self.fingerprint_edit.setCursorPosition(0)
        if check.valid_from is not None and check.valid_until is not None:
            self.validity_value.setText(self.tr("valid from %1 to %2").replace(
                "%1", _day(check.valid_from)).replace("%2", _day(check.valid_until)))
        else:
            self.validity_value.setText(self.tr("unknown"))
        self.changes_value.setText(changes_text(check, self.language))
        self.changes_value.setStyleSheet(BAD_STYLE if check.changes_after.value == "other" else "")
        problems = [problem.render(self.language) for problem in check.problems]
        self.problems_label.setText("\n".join(f"• {text}" for text in problems))
        self.problems_label.setVisible(bool(problems))
        self.copy_button.setText(self.tr("Co&py"))
        self.copy_button.setAccessibleName(self.tr("Copy the fingerprint of signature %1").replace(
            "%1", str(check.number)))
        for label, name in ((self.status_value, self.tr("Status")), (self.signer_value, self.tr("Signer")),
                            (self.role_value, self.tr("Role")), (self.time_value, self.tr("Signing time")),
                            (self.validity_value, self.tr("Certificate validity")),
                            (self.changes_value, self.tr("Changed after it")),
                            (self.problems_label, self.tr("Problems"))):
            label.setAccessibleName(name)
        self.fingerprint_edit.setAccessibleName(self.tr("Certificate SHA-256 fingerprint of signature %1").replace(
            "%1", str(check.number)))

    def _time_text(self, when: datetime | None) -> str:
        """The stated signing time in the interface's locale, with UTC beside it when the two differ."""
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


def _day(moment: datetime) -> str:
    """A certificate's first or last day as ISO 8601 (UTC), unambiguous in every language, as ``verify`` prints."""
    return moment.astimezone(UTC).date().isoformat()


class VerifyReportDialog(QDialog):
    """``verified(verdict)`` is emitted with ``Verdict.value`` once a file has been checked."""

    verified = Signal(str)

    def __init__(self, prompts: Prompts | None = None, parent: QWidget | None = None, *,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("verifyReportDialog")
        self.prompts = prompts or Prompts()
        self.language = language
        self.runner = TaskRunner(self, self)
        self.verdict: Verdict | None = None
        self.path: Path | None = None
        self.report_check: ReportCheck | None = None
        self._detail_text = ""
        self.cards: list[SignatureCard] = []

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

        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setObjectName("subtle")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_box = QWidget(self)
        self.cards_layout = QVBoxLayout(self.result_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.result_box)
        self.scroll_area.hide()

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
        layout.addWidget(self.details_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 64, self.fontMetrics().height() * 30)

    # ------------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a report"))
        self.intro.setText(self.tr("Check who signed a c102desk report, in what role and when, and that nothing in "
                                   "it but signatures was changed after each signature."))
        self.choose_button.setText(self.tr("&Choose a report…"))
        self.choose_button.setAccessibleName(self.tr("Choose a report to verify"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.details_label.setAccessibleName(self.tr("Details"))
        self.scroll_area.setAccessibleName(self.tr("List of signatures"))
        if self.path is not None:
            self.file_label.setText(self.tr("File: %1").replace("%1", str(self.path)))
        for card in self.cards:
            card.retranslate()
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
        from c102desk.report.verification import verify_report

        self.path = Path(path)
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.path)))
        self.banner.hide()
        self.details_label.clear()
        self._set_cards(None)
        target = self.path
        self.runner.run(self.tr("Checking the signatures…"), lambda: verify_report(target), self._done,
                        self._failed)

    def _done(self, result: object) -> None:
        from c102desk.report.verification import ReportCheck

        assert isinstance(result, ReportCheck)
        self.report_check = result
        self.verdict = Verdict.INTACT if result.ok else Verdict.ALTERED
        self._detail_text = "\n".join(p.render(self.language) for p in (*result.pdf.problems, *result.problems))
        self._set_cards(result)
        self._show_verdict()
        self.verified.emit(self.verdict.value)

    def _failed(self, error: BaseException) -> None:
        from c102desk.signing.verify import NotASignedReportError

        if not isinstance(error, NotASignedReportError):
            self.prompts.show_error(self, self.tr("The report could not be checked"), error)
            return
        self.report_check = None
        self.verdict = Verdict.NOT_SIGNED
        message = error.args[0] if error.args else str(error)
        self._detail_text = message.render(self.language) if hasattr(message, "render") else str(message)
        self._set_cards(None)
        self._show_verdict()
        self.verified.emit(self.verdict.value)

    def _set_cards(self, result: ReportCheck | None) -> None:
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        while self.cards_layout.count():
            self.cards_layout.takeAt(0)
        if result is None:
            self.scroll_area.hide()
            return
        count = len(result.signatures)
        for check in result.signatures:
            card = SignatureCard(check, count, self.language, self.result_box)
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        self.cards_layout.addStretch(1)
        self.scroll_area.setVisible(bool(self.cards))

    def _show_verdict(self) -> None:
        verdict = self.verdict
        assert verdict is not None
        count = len(self.report_check.signatures) if self.report_check is not None else 0
        if verdict is Verdict.INTACT and count > 1:
            text = self.tr("<b>Intact.</b> The report carries %1 signatures, all valid, and nothing but signatures "
                           "was added after the first. Confirm each fingerprint below with its signer by another "
                           "channel (telephone, letter) to be sure who signed.").replace("%1", str(count))
        elif verdict is Verdict.INTACT:
            text = self.tr("<b>Intact.</b> The report is signed and has not been changed since it was signed. "
                           "Confirm the fingerprint below with the signer by another channel (telephone, letter) "
                           "to be sure who signed it.")
        elif verdict is Verdict.ALTERED:
            text = self.tr("<b>Altered or invalid.</b> This report was changed after it was signed, or a signature "
                           "in it is not valid. Do not rely on its content; ask the signer for the original.")
        else:
            text = self.tr("<b>Not a signed c102desk report.</b> The file carries no c102desk signature, so nothing "
                           "can be said about who wrote it or whether it was changed.")
        background, border, colour, icon = _LOOK[verdict]
        self.banner.setStyleSheet(f"QFrame#verdictBanner {{ background: {background}; border: 1px solid {border};"
                                  f" border-radius: 6px; }} QLabel {{ color: {colour}; background: transparent; }}")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        self.icon_label.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        if verdict is Verdict.NOT_SIGNED and self._detail_text:
            text += "<br><small>" + html.escape(self._detail_text, quote=False) + "</small>"
        self.verdict_label.setText(text)
        self.banner.setAccessibleName(self.tr("Verdict"))
        self.banner.setAccessibleDescription(self.verdict_label.text())
        self.banner.show()
        shown = verdict is not Verdict.NOT_SIGNED and bool(self._detail_text)
        self.details_label.setText(self.tr("What was found: %1").replace("%1", self._detail_text) if shown else "")
        self.details_label.setVisible(shown)

    def reject(self) -> None:
        if self.runner.is_busy():
            return
        super().reject()
