"""Three-way merge of an assessor's copy of an assessment ("theirs", a file) into the library's ("mine").

The common ancestor comes from the answers' history: both copies keep every change of a value with its time,
and the changes made before the copies parted are in both (an export carries the history; an import keeps it).
For each question the ancestor's value is the last change both copies share; a value changed on one side only is
taken from that side, one changed on both to different values is a conflict the assessor resolves (theirs, mine
or a new value). Notes, citations, confidence marks and evidence links have no history of their own: the side
that saved the answer after the copies parted is taken (the moment they parted is the latest change, or answer,
both still hold identically), and when both did and they differ it is a conflict too — never a silent choice.

Nothing is lost: theirs' evidence files are added; theirs' changes of a value that is taken join the history;
each conflict's decision is recorded with who made it and both sides' values. This module only decides; the
store writes the result in one transaction (``store.merge_apply``). docs/team-work.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from c102desk.errors import C102Error
from c102desk.i18n import Msg
from c102desk.store.merge_apply import (
    AnswerWrite,
    DecisionWrite,
    EvidenceWrite,
    HistoryWrite,
    MergeWrites,
    Person,
)
from c102desk.store.values import dump_json, load_json
from c102desk.team.snapshot import NO_VALUE, AnswerState, EvidenceState, HistoryStep, Snapshot

DETAIL_FIELDS = ("note", "legal_citation", "confidence", "evidence")
FIELDS = ("value", *DETAIL_FIELDS)


class Choice(StrEnum):
    THEIRS = "theirs"
    MINE = "mine"
    VALUE = "value"  # a new value the assessor gives


@dataclass(frozen=True)
class FieldConflict:
    """A field both sides changed differently since their common ancestor."""

    field: str  # one of FIELDS
    base: Any  # the common ancestor's, when the history tells it (``has_base``); a detail has no history
    mine: Any
    theirs: Any
    has_base: bool = False


@dataclass(frozen=True)
class Conflict:
    """A question whose answer both sides changed differently."""

    question_id: str
    fields: tuple[FieldConflict, ...]
    mine: AnswerState | None
    theirs: AnswerState | None

    @property
    def value_conflict(self) -> FieldConflict | None:
        return next((f for f in self.fields if f.field == "value"), None)


@dataclass(frozen=True)
class Resolution:
    """How the assessor decided a conflict: theirs, mine or a new value."""

    choice: Choice
    value: Any = None  # the new value, for Choice.VALUE


@dataclass(frozen=True)
class Decision:
    """One conflict as decided: for each field that conflicted, what was chosen."""

    conflict: Conflict
    resolution: Resolution


@dataclass
class MergePlan:
    """What merging ``theirs`` into ``mine`` does before any conflict is decided."""

    mine: Snapshot
    theirs: Snapshot
    parted_at: str  # the latest moment both copies still agree on ("" when they share nothing)
    merged: dict[str, AnswerState | None]  # the answers as they become without the conflicts ("None": no answer)
    taken: tuple[str, ...]  # questions where something of theirs is taken
    conflicts: tuple[Conflict, ...]
    history: tuple[HistoryStep, ...]  # theirs' changes of the values taken, in their order
    new_evidence: tuple[EvidenceState, ...]  # theirs' files the library does not have

    @property
    def changes_anything(self) -> bool:
        return bool(self.taken or self.conflicts or self.new_evidence)


@dataclass
class MergeResult:
    """The plan with every conflict decided: the answers to write, and the decisions to record."""

    plan: MergePlan
    answers: dict[str, AnswerState | None]  # every question whose answer changes ("None": remove it)
    decisions: tuple[Decision, ...]
    history: tuple[HistoryStep, ...] = field(default=())


class UnresolvedConflictsError(C102Error):
    """Some conflicts have no decision; nothing was changed."""

    def __init__(self, message: str, conflicts: tuple[Conflict, ...]) -> None:
        super().__init__(message)
        self.conflicts = conflicts


def plan_merge(mine: Snapshot, theirs: Snapshot) -> MergePlan:
    """Compare both copies with their common ancestor; decides everything but the conflicts."""
    shared = {s.key for s in mine.history} & {s.key for s in theirs.history}
    base: dict[str, str] = {}  # the value each question had when the copies parted (JSON), where known
    parted_at = ""
    for step in mine.history:  # in order: the last shared change of each question is its ancestor's value
        if step.key in shared:
            base[step.question_id] = step.new_json
            parted_at = max(parted_at, step.at)
    for question_id, state in mine.answers.items():  # an answer saved before they parted is the same in both
        if theirs.answers.get(question_id) == state and state.changed:
            parted_at = max(parted_at, state.changed)

    merged: dict[str, AnswerState | None] = {}
    taken: list[str] = []
    conflicts: list[Conflict] = []
    taken_values: set[str] = set()
    for question_id in sorted(set(mine.answers) | set(theirs.answers)):
        my_state, their_state = mine.answers.get(question_id), theirs.answers.get(question_id)
        if my_state == their_state:
            continue
        result: dict[str, Any] = {}
        fields: list[FieldConflict] = []
        from_theirs = False
        my_touched = my_state is not None and my_state.changed > parted_at
        their_touched = their_state is not None and their_state.changed > parted_at
        my_json, their_json = mine.value_json(question_id), theirs.value_json(question_id)
        if question_id in base:  # the history says what the value was when they parted
            mine_moved, theirs_moved = my_json != base[question_id], their_json != base[question_id]
        else:  # no shared history (e.g. both come from a file without one): who saved it since they parted
            mine_moved, theirs_moved = my_touched, their_touched
        if my_json == their_json or not theirs_moved:
            result["value"] = _value(my_state)
        elif not mine_moved:
            result["value"] = _value(their_state)
            from_theirs = True
            taken_values.add(question_id)
        else:
            known = question_id in base
            fields.append(FieldConflict("value", load_json(base[question_id]) if known else None, _value(my_state),
                                        _value(their_state), known))
            result["value"] = _value(my_state)  # until decided
        for name in DETAIL_FIELDS:
            mine_d, theirs_d = _detail(my_state, name), _detail(their_state, name)
            if mine_d == theirs_d or (my_touched and not their_touched):
                result[name] = mine_d
            elif their_touched and not my_touched:
                result[name] = theirs_d
                from_theirs = True
            else:
                fields.append(FieldConflict(name, None, mine_d, theirs_d))
                result[name] = mine_d  # until decided
        if fields:
            conflicts.append(Conflict(question_id, tuple(fields), my_state, their_state))
        if from_theirs:
            taken.append(question_id)
        if from_theirs or fields:
            all_theirs = not fields and their_state is not None and result["value"] == their_state.value and all(
                result[name] == _detail(their_state, name) for name in DETAIL_FIELDS)
            merged[question_id] = _state(result, my_state, their_state, all_theirs)
    history = tuple(s for s in theirs.history if s.question_id in taken_values and s.key not in shared)
    new_evidence = tuple(e for sha, e in theirs.evidence.items() if sha not in mine.evidence)
    return MergePlan(mine, theirs, parted_at, merged, tuple(taken), tuple(conflicts), history, new_evidence)


def resolve(plan: MergePlan, resolutions: dict[str, Resolution], prefer: Choice | None = None) -> MergeResult:
    """Apply the assessor's decisions (and ``prefer`` for the conflicts without one); every conflict needs one."""
    unknown = sorted(set(resolutions) - {c.question_id for c in plan.conflicts})
    if unknown:
        raise C102Error(Msg("team.merge.not_a_conflict", questions=", ".join(unknown)))
    missing = tuple(c for c in plan.conflicts if c.question_id not in resolutions and prefer is None)
    if missing:
        raise UnresolvedConflictsError(Msg("team.merge.unresolved", count=len(missing)), missing)
    answers = dict(plan.merged)
    decisions = []
    for conflict in plan.conflicts:
        resolution = resolutions.get(conflict.question_id) or Resolution(prefer or Choice.MINE)
        current = answers[conflict.question_id]
        result = {name: _detail(current, name) for name in DETAIL_FIELDS}
        result["value"] = _value(current)
        for found in conflict.fields:
            if resolution.choice is Choice.THEIRS:
                result[found.field] = found.theirs
            elif resolution.choice is Choice.MINE:
                result[found.field] = found.mine
            elif found.field == "value":
                result["value"] = resolution.value
            else:  # a new value decides the value; the other conflicting fields stay as they are here
                result[found.field] = found.mine
        if resolution.choice is Choice.VALUE and conflict.value_conflict is None:
            result["value"] = resolution.value
        answers[conflict.question_id] = _state(result, conflict.mine, conflict.theirs, False)
        decisions.append(Decision(conflict, resolution))
    mine = plan.mine.answers
    changed = {q: a for q, a in answers.items() if _same_answer(a) != _same_answer(mine.get(q))}
    return MergeResult(plan, changed, tuple(decisions), plan.history)


