"""Finishing an assessment: the check before "Mark as final", and the banner of a final (read-only) one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from c102desk.engine.results import Status
from c102desk.i18n.verdicts import requirement_named
from c102desk.questionnaire.model import Severity
from c102desk.ui.assessment.session import AssessmentSession


@dataclass(frozen=True)
class Gap:
    kind: str  # "insufficient", "unanswered" or "warning"
    question_id: str
    text: str


def find_gaps(session: AssessmentSession) -> list[Gap]:
    """What is missing or doubtful: requirements lacking information, unanswered relevant questions, and
    answers saved with a validation warning (errors are never saved)."""
    lang, questionnaire = session.language, session.questionnaire
    gaps: list[Gap] = []
    for part_id, result in session.evaluation.parts.items():
        if result.status.value == "not_assessed":
            continue
        for req in result.requirements:
            if req.status is Status.INSUFFICIENT and req.required:
                text = QCoreApplication.translate(
                    "FinalizeDialog", "Part {part}: {requirement} lacks information — {text}").format(
                    part=part_id, requirement=requirement_named(req.id, req.article, lang), text=req.text(lang))
                gaps.append(Gap("insufficient", req.questions[0] if req.questions else "", text))
    for question in session.unanswered():
        gaps.append(Gap("unanswered", question.id, QCoreApplication.translate(
            "FinalizeDialog", "Part {part}: not answered — {label}").format(
            part=question.part, label=questionnaire.label(question, lang))))
    for question_id, value in session.answers.items():
        asked = session.questionnaire.by_id.get(question_id)
        if asked is None or not session.is_relevant(asked):
            continue
        for issue in asked.check(value):
            if issue.severity is Severity.WARNING:
                gaps.append(Gap("warning", question_id, QCoreApplication.translate(
                    "FinalizeDialog", "Part {part}: to check — {message}").format(
                    part=asked.part, message=questionnaire.issue_text(asked, issue, lang))))
    return gaps


class FinalizeDialog(QDialog):
    """Lists the gaps and asks to confirm; ``accepted`` means "mark as final". Activating a gap (double-click, or
    Enter on it) closes the dialog without marking anything and asks for its question (``questionRequested``)."""

    questionRequested = Signal(str)

    def __init__(self, gaps: list[Gap], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gaps = gaps
        self.setWindowTitle(self.tr("Mark the assessment as final"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        if gaps:
            kinds = ("insufficient", "unanswered", "warning")
            counts = {kind: sum(1 for g in gaps if g.kind == kind) for kind in kinds}
            text = self.tr(
                "Before you mark this assessment as final, note what is still missing: {insufficient} requirement(s) "
                "lacking information, {unanswered} relevant question(s) not answered and {warning} answer(s) saved "
                "with a warning. A final assessment can no longer be changed; it can be reopened as a new revision."
            ).format(**counts)
        else:
            text = self.tr("Every relevant question is answered and nothing is flagged. A final assessment can no "
                           "longer be changed; it can be reopened as a new revision.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("What is missing or flagged"))
        self.list.setWordWrap(True)
        for gap in gaps:
            item = QListWidgetItem(gap.text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, gap.question_id)
        self.list.setVisible(bool(gaps))
        self.list.itemActivated.connect(self._go_to)
        # Enter on an item goes to its question; left to the dialog it would also press the default button.
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)
        self.hint = QLabel(self.tr("Double-click an item, or select it and press Enter, to go to its question."),
                           self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(gaps))
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(self)
        self.confirm = buttons.addButton(self.tr("Mark as final"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not gaps:
            self.confirm.setDefault(True)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            item = self.list.currentItem()
            if item is not None:
                self._go_to(item)
            return True
        return super().eventFilter(watched, event)

    def _go_to(self, item: QListWidgetItem) -> None:
        question_id = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if question_id:
            self.reject()  # nothing is marked final
            self.questionRequested.emit(question_id)


class FinalBanner(QFrame):
    """Shown above a final assessment: it is read-only; offers to reopen it as a new revision."""

    reopenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finalBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.reopen = QPushButton(self)
        self.reopen.clicked.connect(self.reopenRequested)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reopen)
        self.revision = 1
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.reopen.setText(self.tr("&Reopen as a new revision"))
        self.reopen.setAccessibleName(self.tr("Reopen as a new revision"))
        self.show_revision(self.revision)

    def show_revision(self, revision: int) -> None:
        self.revision = revision
        self.text.setText(self.tr("<b>Final — revision {revision}.</b> This assessment is read-only. To change it, "
                                  "reopen it as a new revision; this one stays as it is.").format(revision=revision))
