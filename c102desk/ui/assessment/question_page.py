"""The question pages: one scrollable page per Part, generated from the questionnaire data.

A ``QuestionRow`` holds one question: its label, the editor for its type, the inline validation message and,
folded away, the answer's note, national legal citation and evidence files.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from c102desk.questionnaire.model import Issue, PartDefinition, Question, QuestionType, Severity
from c102desk.ui.assessment.answer_widgets import AnswerEditor, YesNoEditor, make_editor, suffix_for
from c102desk.ui.assessment.locale_numbers import format_number
from c102desk.ui.assessment.session import AssessmentSession

CURRENCY_QUESTION = "I.wages.currency"
TIME_BASIS_QUESTION = "I.wages.time_basis"


class QuestionRow(QFrame):
    focused = Signal(str)
    advanceRequested = Signal(str)

    def __init__(self, session: AssessmentSession, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question = question
        self.setObjectName("questionRow")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setObjectName("questionLabel")
        self.meta = meta = QLabel(self)
        meta.setObjectName("questionMeta")
        meta.setWordWrap(True)
        currency, basis = _text(session.value(CURRENCY_QUESTION)), _text(session.value(TIME_BASIS_QUESTION))
        suffix = suffix_for(question, currency, basis)
        self.editor: AnswerEditor = make_editor(question, suffix, QLocale(), self)
        self.label.setBuddy(self.editor.inputs()[0])
        self._issue_label: QLabel | None = None  # built with the first message shown (most rows never have one)
        self._issue: tuple[Severity, str] | None = None
        self.details_button = QToolButton(self)
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        # The note, citation and evidence panel is folded away: it is built when first unfolded (or reached
        # through ``details``). It holds half of a row's widgets, and a Part page is built while the user waits.
        self._details: _DetailsPanel | None = None
        self._read_only = False
        self.details_button.toggled.connect(self._toggle_details)
        layout.addWidget(self.label)
        layout.addWidget(meta)
        layout.addWidget(self.editor)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.editor.committed.connect(self._committed)
        self.editor.unreadable.connect(self._unreadable)
        for widget in self.editor.inputs():
            widget.installEventFilter(self)
        self.retranslate()

    # ------------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The question's texts in the session's language and the interface's, numbers in Qt's default locale."""
        question, lang = self.question, self.session.language
        label = self.session.questionnaire.label(question, lang)
        self.label.setText(label)
        self.meta.setText(self.tr("Art {article} · {id}").format(article=question.article, id=question.id))
        if self._issue_label is not None:
            self._issue_label.setAccessibleName(self.tr("Validation message for: {label}").format(label=label))
        self.details_button.setText(self.tr("Note, legal citation, evidence"))
        self.details_button.setAccessibleName(self.tr("Note, legal citation and evidence for: {label}").format(
            label=label))
        self.editor.retranslate(self.session.questionnaire, lang, QLocale())
        if self._details is not None:
            self._details.retranslate(label)
        if self._issue is not None and self._issue[0] is Severity.ERROR:
            self._show_issue(*self._issue)  # a refused value stays shown, its prefix in the new language
        else:
            self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Show the stored value, its warning if any, and its details."""
        question = self.question
        value = self.session.value(question.id)
        if isinstance(self.editor, YesNoEditor):
            self.editor.set_value(value, answered=question.id in self.session.details)
        else:
            self.editor.set_value(value)
        warnings = [i for i in question.check(value) if i.severity is Severity.WARNING]
        self._show_issue(Severity.WARNING, self._issue_text(warnings[0]) if warnings else None)
        if self._details is not None:
            self._details.refresh()

    def set_suffix(self, currency: str | None, time_basis: str | None) -> None:
        if self.question.type is QuestionType.AMOUNT:
            setter = getattr(self.editor, "set_suffix", None)
            if setter is not None:
                setter(suffix_for(self.question, currency, time_basis))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.editor.setEnabled(not read_only)
        if self._details is not None:
            self._details.set_read_only(read_only)

    @property
    def details(self) -> _DetailsPanel:
        """The answer's note, citation and evidence panel (hidden until unfolded), built on first use."""
        if self._details is None:
            panel = _DetailsPanel(self)
            panel.setVisible(False)
            panel.retranslate(self.session.questionnaire.label(self.question, self.session.language))
            panel.refresh()
            panel.set_read_only(self._read_only)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(panel)
            # Built after the rest of the page, its fields would come last in the Tab order: put them right
            # after the button that unfolds them, where they were when the panel was built with the row.
            previous: QWidget = self.details_button
            for field in (panel.note, panel.citation, panel.add_button):
                QWidget.setTabOrder(previous, field)
                previous = field
            self._details = panel
        return self._details

    def focus_editor(self) -> None:
        self.editor.inputs()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def issue(self) -> QLabel:
        """The validation message under the editor (hidden when there is none), built on first use."""
        if self._issue_label is None:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setVisible(False)
            label.setAccessibleName(self.tr("Validation message for: {label}").format(
                label=self.session.questionnaire.label(self.question, self.session.language)))
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.editor) + 1, label)
            self._issue_label = label
        return self._issue_label

    def _show_issue(self, severity: Severity, text: str | None) -> None:
        self._issue = (severity, text) if text else None
        if not text and self._issue_label is None:
            return  # nothing shown, nothing to clear
        self.issue.setVisible(bool(text))
        if not text:
            self.issue.clear()
            self.issue.setProperty("severity", "")
            return
        prefix = self.tr("Not saved:") if severity is Severity.ERROR else self.tr("Saved, but please check:")
        self.issue.setText(f"<b>{prefix}</b> {_escape(text)}")
        self.issue.setProperty("severity", severity.value)
        self.issue.style().unpolish(self.issue)
        self.issue.style().polish(self.issue)

    @property
    def issue_severity(self) -> str:
        label = self._issue_label
        return str(label.property("severity") or "") if label is not None and not label.isHidden() else ""

    # ------------------------------------------------------------------ answering

    def _committed(self, value: Any) -> None:
        issues = self.question.check(value)
        errors = [i for i in issues if i.severity is Severity.ERROR]
        if errors:
            self._show_issue(Severity.ERROR, self._issue_text(errors[0]))
            return
        if self.session.set_answer(self.question.id, value):
            warnings = [i for i in issues if i.severity is Severity.WARNING]
            self._show_issue(Severity.WARNING, self._issue_text(warnings[0]) if warnings else None)

    def _issue_text(self, issue: Issue) -> str:
        lang = self.session.language
        return _message(self.session.questionnaire.issue_text(self.question, issue, lang), self.question.id)

    def _unreadable(self, text: str) -> None:
        example = format_number(Decimal("1234.5"), QLocale())
        self._show_issue(Severity.ERROR, self.tr("“{text}” is not a number (write it like {example}).").format(
            text=text, example=example))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.question.id)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.editor.commit_pending()
                self.advanceRequested.emit(self.question.id)
                return True
        return super().eventFilter(watched, event)


