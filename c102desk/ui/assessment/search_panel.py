"""Find a question (Ctrl+F in an assessment): type words, an article ("Art 18") or an id; the results say where
each question is (Part and section); Enter goes to it, Esc closes the panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c102desk.questionnaire.model import Questionnaire
from c102desk.ui.assessment.question_search import search

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SHOWN = 60


class SearchPanel(QFrame):
    """``questionRequested(question_id)`` when a result is chosen; ``closed`` when the panel is dismissed."""

    questionRequested = Signal(str)
    closed = Signal()

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.questionnaire = questionnaire
        self.language = language
        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.label.setBuddy(self.field)
        self.count = QLabel(self)
        self.count.setObjectName("searchCount")
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        line = QHBoxLayout()
        line.addWidget(self.label)
        line.addWidget(self.field, 1)
        line.addWidget(self.count)
        line.addWidget(self.close_button)
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setColumnCount(3)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)  # whole in each row's tooltip
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.results.setColumnWidth(1, self.fontMetrics().horizontalAdvance("M") * 26)
        self.results.setMaximumHeight(self.fontMetrics().height() * 12)
        self.results.itemActivated.connect(lambda item, _column: self._chosen(item))
        self.results.installEventFilter(self)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self.update_results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 8, 18, 8)
        layout.setSpacing(6)
        layout.addLayout(line)
        layout.addWidget(self.results)
        self.results.hide()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("F&ind a question:"))
        self.field.setPlaceholderText(self.tr("Words, an article (Art 18) or an id"))
        self.field.setAccessibleName(self.tr("Find a question"))
        self.results.setAccessibleName(self.tr("Questions found"))
        self.results.setHeaderLabels([self.tr("Question"), self.tr("Where"), self.tr("Article and id")])
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the search"))
        self.close_button.setToolTip(self.tr("Close the search (Esc)"))
        self.update_results()

    def set_language(self, language: str) -> None:
        self.language = language
        self.update_results()

    def open(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def update_results(self) -> None:
        text = self.field.text()
        found = search(self.questionnaire, text, self.language)
        self.results.clear()
        for hit in found[:MAX_SHOWN]:
            question = hit.question
            where = self.tr("Part {part} · {section}").format(part=question.part, section=hit.section_title)
            reference = self.tr("Art {article} · {id}").format(article=question.article, id=question.id)
            item = QTreeWidgetItem(self.results, [hit.label, where, reference])
            item.setData(0, _ID_ROLE, question.id)
            item.setToolTip(0, hit.label)
            item.setToolTip(1, self.tr("Part {part} — {title}: {section}").format(
                part=question.part, title=hit.part_title, section=hit.section_title))
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setCurrentItem(first)
        self.results.setVisible(bool(text.strip()))
        if not text.strip():
            self.count.clear()
        elif not found:
            self.count.setText(self.tr("No question found"))
        elif len(found) > MAX_SHOWN:
            self.count.setText(self.tr("First %1 of %2").replace("%1", str(MAX_SHOWN)).replace("%2", str(len(found))))
        else:
            self.count.setText(self.tr("Found: %1").replace("%1", str(len(found))))

    def found_ids(self) -> list[str]:
        return [str(self.results.topLevelItem(i).data(0, _ID_ROLE))  # type: ignore[union-attr]
                for i in range(self.results.topLevelItemCount())]

    def result_texts(self, row: int) -> list[str]:
        """What a result's row shows: the question, where it is, its article and id."""
        item = self.results.topLevelItem(row)
        return [] if item is None else [item.text(c) for c in range(3)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.dismiss()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._chosen(item)
                return True
            count = self.results.topLevelItemCount()
            if watched is self.field and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and count:
                step = 1 if key == Qt.Key.Key_Down else -1
                chosen = self.results.currentItem()
                current = self.results.indexOfTopLevelItem(chosen) if chosen is not None else -1
                target = self.results.topLevelItem(min(max(current + step, 0), count - 1))
                if target is not None:
                    self.results.setCurrentItem(target)
                return True
        return super().eventFilter(watched, event)

    def _chosen(self, item: QTreeWidgetItem) -> None:
        question_id = str(item.data(0, _ID_ROLE))
        self.hide()
        self.questionRequested.emit(question_id)
