"""Plain, read-only views of the store's records, handed to the app and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# An assessment's status, and the confidence marks an answer may carry (the columns hold these words).
STATUS_DRAFT = "draft"
STATUS_FINAL = "final"
CONFIDENCE_MARKS = ("high", "medium", "low")


@dataclass(frozen=True)
class AssessmentInfo:
    """An assessment as the library lists it."""

    id: str
    country: str
    title: str
    questionnaire_version: str
    status: str
    revision: int
    previous_revision_id: str | None
    created: str
    changed: str
    trashed_at: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "country": self.country, "title": self.title, "status": self.status,
            "revision": self.revision, "questionnaire_version": self.questionnaire_version,
            "changed": self.changed, "trashed_at": self.trashed_at,
        }


@dataclass(frozen=True)
class ProfileInfo:
    """An assessor's profile: name, organisation and role."""

    id: int
    name: str
    organisation: str
    role: str


@dataclass(frozen=True)
class AnswerInfo:
    """A saved answer with its note, legal citation, confidence and evidence."""

    question_id: str
    value: Any
    note: str
    legal_citation: str
    confidence: str | None
    evidence_ids: tuple[str, ...]
    changed: str
    assessor_id: int | None


@dataclass(frozen=True)
class HistoryEntry:
    """One change of an answer: the values before and after, when and by whom."""

    question_id: str
    had_old_value: bool  # False for the first answer to the question
    old_value: Any
    new_value: Any
    changed_at: str
    assessor: ProfileInfo | None


@dataclass(frozen=True)
class EvidenceInfo:
    """An evidence file of an assessment: its name, checksum and where it is kept."""

    id: str
    name: str
    sha256: str
    size: int
    storage: str  # "copy" (kept in the data folder) or "path" (only its location is known)
    path: str
    added: str
    caption: str = ""  # what the document is, in the assessor's words


@dataclass(frozen=True)
class LibraryEntry:
    """One row of the library: the assessment and how far it is (answered of relevant questions)."""

    info: AssessmentInfo
    answered: int
    relevant: int