class _DetailsPanel(QWidget):
    """The note, the national legal citation and the evidence files of one answer."""

    def __init__(self, row: QuestionRow) -> None:
        super().__init__(row)
        self.row = row
        form = QFormLayout(self)
        form.setContentsMargins(18, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.note = QLineEdit(self)
        self.citation = QLineEdit(self)
        self.evidence = QLabel(self)
        self.evidence.setWordWrap(True)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self)
        evidence_box = QHBoxLayout()
        evidence_box.addWidget(self.evidence, 1)
        evidence_box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.citation_label = QLabel(self)
        self.citation_label.setBuddy(self.citation)
        self.evidence_label = QLabel(self)
        form.addRow(self.note_label, self.note)
        form.addRow(self.citation_label, self.citation)
        form.addRow(self.evidence_label, evidence_box)
        self.note.editingFinished.connect(self._save_note)
        self.citation.editingFinished.connect(self._save_citation)
        self.add_button.clicked.connect(self._choose_file)

    def retranslate(self, label: str) -> None:
        """Called by the row (with the question's label in the current language), which then refreshes."""
        self.note.setAccessibleName(self.tr("Note on: {label}").format(label=label))
        self.citation.setAccessibleName(self.tr("National legal citation for: {label}").format(label=label))
        self.citation.setPlaceholderText(self.tr("e.g. Social Security Act 2004, s. 12(3)"))
        self.add_button.setText(self.tr("Add evidence file…"))
        self.add_button.setAccessibleName(self.tr("Add evidence file for: {label}").format(label=label))
        self.note_label.setText(self.tr("&Note"))
        self.citation_label.setText(self.tr("Legal &citation"))
        self.evidence_label.setText(self.tr("Evidence"))

    def refresh(self) -> None:
        detail = self.row.session.details.get(self.row.question.id)
        self.note.setText(detail.note if detail else "")
        self.citation.setText(detail.legal_citation if detail else "")
        ids = detail.evidence_ids if detail else ()
        if not ids:
            self.evidence.setText(self.tr("No evidence files yet."))
            return
        known = self.row.session.evidence()
        lines = [
            self.tr("{name} — SHA-256 {digest}…").format(name=_escape(known[i].name), digest=known[i].sha256[:12])
            for i in ids if i in known
        ]
        self.evidence.setText("<br>".join(lines))

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.note, self.citation, self.add_button):
            widget.setEnabled(not read_only)

    def add_file(self, path: str) -> bool:
        ok = self.row.session.add_evidence(self.row.question.id, path)
        self.refresh()
        return ok

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add evidence file"))
        if path:
            self.add_file(path)

    def _save_note(self) -> None:
        detail = self.row.session.details.get(self.row.question.id)
        if self.note.text() != (detail.note if detail else ""):
            self.row.session.set_details(self.row.question.id, note=self.note.text())

    def _save_citation(self) -> None:
        detail = self.row.session.details.get(self.row.question.id)
        if self.citation.text() != (detail.legal_citation if detail else ""):
            self.row.session.set_details(self.row.question.id, legal_citation=self.citation.text())


