"""The question pages: one scrollable page per Part, generated from the questionnaire data.

A ``QuestionRow`` holds one question: its label, the editor for its type, the inline validation message and,
folded away, the answer's note, national legal citation and evidence files.
"""

from __future__ import annotations

import html
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
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
from c102desk.ui.assessment.value_text import figure_text, value_text
from c102desk.ui.local_time import local_stamp

CURRENCY_QUESTION = "I.wages.currency"
TIME_BASIS_QUESTION = "I.wages.time_basis"


class QuestionRow(QFrame):
    focused = Signal(str)
    advanceRequested = Signal(str)
    evidenceAddRequested = Signal(str)  # question id: the view asks which file
    evidenceOpenRequested = Signal(str)  # evidence id: the view opens it with the system's viewer
    rejectedChanged = Signal(str, bool)  # question id, whether the field holds text that was not saved

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
        self._explain: QPushButton | None = None  # "Explain in a note…", under an unsettled "is this right?"
        self.rejected: str | None = None  # the text the field holds that was refused (not saved)
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
        self.details_button.setAccessibleName(self.tr("Note, legal citation and evidence for: {label}").format(
            label=label))
        self.editor.retranslate(self.session.questionnaire, lang, QLocale())
        if self._explain is not None:
            self._explain.setText(self.tr("Yes, it is right: explain in a note…"))
        if self._details is not None:
            self._details.retranslate(label)
        if self._issue is not None and self._issue[0] is Severity.ERROR:
            self._show_issue(*self._issue)  # a refused value stays shown, its prefix in the new language
        else:
            self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Show the stored value, its warnings and checks, and its details. A refused text stays in the field
        (with its message) until it is corrected or the field is reset: it is never dropped unseen."""
        question = self.question
        value = self.session.value(question.id)
        if self.rejected is None:
            if isinstance(self.editor, YesNoEditor):
                self.editor.set_value(value, answered=self.session.has_value(question.id))
            else:
                self.editor.set_value(value)
            self._show_checks(value)
        self._show_details_marker()
        if self._details is not None:
            self._details.refresh()

    def _show_checks(self, value: Any) -> None:
        """The question's own warning and the consistency checks ("is this right?") of the saved value. A note
        on the answer settles a check: it says why the figure is right."""
        question = self.question
        texts = [self._issue_text(i) for i in question.check(value) if i.severity is Severity.WARNING]
        found = self.session.findings(question.id)
        detail = self.session.details.get(question.id)
        settled = bool(found) and detail is not None and bool(detail.note.strip())
        if not settled:
            texts += [f.text(self.session.language, figure_text) for f in found]
        if texts:
            self._show_issue(Severity.WARNING, " ".join(texts))
        elif settled:
            self._show_issue(None, self.tr("Checked: the note says why this figure is right."))
        else:
            self._show_issue(Severity.WARNING, None)
        wanted = bool(found) and not settled and not self._read_only
        if wanted or self._explain is not None:
            self.explain_button.setVisible(wanted)

    @property
    def explain_button(self) -> QPushButton:
        """Under an unsettled check: unfold the note, where the assessor says why the figure is right."""
        if self._explain is None:
            button = QPushButton(self.tr("Yes, it is right: explain in a note…"), self)
            button.setObjectName("explainButton")
            button.setAutoDefault(False)
            button.setVisible(False)
            button.clicked.connect(self.explain_in_note)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.issue) + 1, button, 0, Qt.AlignmentFlag.AlignLeft)
            self._explain = button
        return self._explain

    def explain_in_note(self) -> None:
        self.details_button.setChecked(True)
        self.details.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_details_marker(self) -> None:
        """The folded panel's button says what is inside (a note, a citation, evidence files): seen at a
        glance, without unfolding every question."""
        detail = self.session.details.get(self.question.id)
        held = []
        if detail is not None and detail.note.strip():
            held.append(self.tr("note"))
        if detail is not None and detail.legal_citation.strip():
            held.append(self.tr("citation"))
        if detail is not None and detail.evidence_ids:
            count = len(detail.evidence_ids)
            held.append(self.tr("1 file") if count == 1 else self.tr("%1 files").replace("%1", str(count)))
        title = self.tr("Note, legal citation, evidence")
        self.details_button.setText(f"{title} ({', '.join(held)})" if held else title)
        self.details_button.setProperty("marked", bool(held))
        self.details_button.style().unpolish(self.details_button)
        self.details_button.style().polish(self.details_button)

    @property
    def has_details(self) -> bool:
        """Whether the answer has a note, a legal citation or evidence (its button is marked)."""
        return bool(self.details_button.property("marked"))

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
            for field in (panel.note, panel.citation, panel.evidence_list, panel.caption, panel.open_button,
                          panel.remove_button, panel.add_button):
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

    def _show_issue(self, severity: Severity | None, text: str | None) -> None:
        """A message under the editor: an error (not saved), a warning (saved, to check) or, with no severity,
        a settled check."""
        self._issue = (severity, text) if text and severity is not None else None
        if not text and self._issue_label is None:
            return  # nothing shown, nothing to clear
        self.issue.setVisible(bool(text))
        if not text:
            self.issue.clear()
            self.issue.setProperty("severity", "")
            return
        if severity is None:
            self.issue.setText(html.escape(text, quote=False))
            self.issue.setProperty("severity", "settled")
        else:
            prefix = self.tr("Not saved:") if severity is Severity.ERROR else self.tr("Saved, but please check:")
            self.issue.setText(f"<b>{prefix}</b> {html.escape(text, quote=False)}")
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
            self._set_rejected(self._typed_text())
            self._show_issue(Severity.ERROR, self._issue_text(errors[0]))
            return
        if self.session.set_answer(self.question.id, value):
            self._set_rejected(None)
            self._show_checks(self.session.value(self.question.id))

    def _typed_text(self) -> str:
        field = getattr(self.editor, "field", None)
        return field.text() if isinstance(field, QLineEdit) else ""

    def _set_rejected(self, text: str | None) -> None:
        was = self.rejected is not None
        self.rejected = text
        if was != (text is not None):
            self.rejectedChanged.emit(self.question.id, text is not None)

    def discard_rejected(self) -> None:
        """Put the saved value back in the field (the refused text is dropped)."""
        self._set_rejected(None)
        self.refresh()

    def _issue_text(self, issue: Issue) -> str:
        lang = self.session.language
        return _message(self.session.questionnaire.issue_text(self.question, issue, lang), self.question.id)

    def _unreadable(self, text: str) -> None:
        self._set_rejected(text)
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


class _NoteEdit(QPlainTextEdit):
    """A note of several lines: Enter starts a new line, Tab leaves; ``editingFinished`` when focus leaves."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(lines * 3 + 12)
        self.setMaximumHeight(lines * 6 + 12)  # a longer note scrolls inside

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class _DetailsPanel(QWidget):
    """The note (several lines), the national legal citation, the evidence files (open, caption, remove) and the
    answer's history (who changed it, when, from what to what) of one answer."""

    def __init__(self, row: QuestionRow) -> None:
        super().__init__(row)
        self.row = row
        form = QFormLayout(self)
        form.setContentsMargins(18, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.note = _NoteEdit(self)
        self.citation = QLineEdit(self)
        self.evidence_list = QListWidget(self)
        self.evidence_list.setObjectName("evidenceList")
        self.evidence_list.setWordWrap(True)
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.evidence_list.installEventFilter(self)  # Enter opens the file, Delete removes it
        self.evidence_list.currentRowChanged.connect(self._selected_file_changed)
        self.evidence_list.itemActivated.connect(lambda _item: self.open_selected())
        self.no_evidence = QLabel(self)
        self.no_evidence.setObjectName("questionMeta")
        self.caption = QLineEdit(self)
        self.caption.editingFinished.connect(self._save_caption)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.row.evidenceAddRequested.emit(self.row.question.id))
        for button in (self.open_button, self.remove_button, self.add_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        evidence_box = QVBoxLayout()
        evidence_box.addWidget(self.no_evidence)
        evidence_box.addWidget(self.evidence_list)
        self.caption_label = QLabel(self)
        self.caption_label.setBuddy(self.caption)
        caption_line = QHBoxLayout()
        caption_line.addWidget(self.caption_label)
        caption_line.addWidget(self.caption, 1)
        evidence_box.addLayout(caption_line)
        evidence_box.addLayout(buttons)
        self.history = QLabel(self)
        self.history.setObjectName("answerHistory")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.citation_label = QLabel(self)
        self.citation_label.setBuddy(self.citation)
        self.evidence_label = QLabel(self)
        self.evidence_label.setBuddy(self.evidence_list)
        self.history_label = QLabel(self)
        form.addRow(self.note_label, self.note)
        form.addRow(self.citation_label, self.citation)
        form.addRow(self.evidence_label, evidence_box)
        form.addRow(self.history_label, self.history)
        self.note.editingFinished.connect(self._save_note)
        self.citation.editingFinished.connect(self._save_citation)
        self._read_only = False
        self._shown_ids: list[str] = []

    def retranslate(self, label: str) -> None:
        """Called by the row (with the question's label in the current language), which then refreshes."""
        self.note.setAccessibleName(self.tr("Note on: {label}").format(label=label))
        self.note.setPlaceholderText(self.tr("Sources, reasons, what to check — as many lines as needed"))
        self.citation.setAccessibleName(self.tr("National legal citation for: {label}").format(label=label))
        self.citation.setPlaceholderText(self.tr("e.g. Social Security Act 2004, s. 12(3)"))
        self.evidence_list.setAccessibleName(self.tr("Evidence files for: {label}").format(label=label))
        self.caption.setAccessibleName(self.tr("Caption of the selected evidence file"))
        self.caption.setPlaceholderText(self.tr("What the document is, e.g. the Act as published"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected evidence file"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected evidence file from this answer"))
        self.remove_button.setToolTip(self.tr("Unlinks the file from this answer (Undo brings it back)"))
        self.add_button.setText(self.tr("Add evidence file…"))
        self.add_button.setAccessibleName(self.tr("Add evidence file for: {label}").format(label=label))
        self.note_label.setText(self.tr("Note"))
        self.citation_label.setText(self.tr("Legal citation"))
        self.evidence_label.setText(self.tr("Evidence"))
        self.caption_label.setText(self.tr("Caption"))
        self.history_label.setText(self.tr("History"))
        self.history.setAccessibleName(self.tr("History of the answer to: {label}").format(label=label))
        self.no_evidence.setText(self.tr("No evidence files yet."))

    def refresh(self) -> None:
        session, question = self.row.session, self.row.question
        detail = session.details.get(question.id)
        note = detail.note if detail else ""
        if self.note.toPlainText() != note:
            self.note.setPlainText(note)
        self.citation.setText(detail.legal_citation if detail else "")
        ids = list(detail.evidence_ids) if detail else []
        known = session.evidence() if ids else {}
        current = self.selected_evidence()
        self.evidence_list.blockSignals(True)
        self.evidence_list.clear()
        self._shown_ids = [i for i in ids if i in known]
        for evidence_id in self._shown_ids:
            info = known[evidence_id]
            text = f"{info.caption} — {info.name}" if info.caption else info.name
            item = QListWidgetItem(text, self.evidence_list)
            item.setToolTip(self.tr("{name} — SHA-256 {digest}…").format(name=info.name, digest=info.sha256[:12]))
            item.setData(Qt.ItemDataRole.UserRole, evidence_id)
        self.evidence_list.blockSignals(False)
        if self._shown_ids:
            self.evidence_list.setCurrentRow(self._shown_ids.index(current) if current in self._shown_ids else 0)
        self.no_evidence.setVisible(not self._shown_ids)
        self.evidence_list.setVisible(bool(self._shown_ids))
        # Without a file there is nothing to caption, open or remove: only Add is shown.
        for widget in (self.caption_label, self.caption, self.open_button):
            widget.setVisible(bool(self._shown_ids))
        self.remove_button.setVisible(bool(self._shown_ids) and not self._read_only)
        self.evidence_list.setFixedHeight(min(len(self._shown_ids), 4) * (self.fontMetrics().height() + 8) + 6)
        self._selected_file_changed()
        self._show_history()

    def _show_history(self) -> None:
        session, question = self.row.session, self.row.question
        entries = session.history(question.id)
        if not entries:
            self.history.setText(self.tr("Not answered yet."))
            return
        lines = []
        for entry in reversed(entries[-8:]):  # the newest first; older ones are in the report's annex
            who = entry.assessor.name if entry.assessor is not None else self.tr("unknown assessor")
            if entry.assessor is not None and entry.assessor.organisation:
                who = f"{who} ({entry.assessor.organisation})"
            old = (value_text(session.questionnaire, question, entry.old_value, session.language)
                   if entry.had_old_value else "—")
            new = value_text(session.questionnaire, question, entry.new_value, session.language)
            lines.append(self.tr("{when} · {who}: {old} → {new}").format(
                when=local_stamp(entry.changed_at), who=html.escape(who, quote=False),
                old=html.escape(old, quote=False), new=html.escape(new, quote=False)))
        if len(entries) > 8:
            lines.append(self.tr("… and %1 earlier change(s)").replace("%1", str(len(entries) - 8)))
        self.history.setText("<br>".join(lines))

    def selected_evidence(self) -> str | None:
        item = self.evidence_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selected_file_changed(self) -> None:
        chosen = self.selected_evidence()
        info = self.row.session.evidence().get(chosen) if chosen else None
        self.caption.setText(info.caption if info else "")
        self.caption.setEnabled(info is not None)
        self.remove_button.setEnabled(info is not None and not self._read_only)
        self.open_button.setEnabled(info is not None)
        self.caption_label.setEnabled(info is not None)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.note.setReadOnly(read_only)
        self.citation.setReadOnly(read_only)
        self.caption.setReadOnly(read_only)
        # Nothing to add or remove in a final assessment: hidden, not greyed (Open stays: the files can be read).
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(bool(self._shown_ids) and not read_only)
        self._selected_file_changed()

    def add_file(self, path: str) -> bool:
        ok = self.row.session.add_evidence(self.row.question.id, path)
        self.refresh()
        return ok

    def open_selected(self) -> None:
        chosen = self.selected_evidence()
        if chosen is not None:
            self.row.evidenceOpenRequested.emit(chosen)

    def remove_selected(self) -> None:
        chosen = self.selected_evidence()
        if chosen is not None and not self._read_only:
            self.row.session.remove_evidence(self.row.question.id, chosen)
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.evidence_list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def _save_caption(self) -> None:
        chosen = self.selected_evidence()
        info = self.row.session.evidence().get(chosen) if chosen else None
        if info is not None and not self._read_only and self.caption.text().strip() != info.caption:
            self.row.session.set_evidence_caption(info.id, self.caption.text())

    def _save_note(self) -> None:
        detail = self.row.session.details.get(self.row.question.id)
        text = self.note.toPlainText().rstrip()
        if not self._read_only and text != (detail.note if detail else ""):
            self.row.session.change_details(self.row.question.id, self.tr("Note on “{label}”").format(
                label=_short(self.row.label.text())), note=text)

    def _save_citation(self) -> None:
        detail = self.row.session.details.get(self.row.question.id)
        text = self.citation.text().strip()
        if not self._read_only and text != (detail.legal_citation if detail else ""):
            self.row.session.change_details(self.row.question.id, self.tr("Legal citation of “{label}”").format(
                label=_short(self.row.label.text())), legal_citation=text)


class PartPage(QScrollArea):
    """All questions of one Part, by section, with word-wrapped labels that reflow at any text size."""

    def __init__(self, session: AssessmentSession, part: PartDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.session = session
        # Not a Tab stop of its own (it would show no focus): it scrolls to whatever control has the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
