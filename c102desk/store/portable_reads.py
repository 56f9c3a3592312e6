"""The reads ``sqlite/plain_reads.py`` and ``sqlite/library_read.py`` make in plain ``sqlite3``, in
SQLAlchemy Core for any other database (the team server): one assessment, the list, the library with its
progress. They give the same records in the same order: text is ordered here in Python, by code point as
SQLite's binary collation orders it, not by the server's collation (which may follow a language's rules).

No ``group_concat``: the answers' ids come one row at a time, grouped here, and only two numbers of each
assessment are kept (``library_progress``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import fields
from itertools import groupby
from typing import TYPE_CHECKING, Any, cast

from c102desk.store import checks, library_progress
from c102desk.store.library_progress import CountedIds
from c102desk.store.records import AssessmentInfo, LibraryEntry

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session

_INFO_FIELDS = tuple(f.name for f in fields(AssessmentInfo))
_ROWS_AT_ONCE = 2000  # answers fetched per round trip while streaming them


def _tables() -> tuple[Table, Table]:
    from c102desk.store.models import Answer, Assessment

    return cast("Table", Assessment.__table__), cast("Table", Answer.__table__)


def assessment(session: Session, assessment_id: str) -> AssessmentInfo:
    from sqlalchemy import select

    assessments, _ = _tables()
    row = session.execute(select(*(assessments.c[name] for name in _INFO_FIELDS))
                          .where(assessments.c.id == assessment_id)).first()
    if row is None:
        raise checks.refuse_unknown(assessment_id)
    return AssessmentInfo(*row)


def assessments(session: Session, trashed: bool) -> list[AssessmentInfo]:
    """Assessments not in the trash (or only those in it), most recently changed first (then by id)."""
    from sqlalchemy import select

    table, _ = _tables()
    where = table.c.trashed_at.is_not(None) if trashed else table.c.trashed_at.is_(None)
    found = [AssessmentInfo(*row) for row in session.execute(
        select(*(table.c[name] for name in _INFO_FIELDS)).where(where))]
    found.sort(key=lambda info: info.id)
    found.sort(key=lambda info: info.changed, reverse=True)  # stable: equal times stay in id order
    return found


def library(session: Session, infos: list[AssessmentInfo], trashed: bool,
            counted_ids: CountedIds) -> list[LibraryEntry]:
    """``sqlite/library_read.library`` for any database: the entries of ``infos`` with their progress."""
    from sqlalchemy import select

    assessments, answers = _tables()
    where = assessments.c.trashed_at.is_not(None) if trashed else assessments.c.trashed_at.is_(None)
    joined = answers.join(assessments, answers.c.assessment_id == assessments.c.id)
    gates: dict[str, str] = {}
    gate_ids = library_progress.gate_ids(infos)
    if gate_ids:
        pairs: dict[str, list[tuple[str, str]]] = {}
        for assessment_id, question_id, value_json in session.execute(
            select(answers.c.assessment_id, answers.c.question_id, answers.c.value_json).select_from(joined)
            .where(where, answers.c.question_id.in_(gate_ids))
        ):
            pairs.setdefault(assessment_id, []).append((question_id, value_json))
        gates = {assessment_id: library_progress.pack_gates(found) for assessment_id, found in pairs.items()}
    rows = session.execute(
        select(answers.c.assessment_id, answers.c.question_id, answers.c.value_json).select_from(joined)
        .where(where).order_by(answers.c.assessment_id).execution_options(yield_per=_ROWS_AT_ONCE))
    return library_progress.entries(infos, gates, _grouped(rows), counted_ids)


def _grouped(rows: Any) -> Iterator[tuple[str, Sequence[str], Sequence[str]]]:
    """Each assessment's (id, ids answered with a value, ids answered "not known"), from its answers' rows."""
    for assessment_id, answers in groupby(rows, key=lambda row: row[0]):
        given: list[str] = []
        unknown: list[str] = []
        for _, question_id, value_json in answers:
            if value_json == library_progress.NOT_KNOWN:
                unknown.append(question_id)
            elif value_json not in library_progress.EMPTY:
                given.append(question_id)
        yield assessment_id, given, unknown
