"""What differs between two assessments, or two revisions of one: answers (value, note, citation, confidence,
evidence), evidence files, and the engine's verdicts (each Part, each requirement, ratification).

Each difference names its Part and its question in the reader's language (the questionnaire's catalogue), and
shows values as the report does (``report.model.format_value``). docs/team-work.md describes the JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from c102desk.engine import evaluate
from c102desk.engine.render_text import part_title
from c102desk.engine.results import Evaluation
from c102desk.i18n import Msg, colon
from c102desk.i18n.verdicts import part_status, ratification_status, requirement_name, requirement_status
from c102desk.questionnaire import CURRENT_VERSION, load_questionnaire
from c102desk.questionnaire.migration import upgrade_answers
from c102desk.questionnaire.model import Questionnaire
from c102desk.report.model import ChangeNote, ChangesSince, format_value
from c102desk.team.snapshot import AnswerState, Snapshot

ANSWER_FIELDS = ("value", "note", "legal_citation", "confidence", "evidence")


class Change(StrEnum):
    ADDED = "added"  # only the second has it
    REMOVED = "removed"  # only the first has it
    CHANGED = "changed"


@dataclass(frozen=True)
class AnswerDifference:
    """A field of an answer that differs between two versions of an assessment."""

    question_id: str
    part: str
    part_title: str
    question: str  # the question's label in the chosen language
    field: str  # one of ANSWER_FIELDS
    change: Change
    before: Any  # JSON-ready: the value, the text, the evidence names
    after: Any
    before_text: str
    after_text: str

    def to_json(self) -> dict[str, Any]:
        return {"part": self.part, "part_title": self.part_title, "question_id": self.question_id,
                "question": self.question, "field": self.field, "change": str(self.change),
                "before": self.before, "after": self.after,
                "before_text": self.before_text, "after_text": self.after_text}


@dataclass(frozen=True)
class EvidenceDifference:
    """An evidence file added, removed or recaptioned between two versions."""

    sha256: str
    name: str
    change: Change  # added / removed, or changed: the caption
    before_caption: str | None
    after_caption: str | None

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "name": self.name, "change": str(self.change),
                "before_caption": self.before_caption, "after_caption": self.after_caption}


@dataclass(frozen=True)
class VerdictDifference:
    """A Part's verdict (``requirement_id`` None), one requirement's, or ratification's (``part`` None too)."""

    part: str | None
    part_title: str | None
    requirement_id: str | None
    requirement: str | None  # its name in the chosen language
    before: str | None  # the status value ("met", "compliant", "possible"); None: not assessed there
    after: str | None
    before_text: str
    after_text: str

    def to_json(self) -> dict[str, Any]:
        kind = "ratification" if self.part is None else "part" if self.requirement_id is None else "requirement"
        return {"kind": kind, "part": self.part, "part_title": self.part_title,
                "requirement_id": self.requirement_id, "requirement": self.requirement,
                "before": self.before, "after": self.after,
                "before_text": self.before_text, "after_text": self.after_text}


@dataclass(frozen=True)
class Comparison:
    """Everything that differs between two versions of an assessment."""

    first: Snapshot
    second: Snapshot
    lang: str
    answers: tuple[AnswerDifference, ...]
    evidence: tuple[EvidenceDifference, ...]
    verdicts: tuple[VerdictDifference, ...]

    @property
    def same(self) -> bool:
        return not (self.answers or self.evidence or self.verdicts)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "c102-comparison", "format_version": 1, "lang": self.lang,
            "first": self.first.to_json(), "second": self.second.to_json(), "same": self.same,
            "answers": [d.to_json() for d in self.answers],
            "evidence": [d.to_json() for d in self.evidence],
            "verdicts": [d.to_json() for d in self.verdicts],
        }


def compare(first: Snapshot, second: Snapshot, lang: str = "en") -> Comparison:
    """Everything that differs from ``first`` to ``second``, in the questionnaire's order."""
    questionnaire = load_questionnaire(CURRENT_VERSION)
    first_answers, second_answers = _current(first), _current(second)
    names = {**{s.sha256: s.name for s in second.evidence.values()},
             **{s.sha256: s.name for s in first.evidence.values()}}
    order = {q.id: n for n, q in enumerate(questionnaire.questions())}
    answers: list[AnswerDifference] = []
    for question_id in sorted(set(first_answers) | set(second_answers), key=lambda q: (order.get(q, len(order)), q)):
        answers += _answer_differences(questionnaire, question_id, first_answers.get(question_id),
                                       second_answers.get(question_id), first_answers, second_answers, names, lang)
    return Comparison(first, second, lang, tuple(answers), tuple(_evidence_differences(first, second)),
                      tuple(verdict_differences(_evaluation(first_answers), _evaluation(second_answers), lang)))


