"""What both sides last agreed on, kept on the laptop: the common ancestor of notes, citations, confidence marks
and evidence links, which have no history of their own.

``team.merge`` infers the moment two copies parted from what they share; after a sync that moment moves to the
latest answer the two hold identically, so a note another laptop changed earlier (and sent to the team store
meanwhile) looked changed on neither side — a conflict that is none. With the state of the last sync as the
ancestor, each field is decided by which side moved away from it. The file is written only once both sides of
an assessment are written; a missing or older one is still an ancestor of both (it only makes the merge fall
back to the history's judgement, or see changes both sides already share, which then agree).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from c102desk import files
from c102desk.errors import C102Error
from c102desk.store.values import dump_json
from c102desk.team.snapshot import AnswerState, Snapshot

FOLDER = "sync-bases"


class SyncBaseError(C102Error):
    """The record of the last sync could not be written."""


@dataclass(frozen=True)
class BaseAnswer:
    """An answer as it was at the last sync (the common state of the laptop and the team store)."""

    value_json: str
    note: str
    legal_citation: str
    confidence: str | None
    evidence: tuple[str, ...]

    def field(self, name: str) -> Any:
        return {"note": self.note, "legal_citation": self.legal_citation, "confidence": self.confidence,
                "evidence": self.evidence}[name]


ABSENT = BaseAnswer("null", "", "", None, ())


@dataclass(frozen=True)
class Base:
    """An assessment's answers as they were at the last sync."""

    answers: dict[str, BaseAnswer]  # every answer there was; a question not here had none
    unknown: frozenset[str]  # questions in conflict at the last sync: no common state known

    def answer(self, question_id: str) -> BaseAnswer | None:
        if question_id in self.unknown:
            return None
        return self.answers.get(question_id, ABSENT)


def folder_for(data_folder: Path, server: str) -> Path:
    """Where the records of syncs with ``server`` are kept (one file per assessment)."""
    return data_folder / FOLDER / hashlib.sha256(server.encode("utf-8")).hexdigest()[:16]


def read_base(folder: Path, assessment_id: str) -> Base | None:
    """The state of the last sync of the assessment; None when there is none (or it cannot be read)."""
    try:
        data = json.loads((folder / f"{assessment_id}.json").read_text(encoding="utf-8"))
        answers = {q: BaseAnswer(str(a["value"]), str(a["note"]), str(a["legal_citation"]), a["confidence"],
                                 tuple(a["evidence"])) for q, a in data["answers"].items()}
        return Base(answers, frozenset(data["unknown"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_base(folder: Path, assessment_id: str, agreed: Snapshot, conflicted: set[str], old: Base | None) -> None:
    """Record what both sides now hold (``agreed``); a conflicting answer keeps its older common state."""
    answers: dict[str, dict[str, Any]] = {}
    unknown: list[str] = []
    for question_id in sorted(set(agreed.answers) | conflicted | (set(old.answers) if old else set())):
        if question_id in conflicted:
            kept = None if old is None else old.answer(question_id)
            if kept is None:
                unknown.append(question_id)
            elif kept != ABSENT:
                answers[question_id] = _entry(kept)
        elif question_id in agreed.answers:
            answers[question_id] = _entry(of_state(agreed.answers[question_id]))
    data = json.dumps({"answers": answers, "unknown": unknown}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    out = folder / f"{assessment_id}.json"
    try:
        if out.read_bytes() == data:
            return  # as it was: a sync that changes nothing writes nothing
    except OSError:
        pass
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SyncBaseError(f"{folder}: cannot keep the record of the sync here ({exc.strerror}); the answers "
                            "themselves are synced") from None
    files.write_atomically(out, data, error=SyncBaseError)


def of_state(state: AnswerState | None) -> BaseAnswer:
    if state is None:
        return ABSENT
    return BaseAnswer(dump_json(state.value), state.note, state.legal_citation, state.confidence, state.evidence)


def _entry(answer: BaseAnswer) -> dict[str, Any]:
    return {"value": answer.value_json, "note": answer.note, "legal_citation": answer.legal_citation,
            "confidence": answer.confidence, "evidence": list(answer.evidence)}
