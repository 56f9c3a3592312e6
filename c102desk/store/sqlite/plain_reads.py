"""The reads the app makes before its first paint — one assessment, the list, the library with progress — in
plain ``sqlite3`` on a connection of their own: importing SQLAlchemy took longer than everything else before
the first paint (docs/performance.md). Rows are read by column name (``sqlite3.Row``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

from c102desk.store import checks
from c102desk.store.records import AssessmentInfo
from c102desk.store.sqlite.engine import Access, connect
from c102desk.store.sqlite.faults import store_faults

# The connection the plain reads are made on.
Connection = sqlite3.Connection

# The assessments table's columns, named as AssessmentInfo's fields.
_INFO_COLUMNS = ", ".join(f.name for f in fields(AssessmentInfo))


@contextmanager
def reading(database: Path, access: Access) -> Iterator[sqlite3.Connection]:
    """One read transaction on a connection of its own (any thread). Deferred, so it never takes the write
    lock; in WAL mode it sees one consistent snapshot and does not hold up writers."""
    with store_faults(database, writing=False):
        db = connect(database, access)
        db.row_factory = sqlite3.Row
        try:
            db.execute("BEGIN")
            try:
                yield db
            finally:
                db.execute("COMMIT")  # a read transaction: nothing to write, only the snapshot to end
        finally:
            db.close()


def assessment(db: sqlite3.Connection, assessment_id: str) -> AssessmentInfo:
    row = db.execute(f"SELECT {_INFO_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
    if row is None:
        raise checks.refuse_unknown(assessment_id)
    return _info(row)


def assessments(db: sqlite3.Connection, trashed: bool) -> list[AssessmentInfo]:
    """Assessments not in the trash (or only those in it), most recently changed first."""
    where = "trashed_at IS NOT NULL" if trashed else "trashed_at IS NULL"
    query = f"SELECT {_INFO_COLUMNS} FROM assessments WHERE {where} ORDER BY changed DESC, id"
    return [_info(row) for row in db.execute(query)]


def _info(row: sqlite3.Row) -> AssessmentInfo:
    # The columns are selected in the order of AssessmentInfo's fields (_INFO_COLUMNS): given by position, without
    # a mapping per row (a third of the library's read of 10,000 assessments).
    return AssessmentInfo(*row)


def schema_revision(database: Path, access: Access) -> str | None:
    """The Alembic revision written in the store file (None for a new, empty file). A busy, read-only or
    unreadable file raises its typed error (it is not mistaken for a new one)."""
    with store_faults(database, writing=False):
        connection = connect(database, access)
        connection.row_factory = sqlite3.Row
        try:
            table = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if table is None:  # a new store (or an SQLite file that is not one yet)
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    return None if row is None else str(row["version_num"])