def _current(snapshot: Snapshot) -> dict[str, AnswerState]:
    """The answers under the current questionnaire's ids (an older one's are carried forward, as on import)."""
    if snapshot.questionnaire_version == CURRENT_VERSION:
        return dict(snapshot.answers)
    values = upgrade_answers(snapshot.questionnaire_version, {q: a.value for q, a in snapshot.answers.items()},
                             CURRENT_VERSION)
    return {q: snapshot.answers.get(q, AnswerState(v)) for q, v in values.items()}


def _evaluation(answers: dict[str, AnswerState]) -> Evaluation:
    return evaluate({q: a.value for q, a in answers.items()}, load_questionnaire(CURRENT_VERSION))


def question_words(questionnaire: Questionnaire, question_id: str, lang: str) -> tuple[str, str, str]:
    """(Part, the Part's title, the question's label) in ``lang``; a question this questionnaire does not know
    keeps its id."""
    question = questionnaire.by_id.get(question_id)
    if question is None:
        part = question_id.split(".", 1)[0]
        return part, _part_title(part, lang), question_id
    return question.part, _part_title(question.part, lang), questionnaire.label(question, lang)


def _part_title(part: str, lang: str) -> str:
    try:
        return part_title(part, lang)
    except KeyError:
        return part


def value_text(questionnaire: Questionnaire, question_id: str, state: AnswerState | None,
               answers: dict[str, AnswerState], lang: str) -> str:
    """An answer's value as the report shows it; "no answer" when there is none."""
    if state is None:
        return Msg("team.no_answer").render(lang)
    values = {q: a.value for q, a in answers.items()}
    return format_value(questionnaire, questionnaire.by_id.get(question_id), state.value, values, lang)


def _answer_differences(questionnaire: Questionnaire, question_id: str, before: AnswerState | None,
                        after: AnswerState | None, first: dict[str, AnswerState], second: dict[str, AnswerState],
                        names: dict[str, str], lang: str) -> list[AnswerDifference]:
    part, title, label = question_words(questionnaire, question_id, lang)
    found = []

    def add(field: str, old: Any, new: Any, old_text: str, new_text: str) -> None:
        change = Change.ADDED if old in (None, "", []) else Change.REMOVED if new in (None, "", []) else Change.CHANGED
        found.append(AnswerDifference(question_id, part, title, label, field, change, old, new, old_text, new_text))

    if (before is None) != (after is None) or (before and after and before.value_json != after.value_json):
        old_value = None if before is None else before.value
        new_value = None if after is None else after.value
        difference = Change.ADDED if before is None else Change.REMOVED if after is None else Change.CHANGED
        found.append(AnswerDifference(
            question_id, part, title, label, "value", difference, _plain(old_value), _plain(new_value),
            value_text(questionnaire, question_id, before, first, lang),
            value_text(questionnaire, question_id, after, second, lang),
        ))
    empty = AnswerState(None)
    old, new = before or empty, after or empty
    for field in ("note", "legal_citation"):
        if getattr(old, field) != getattr(new, field):
            add(field, getattr(old, field), getattr(new, field), getattr(old, field), getattr(new, field))
    if old.confidence != new.confidence:
        add("confidence", old.confidence, new.confidence, _confidence(old.confidence, lang),
            _confidence(new.confidence, lang))
    if old.evidence != new.evidence:
        old_names = [names.get(s, s) for s in old.evidence]
        new_names = [names.get(s, s) for s in new.evidence]
        add("evidence", old_names, new_names, "; ".join(old_names), "; ".join(new_names))
    return found


def _confidence(mark: str | None, lang: str) -> str:
    return "" if mark is None else Msg(f"team.confidence.{mark}").render(lang)


def _plain(value: Any) -> Any:
    """A value as JSON writes it: Decimals as numbers (via their text), lists as lists."""
    from decimal import Decimal

    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _evidence_differences(first: Snapshot, second: Snapshot) -> list[EvidenceDifference]:
    found = []
    for sha in sorted(set(first.evidence) | set(second.evidence),
                      key=lambda s: (first.evidence.get(s) or second.evidence[s]).name):
        old, new = first.evidence.get(sha), second.evidence.get(sha)
        if old is None and new is not None:
            found.append(EvidenceDifference(sha, new.name, Change.ADDED, None, new.caption))
        elif new is None and old is not None:
            found.append(EvidenceDifference(sha, old.name, Change.REMOVED, old.caption, None))
        elif old is not None and new is not None and old.caption != new.caption:
            found.append(EvidenceDifference(sha, new.name, Change.CHANGED, old.caption, new.caption))
    return found


