"""``Store.library`` on SQLite: every assessment of the library with its progress, read lean enough for an
archive, in plain ``sqlite3`` (before the first paint); the progress itself is ``library_progress``'s.

Only the values of the gating answers are read (``library_progress.read_ids``), packed by SQLite into one text
per assessment (the key of the cache of counted ids, parsed only when it misses). Of the other answers only
their ids come, grouped by SQLite in two texts: those with a value and those "not known" (null; an empty list
or text is not an answer), which ``progress.count_given`` counts with set operations.

The rows come one assessment at a time and only two numbers are kept of each: on 10,000 assessments the
packed texts of all of them at once took ~50 MB, and one Python call per question ~2 s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from c102desk.store import library_progress
from c102desk.store.library_progress import CountedIds
from c102desk.store.records import AssessmentInfo, LibraryEntry

# An answer with a value (not null, an empty list or an empty text), and one "not known".
_GIVEN = "group_concat(CASE WHEN a.value_json NOT IN ('null', '[]', '\"\"') THEN a.question_id END, char(31))"
_UNKNOWN = "group_concat(CASE WHEN a.value_json = 'null' THEN a.question_id END, char(31))"


def library(db: sqlite3.Connection, infos: list[AssessmentInfo], trashed: bool,
            counted_ids: CountedIds) -> list[LibraryEntry]:
    """The entries of ``infos`` (in their order) with their progress; ``counted_ids(version, packed_gates)``
    the questions that count (the store's cache). ``db`` reads rows by name (``plain_reads.reading``)."""
    where = "s.trashed_at IS NOT NULL" if trashed else "s.trashed_at IS NULL"
    # CROSS JOIN keeps the assessments as the outer loop (SQLite does not reorder it): only the answers of the
    # assessments listed are read, through the answers' primary key, instead of every answer in the store
    # looked up in turn (~40% less on 1,000 × 400).
    joined = f"FROM assessments s CROSS JOIN answers a ON a.assessment_id = s.id WHERE {where}"
    gates: dict[str, str] = {}
    gate_ids = library_progress.gate_ids(infos)
    if gate_ids:
        marks = ", ".join("?" * len(gate_ids))  # a few dozen ids, far below SQLite's parameter limit
        gates = {row["assessment_id"]: row["gates"] for row in db.execute(
            "SELECT a.assessment_id AS assessment_id, "
            "group_concat(a.question_id || char(30) || a.value_json, char(31)) AS gates "
            f"{joined} AND a.question_id IN ({marks}) GROUP BY s.id", gate_ids,
        )}

    def answered() -> Iterator[tuple[str, Sequence[str], Sequence[str]]]:
        for row in db.execute(f"SELECT s.id AS id, {_GIVEN} AS given, {_UNKNOWN} AS unknown {joined} GROUP BY s.id"):
            given, unknown = row["given"], row["unknown"]
            yield row["id"], given.split("\x1f") if given else (), unknown.split("\x1f") if unknown else ()

    return library_progress.entries(infos, gates, answered(), counted_ids)
