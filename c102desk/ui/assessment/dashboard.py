"""The compliance dashboard: Parts × verdict at a glance, the requirements behind each verdict, the
ratification panel and a what-if switch for the Article 3 declaration (evaluated, never saved)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c102desk.engine import Evaluation, Requirement
from c102desk.engine.gaps import closing_action
from c102desk.engine.render_text import part_title
from c102desk.i18n import typeset
from c102desk.i18n.verdicts import (
    article,
    mark_meaning,
    marks_in,
    missing_heading,
    missing_line,
    requirement_name,
    requirement_named,
)
from c102desk.ui.assessment.session import ART3_QUESTION, AssessmentSession
from c102desk.ui.assessment.status_style import (
    SUPERSEDED,
    chip_colours,
    part_status_label,
    ratification_label,
    requirement_label,
)
from c102desk.ui.widgets.cell_painting import paint_chip

RATIFICATION_ROW = "ratification"


def ratification_answer(evaluation: Evaluation) -> str:
    """``possible``, ``not_possible`` or ``not_yet_determinable`` (the status the engine's contract names)."""
    return evaluation.ratification.status.value
REFERENCE_COLUMN = 3
_STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
_QUESTION_ROLE = Qt.ItemDataRole.UserRole + 2


class ChipDelegate(QStyledItemDelegate):
    """Paints a status cell as a rounded chip in the verdict's colour, its name written inside."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        status = index.data(_STATUS_ROLE)
        if not status:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        background, text = chip_colours(str(status))
        rect: QRect = option.rect.adjusted(6, 4, -6, -4)
        metrics = option.fontMetrics
        label = str(index.data(Qt.ItemDataRole.DisplayRole))
        width = min(rect.width(), metrics.horizontalAdvance(label) + 20)
        height = min(rect.height(), metrics.height() + 8)
        chip = QRect(rect.left(), rect.top() + (rect.height() - height) // 2, width, height)
        paint_chip(painter, chip, label, background, text, painter.font())


class _WrapDelegate(QStyledItemDelegate):
    """Rows tall enough for the whole wrapped text, with breathing room (explanations are never cut)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = max(self.view.columnWidth(index.column()) - 12, 40)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, bounds.height() + 14)


