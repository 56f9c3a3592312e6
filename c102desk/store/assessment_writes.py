"""The store's changes of assessments, profiles and evidence through the ORM, inside the write transaction the
caller holds (``Store.transaction``); answers are written by ``answer_writes``. Dialect-neutral SQLAlchemy.
Each function checks what it changes may be changed (``checks``), and stamps the assessment's ``changed``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from c102desk.store import checks
from c102desk.store.clock import now_iso
from c102desk.store.errors import EvidenceError
from c102desk.store.records import STATUS_DRAFT, STATUS_FINAL
from c102desk.store.rows import assessment_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from c102desk.store.models import Assessment



def _new_id() -> str:
    import uuid  # only when something is made: with platform, ~3 ms of every command's start otherwise

    return str(uuid.uuid4())

def writable(session: Session, assessment_id: str) -> Assessment:
    """The assessment's row, refused when it is final or in the trash (``checks.check_writable``)."""
    row = assessment_row(session, assessment_id, lock=True)
    checks.check_writable(row.id, row.status, row.trashed_at)
    return row


def create(session: Session, country: str, title: str, questionnaire_version: str) -> str:
    from c102desk.store import orm

    stamp = now_iso()
    new_id = _new_id()
    session.add(orm.Assessment(
        id=new_id, country=country, title=title, questionnaire_version=questionnaire_version,
        status=STATUS_DRAFT, revision=1, previous_revision_id=None, created=stamp, changed=stamp, trashed_at=None,
    ))
    return new_id


def rename(session: Session, assessment_id: str, country: str | None, title: str | None) -> None:
    row = writable(session, assessment_id)
    if country is not None:
        row.country = country
    if title is not None:
        row.title = title
    row.changed = now_iso()


def finalize(session: Session, assessment_id: str) -> None:
    row = writable(session, assessment_id)
    row.status = STATUS_FINAL
    row.changed = now_iso()


def copy_assessment(session: Session, assessment_id: str, *, title: str | None = None) -> str:
    """A new draft with the assessment's answers, details, evidence and history: its next revision, or with
    ``title`` an independent copy (revision 1, no previous revision)."""
    from c102desk.store import orm

    new_id = _new_id()
    stamp = now_iso()
    old = assessment_row(session, assessment_id, lock=True)  # no answer written while it is copied
    session.add(orm.Assessment(
        id=new_id, country=old.country, title=old.title if title is None else title,
        questionnaire_version=old.questionnaire_version, status=STATUS_DRAFT,
        revision=old.revision + 1 if title is None else 1, previous_revision_id=old.id if title is None else None,
        created=stamp, changed=stamp, trashed_at=None,
    ))
    session.flush()
    _copy_contents(session, old.id, new_id)
    return new_id


def trash(session: Session, assessment_id: str) -> None:
    assessment_row(session, assessment_id).trashed_at = now_iso()


def restore_from_trash(session: Session, assessment_id: str) -> None:
    assessment_row(session, assessment_id).trashed_at = None


def empty_trash(session: Session) -> int:
    from c102desk.store import orm

    result = session.execute(orm.delete(orm.Assessment).where(orm.Assessment.trashed_at.is_not(None)))
    return int(getattr(result, "rowcount", 0))


def add_profile(session: Session, name: str, organisation: str, role: str) -> int:
    from c102desk.store import orm

    profile = orm.AssessorProfile(name=name, organisation=organisation, role=role, created=now_iso())
    session.add(profile)
    session.flush()
    return profile.id


def add_evidence(session: Session, assessment_id: str, *, name: str, sha256: str, size: int, storage: str,
                 path: str) -> str:
    from c102desk.store import orm

    row = writable(session, assessment_id)
    new_id = _new_id()
    session.add(orm.EvidenceFile(id=new_id, assessment_id=assessment_id, name=name, sha256=sha256, size=size,
                                 storage=storage, path=path, added=now_iso()))
    row.changed = now_iso()
    return new_id


def set_evidence_caption(session: Session, assessment_id: str, evidence_id: str, caption: str) -> None:
    from c102desk.store import orm

    row = writable(session, assessment_id)
    evidence = session.get(orm.EvidenceFile, evidence_id)
    if evidence is None or evidence.assessment_id != assessment_id:
        raise EvidenceError(f"evidence {evidence_id!r} does not belong to assessment {assessment_id}")
    evidence.caption = caption.strip()
    row.changed = now_iso()


def _copy_contents(session: Session, old_id: str, new_id: str) -> None:
    """Copy an assessment's evidence, answers (with their details), history and evidence links to ``new_id``."""
    from c102desk.store.orm import Answer, AnswerChange, AnswerEvidence, EvidenceFile, select

    evidence_ids: dict[str, str] = {}
    for ev in session.scalars(select(EvidenceFile).where(EvidenceFile.assessment_id == old_id)):
        evidence_ids[ev.id] = _new_id()
        session.add(EvidenceFile(
            id=evidence_ids[ev.id], assessment_id=new_id, name=ev.name, sha256=ev.sha256, size=ev.size,
            storage=ev.storage, path=ev.path, added=ev.added, caption=ev.caption,
        ))
    for ans in session.scalars(select(Answer).where(Answer.assessment_id == old_id)):
        session.add(Answer(
            assessment_id=new_id, question_id=ans.question_id, value_json=ans.value_json, note=ans.note,
            legal_citation=ans.legal_citation, confidence=ans.confidence, changed=ans.changed,
            assessor_id=ans.assessor_id,
        ))
    for change in session.scalars(
        select(AnswerChange).where(AnswerChange.assessment_id == old_id).order_by(AnswerChange.id)
    ):
        session.add(AnswerChange(
            assessment_id=new_id, question_id=change.question_id, old_value_json=change.old_value_json,
            new_value_json=change.new_value_json, changed_at=change.changed_at,
            assessor_id=change.assessor_id,
        ))
    session.flush()
    for link in session.scalars(select(AnswerEvidence).where(AnswerEvidence.assessment_id == old_id)):
        session.add(AnswerEvidence(
            assessment_id=new_id, question_id=link.question_id, evidence_id=evidence_ids[link.evidence_id]
        ))
