"""The open assessment as the widgets see it: answers, their details, the live evaluation and the undo stack.

Every write goes through ``AssessmentSession.write`` (the store commits at once); widgets listen to the
signals and never talk to the store themselves. The engine takes a few milliseconds for the whole
questionnaire, so the evaluation is recomputed synchronously after each answer: no debounce is needed and
the verdicts never lag behind the answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from c102desk.engine import Evaluation, evaluate
from c102desk.questionnaire import consistency, load_questionnaire, progress
from c102desk.questionnaire.consistency import Finding
from c102desk.questionnaire.model import Question, Questionnaire
from c102desk.questionnaire.progress import Progress
from c102desk.store import KEEP, Store, StoreError
from c102desk.store.answer_writes import SavedAnswer
from c102desk.store.records import AnswerInfo, AssessmentInfo, EvidenceInfo, HistoryEntry
from c102desk.ui.widgets.store_messages import explain_write

ART3_QUESTION = "I.art3.declaration"


class AssessmentSession(QObject):
    """One assessment open in the view. Emits ``answerChanged(question_id)`` after each saved change, and
    ``writeFailed(reason)`` — one translated sentence — when the store refused a change or could not save it
    (busy, read-only, full disk, damaged …); nothing of that change was saved then."""

    answerChanged = Signal(str)
    detailsChanged = Signal(str)
    evaluated = Signal()
    saved = Signal(str)
    writeFailed = Signal(str)
    assessmentSwitched = Signal(str)

    def __init__(self, store: Store, assessment_id: str, parent: QObject | None = None, *,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.language = language  # questions and explanations are shown in it ("en", "fr", "es")
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.assessment_id = assessment_id
        self.assessor_id: int | None = None  # the assessor profile every answer given here is saved with
        self.info: AssessmentInfo = store.assessment(assessment_id)
        self.questionnaire: Questionnaire = load_questionnaire(self.info.questionnaire_version)
        self.details: dict[str, AnswerInfo] = {}
        # Answers that keep a note, citation or evidence on a question with no value given (added before it
        # was answered, or kept when its value was taken back): known from what the store returned on saving.
        self._no_value: set[str] = set()
        self.evaluation: Evaluation  # set by reload (one evaluation at open, not two)
        self.visible: dict[str, Any] = {}
        self._answers: dict[str, Any] = {}
        self._read_answers()  # ``info`` was just read: not twice at open

    # ------------------------------------------------------------------ reading

    def reload(self) -> None:
        self.info = self.store.assessment(self.assessment_id)
        self._read_answers()

    def _read_answers(self) -> None:
        self.details = {d.question_id: d for d in self.store.answer_details(self.assessment_id)}
        self._no_value &= self.details.keys()
        self._evaluate()

    @property
    def answers(self) -> dict[str, Any]:
        """The values given, by question id ("not known" is None; a question with only a note is not here)."""
        return {qid: d.value for qid, d in self.details.items() if qid not in self._no_value}

    @property
    def answers_given(self) -> dict[str, Any]:
        """The stored answers (kept up to date after each write; do not modify)."""
        return self._answers

    @property
    def is_final(self) -> bool:
        return self.info.status == "final"

    def value(self, question_id: str) -> Any:
        detail = self.details.get(question_id)
        return None if detail is None else detail.value

    def has_value(self, question_id: str) -> bool:
        """A value was given (one, or "not known"): a yes/no question shows it chosen, else none of its three."""
        return question_id in self.details and question_id not in self._no_value

    # What is asked, what counts and what is answered: the progress module decides, for every screen alike.

    def is_answered(self, question: Question) -> bool:
        return progress.is_answered(question, self.answers_given)

    def is_relevant(self, question: Question) -> bool:
        """Asked with the current answers (a question that is not is hidden)."""
        return progress.is_asked(question, self.visible)

    def not_counted_reason(self, question: Question) -> str | None:
        """Why an asked question does not count towards progress (``progress.why_not_counted``), or None."""
        return progress.why_not_counted(question, self.visible, progress.counting_rules(self.questionnaire))

    def progress(self, part_id: str | None = None) -> Progress:
        """Answered of relevant questions, of one Part or of the whole assessment."""
        return progress.progress(self.questionnaire, self.answers_given, part_id)

    def unanswered(self) -> list[Question]:
        """The questions that count and are not answered, in questionnaire order."""
        return progress.unanswered(self.questionnaire, self.answers_given)

    def findings(self, question_id: str | None = None) -> list[Finding]:
        """What looks inconsistent among the answers ("is this right?"), of one question when given."""
        return consistency.findings(self.questionnaire, self.answers_given, question_id)

    def unsettled_findings(self) -> list[Finding]:
        """The consistency questions no note answers yet (a note on the answer says why the figure is right)."""
        return [f for f in self.findings() if not (
            (d := self.details.get(f.question_id)) is not None and d.note.strip())]

    def evidence(self) -> dict[str, EvidenceInfo]:
        return {e.id: e for e in self.store.evidence(self.assessment_id)}

    def what_if(self, overrides: Mapping[str, Any]) -> Evaluation:
        """Evaluate with some answers replaced, saving nothing (the dashboard's what-if switch)."""
        return evaluate({**self.answers, **overrides}, self.questionnaire)

    def _evaluate(self) -> None:
        answers = self._answers = self.answers
        self.visible = progress.visible_answers(self.questionnaire, answers)
        self.evaluation = evaluate(answers, self.questionnaire)
        self.evaluated.emit()

    # ------------------------------------------------------------------ writing

    def set_answer(self, question_id: str, value: Any) -> bool:
        """Save a new value as an undoable step; returns False when the store refused it."""
        if self.has_value(question_id) and self.details[question_id].value == value:
            return True
        had_old = self.has_value(question_id)
        command = _SetAnswer(self, question_id, had_old, self.value(question_id), value)
        if not self.write(question_id, value):
            return False
        command.done = True
        self.undo_stack.push(command)
        return True

    def write(self, question_id: str, value: Any, **details: Any) -> bool:
        """Write one answer (and optionally its note, citation or evidence links) through the store; ``value``
        KEEP keeps the stored one (none, on a question not answered yet)."""
        details = {"assessor_id": self.assessor_id, **details}
        try:
            saved = self.store.set_answer(self.assessment_id, question_id, value, **details)
        except StoreError as exc:
            self.writeFailed.emit(explain_write(exc))
            return False
        self._saved(saved)
        return True

    def clear(self, question_id: str) -> bool:
        """Take an answer back as if never given (the undo of a first answer); notes and evidence are kept."""
        try:
            saved = self.store.clear_answer(self.assessment_id, question_id, assessor_id=self.assessor_id)
        except StoreError as exc:
            self.writeFailed.emit(str(exc))
            return False
        self._saved(saved)
        return True

    def _saved(self, saved: SavedAnswer) -> None:
        """Show the one answer just saved as the store returned it, instead of re-reading every answer; the
        assessment's ``changed`` is the answer's time stamp."""
        question_id = saved.question_id
        self.info = replace(self.info, changed=saved.changed)
        new = question_id not in self.details
        info = saved.info()
        if info is None:
            self.details.pop(question_id, None)
        else:
            self.details[question_id] = info
        if saved.answered or info is None:
            self._no_value.discard(question_id)
        else:
            self._no_value.add(question_id)
        if new and info is not None:  # keep the store's order (by question id), as a full read gives it
            self.details = dict(sorted(self.details.items()))
        self._evaluate()
        self.saved.emit(_local_time(self.info.changed))
        self.answerChanged.emit(question_id)

    def set_details(
        self, question_id: str, *, note: str | None = None, legal_citation: str | None = None,
        evidence_ids: Sequence[str] | None = None,
    ) -> bool:
        """Save the note, national legal citation or evidence links of an answer (its value is kept)."""
        ok = self.write(
            question_id, KEEP,  # the value as it is: none, on a question not answered yet
            note=KEEP if note is None else note,
            legal_citation=KEEP if legal_citation is None else legal_citation,
            evidence_ids=KEEP if evidence_ids is None else list(evidence_ids),
        )
        if ok:
            self.detailsChanged.emit(question_id)
        return ok

    def change_details(self, question_id: str, what: str, *, note: str | None = None,
                       legal_citation: str | None = None, evidence_ids: Sequence[str] | None = None) -> bool:
        """``set_details`` as an undoable step named ``what`` (undo puts the note, citation and links back)."""
        old = self.details.get(question_id)
        before = _Details(old.note if old else "", old.legal_citation if old else "",
                          tuple(old.evidence_ids) if old else ())
        after = _Details(before.note if note is None else note,
                         before.legal_citation if legal_citation is None else legal_citation,
                         before.evidence_ids if evidence_ids is None else tuple(evidence_ids))
        if after == before:
            return True
        command = _SetDetails(self, question_id, what, before, after)
        if not command.apply(after):
            return False
        command.done = True
        self.undo_stack.push(command)
        return True

    def add_evidence(self, question_id: str, path: str) -> bool:
        """Keep a copy of the file and link it to the answer (undo unlinks it)."""
        try:
            evidence_id = self.store.add_evidence(self.assessment_id, path)
        except StoreError as exc:
            self.writeFailed.emit(explain_write(exc))
            return False
        detail = self.details.get(question_id)
        current = list(detail.evidence_ids) if detail else []
        name = self.evidence()[evidence_id].name
        what = QCoreApplication.translate("AssessmentSession", "Add “{file}”").format(file=_short(name))
        return self.change_details(question_id, what, evidence_ids=[*current, evidence_id])

    def remove_evidence(self, question_id: str, evidence_id: str) -> bool:
        """Unlink an evidence file from the answer (undo links it again; the stored copy is kept)."""
        detail = self.details.get(question_id)
        if detail is None or evidence_id not in detail.evidence_ids:
            return True
        known = self.evidence().get(evidence_id)
        what = QCoreApplication.translate("AssessmentSession", "Remove “{file}”").format(
            file=_short(known.name if known else evidence_id))
        return self.change_details(question_id, what,
                                   evidence_ids=[e for e in detail.evidence_ids if e != evidence_id])

    def set_evidence_caption(self, evidence_id: str, caption: str) -> bool:
        """Say what an evidence file is; every answer it backs shows the caption."""
        try:
            self.store.set_evidence_caption(self.assessment_id, evidence_id, caption)
        except StoreError as exc:
            self.writeFailed.emit(str(exc))
            return False
        self.info = self.store.assessment(self.assessment_id)
        self.saved.emit(_local_time(self.info.changed))
        for question_id, detail in self.details.items():
            if evidence_id in detail.evidence_ids:
                self.detailsChanged.emit(question_id)
        return True

    def evidence_path(self, evidence: EvidenceInfo) -> str:
        return str(self.store.evidence_file(evidence))

    def history(self, question_id: str) -> list[HistoryEntry]:
        """The changes of the answer's value, oldest first (who, when, old → new)."""
        try:
            return self.store.history(self.assessment_id, question_id)
        except StoreError:
            return []

    def finalize(self) -> bool:
        try:
            self.store.finalize(self.assessment_id)
        except StoreError as exc:
            self.writeFailed.emit(explain_write(exc))
            return False
        self.undo_stack.clear()
        self.reload()
        self.assessmentSwitched.emit(self.assessment_id)
        return True

    def reopen_as_revision(self) -> str | None:
        """Start a new draft revision of this final assessment and switch to it; None when it was not saved."""
        try:
            new_id = self.store.new_revision(self.assessment_id)
        except StoreError as exc:
            self.writeFailed.emit(explain_write(exc))
            return None
        self.assessment_id = new_id
        self.undo_stack.clear()
        self.reload()
        self.assessmentSwitched.emit(new_id)
        return new_id

    def last_saved(self) -> str:
        return _local_time(self.info.changed)


class _SetAnswer(QUndoCommand):
    """One answer change; undo writes the previous value back through the store, so history records it."""

    def __init__(self, session: AssessmentSession, question_id: str, had_old: bool, old: Any, new: Any) -> None:
        question = session.questionnaire.by_id[question_id]
        label = session.questionnaire.label(question, session.language)
        super().__init__(QCoreApplication.translate("AssessmentSession", "Change “{label}”").format(
            label=_short(label)))
        self.session = session
        self.question_id = question_id
        self.had_old = had_old
        self.old = old
        self.new = new
        self.done = False

    def redo(self) -> None:
        if self.done:  # the first redo happens in push(): the value is already saved
            self.done = False
            return
        self.session.write(self.question_id, self.new)

    def undo(self) -> None:
        if self.had_old:
            self.session.write(self.question_id, self.old)
        else:  # back to unanswered, not to "not known" (which a yes/no question counts as an answer)
            self.session.clear(self.question_id)


@dataclass(frozen=True)
class _Details:
    """An answer's details besides its value: note, legal citation, evidence."""

    note: str
    legal_citation: str
    evidence_ids: tuple[str, ...]


class _SetDetails(QUndoCommand):
    """A change of an answer's note, legal citation or evidence links."""

    def __init__(self, session: AssessmentSession, question_id: str, what: str, before: _Details,
                 after: _Details) -> None:
        super().__init__(what)
        self.session, self.question_id = session, question_id
        self.before, self.after = before, after
        self.done = False

    def apply(self, details: _Details) -> bool:
        return self.session.set_details(self.question_id, note=details.note, legal_citation=details.legal_citation,
                                        evidence_ids=list(details.evidence_ids))

    def redo(self) -> None:
        if self.done:  # pushed after the change was saved
            self.done = False
            return
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _local_time(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return ""
    return moment.strftime("%H:%M")
