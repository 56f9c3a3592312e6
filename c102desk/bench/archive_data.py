"""A ministry's archive for the benchmark: thousands of assessments generated fast into a store that ``Store.open``
made, with what an assessor leaves behind — the answers of the shipped examples (resources/examples/), notes and
legal citations on a third of them, a confidence mark, one history row per answer, evidence records linked to
answers — so that rows are as wide as real ones and the store's size per assessment is a real one's.

Written by one bulk ``sqlite3`` transaction per thousand assessments (not through the store's API: 10,000
assessments × ~230 answers through ``set_answer`` would take an hour); the schema is the store's own.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from c102desk.resources import resource_path

EXAMPLES = ("northland-all-parts.c102.json", "midland-three-parts.c102.json", "southland-blocked.c102.json")
STAMP = "2024-01-01T00:00:00.000000Z"
BATCH = 1000

_NOTE = ("Checked against the social security act as amended in 2019, section {n}, and the ministry's circular "
         "on qualifying periods; the statistics are the labour force survey's.")
_CITATION = "Social Security Act 2019, s. {n}; Decree {n}/2021, art. 4"


def example_answers() -> list[tuple[str, str, dict[str, Any]]]:
    """(country, title, answers) of each shipped example."""
    found = []
    for name in EXAMPLES:
        document = json.loads(Path(str(resource_path("examples", name))).read_text(encoding="utf-8"))
        found.append((document["country"], document["title"], dict(document["answers"])))
    return found


def _stamp(n: int) -> str:
    """Distinct, ordered change times (so that the library's default order is a real sort)."""
    return f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:{(n // 60) % 60:02d}.{n % 1_000_000:06d}Z"


def _rows(n: int, aid: str, example: tuple[str, str, dict[str, Any]], profile: int) -> Iterator[tuple[str, Any]]:
    country, title, answers = example
    changed = _stamp(n)
    yield "assessment", (aid, f"{country.removesuffix(' (fictional)')} {n % 190}", f"{title} — {2000 + n % 25}",
                         "2", "final" if n % 5 == 0 else "draft", 1 + n % 3, None, STAMP, changed,
                         STAMP if n % 50 == 49 else None)
    evidence = [(str(uuid.UUID(int=(n + 1) << 8 | k)), k) for k in range(2)]
    for k, (eid, _) in enumerate(evidence):
        yield "evidence", (eid, aid, f"Decree {n}-{k}.pdf", hashlib.sha256(f"{n}-{k}".encode()).hexdigest(),
                           20_000 + k, "path", f"/archive/decrees/{n}-{k}.pdf", STAMP, "")
    for index, (qid, value) in enumerate(answers.items()):
        value_json = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        noted = index % 3 == 0
        yield "answer", (aid, qid, value_json, _NOTE.format(n=index) if noted else "",
                         _CITATION.format(n=index) if noted else "", ("high", "medium", "low", None)[index % 4],
                         changed, profile)
        yield "history", (aid, qid, None, value_json, changed, profile)
        if index < len(evidence):
            yield "link", (aid, qid, evidence[index][0])


_INSERTS = {
    "assessment": "INSERT INTO assessments (id, country, title, questionnaire_version, status, revision, "
                  "previous_revision_id, created, changed, trashed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "evidence": "INSERT INTO evidence_files (id, assessment_id, name, sha256, size, storage, path, added, caption) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "answer": "INSERT INTO answers (assessment_id, question_id, value_json, note, legal_citation, confidence, "
              "changed, assessor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "history": "INSERT INTO answer_history (assessment_id, question_id, old_value_json, new_value_json, changed_at, "
               "assessor_id) VALUES (?, ?, ?, ?, ?, ?)",
    "link": "INSERT INTO answer_evidence (assessment_id, question_id, evidence_id) VALUES (?, ?, ?)",
}


def build_archive(data_dir: Path, assessments: int) -> list[str]:
    """A store of ``assessments`` generated assessments in ``data_dir`` (created by the production code).
    Returns their ids. One in 50 is in the trash, one in 5 is final."""
    from c102desk.store import Store

    with Store.open(data_dir) as store:
        database = store.database
        profile = store.add_profile("Archive Assessor", "Ministry of Labour", "assessor")
    examples = example_answers()
    ids = [str(uuid.UUID(int=n + 1)) for n in range(assessments)]
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous=OFF")  # generation only; the store's own writes keep FULL
        for start in range(0, assessments, BATCH):
            batch: dict[str, list[tuple[Any, ...]]] = {kind: [] for kind in _INSERTS}
            for n in range(start, min(start + BATCH, assessments)):
                for kind, row in _rows(n, ids[n], examples[n % len(examples)], profile):
                    batch[kind].append(row)
            connection.execute("BEGIN")
            for kind, sql in _INSERTS.items():  # parents first: the order of the dictionary
                connection.executemany(sql, batch[kind])
            connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return ids
