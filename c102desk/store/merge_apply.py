"""Write a merge into the store in one transaction: all of it, or — on any error, or a kill — nothing.

The decisions are made before (``team.merge``); this module only writes what it is given (the answers through
the store's one answer writer, ``answer_writes``): answers, evidence
links, theirs' evidence files, history entries and the conflicts' decisions (table ``merge_decisions``). The
assessment must still be as it was when the merge was planned (its ``changed`` time): otherwise the merge is
refused and nothing is written, so that a save made meanwhile is never overwritten.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from c102desk.store import answer_writes, checks
from c102desk.store.clock import now_iso
from c102desk.store.errors import StoreError
from c102desk.store.values import dump_json

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from c102desk.store import Store


class MergeOutOfDateError(StoreError):
    """The assessment changed after the merge was prepared; nothing was written."""


@dataclass(frozen=True)
class Person:
    """Who made a change brought in by a merge."""

    name: str
    organisation: str = ""
    role: str = ""


@dataclass(frozen=True)
class AnswerWrite:
    """The answer a question has after the merge; ``removed`` takes it away. ``changed`` "" means now, by the
    person who merges; else the time and assessor of the copy it comes from."""

    question_id: str
    value: Any = None
    note: str = ""
    legal_citation: str = ""
    confidence: str | None = None
    evidence: tuple[str, ...] = ()  # SHA-256 of the files linked
    changed: str = ""
    assessor: Person | None = None
    removed: bool = False


@dataclass(frozen=True)
class HistoryWrite:
    """A history entry a merge writes."""

    question_id: str
    old_json: str | None
    new_json: str
    at: str = ""  # "" means now, by the person who merges
    assessor: Person | None = None


@dataclass(frozen=True)
class DecisionWrite:
    """How a merge's conflict was decided, for the history."""

    question_id: str
    field: str
    choice: str  # theirs, mine, value
    base: Any
    mine: Any
    theirs: Any
    chosen: Any
    has_base: bool = True  # False for a note, citation, mark or evidence (they have no history)


@dataclass(frozen=True)
class EvidenceWrite:
    """An evidence record a merge adds."""

    sha256: str
    name: str
    size: int
    storage: str
    path: str
    added: str
    caption: str = ""


@dataclass
class MergeWrites:
    """Everything a planned merge writes into one assessment, in one transaction."""

    assessment_id: str
    expected_changed: str  # the assessment's ``changed`` when the merge was planned
    source: str  # the file merged in
    decided_by: Person | None
    answers: list[AnswerWrite] = field(default_factory=list)
    evidence: list[EvidenceWrite] = field(default_factory=list)
    history: list[HistoryWrite] = field(default_factory=list)
    decisions: list[DecisionWrite] = field(default_factory=list)


def apply_merge(store: Store, writes: MergeWrites) -> None:
    """Everything in ``writes`` in one transaction (after a backup when something conflicted)."""
    if writes.decisions and not store.on_a_server:  # a server's backups are its IT's
        store.backup("before-merge")
    with store.transaction() as session:
        write_merge(session, writes)
    store.note_change()


def write_merge(session: Session, writes: MergeWrites) -> None:
    """``apply_merge``'s writes inside the caller's transaction."""
    from c102desk.store.models import AnswerChange, Assessment, EvidenceFile, MergeDecision
    from c102desk.store.orm import select
    from c102desk.store.transfer import _profile_id

    # Locked (on a server; SQLite's writer is alone anyway): nothing changes it between the check of its time
    # stamp and the merge's writes.
    row = session.get(Assessment, writes.assessment_id, with_for_update=True)
    if row is None:
        raise checks.refuse_unknown(writes.assessment_id)
    checks.check_writable(row.id, row.status, row.trashed_at, to_do="start a new revision, then merge into it")
    if row.changed != writes.expected_changed:
        raise MergeOutOfDateError(
            f"assessment {row.id} was changed while the merge was being prepared; nothing was merged — "
            "merge the file again to see the changes")
    stamp = now_iso()
    profiles: dict[Person, int] = {}

    def profile(person: Person | None) -> int | None:
        if person is None:
            return None
        if person not in profiles:
            profiles[person] = _profile_id(session, {"name": person.name, "organisation": person.organisation,
                                                     "role": person.role})
        return profiles[person]

    decider = profile(writes.decided_by)
    for item in writes.evidence:
        session.add(EvidenceFile(
            id=str(uuid.uuid4()), assessment_id=row.id, name=item.name, sha256=item.sha256, size=item.size,
            storage=item.storage, path=item.path, added=item.added or stamp, caption=item.caption,
        ))
    session.flush()
    evidence_ids: dict[str, str] = {}
    for found in session.scalars(select(EvidenceFile).where(EvidenceFile.assessment_id == row.id)
                                 .order_by(EvidenceFile.added, EvidenceFile.id)):
        evidence_ids.setdefault(found.sha256, found.id)
    db = session.connection()
    for answer in writes.answers:
        if answer.removed:
            answer_writes.remove(db, row.id, answer.question_id)
            continue
        answer_writes.put(db, row.id, answer_writes.AnswerRow(
            question_id=answer.question_id, value_json=dump_json(answer.value), note=answer.note,
            legal_citation=answer.legal_citation, confidence=answer.confidence,
            evidence_ids=tuple(evidence_ids[sha] for sha in answer.evidence if sha in evidence_ids),
            changed=answer.changed or stamp,
            assessor_id=profile(answer.assessor) if answer.changed else decider,
        ))
    for step in writes.history:
        session.add(AnswerChange(
            assessment_id=row.id, question_id=step.question_id, old_value_json=step.old_json,
            new_value_json=step.new_json, changed_at=step.at or stamp,
            assessor_id=profile(step.assessor) if step.at else decider,
        ))
    for decision in writes.decisions:
        session.add(MergeDecision(
            assessment_id=row.id, question_id=decision.question_id, field=decision.field, choice=decision.choice,
            base_json=dump_json(decision.base) if decision.has_base else None, mine_json=dump_json(decision.mine),
            theirs_json=dump_json(decision.theirs), chosen_json=dump_json(decision.chosen), source=writes.source,
            decided_at=stamp, assessor_id=decider,
        ))
    row.changed = stamp
    session.flush()


@dataclass(frozen=True)
class DecisionInfo:
    """A recorded merge decision, for the app and the tests."""

    question_id: str
    field: str
    choice: str
    base_json: str | None
    mine_json: str
    theirs_json: str
    chosen_json: str
    source: str
    decided_at: str
    decided_by: str | None


def merge_decisions(store: Store, assessment_id: str) -> list[DecisionInfo]:
    """The merge decisions recorded for an assessment, oldest first."""
    from c102desk.store.models import AssessorProfile, MergeDecision
    from c102desk.store.orm import select

    with store.read_transaction() as session:
        names = {p.id: p.name for p in session.scalars(select(AssessorProfile))}
        query = select(MergeDecision).where(MergeDecision.assessment_id == assessment_id).order_by(MergeDecision.id)
        return [DecisionInfo(d.question_id, d.field, d.choice, d.base_json, d.mine_json, d.theirs_json,
                             d.chosen_json, d.source, d.decided_at,
                             None if d.assessor_id is None else names.get(d.assessor_id))
                for d in session.scalars(query)]
