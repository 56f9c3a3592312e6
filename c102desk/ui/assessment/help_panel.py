"""The help panel: the article and guidance of the focused question, and the engine's assumption about it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from c102desk.questionnaire.model import PartDefinition, Question


class HelpPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Help"))
        body = QWidget(self)
        body.setObjectName("helpBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 18, 16, 16)
        layout.setSpacing(10)
        self.caption = QLabel(self.tr("HELP"), body)
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

    def show_question(self, question: Question) -> None:
        self.question_id = question.id
        self.title.setText(question.label)
        self.article.setText(self.tr("ILO Convention No. 102, Article {article}").format(article=question.article))
        self.text.setText(question.help)
        self.assumption.setVisible(bool(question.assumption))
        if question.assumption:
            tag, _, text = question.assumption.partition("]")
            kind = (self.tr("Interpretation made by c102desk") if tag.strip("[ ") == "I"
                    else self.tr("Unverified fact"))
            self.assumption.setText(f"<b>{kind} {tag}]</b><br>{text.strip()}")

    def show_part(self, part: PartDefinition) -> None:
        self.question_id = None
        self.title.setText(self.tr("Part {part} — {title}").format(part=part.id, title=part.title))
        self.article.setText(self.tr("ILO Convention No. 102, Articles {articles}").format(articles=part.articles))
        self.text.setText(part.intro)
        self.assumption.setVisible(False)


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