class PartPage(QScrollArea):
    """All questions of one Part, by section, with word-wrapped labels that reflow at any text size."""

    def __init__(self, session: AssessmentSession, part: PartDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("partBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(8)
        self.title = title = QLabel(body)
        title.setObjectName("partTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.intro = intro = QLabel(body)
        intro.setWordWrap(True)
        intro.setObjectName("partIntro")
        intro.setVisible(bool(part.intro))
        layout.addWidget(intro)
        self.rows: dict[str, QuestionRow] = {}
        self.section_titles: list[tuple[QLabel, list[QuestionRow]]] = []
        self._section_ids: list[str] = []
        for section in part.sections:
            self._section_ids.append(section.id)
            heading = QLabel(body)
            heading.setObjectName("sectionTitle")
            heading.setWordWrap(True)
            layout.addWidget(heading)
            rows = []
            for question in section.questions:
                row = QuestionRow(session, question, body)
                layout.addWidget(row)
                self.rows[question.id] = row
                rows.append(row)
            self.section_titles.append((heading, rows))
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        questionnaire, lang, part_id = self.session.questionnaire, self.session.language, self.part.id
        self.title.setText(self.tr("Part {part} — {title}").format(
            part=part_id, title=questionnaire.part_title(part_id, lang)))
        self.intro.setText(questionnaire.part_intro(part_id, lang) if self.part.intro else "")
        for (heading, _rows), section_id in zip(self.section_titles, self._section_ids, strict=True):
            heading.setText(questionnaire.section_title(part_id, section_id, lang))

    def update_relevance(self, session: AssessmentSession) -> None:
        # Only what changes: showing a shown row again still re-runs the page's layout (after each answer).
        for row in self.rows.values():
            _set_shown(row, session.is_relevant(row.question))
        for heading, rows in self.section_titles:
            _set_shown(heading, any(not row.isHidden() for row in rows))

    def visible_rows(self) -> list[QuestionRow]:
        return [row for row in self.rows.values() if not row.isHidden()]

    def reveal(self, row: QuestionRow) -> None:
        self.ensureWidgetVisible(row, 0, 40)


def _set_shown(widget: QWidget, shown: bool) -> None:
    if widget.isHidden() == shown:
        widget.setVisible(shown)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _message(message: str, question_id: str) -> str:
    """The domain's messages start with the question id (``id: …``, in French ``id : …``); the page already
    shows which question it is."""
    text = re.sub(rf"^{re.escape(question_id)}\s*:\s*", "", message)
    return text[:1].upper() + text[1:]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
