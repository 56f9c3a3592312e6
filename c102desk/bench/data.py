"""Benchmark data: a complete answer set, and a big library generated fast into a store made by ``Store.open``."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from c102desk.questionnaire.model import NUMERIC_TYPES, Question, Questionnaire, QuestionType, Severity
from c102desk.resources import resource_path

NORTHLAND = "northland-all-parts.c102.json"


def northland_path() -> Path:
    return Path(str(resource_path("examples", NORTHLAND)))


def northland_answers() -> tuple[dict[str, Any], Questionnaire]:
    """The example that meets every Part: the "complete assessment" of the engine and report figures."""
    from c102desk.assessment import read_assessment

    assessment = read_assessment(northland_path())
    return dict(assessment.answers), assessment.questionnaire


def _valid(question: Question, value: Any) -> bool:
    return not any(i.severity is Severity.ERROR for i in question.check(value))


def _candidates(question: Question) -> list[Any]:
    if question.type is QuestionType.YES_NO:
        return [True, False]
    if question.type in NUMERIC_TYPES:
        low = question.validation.minimum
        return [1, 0, 10, Decimal("0.5")] + ([int(low) + 1] if low is not None else [])
    if question.type is QuestionType.CHOICE:
        return list(question.option_values()[:1])
    if question.type is QuestionType.MULTI_CHOICE:
        return [list(question.option_values()[:1])]
    return ["Generated for the benchmark"]


def complete_answers(count: int) -> dict[str, Any]:
    """``count`` valid answers: northland's, then a valid value for further questions in questionnaire order."""
    answers, questionnaire = northland_answers()
    for question in questionnaire.questions():
        if len(answers) >= count:
            break
        if question.id in answers:
            continue
        for value in _candidates(question):
            if _valid(question, value):
                answers[question.id] = value
                break
    return dict(list(answers.items())[:count])


def build_library(data_dir: Path, assessments: int, answers_per_assessment: int) -> list[str]:
    """A store created by the production code, filled by one bulk sqlite3 transaction. Returns the ids.

    Each assessment gets the same complete answer set with a few yes/no answers flipped, so that their
    relevance (and progress) differ.
    """
    from c102desk.store import Store
    from c102desk.store.values import dump_json

    with Store.open(data_dir) as store:
        database = store.database
    answers = complete_answers(answers_per_assessment)
    flags = [k for k, v in answers.items() if isinstance(v, bool)]
    stamp = "2024-01-01T00:00:00.000000Z"
    ids = [str(uuid.UUID(int=n + 1)) for n in range(assessments)]
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous=OFF")  # generation only; the store's own writes keep FULL
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO assessments (id, country, title, questionnaire_version, status, revision, "
            "previous_revision_id, created, changed, trashed_at) VALUES (?, ?, ?, '1', 'draft', 1, NULL, ?, ?, NULL)",
            [(aid, f"Country {n % 190}", f"Assessment {n}", stamp, stamp) for n, aid in enumerate(ids)],
        )
        for n, aid in enumerate(ids):
            flipped = {flags[(n + k * 7) % len(flags)] for k in range(3)} if flags else set()
            connection.executemany(
                "INSERT INTO answers (assessment_id, question_id, value_json, note, legal_citation, confidence, "
                "changed, assessor_id) VALUES (?, ?, ?, '', '', NULL, ?, NULL)",
                [(aid, qid, dump_json((not value) if qid in flipped else value), stamp)
                 for qid, value in answers.items()],
            )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return ids


# Words of the notes an assessor writes on an answer (the report's scale figures): a long note is sentences of them.
_NOTE_WORDS = (
    "social security benefit scheme coverage contribution employees protected persons periodical payment wage "
    "earner standard beneficiary qualifying period residence ordinance article paragraph minister decree "
    "amendment labour survey statistics pension invalidity survivors maternity medical care sickness "
    "unemployment employment injury family allowance old age the of in for and is by under with national law "
    "fund insurance registered self-employed 2019 2024 section regulation circular"
).split()


def _note(chars: int, seed: int) -> str:
    """A note of ``chars`` characters, sentences of the note words (the same for the same seed)."""
    rng = random.Random(seed)
    sentences: list[str] = []
    size = 0
    while size < chars:
        words = [rng.choice(_NOTE_WORDS) for _ in range(rng.randint(8, 22))]
        sentence = " ".join(words).capitalize() + "."
        sentences.append(sentence)
        size += len(sentence) + 1
    return " ".join(sentences)[:chars].rstrip()


def long_notes_assessment(note_chars: int, evidence_files: int) -> bytes:
    """The complete example as the store exports it, with a note of ``note_chars`` characters on every answer
    and ``evidence_files`` evidence files spread over the answers: what makes a report of many pages."""
    document = json.loads(northland_path().read_text(encoding="utf-8"))
    question_ids = list(document["answers"])
    stamp = "2025-01-01T00:00:00Z"
    document["evidence"] = [
        {"ref": f"E{n}", "name": f"Evidence {n:03d} - decree of the ministry of labour.pdf",
         "sha256": hashlib.sha256(str(n).encode()).hexdigest(), "size": 10_000 + n, "storage": "copy",
         "path": f"evidence/{n:03d}.pdf", "added": stamp}
        for n in range(1, evidence_files + 1)
    ]
    details: dict[str, Any] = {}
    for index, question_id in enumerate(question_ids):
        detail: dict[str, Any] = {"changed": stamp, "assessor": None}
        if note_chars:
            detail["note"] = _note(note_chars, index)
        refs = [f"E{n}" for n in range(1, evidence_files + 1) if (n - 1) % len(question_ids) == index]
        if refs:
            detail["evidence"] = refs
        details[question_id] = detail
    document["answer_details"] = details
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