def _value(state: AnswerState | None) -> Any:
    return None if state is None else state.value


def _detail(state: AnswerState | None, name: str) -> Any:
    if state is None:
        return None if name == "confidence" else () if name == "evidence" else ""
    return getattr(state, name)


def _state(result: dict[str, Any], mine: AnswerState | None, theirs: AnswerState | None,
           all_theirs: bool) -> AnswerState | None:
    """The merged answer; ``None`` when nothing is left of it (no value, note, citation, mark or evidence).
    Theirs' time of saving and assessor are kept when the whole answer is theirs; else it is saved now."""
    if result["value"] is None and not any(result[name] for name in DETAIL_FIELDS):
        return None
    source = theirs if all_theirs and theirs is not None else None
    return AnswerState(
        value=result["value"], note=result["note"], legal_citation=result["legal_citation"],
        confidence=result["confidence"], evidence=tuple(result["evidence"]),
        changed="" if source is None else source.changed, assessor=None if source is None else source.assessor,
        person=None if source is None else source.person,
    )


def _same_answer(state: AnswerState | None) -> Any:
    """What an answer holds, without when or by whom it was saved."""
    return None if state is None else replace(state, changed="", assessor=None, person=None,
                                              value=dump_json(state.value))


def writes_for(result: MergeResult, decided_by: Person | None, source: str) -> MergeWrites:
    """What the store writes for a decided merge (``store.merge_apply``)."""
    plan = result.plan
    mine = plan.mine
    writes = MergeWrites(mine.assessment_id or "", mine.changed, source, decided_by)
    for e in plan.new_evidence:
        item = e.item
        writes.evidence.append(EvidenceWrite(e.sha256, e.name, e.size, str(item.get("storage", "path")),
                                             str(item.get("path", e.name)), str(item.get("added", "")), e.caption))
    for question_id, state in sorted(result.answers.items()):
        if state is None:
            writes.answers.append(AnswerWrite(question_id, removed=True))
        else:
            writes.answers.append(AnswerWrite(
                question_id, state.value, state.note, state.legal_citation, state.confidence, state.evidence,
                state.changed, None if state.person is None else Person(*state.person)))
    # The history: theirs' changes of the values taken, then — where the value the merge writes is not where
    # those end — one change by the person who merges (a decided conflict, or a copy without history).
    last: dict[str, str] = {q: mine.value_json(q) for q in result.answers}
    stepped: set[str] = set()
    for step in result.history:
        if step.question_id in result.answers:
            stepped.add(step.question_id)
            writes.history.append(HistoryWrite(step.question_id, step.old_json, step.new_json, step.at,
                                               None if step.person is None else Person(*step.person)))
            last[step.question_id] = step.new_json
    for question_id, state in sorted(result.answers.items()):
        new_json = NO_VALUE if state is None else state.value_json
        if new_json != last[question_id]:
            first_answer = question_id not in mine.answers and question_id not in stepped
            writes.history.append(HistoryWrite(question_id, None if first_answer else last[question_id], new_json))
    for decision in result.decisions:
        conflict, resolution = decision.conflict, decision.resolution
        chosen = result.answers.get(conflict.question_id, plan.mine.answers.get(conflict.question_id))
        for found in conflict.fields:
            kept = _value(chosen) if found.field == "value" else _detail(chosen, found.field)
            writes.decisions.append(DecisionWrite(
                conflict.question_id, found.field, str(resolution.choice), found.base, _jsonable(found.mine),
                _jsonable(found.theirs), _jsonable(kept), has_base=found.has_base))
    return writes


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
