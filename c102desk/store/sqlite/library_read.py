"""``Store.library``: every assessment of the library with its progress, read lean enough for an archive.

Progress is the one the app shows everywhere (``c102desk.questionnaire.progress``): answered questions among
those that count with the current answers. What counts depends only on the answers that skip conditions and
counting facts read (``progress.read_ids``), so only those values are read, packed by SQLite into one text per
assessment that is also the key of the cache of counted ids (parsed only when it misses). Of the other answers
only their ids come, grouped by SQLite in two texts: those with a value and those "not known" (null; an empty
list or text is not an answer), which ``progress.count_given`` counts with set operations. None of the
separators can occur inside: question ids are dotted names, and JSON escapes control characters.

The rows come one assessment at a time and only two numbers are kept of each: on 10,000 assessments the
packed texts of all of them at once took ~50 MB, and one Python call per question ~2 s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache

from c102desk.errors import QuestionnaireError
from c102desk.store import checks
from c102desk.store.records import AssessmentInfo, LibraryEntry

# An answer with a value (not null, an empty list or an empty text), and one "not known".
_GIVEN = "group_concat(CASE WHEN a.value_json NOT IN ('null', '[]', '\"\"') THEN a.question_id END, char(31))"
_UNKNOWN = "group_concat(CASE WHEN a.value_json = 'null' THEN a.question_id END, char(31))"


def library(db: sqlite3.Connection, infos: list[AssessmentInfo], trashed: bool,
            counted_ids: Callable[[str, str], frozenset[str] | None]) -> list[LibraryEntry]:
    """The entries of ``infos`` (in their order) with their progress; ``counted_ids(version, packed_gates)``
    the questions that count (the store's cache). ``db`` reads rows by name (``plain_reads.reading``)."""
    from c102desk.questionnaire import progress  # with the questionnaire: not needed before the first paint

    where = "s.trashed_at IS NOT NULL" if trashed else "s.trashed_at IS NULL"
    # CROSS JOIN keeps the assessments as the outer loop (SQLite does not reorder it): only the answers of the
    # assessments listed are read, through the answers' primary key, instead of every answer in the store
    # looked up in turn (~40% less on 1,000 × 400).
    joined = f"FROM assessments s CROSS JOIN answers a ON a.assessment_id = s.id WHERE {where}"
    versions = {info.id: info.questionnaire_version for info in infos}
    gates: dict[str, str] = {}
    gate_ids = sorted({g for v in set(versions.values()) for g in read_ids(v)})
    if gate_ids:
        marks = ", ".join("?" * len(gate_ids))  # a few dozen ids, far below SQLite's parameter limit
        gates = {row["assessment_id"]: row["gates"] for row in db.execute(
            "SELECT a.assessment_id AS assessment_id, "
            "group_concat(a.question_id || char(30) || a.value_json, char(31)) AS gates "
            f"{joined} AND a.question_id IN ({marks}) GROUP BY s.id", gate_ids,
        )}
    counts: dict[str, tuple[int, int]] = {}
    for row in db.execute(f"SELECT s.id AS id, {_GIVEN} AS given, {_UNKNOWN} AS unknown {joined} GROUP BY s.id"):
        assessment_id, given, unknown = row["id"], row["given"], row["unknown"]
        version = versions.get(assessment_id)
        if version is None:  # added since the list was read (another process): in the next read
            continue
        given_ids = given.split("\x1f") if given else ()
        counted = counted_ids(version, gates.get(assessment_id, ""))
        if counted is None:  # a questionnaire this program does not know: nothing is known to count
            counts[assessment_id] = (len(given_ids), 0)
            continue
        found = progress.count_given(checks.load_questionnaire(version), counted, given_ids,
                                     unknown.split("\x1f") if unknown else ())
        counts[assessment_id] = (found.answered, found.relevant)
    entries = []
    for info in infos:
        answered, relevant = counts.get(info.id, (0, 0))
        if info.id not in counts:  # no answer yet: what counts with no answers
            counted = counted_ids(info.questionnaire_version, "")
            relevant = 0 if counted is None else len(counted)
        entries.append(LibraryEntry(info, answered, relevant))
    return entries


@cache
def read_ids(version: str) -> frozenset[str]:
    """The question ids whose values decide what is asked or counted in this questionnaire version."""
    from c102desk.questionnaire import progress

    try:
        return progress.read_ids(checks.load_questionnaire(version))
    except QuestionnaireError:
        return frozenset()
