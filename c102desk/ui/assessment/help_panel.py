"""The help panel: the article and guidance of the focused question, and the engine's assumption about it."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from c102desk.questionnaire.model import PartDefinition, Question, Questionnaire


class HelpPanel(QScrollArea):
    """Shows texts of ``questionnaire`` in ``language`` (set by the assessment view when it changes)."""

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.language = language
        self._shown: Question | PartDefinition | None = None
        self.setObjectName("helpPanel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read, not operated: no Tab stop that shows nothing
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("helpBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 18, 16, 16)
        layout.setSpacing(10)
        self.caption = QLabel(body)
        self.caption.setObjectName("helpCaption")
        self.title = _label(body, "helpTitle")
        self.article = _label(body, "helpArticle")
        self.text = _label(body, "helpText")
        self.assumption = _label(body, "helpAssumption")
        for widget in (self.caption, self.title, self.article, self.text, self.assumption):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.question_id: str | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Help"))
        self.caption.setText(self.tr("HELP"))
        if isinstance(self._shown, Question):
            self.show_question(self._shown)
        elif isinstance(self._shown, PartDefinition):
            self.show_part(self._shown)

    def show_question(self, question: Question) -> None:
        self.question_id = question.id
        self._shown = question
        self.title.setText(self.questionnaire.label(question, self.language))
        self.article.setText(self.tr("ILO Convention No. 102, Article {article}").format(article=question.article))
        self.text.setText(self.questionnaire.help_text(question, self.language))
        assumption = self.questionnaire.assumption_text(question, self.language)
        self.assumption.setVisible(bool(assumption))
        if assumption:
            tag, _, text = assumption.partition("]")
            kind = (self.tr("Interpretation made by c102desk") if tag.strip("[ ") == "I"
                    else self.tr("Unverified fact"))
            shown_tag, shown_text = html.escape(tag, quote=False), html.escape(text.strip(), quote=False)
            self.assumption.setText(f"<b>{kind} {shown_tag}]</b><br>{shown_text}")

    def show_part(self, part: PartDefinition) -> None:
        self.question_id = None
        self._shown = part
        title = self.questionnaire.part_title(part.id, self.language)
        self.title.setText(self.tr("Part {part} — {title}").format(part=part.id, title=title))
        self.article.setText(self.tr("ILO Convention No. 102, Articles {articles}").format(articles=part.articles))
        self.text.setText(self.questionnaire.part_intro(part.id, self.language))
        self.assumption.setVisible(False)


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