def verdict_differences(before: Evaluation, after: Evaluation, lang: str = "en") -> list[VerdictDifference]:
    """The verdicts that differ: ratification first, then each Part and its requirements, in Part order."""
    found = []
    old_r, new_r = str(before.ratification.status), str(after.ratification.status)
    if old_r != new_r:
        found.append(VerdictDifference(None, None, None, None, old_r, new_r, ratification_status(old_r, lang),
                                       ratification_status(new_r, lang)))
    for part in [p for p in before.parts if p in after.parts] + [p for p in after.parts if p not in before.parts]:
        old_part, new_part = before.parts.get(part), after.parts.get(part)
        title = _part_title(part, lang)
        old_s = None if old_part is None else str(old_part.status)
        new_s = None if new_part is None else str(new_part.status)
        if old_s != new_s:
            found.append(VerdictDifference(part, title, None, None, old_s, new_s, _part_word(old_s, lang),
                                           _part_word(new_s, lang)))
        old_reqs = {} if old_part is None else {r.id: r for r in old_part.requirements}
        new_reqs = {} if new_part is None else {r.id: r for r in new_part.requirements}
        for rid in list(old_reqs) + [r for r in new_reqs if r not in old_reqs]:
            old_q, new_q = old_reqs.get(rid), new_reqs.get(rid)
            old_word = None if old_q is None else ("superseded" if old_q.superseded else str(old_q.status))
            new_word = None if new_q is None else ("superseded" if new_q.superseded else str(new_q.status))
            if old_word != new_word:
                found.append(VerdictDifference(part, title, rid, requirement_name(rid, lang), old_word, new_word,
                                               _requirement_word(old_word, lang), _requirement_word(new_word, lang)))
    return found


def _part_word(status: str | None, lang: str) -> str:
    return part_status("not_assessed" if status is None else status, lang)


def _requirement_word(status: str | None, lang: str) -> str:
    """A requirement only one side assesses (its Part is not assessed on the other) is "not assessed" there."""
    return part_status("not_assessed", lang) if status is None else requirement_status(status, lang)


# --------------------------------------------------------------------- text


FIELD_KEYS = {"value": "team.field.value", "note": "team.field.note", "legal_citation": "team.field.citation",
              "confidence": "team.field.confidence", "evidence": "team.field.evidence"}


def render_text(comparison: Comparison, lang: str = "en") -> str:
    """The comparison for a reader: grouped by Part, each question once with what changed in it."""

    def say(key: str, **params: Any) -> str:
        return Msg(key, **params).render(lang)

    c = colon(lang)
    lines = [say("team.compare.heading", first=_name(comparison.first, lang), second=_name(comparison.second, lang))]
    if comparison.same:
        lines.append(say("team.compare.same"))
        return "\n".join(lines) + "\n"
    if comparison.verdicts:
        lines += ["", say("team.compare.verdicts")]
        shown_part = None
        for v in comparison.verdicts:
            if v.part is None:
                lines.append(f"  {say('team.compare.ratification')}{c} {v.before_text} → {v.after_text}")
            elif v.requirement is None:
                shown_part = v.part
                lines.append(f"  {v.part_title}{c} {v.before_text} → {v.after_text}")
            else:
                if v.part != shown_part:
                    shown_part = v.part
                    lines.append(f"  {v.part_title}")
                lines.append(f"    {v.requirement}{c} {v.before_text} → {v.after_text}")
    part = None
    question = None
    for d in comparison.answers:
        if d.part != part:
            part, question = d.part, None
            lines += ["", d.part_title]
        if d.question_id != question:
            question = d.question_id
            lines.append(f"  {d.question} ({d.question_id})")
        empty = say("team.compare.empty")
        lines.append(f"    {say(FIELD_KEYS[d.field])}{c} {d.before_text or empty} → {d.after_text or empty}")
    if comparison.evidence:
        lines += ["", say("team.compare.evidence")]
        for e in comparison.evidence:
            lines.append(f"  {e.name}{c} {say('team.change.' + str(e.change))}")
    return "\n".join(lines) + "\n"


def display_name(snapshot: Snapshot, lang: str = "en") -> str:
    """The snapshot as the comparison's heading names it: country and title, and its revision if known."""
    return _name(snapshot, lang)


def _name(snapshot: Snapshot, lang: str) -> str:
    who = " ".join(p for p in (snapshot.country, snapshot.title) if p) or snapshot.source
    if snapshot.revision is None:
        return who
    return Msg("team.compare.named", name=who, revision=snapshot.revision).render(lang)


def changes_since(earlier: Snapshot, later: Snapshot, lang: str = "en") -> ChangesSince:
    """The comparison as the report's annex D shows it: verdicts, then every answer's field that changed."""
    comparison = compare(earlier, later, lang)
    notes = []
    for v in comparison.verdicts:
        what = Msg("team.compare.ratification").render(lang) if v.part is None else (
            v.part_title or "" if v.requirement is None else f"{v.part_title}{colon(lang)} {v.requirement}")
        notes.append(ChangeNote(v.part or "", "", what, "", v.before_text, v.after_text))
    for d in comparison.answers:
        notes.append(ChangeNote(d.part, d.question_id, d.question, Msg(FIELD_KEYS[d.field]).render(lang),
                                d.before_text, d.after_text))
    if earlier.revision is not None:
        named = Msg("team.compare.revision", revision=earlier.revision).render(lang)
    else:
        named = earlier.source.replace("\\", "/").rsplit("/", 1)[-1]
    return ChangesSince(named, tuple(notes))