class Dashboard(QWidget):
    """Emits ``questionRequested(question_id)`` when a requirement is activated (double-click or Enter).

    It fills itself only while shown: hidden, a new evaluation (or language) just marks it stale, and it
    catches up when shown (or when ``ensure_current`` is called). Opening an assessment does not pay for it.
    """

    questionRequested = Signal(str)

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.evaluation: Evaluation = session.evaluation
        self._stale = True  # nothing shown yet
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self._ratification_panel())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.parts = QTableWidget(0, 3, splitter)
        self.parts.setObjectName("partsTable")
        self.parts.verticalHeader().setVisible(False)
        self.parts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.parts.setItemDelegateForColumn(1, ChipDelegate(self.parts))
        self.parts.setWordWrap(True)
        self.parts.verticalHeader().setDefaultSectionSize(40)
        # Long Part titles (French, Spanish) wrap onto a third line rather than being cut.
        self.parts.verticalHeader().setMinimumSectionSize(40)
        self.parts.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.parts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.parts.setColumnWidth(1, 180)
        self.parts.setShowGrid(False)
        self.parts.setAlternatingRowColors(True)
        self.requirements = QTreeWidget(splitter)
        self.requirements.setObjectName("requirementsTree")
        self.requirements.setColumnCount(4)
        self.requirements.setRootIsDecorated(False)
        self.requirements.setWordWrap(True)
        self.requirements.setUniformRowHeights(False)
        self.requirements.setItemDelegateForColumn(1, ChipDelegate(self.requirements))
        self.requirements.setItemDelegateForColumn(0, _WrapDelegate(self.requirements))
        self.requirements.setItemDelegateForColumn(2, _WrapDelegate(self.requirements))
        self.requirements.header().sectionResized.connect(lambda *_: self.requirements.doItemsLayout())
        # The reference column (the requirement's id, as in the JSON output) stays narrow, at the right.
        self.requirements.header().setStretchLastSection(False)
        self.requirements.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.requirements.header().setSectionResizeMode(REFERENCE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.requirements.setColumnWidth(0, 190)
        self.requirements.setColumnWidth(1, 170)
        self.requirements.setAlternatingRowColors(True)
        self.requirements.setTextElideMode(Qt.TextElideMode.ElideNone)
        splitter.addWidget(self.parts)
        splitter.addWidget(self.requirements)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([470, 730])
        layout.addWidget(splitter, 1)
        self.hint = hint = QLabel(self)
        hint.setObjectName("dashboardHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.parts.currentCellChanged.connect(lambda row, *_: self._show_requirements(row))
        self.requirements.itemActivated.connect(self._activated)
        self.what_if.toggled.connect(self._what_if_toggled)
        session.evaluated.connect(self._changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Fixed texts in the interface language; verdicts and explanations in the session's language."""
        self.parts.setAccessibleName(self.tr("Verdict of each Part"))
        self.parts.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Verdict"), self.tr("Art 3")])
        self.requirements.setAccessibleName(self.tr("Requirements behind the verdict"))
        self.requirements.setHeaderLabels([self.tr("Requirement"), self.tr("Status"), self.tr("Explanation"),
                                           self.tr("Ref.")])
        self.requirements.headerItem().setToolTip(
            REFERENCE_COLUMN, self.tr("The requirement's reference, as in the evaluation file (JSON)"))
        self.requirements.setToolTip(self.tr("Double-click or press Enter to go to the question that decides it"))
        self._hint = self.tr("Double-click a requirement, or select it and press Enter, to open the question "
                             "that decides it.")
        self.hint.setText(self._hint)
        self.what_if.setAccessibleName(self.tr("What-if: evaluate as if an Article 3 declaration were made"))
        self.what_if_note.setText(self.tr("What-if view: the verdicts assume the declaration; nothing is saved."))
        self._changed()

    def _ratification_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("ratificationPanel")
        layout = QHBoxLayout(panel)
        layout.setContentsMargins(16, 12, 16, 12)
        texts = QVBoxLayout()
        self.verdict = QLabel(panel)
        self.verdict.setObjectName("ratificationVerdict")
        self.verdict.setWordWrap(True)
        self.details = QLabel(panel)
        self.details.setWordWrap(True)
        self.details.setObjectName("ratificationDetails")
        texts.addWidget(self.verdict)
        texts.addWidget(self.details)
        layout.addLayout(texts, 1)
        switch = QVBoxLayout()
        self.what_if = QCheckBox(panel)
        self.what_if_note = QLabel(panel)
        self.what_if_note.setObjectName("whatIfNote")
        self.what_if_note.setWordWrap(True)
        self.what_if_note.setVisible(False)
        switch.addWidget(self.what_if)
        switch.addWidget(self.what_if_note)
        switch.addStretch(1)
        layout.addLayout(switch)
        return panel

    # ------------------------------------------------------------------ showing

    def _changed(self) -> None:
        """A new evaluation or language: show it now if the dashboard is on screen, else when it is shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_current()
        super().showEvent(event)

    def ensure_current(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        declared = self.session.value(ART3_QUESTION) is True
        self.what_if.setText(self.tr("What if no Article 3 declaration were made?") if declared
                             else self.tr("What if an Article 3 declaration were made?"))
        if self.what_if.isChecked():
            self.evaluation = self.session.what_if({ART3_QUESTION: not declared})
        else:
            self.evaluation = self.session.evaluation
        self._show_ratification()
        self._show_parts()

    def _what_if_toggled(self, on: bool) -> None:
        self.what_if_note.setVisible(on)
        self.setProperty("whatIf", on)
        self.refresh()

    def _show_ratification(self) -> None:
        ratification = self.evaluation.ratification
        answer = ratification_label(ratification_answer(self.evaluation), self.session.language)
        if ratification.possible:
            self.verdict.setText(self.tr("{answer} — Parts {parts} could be accepted").format(
                answer=answer, parts=", ".join(ratification.parts)))
            self.verdict.setProperty("possible", "yes")
        else:
            self.verdict.setText(answer)
            undetermined = ratification_answer(self.evaluation) == "not_yet_determinable"
            self.verdict.setProperty("possible", "open" if undetermined else "no")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        lines = []
        lang = self.session.language
        if not ratification.possible:
            accepted = ", ".join(ratification.parts) or self.tr("none")
            lines.append(html.escape(self.tr("Parts that could be accepted now: {parts}").format(parts=accepted)))
        for blocker in ratification.blocking:
            lines.append(html.escape(self.tr("Blocking: {reason}").format(reason=self._blocker(blocker, lang))))
        if ratification.missing:
            lines.append(html.escape(missing_heading(lang)))
            lines += [html.escape("– " + missing_line(part_title(m.part, lang), m.status, m.requirements, lang))
                      for m in ratification.missing]
        if ratification.article_3_declaration_needed:
            lines.append(html.escape(self.tr("An Article 3 declaration is needed for this answer.")))
        self.details.setText("<br>".join(lines) if lines else self.tr("Nothing blocks ratification."))

    def _blocker(self, requirement_id: str, lang: str) -> str:
        """A blocker in words and figures: its name, its article and what the engine found."""
        try:
            requirement = self.evaluation.requirement(requirement_id)
        except KeyError:
            return requirement_name(requirement_id, lang)
        text = self.tr("{requirement}: {explanation}").format(
            requirement=requirement_named(requirement.id, requirement.article, lang),
            explanation=requirement.text(lang))
        action = closing_action(requirement)
        if action is not None:
            text += " " + self.tr("To close the gap: {action}").format(action=action.render(lang))
        return typeset(text, lang)

    def _show_parts(self) -> None:
        current = max(self.parts.currentRow(), 0)
        results = self.evaluation.parts
        questionnaire, lang = self.session.questionnaire, self.session.language
        self.parts.blockSignals(True)
        self.parts.setRowCount(len(results) + 1)
        for row, (part_id, result) in enumerate(results.items()):
            title = questionnaire.part_title(part_id, self.session.language)
            self._set_row(row, self.tr("Part {part} — {title}").format(part=part_id, title=title), part_id,
                          result.status.value, part_status_label(result.status.value, lang),
                          self.tr("yes") if result.article_3 else "")
        answer = ratification_answer(self.evaluation)
        self._set_row(len(results), self.tr("Ratification (Arts 2–6)"), RATIFICATION_ROW, answer,
                      ratification_label(answer, lang), "")
        self.parts.blockSignals(False)
        self.parts.setCurrentCell(current, 0)
        self._show_requirements(current)

    def _set_row(self, row: int, title: str, key: str, status: str, label: str, art3: str) -> None:
        name = QTableWidgetItem(title)
        name.setData(Qt.ItemDataRole.UserRole, key)
        name.setToolTip(title)
        chip = QTableWidgetItem(label)
        chip.setData(_STATUS_ROLE, status)
        chip.setData(Qt.ItemDataRole.AccessibleTextRole, label)
        self.parts.setItem(row, 0, name)
        self.parts.setItem(row, 1, chip)
        self.parts.setItem(row, 2, QTableWidgetItem(art3))

    def select(self, key: str) -> None:
        for row in range(self.parts.rowCount()):
            item = self.parts.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                self.parts.setCurrentCell(row, 0)
                return

    def _show_requirements(self, row: int) -> None:
        item = self.parts.item(row, 0)
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key == RATIFICATION_ROW:
            requirements = self.evaluation.ratification.requirements
        else:
            requirements = self.evaluation.parts[key].requirements
        self.requirements.clear()
        for requirement in requirements:
            self.requirements.addTopLevelItem(self._requirement_item(requirement))
        # Wherever [I] or [U] is shown, what it means is shown too.
        lang = self.session.language
        marks = marks_in(" ".join(r.text(lang) for r in requirements))
        self.hint.setText("\n".join([self._hint, *(mark_meaning(mark, lang) + "." for mark in marks)]))

    def _requirement_item(self, requirement: Requirement) -> QTreeWidgetItem:
        lang = self.session.language
        title = f"{requirement_name(requirement.id, lang)}\n{article(requirement.article, lang)}"
        explanation = requirement.text(lang)
        if not requirement.required:
            explanation = self.tr("(for information) {text}").format(text=explanation)
        action = closing_action(requirement)
        if action is not None:
            explanation += "\n" + typeset(self.tr("To close the gap: {action}").format(action=action.render(lang)),
                                           lang)
        status = requirement.status.value
        item = QTreeWidgetItem([title, requirement_label(status, lang, superseded=requirement.superseded), explanation,
                                requirement.id])
        item.setForeground(REFERENCE_COLUMN, self.palette().placeholderText())
        item.setData(1, _STATUS_ROLE, SUPERSEDED if requirement.superseded else status)
        item.setData(0, _QUESTION_ROLE, requirement.questions[0] if requirement.questions else "")
        item.setToolTip(2, explanation)
        return item

    def requirement_items(self) -> list[QTreeWidgetItem]:
        items = (self.requirements.topLevelItem(i) for i in range(self.requirements.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _activated(self, item: QTreeWidgetItem) -> None:
        question_id = item.data(0, _QUESTION_ROLE)
        if question_id:
            self.questionRequested.emit(str(question_id))
