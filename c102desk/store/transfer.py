"""Assessment files in and out of the store (engine-contract.md §1, extra keys in docs/assessment-file.md).

Export writes the contract's keys plus ``assessment``, ``assessors``, ``evidence``, ``answer_details`` and
``history``; ``exported_at`` and ``generator`` are the only volatile keys. Import accepts a file with only the
contract's keys, and checks the extra keys (references between them) before writing anything.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from c102desk import __version__, files
from c102desk.assessment.file_format import FORMAT, FORMAT_VERSION, AssessmentFile
from c102desk.errors import AssessmentFileError
from c102desk.store import answer_writes
from c102desk.store.clock import now_iso
from c102desk.store.errors import DuplicateAssessmentError, StoreError
from c102desk.store.models import (
    Answer,
    AnswerChange,
    AnswerEvidence,
    Assessment,
    AssessorProfile,
    EvidenceFile,
)
from c102desk.store.records import STATUS_DRAFT
from c102desk.store.values import dump_json, load_json

VOLATILE_KEYS = ("exported_at", "generator")
CONFLICT_CHOICES = ("refuse", "keep_both", "replace")


# --------------------------------------------------------------------- export


def to_document(session: Session, row: Assessment) -> dict[str, Any]:
    """The assessment as one JSON-ready document (Decimals stay Decimals; see values.dump_json)."""
    # Text is ordered here, by code point (SQLite's binary order), not by a server's collation, so that both
    # backends export the same file.
    answers = sorted(session.scalars(select(Answer).where(Answer.assessment_id == row.id)),
                     key=lambda a: a.question_id)
    changes = list(session.scalars(
        select(AnswerChange).where(AnswerChange.assessment_id == row.id).order_by(AnswerChange.id)
    ))
    evidence = sorted(session.scalars(select(EvidenceFile).where(EvidenceFile.assessment_id == row.id)),
                      key=lambda e: (e.added, e.name, e.sha256, e.id))
    links: dict[str, list[str]] = {}
    evidence_ref = {e.id: f"E{n}" for n, e in enumerate(evidence, start=1)}
    for link in session.scalars(select(AnswerEvidence).where(AnswerEvidence.assessment_id == row.id)):
        links.setdefault(link.question_id, []).append(evidence_ref[link.evidence_id])

    assessor_ref: dict[int, str] = {}
    assessors: list[dict[str, Any]] = []

    def ref_of(profile_id: int | None) -> str | None:
        if profile_id is None:
            return None
        if profile_id not in assessor_ref:
            profile = session.get(AssessorProfile, profile_id)
            if profile is None:
                return None
            assessor_ref[profile_id] = f"A{len(assessor_ref) + 1}"
            assessors.append({"ref": assessor_ref[profile_id], "name": profile.name,
                              "organisation": profile.organisation, "role": profile.role})
        return assessor_ref[profile_id]

    details: dict[str, Any] = {}
    for answer in answers:
        detail: dict[str, Any] = {"changed": answer.changed, "assessor": ref_of(answer.assessor_id)}
        if answer.note:
            detail["note"] = answer.note
        if answer.legal_citation:
            detail["legal_citation"] = answer.legal_citation
        if answer.confidence is not None:
            detail["confidence"] = answer.confidence
        if answer.question_id in links:
            detail["evidence"] = sorted(links[answer.question_id], key=lambda r: int(r[1:]))
        details[answer.question_id] = detail
    history = []
    for change in changes:
        entry: dict[str, Any] = {"question": change.question_id}
        if change.old_value_json is not None:
            entry["old"] = load_json(change.old_value_json)
        entry["new"] = load_json(change.new_value_json)
        entry["at"] = change.changed_at
        entry["assessor"] = ref_of(change.assessor_id)
        history.append(entry)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "questionnaire_version": row.questionnaire_version,
        "country": row.country,
        "title": row.title,
        "answers": {a.question_id: load_json(a.value_json) for a in answers},
        "assessment": {
            "id": row.id, "status": row.status, "revision": row.revision,
            "previous_revision_id": row.previous_revision_id, "created": row.created, "changed": row.changed,
        },
        "assessors": assessors,
        "evidence": [
            {"ref": evidence_ref[e.id], "name": e.name, "sha256": e.sha256, "size": e.size,
             "storage": e.storage, "path": e.path, "added": e.added, **({"caption": e.caption} if e.caption else {})}
            for e in evidence
        ],
        "answer_details": details,
        "history": history,
        "exported_at": now_iso(),
        "generator": f"c102desk {__version__}",
    }


def write_document(document: dict[str, Any], out: Path) -> None:
    """Write atomically: a temporary file in the same folder, flushed to disk, then renamed over ``out``."""
    text = dump_json(document, indent=2) + "\n"
    files.write_atomically(out, text.encode("utf-8"), error=StoreError, folder_hint="give a file name to export to")


# --------------------------------------------------------------------- import


@dataclass
class ImportPlan:
    """A checked assessment file, ready to be written in one transaction."""

    id: str | None
    country: str
    title: str
    questionnaire_version: str
    answers: dict[str, Any]
    status: str = STATUS_DRAFT
    revision: int = 1
    previous_revision_id: str | None = None
    created: str | None = None
    changed: str | None = None
    assessors: dict[str, dict[str, str]] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    details: dict[str, dict[str, Any]] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)


def plan_import(parsed: AssessmentFile, source: str) -> ImportPlan:
    """Check the extra keys of an already validated file; every problem is one AssessmentFileError."""
    extra = parsed.extra

    def fail(message: str) -> AssessmentFileError:
        return AssessmentFileError(f"{source}: {message}")

    plan = ImportPlan(
        id=None, country=parsed.country, title=parsed.title,
        questionnaire_version=parsed.questionnaire_version, answers=parsed.answers,
    )
    meta = extra.get("assessment", {})
    if "id" in meta:
        try:
            plan.id = str(uuid.UUID(str(meta["id"])))
        except ValueError:
            raise fail(f"assessment/id: {meta['id']!r} is not a valid assessment id") from None
    plan.status = str(meta.get("status", STATUS_DRAFT))
    plan.revision = int(meta.get("revision", 1))
    previous = meta.get("previous_revision_id")
    plan.previous_revision_id = None if previous is None else str(previous)
    plan.created = meta.get("created")
    plan.changed = meta.get("changed")
    for person in extra.get("assessors", []):
        if person["ref"] in plan.assessors:
            raise fail(f"assessors: the reference {person['ref']!r} is used twice")
        plan.assessors[person["ref"]] = {
            "name": person["name"], "organisation": person.get("organisation", ""), "role": person.get("role", ""),
        }
    evidence_refs: set[str] = set()
    for item in extra.get("evidence", []):
        if item["ref"] in evidence_refs:
            raise fail(f"evidence: the reference {item['ref']!r} is used twice")
        evidence_refs.add(item["ref"])
        plan.evidence.append(dict(item))
    for question_id, detail in extra.get("answer_details", {}).items():
        if question_id not in plan.answers:
            raise fail(f"answer_details/{question_id}: there is no answer to this question")
        _check_assessor(detail.get("assessor"), plan, fail, f"answer_details/{question_id}")
        for ref in detail.get("evidence", []):
            if ref not in evidence_refs:
                raise fail(f"answer_details/{question_id}/evidence: unknown evidence reference {ref!r}")
        plan.details[question_id] = dict(detail)
    for position, entry in enumerate(extra.get("history", [])):
        _check_assessor(entry.get("assessor"), plan, fail, f"history/{position}")
        plan.history.append(dict(entry))
    return plan


def check_evidence(plan: ImportPlan, copies: Path, source: str) -> None:
    """The evidence an imported file names must be the files it says (their SHA-256 and size): a stored copy
    is named by its SHA-256, and a file that is at hand — the store's copy, or the original at its path — must
    have that SHA-256. A file not at hand (on another computer) cannot be checked; its details are kept."""
    for item in plan.evidence:
        label = f"{source}: evidence {item['ref']} ({item['name']})"
        storage = item.get("storage", "path")
        if storage == "copy" and item.get("path", item["sha256"]) != item["sha256"]:
            raise AssessmentFileError(f"{label}: a stored copy must be named by its SHA-256")
        at_hand = copies / item["sha256"] if storage == "copy" else Path(str(item.get("path", "")))
        try:
            present = at_hand.is_absolute() and at_hand.is_file()
        except (OSError, ValueError):
            present = False
        if not present:
            continue
        try:
            digest, size = files.file_sha256(at_hand)
        except OSError:
            continue  # not readable here: as if not at hand
        if digest != item["sha256"] or size != int(item["size"]):
            raise AssessmentFileError(
                f"{label}: the file {at_hand} is not the one the assessment refers to (its SHA-256 or size "
                "differs); nothing was imported"
            )


def _check_assessor(ref: Any, plan: ImportPlan, fail: Any, where: str) -> None:
    if ref is not None and ref not in plan.assessors:
        raise fail(f"{where}/assessor: unknown assessor reference {ref!r}")


def apply_import(session: Session, plan: ImportPlan, existing: Assessment | None, on_conflict: str) -> str:
    """Write the plan inside the caller's transaction; returns the id the assessment has in the store."""
    if on_conflict not in CONFLICT_CHOICES:
        raise ValueError(on_conflict)
    stamp = now_iso()
    if existing is not None and on_conflict == "refuse":
        raise DuplicateAssessmentError(
            f"an assessment with id {existing.id} ({existing.country} {existing.title!r}) is already in the "
            "local store; choose --keep-both to import this file as a new assessment, or --replace to overwrite it"
        )
    if existing is not None and on_conflict == "replace":
        new_id = existing.id
        session.execute(delete(AnswerChange).where(AnswerChange.assessment_id == new_id))
        session.execute(delete(Answer).where(Answer.assessment_id == new_id))
        session.execute(delete(EvidenceFile).where(EvidenceFile.assessment_id == new_id))
        row = existing
    else:
        new_id = plan.id if plan.id is not None and existing is None else str(uuid.uuid4())
        row = Assessment(id=new_id)
    # Looked up before the new row joins the session: a query there would flush it half filled in.
    previous = plan.previous_revision_id
    if previous is not None and (previous == new_id or session.get(Assessment, previous) is None):
        previous = None  # the earlier revision is not in this store
    if row is not existing:
        session.add(row)
    row.country = plan.country
    row.title = plan.title
    row.questionnaire_version = plan.questionnaire_version
    row.status = plan.status
    row.revision = plan.revision
    row.previous_revision_id = previous
    row.created = plan.created or stamp
    row.changed = plan.changed or stamp
    row.trashed_at = None
    session.flush()

    profile_ids = {ref: _profile_id(session, person) for ref, person in plan.assessors.items()}

    def profile(ref: Any) -> int | None:
        return None if ref is None else profile_ids[ref]

    evidence_ids: dict[str, str] = {}
    for item in plan.evidence:
        evidence_ids[item["ref"]] = str(uuid.uuid4())
        session.add(EvidenceFile(
            id=evidence_ids[item["ref"]], assessment_id=new_id, name=item["name"], sha256=item["sha256"],
            size=int(item["size"]), storage=item.get("storage", "path"), path=item.get("path", item["name"]),
            added=item.get("added", stamp), caption=str(item.get("caption", "")),
        ))
    for entry in plan.history:
        session.add(AnswerChange(
            assessment_id=new_id, question_id=entry["question"],
            old_value_json=dump_json(entry["old"]) if "old" in entry else None,
            new_value_json=dump_json(entry.get("new")), changed_at=entry["at"],
            assessor_id=profile(entry.get("assessor")),
        ))
    session.flush()
    db = session.connection()
    for question_id, value in plan.answers.items():
        detail = plan.details.get(question_id, {})
        answer_writes.put(db, new_id, answer_writes.AnswerRow(
            question_id=question_id, value_json=dump_json(value), note=detail.get("note", ""),
            legal_citation=detail.get("legal_citation", ""), confidence=detail.get("confidence"),
            evidence_ids=tuple(evidence_ids[ref] for ref in detail.get("evidence", [])),
            changed=detail.get("changed", row.changed), assessor_id=profile(detail.get("assessor")),
        ), exists=False)
    return new_id


def _profile_id(session: Session, person: dict[str, str]) -> int:
    found = session.scalars(select(AssessorProfile).where(
        AssessorProfile.name == person["name"],
        AssessorProfile.organisation == person["organisation"],
        AssessorProfile.role == person["role"],
    ).order_by(AssessorProfile.id)).first()
    if found is not None:
        return found.id
    profile = AssessorProfile(
        name=person["name"], organisation=person["organisation"], role=person["role"], created=now_iso()
    )
    session.add(profile)
    session.flush()
    return profile.id


# --------------------------------------------------------------------- report PDFs


def is_pdf(path: str | Path) -> bool:
    """True when the file starts like a PDF (``%PDF-``), whatever its name."""
    try:
        with open(path, "rb") as handle:
            return handle.read(1024).lstrip().startswith(b"%PDF-")
    except OSError:
        return False
