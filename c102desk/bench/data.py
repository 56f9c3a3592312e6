"""Benchmark data: a complete answer set, and a big library generated fast into a store made by ``Store.open``."""

from __future__ import annotations

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
