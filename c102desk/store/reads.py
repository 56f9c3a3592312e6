"""The store's reads through the ORM, inside a read transaction the caller holds (``Store._read_transaction``):
answers with their details, their history, evidence files and assessor profiles, as the records of
``records.py``. Dialect-neutral; the reads made before the app's first paint are plain SQLite instead
(``sqlite/plain_reads.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from c102desk.store.records import AnswerInfo, EvidenceInfo, HistoryEntry, ProfileInfo
from c102desk.store.rows import assessment_row
from c102desk.store.values import load_json

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from c102desk.store.models import AssessorProfile


def answer_details(session: Session, assessment_id: str) -> list[AnswerInfo]:
    """Every answer of the assessment with its details, by question id."""
    from c102desk.store import orm

    assessment_row(session, assessment_id)
    links: dict[str, list[str]] = {}
    for link in session.scalars(
        orm.select(orm.AnswerEvidence).where(orm.AnswerEvidence.assessment_id == assessment_id)
        .order_by(orm.AnswerEvidence.evidence_id)
    ):
        links.setdefault(link.question_id, []).append(link.evidence_id)
    # Ordered here, by code point (SQLite's binary order), not by a server's collation (a language's rules).
    rows = sorted(session.scalars(orm.select(orm.Answer).where(orm.Answer.assessment_id == assessment_id)),
                  key=lambda a: a.question_id)
    return [
        AnswerInfo(
            question_id=a.question_id, value=load_json(a.value_json), note=a.note,
            legal_citation=a.legal_citation, confidence=a.confidence,
            evidence_ids=tuple(links.get(a.question_id, ())), changed=a.changed, assessor_id=a.assessor_id,
        )
        for a in rows
    ]


def history(session: Session, assessment_id: str, question_id: str | None = None) -> list[HistoryEntry]:
    """Changes of the answers, oldest first (of one question when ``question_id`` is given)."""
    from c102desk.store import orm

    assessment_row(session, assessment_id)
    query = orm.select(orm.AnswerChange).where(orm.AnswerChange.assessment_id == assessment_id)
    if question_id is not None:
        query = query.where(orm.AnswerChange.question_id == question_id)
    known = {p.id: profile(p) for p in session.scalars(orm.select(orm.AssessorProfile))}
    return [
        HistoryEntry(
            question_id=c.question_id,
            had_old_value=c.old_value_json is not None,
            old_value=None if c.old_value_json is None else load_json(c.old_value_json),
            new_value=load_json(c.new_value_json),
            changed_at=c.changed_at,
            assessor=None if c.assessor_id is None else known.get(c.assessor_id),
        )
        for c in session.scalars(query.order_by(orm.AnswerChange.id))
    ]


def evidence(session: Session, assessment_id: str) -> list[EvidenceInfo]:
    """The assessment's evidence files, oldest first."""
    from c102desk.store import orm

    assessment_row(session, assessment_id)
    table = orm.EvidenceFile
    query = orm.select(table).where(table.assessment_id == assessment_id)
    return [
        EvidenceInfo(id=e.id, name=e.name, sha256=e.sha256, size=e.size, storage=e.storage, path=e.path,
                     added=e.added, caption=e.caption)
        for e in sorted(session.scalars(query), key=lambda e: (e.added, e.name, e.id))  # by code point, as above
    ]


def profiles(session: Session) -> list[ProfileInfo]:
    from c102desk.store import orm

    return [profile(p) for p in session.scalars(orm.select(orm.AssessorProfile).order_by(orm.AssessorProfile.id))]


def profile(row: AssessorProfile) -> ProfileInfo:
    return ProfileInfo(id=row.id, name=row.name, organisation=row.organisation, role=row.role)
