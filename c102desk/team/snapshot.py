"""One assessment as it stands, read the same way from the store and from a file, for comparing and merging.

The store's own export (``transfer.to_document``) and an assessment file (``read_assessment``) carry the same
keys (engine-contract.md §1, docs/assessment-file.md): the answers, and in the extra keys each answer's note,
citation, confidence and evidence, the evidence files and the history of the values. A ``Snapshot`` is those,
with evidence named by content (its SHA-256) so that two copies of one document match across computers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from c102desk.assessment.file_format import AssessmentFile
from c102desk.store.values import dump_json

NO_VALUE = "null"  # an answer that is absent or "not known" (null): the same for comparing and merging


@dataclass(frozen=True)
class AnswerState:
    """One answer with what hangs on it; ``evidence`` holds the SHA-256 of the linked files, sorted."""

    value: Any
    note: str = ""
    legal_citation: str = ""
    confidence: str | None = None
    evidence: tuple[str, ...] = ()
    changed: str = ""  # when this copy last saved the answer (any of its fields)
    assessor: str | None = None  # the assessor's name
    person: tuple[str, str, str] | None = field(default=None, compare=False)  # (name, organisation, role)

    @property
    def value_json(self) -> str:
        return dump_json(self.value)


@dataclass(frozen=True)
class EvidenceState:
    """An evidence file as a version of an assessment holds it."""

    sha256: str
    name: str
    size: int
    caption: str = ""
    item: dict[str, Any] = field(default_factory=dict, compare=False)  # as the file lists it (for a merge)


@dataclass(frozen=True)
class HistoryStep:
    """One change of an answer's value; two copies of an assessment share the steps made before they parted."""

    question_id: str
    old_json: str | None
    new_json: str
    at: str
    assessor: str | None = None  # the assessor's name
    assessor_ref: str | None = field(default=None, compare=False)  # the file's reference (A1…), for a merge
    person: tuple[str, str, str] | None = field(default=None, compare=False)  # (name, organisation, role)

    @property
    def key(self) -> tuple[str, str | None, str, str]:
        return (self.question_id, self.old_json, self.new_json, self.at)


@dataclass(frozen=True)
class Snapshot:
    """One version of an assessment, from the store or a file, as compared and merged."""

    source: str  # what the user named: an id, a file
    assessment_id: str | None
    revision: int | None
    country: str
    title: str
    questionnaire_version: str
    answers: dict[str, AnswerState]
    evidence: dict[str, EvidenceState]
    history: tuple[HistoryStep, ...]
    assessors: dict[str, dict[str, str]] = field(default_factory=dict)  # the file's references (A1…)
    changed: str = ""  # when the assessment last changed, as it says

    def value_json(self, question_id: str) -> str:
        """The answer's value as JSON text; ``NO_VALUE`` when it is absent or not known."""
        found = self.answers.get(question_id)
        return NO_VALUE if found is None else found.value_json

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "id": self.assessment_id, "revision": self.revision,
                "country": self.country, "title": self.title}


def snapshot_of_file(parsed: AssessmentFile, source: str) -> Snapshot:
    """A checked assessment file (``read_assessment``) as a snapshot."""
    return _snapshot(parsed.answers, parsed.extra, source, parsed.country, parsed.title,
                     parsed.questionnaire_version)


def snapshot_of_document(document: dict[str, Any], source: str) -> Snapshot:
    """The store's export of one assessment (``Store.export_document``) as a snapshot."""
    return _snapshot(document["answers"], document, source, str(document.get("country", "")),
                     str(document.get("title", "")), str(document["questionnaire_version"]))


def _snapshot(answers: dict[str, Any], extra: dict[str, Any], source: str, country: str, title: str,
              questionnaire_version: str) -> Snapshot:
    meta = extra.get("assessment", {}) or {}
    assessors = {str(p["ref"]): {"name": str(p.get("name", "")), "organisation": str(p.get("organisation", "")),
                                 "role": str(p.get("role", ""))} for p in extra.get("assessors", [])}

    def name_of(ref: Any) -> str | None:
        return None if ref is None or ref not in assessors else assessors[ref]["name"]

    def person_of(ref: Any) -> tuple[str, str, str] | None:
        if ref is None or ref not in assessors:
            return None
        found = assessors[ref]
        return (found["name"], found["organisation"], found["role"])

    evidence_by_ref: dict[str, EvidenceState] = {}
    evidence: dict[str, EvidenceState] = {}
    for item in extra.get("evidence", []):
        state = EvidenceState(str(item["sha256"]), str(item["name"]), int(item["size"]), str(item.get("caption", "")),
                              dict(item))
        evidence_by_ref[str(item["ref"])] = state
        evidence.setdefault(state.sha256, state)
    details = extra.get("answer_details", {}) or {}
    states = {}
    for question_id, value in answers.items():
        detail = details.get(question_id, {})
        linked = sorted({evidence_by_ref[r].sha256 for r in detail.get("evidence", []) if r in evidence_by_ref})
        states[question_id] = AnswerState(
            value=value, note=str(detail.get("note", "")), legal_citation=str(detail.get("legal_citation", "")),
            confidence=detail.get("confidence"), evidence=tuple(linked), changed=str(detail.get("changed", "")),
            assessor=name_of(detail.get("assessor")), person=person_of(detail.get("assessor")),
        )
    history = tuple(
        HistoryStep(str(entry["question"]), dump_json(entry["old"]) if "old" in entry else None,
                    dump_json(entry.get("new")), str(entry["at"]), name_of(entry.get("assessor")),
                    entry.get("assessor"), person_of(entry.get("assessor")))
        for entry in extra.get("history", [])
    )
    revision = meta.get("revision")
    return Snapshot(
        source=source, assessment_id=meta.get("id"), revision=None if revision is None else int(revision),
        country=country, title=title, questionnaire_version=questionnaire_version, answers=states,
        evidence=evidence, history=history, assessors=assessors, changed=str(meta.get("changed", "")),
    )
