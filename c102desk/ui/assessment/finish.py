"""Finishing an assessment: the check before "Mark as final", and the banner of a final (read-only) one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from c102desk.engine.results import Status
from c102desk.i18n.verdicts import requirement_named
from c102desk.questionnaire.model import Severity
from c102desk.ui.assessment.session import AssessmentSession
from c102desk.ui.assessment.value_text import figure_text, value_text
from c102desk.ui.widgets.screen_fit import fitting_size


@dataclass(frozen=True)
class Gap:
    """Something left before the assessment is finished: a gap, an unanswered question, a warning."""

    kind: str  # "insufficient", "unanswered", "warning" or "check"
    question_id: str
    text: str
    part: str = ""  # where it is: the Part and section of its question
    section: str = ""
    context: str = ""  # the question's label, its article and the value saved (when there is one)


KINDS = ("insufficient", "unanswered", "warning", "check")


def find_gaps(session: AssessmentSession) -> list[Gap]:
    """What is missing or doubtful: requirements lacking information, unanswered relevant questions, answers
    saved with a validation warning (errors are never saved) and consistency checks no note answers yet.
    In questionnaire order, so that the list reads Part by Part, section by section."""
    lang, questionnaire = session.language, session.questionnaire
    gaps: list[Gap] = []

    def where(question_id: str) -> tuple[str, str, str]:
        question = questionnaire.by_id.get(question_id)
        if question is None:
            return "", "", ""
        value = session.value(question_id)
        shown = value_text(questionnaire, question, value, lang) if session.has_value(question_id) else ""
        context = QCoreApplication.translate("FinalizeDialog", "Art {article}").format(article=question.article)
        if shown:
            context = QCoreApplication.translate("FinalizeDialog", "{context} · saved: {value}").format(
                context=context, value=shown)
        return question.part, question.section, context

    for part_id, result in session.evaluation.parts.items():
        if result.status.value == "not_assessed":
            continue
        for req in result.requirements:
            if req.status is Status.INSUFFICIENT and req.required:
                question_id = req.questions[0] if req.questions else ""
                part, section, context = where(question_id)
                text = QCoreApplication.translate("FinalizeDialog", "{requirement} lacks information: {text}").format(
                    requirement=requirement_named(req.id, req.article, lang), text=req.text(lang))
                gaps.append(Gap("insufficient", question_id, text, part or part_id, section, context))
    for question in session.unanswered():
        part, section, context = where(question.id)
        text = QCoreApplication.translate("FinalizeDialog", "Not answered: {label}").format(
            label=questionnaire.label(question, lang))
        gaps.append(Gap("unanswered", question.id, text, part, section, context))
    for question_id, value in session.answers.items():
        asked = session.questionnaire.by_id.get(question_id)
        if asked is None or not session.is_relevant(asked):
            continue
        for issue in asked.check(value):
            if issue.severity is Severity.WARNING:
                part, section, context = where(question_id)
                text = QCoreApplication.translate("FinalizeDialog", "To check: {message}").format(
                    message=questionnaire.issue_text(asked, issue, lang))
                gaps.append(Gap("warning", question_id, text, part, section, context))
    for finding in session.unsettled_findings():
        part, section, context = where(finding.question_id)
        text = QCoreApplication.translate("FinalizeDialog", "To check: {message}").format(
            message=finding.text(lang, figure_text))
        gaps.append(Gap("check", finding.question_id, text, part, section, context))
    order = {q.id: n for n, q in enumerate(questionnaire.questions())}
    parts = [p.id for p in questionnaire.parts]
    gaps.sort(key=lambda g: (parts.index(g.part) if g.part in parts else len(parts), order.get(g.question_id, 0),
                             KINDS.index(g.kind)))
    return gaps


_GAP_ROLE = Qt.ItemDataRole.UserRole + 1


class _WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the width left after the indentation (Qt's own estimate takes
    the whole column and cuts the last line of a long question)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(self.view.viewport().width() - self.view.indentation() * (depth + 1) - 16, 80)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(base.width(), max(base.height(), bounds.height() + 8))


class FinalizeDialog(QDialog):
    """Lists the gaps by Part and section and asks to confirm; ``accepted`` means "mark as final". Activating a
    gap (double-click, or Enter on it) closes the dialog without marking anything and asks for its question
    (``questionRequested``)."""

    questionRequested = Signal(str)

    def __init__(self, gaps: list[Gap], parent: QWidget | None = None, *,
                 session: AssessmentSession | None = None) -> None:
        super().__init__(parent)
        self.gaps = gaps
        self.setObjectName("finalizeDialog")
        self.setWindowTitle(self.tr("Mark the assessment as final"))
        layout = QVBoxLayout(self)
        if gaps:
            counts = {kind: sum(1 for g in gaps if g.kind == kind) for kind in KINDS}
            text = self.tr(
                "Before you mark this assessment as final, note what is still missing: {insufficient} requirement(s) "
                "lacking information, {unanswered} relevant question(s) not answered and {checks} answer(s) to "
                "check. A final assessment can no longer be changed; it can be reopened as a new revision."
            ).format(insufficient=counts["insufficient"], unanswered=counts["unanswered"],
                     checks=counts["warning"] + counts["check"])
        else:
            text = self.tr("Every relevant question is answered and nothing is flagged. A final assessment can no "
                           "longer be changed; it can be reopened as a new revision.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("gapTree")
        self.tree.setAccessibleName(self.tr("What is missing or flagged, by Part and section"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One column as wide as the list: long texts wrap onto more lines instead of being cut.
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrapDelegate(self.tree))
        self._fill(gaps, session)
        self.tree.setVisible(bool(gaps))
        self.tree.itemActivated.connect(self._go_to)
        # Enter on an item goes to its question; left to the dialog it would also press the default button.
        self.tree.installEventFilter(self)
        layout.addWidget(self.tree, 1)
        self.hint = QLabel(self.tr("Double-click an item, or select it and press Enter, to go to its question."),
                           self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(gaps))
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(self)
        self.confirm = buttons.addButton(self.tr("Mark as final"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter marks final only when nothing is missing; otherwise the safe choice is the default.
        (self.confirm if not gaps else self.cancel).setDefault(True)
        em, line = self.fontMetrics().horizontalAdvance("M"), self.fontMetrics().height()
        self.resize(fitting_size(self, em * 84, line * 38))
        first = self._first_gap_item()
        if first is not None:
            self.tree.setCurrentItem(first)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.tree.scheduleDelayedItemsLayout()  # the rows' heights depend on the width

    def _fill(self, gaps: list[Gap], session: AssessmentSession | None) -> None:
        questionnaire = session.questionnaire if session is not None else None
        lang = session.language if session is not None else "en"
        parts: dict[str, QTreeWidgetItem] = {}
        sections: dict[tuple[str, str], QTreeWidgetItem] = {}
        for gap in gaps:
            part_item = parts.get(gap.part)
            if part_item is None:
                title = questionnaire.part_title(gap.part, lang) if questionnaire and gap.part else ""
                part_item = QTreeWidgetItem(self.tree, [self.tr("Part {part} — {title}").format(
                    part=gap.part, title=title) if title else self.tr("Part {part}").format(part=gap.part)])
                _bold(part_item)
                parts[gap.part] = part_item
            parent = part_item
            if gap.section:
                section_item = sections.get((gap.part, gap.section))
                if section_item is None:
                    title = (questionnaire.section_title(gap.part, gap.section, lang)
                             if questionnaire is not None else gap.section)
                    section_item = QTreeWidgetItem(part_item, [title])
                    sections[(gap.part, gap.section)] = section_item
                parent = section_item
            item = QTreeWidgetItem(parent, [f"{gap.text}\n{gap.context}" if gap.context else gap.text])
            item.setData(0, _GAP_ROLE, self.gaps.index(gap))
            item.setToolTip(0, gap.context or gap.text)
        for part_id, part_item in parts.items():
            count = sum(1 for g in gaps if g.part == part_id)
            part_item.setText(0, self.tr("{title} · {count} to see").format(title=part_item.text(0), count=count))
        self.tree.expandAll()

    def gap_items(self) -> list[tuple[QTreeWidgetItem, Gap]]:
        """Every gap's item in the tree, in display order."""
        out = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value() is not None:
            item = iterator.value()
            index = item.data(0, _GAP_ROLE)
            if index is not None:
                out.append((item, self.gaps[int(index)]))
            iterator += 1
        return out

    def _first_gap_item(self) -> QTreeWidgetItem | None:
        found = self.gap_items()
        return found[0][0] if found else None

    def texts(self) -> list[str]:
        return [gap.text for _item, gap in self.gap_items()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            item = self.tree.currentItem()
            if item is not None:
                self._go_to(item)
            return True
        return super().eventFilter(watched, event)

    def _go_to(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, _GAP_ROLE)
        if index is None:  # a Part or section heading: unfold or fold it
            item.setExpanded(not item.isExpanded())
            return
        question_id = self.gaps[int(index)].question_id
        if question_id:
            self.reject()  # nothing is marked final
            self.questionRequested.emit(question_id)


def _bold(item: QTreeWidgetItem) -> None:
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)


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
