"""A store made with the first schema revision opens with the current code and loses nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from c102desk.store import Store, migrate
from c102desk.store.paths import store_file

from .conftest import dump_tables

ASSESSMENT = "0b6f1d7e-8a57-4c1e-9f7a-2f0c1f6a9d11"
EVIDENCE = "5d1c0c52-3f3c-4a4e-8d0e-6f1f1a2b3c4d"
STAMP = "2024-05-01T09:30:00.000000Z"


def _first_revision_store(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    database = store_file(data_dir)
    migrate.upgrade(database, "r0001")
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("BEGIN")
        connection.execute("INSERT INTO assessor_profiles VALUES (1, 'Ana', 'Ministry of Labour', 'assessor', ?)",
                           (STAMP,))
        connection.execute(
            "INSERT INTO assessments VALUES (?, 'Ruritania', 'Old store', '1', 'draft', 1, NULL, ?, ?, NULL)",
            (ASSESSMENT, STAMP, STAMP),
        )
        connection.execute(
            "INSERT INTO answers VALUES (?, 'I.stats.employees', '1000', 'LFS', 'Act s. 4', 'high', ?, 1)",
            (ASSESSMENT, STAMP),
        )
        connection.execute("INSERT INTO answers VALUES (?, 'I.child.age_limit', '15.50', '', '', NULL, ?, NULL)",
                           (ASSESSMENT, STAMP))
        connection.execute("INSERT INTO answer_history VALUES (1, ?, 'I.stats.employees', NULL, '999', ?, 1)",
                           (ASSESSMENT, STAMP))
        connection.execute("INSERT INTO answer_history VALUES (2, ?, 'I.stats.employees', '999', '1000', ?, 1)",
                           (ASSESSMENT, STAMP))
        connection.execute(
            "INSERT INTO evidence_files VALUES (?, ?, 'code.pdf', ?, 12, 'path', '/docs/code.pdf', ?)",
            (EVIDENCE, ASSESSMENT, "a" * 64, STAMP),
        )
        connection.execute("INSERT INTO answer_evidence VALUES (?, 'I.stats.employees', ?)", (ASSESSMENT, EVIDENCE))
        connection.execute("COMMIT")
    finally:
        connection.close()
    return database


def test_head_constant_matches_the_scripts() -> None:
    assert migrate.head_revision() == migrate.HEAD


def test_the_known_revisions_are_the_scripts_oldest_first() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    newest_first = [s.revision for s in scripts.walk_revisions()]
    assert tuple(reversed(newest_first)) == migrate.REVISIONS


def test_a_first_revision_store_is_upgraded_without_losing_anything(data_dir: Path) -> None:
    database = _first_revision_store(data_dir)
    before = dump_tables(data_dir)
    assert migrate.current_revision(database) == "r0001"

    with Store.open(data_dir) as store:
        assert migrate.current_revision(database) == migrate.HEAD
        # The copy taken before upgrading is still of the first revision.
        (backup,) = store.backups()
        assert backup.reason == "before-upgrade"
        assert migrate.current_revision(backup.path) == "r0001"
        details = {a.question_id: a for a in store.answer_details(ASSESSMENT)}
        assert details["I.stats.employees"].evidence_ids == (EVIDENCE,)  # the batch rebuild kept the links
        assert details["I.stats.employees"].confidence == "high"
        assert [str(v) for v in store.answers(ASSESSMENT).values()] == ["15.50", "1000"]
        assert len(store.history(ASSESSMENT)) == 2

    after = dump_tables(data_dir)
    before.pop("alembic_version")
    after.pop("alembic_version")
    # r0003 adds the evidence caption, empty for the files already kept; nothing else changes.
    assert after.pop("evidence_files") == [(*row, "") for row in before.pop("evidence_files")]
    assert after.pop("merge_decisions") == []  # r0004: a new table, empty
    assert after.pop("review_comments") == after.pop("review_events") == []  # r0005: new tables, empty
    assert after == before
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        indexes = {r[1] for r in connection.execute("PRAGMA index_list('answer_history')")}
        assert "ix_answer_history_assessment_question" in indexes
    finally:
        connection.close()
