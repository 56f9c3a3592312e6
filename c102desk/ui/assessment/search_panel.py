"""Find a question (Ctrl+F in an assessment): type words, an article ("Art 18") or an id; the results say where
each question is (Part and section); Enter goes to it, Esc closes the panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
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
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setMaximumHeight(self.fontMetrics().height() * 14)
        self.results.itemActivated.connect(self._chosen)
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
            where = self.tr("Part {part} · {section} · Art {article} · {id}").format(
                part=question.part, section=hit.section_title, article=question.article, id=question.id)
            item = QListWidgetItem(f"{hit.label}\n{where}", self.results)
            item.setData(_ID_ROLE, question.id)
            item.setToolTip(self.tr("Part {part} — {title}").format(part=question.part, title=hit.part_title))
        if found:
            self.results.setCurrentRow(0)
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
        return [str(self.results.item(i).data(_ID_ROLE)) for i in range(self.results.count())]

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
            if watched is self.field and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _chosen(self, item: QListWidgetItem) -> None:
        question_id = str(item.data(_ID_ROLE))
        self.hide()
        self.questionRequested.emit(question_id)
