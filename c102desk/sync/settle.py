"""The three-way merge of ``team.merge`` decided again with the state of the last sync (``sync.base``) as the
common ancestor, for every question that state knows: each field — value, note, citation, confidence mark,
evidence — is the side's that moved away from it; a field both moved differently is a conflict. Questions it does
not know (no sync yet, or in conflict then) keep ``team.merge``'s decision, from the answers' history."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from c102desk.store.values import load_json
from c102desk.sync.base import Base, BaseAnswer, of_state
from c102desk.team.merge import DETAIL_FIELDS, Conflict, FieldConflict, MergePlan
from c102desk.team.snapshot import AnswerState

FIELDS = ("value", *DETAIL_FIELDS)


def settle(plan: MergePlan, base: Base | None) -> MergePlan:
    """``plan`` with every question the last sync's state knows decided against that state."""
    if base is None:
        return plan
    mine, theirs = plan.mine, plan.theirs
    merged = dict(plan.merged)
    conflicts = {c.question_id: c for c in plan.conflicts}
    taken = set(plan.taken)
    taken_values: set[str] = {s.question_id for s in plan.history}
    for question_id in sorted(set(mine.answers) | set(theirs.answers)):
        ancestor = base.answer(question_id)
        my_state, their_state = mine.answers.get(question_id), theirs.answers.get(question_id)
        if ancestor is None:  # in conflict at the last sync, with no ancestor known: so until both agree
            m, t = of_state(my_state), of_state(their_state)
            if m != t:  # every field that differs (team.merge's own moment of parting has moved since)
                merged.pop(question_id, None)
                taken.discard(question_id)
                taken_values.discard(question_id)
                conflicts[question_id] = Conflict(question_id, tuple(
                    FieldConflict(name, None, _shown(_field(m, name), name), _shown(_field(t, name), name))
                    for name in FIELDS if _field(m, name) != _field(t, name)), my_state, their_state)
            continue
        conflicts.pop(question_id, None)
        merged.pop(question_id, None)
        taken.discard(question_id)
        taken_values.discard(question_id)
        m, t = of_state(my_state), of_state(their_state)
        if m == t:
            continue
        result: dict[str, Any] = {}
        found: list[FieldConflict] = []
        from_theirs = False
        for name in FIELDS:
            mv, tv, bv = _field(m, name), _field(t, name), _field(ancestor, name)
            if mv == tv or tv == bv:
                result[name] = mv
            elif mv == bv:
                result[name] = tv
                from_theirs = True
                if name == "value":
                    taken_values.add(question_id)
            else:
                result[name] = mv
                found.append(FieldConflict(name, _shown(bv, name), _shown(mv, name), _shown(tv, name),
                                           has_base=True))
        if found:
            conflicts[question_id] = Conflict(question_id, tuple(found), my_state, their_state)
            merged[question_id] = my_state
        elif from_theirs:
            taken.add(question_id)
            merged[question_id] = _state(result, their_state)
    shared = {s.key for s in mine.history}
    history = tuple(s for s in theirs.history if s.question_id in taken_values and s.key not in shared)
    return replace(plan, merged=merged, taken=tuple(sorted(taken)),
                   conflicts=tuple(conflicts[q] for q in sorted(conflicts)), history=history)


def _field(answer: BaseAnswer, name: str) -> Any:
    return answer.value_json if name == "value" else answer.field(name)


def _shown(value: Any, name: str) -> Any:
    return load_json(value) if name == "value" else value


def _state(result: dict[str, Any], theirs: AnswerState | None) -> AnswerState | None:
    """As ``team.merge`` makes a merged answer: theirs whole (its time and assessor) when it is all theirs, else
    saved now; None when nothing is left of it."""
    value = load_json(result["value"])
    if value is None and not any(result[name] for name in DETAIL_FIELDS):
        return None
    state = AnswerState(value=value, note=result["note"], legal_citation=result["legal_citation"],
                        confidence=result["confidence"], evidence=tuple(result["evidence"]))
    if theirs is not None and of_state(theirs) == of_state(state):
        return theirs
    return state




def take_theirs(plan: MergePlan, question_id: str) -> MergePlan:
    """``plan`` taking theirs' answer to the question whole (the assessor chose it), with its history."""
    their_state = plan.theirs.answers.get(question_id)
    merged = {**plan.merged, question_id: their_state}
    shared = {s.key for s in plan.mine.history}
    history = tuple(s for s in plan.history if s.question_id != question_id) + tuple(
        s for s in plan.theirs.history if s.question_id == question_id and s.key not in shared)
    return replace(plan, merged=merged, taken=tuple(sorted({*plan.taken, question_id})),
                   conflicts=tuple(c for c in plan.conflicts if c.question_id != question_id), history=history)


def keep_mine(plan: MergePlan, question_id: str) -> MergePlan:
    """``plan`` leaving the question as it is here (the assessor chose this side's answer)."""
    merged = {q: a for q, a in plan.merged.items() if q != question_id}
    return replace(plan, merged=merged, taken=tuple(q for q in plan.taken if q != question_id),
                   conflicts=tuple(c for c in plan.conflicts if c.question_id != question_id),
                   history=tuple(s for s in plan.history if s.question_id != question_id))
