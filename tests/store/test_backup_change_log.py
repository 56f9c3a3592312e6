"""The list of changed assessments the store keeps for its incremental backups (change_log.py), and the backups
built on it (increments.py): the close reads and writes only what changed, a change made while a backup runs is
not lost, a store without its triggers is compared whole, and generations of the first format still serve."""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from c102desk.store import Store, review_store
from c102desk.store import backups as backup_module
from c102desk.store.paths import backups_dir, store_file
from c102desk.store.sqlite import change_log, increments, integrity
from tests.store.conftest import dump_tables


@pytest.fixture(autouse=True)
def _every_store_is_big(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_module, "WHOLE_COPIES_UP_TO", 0)
    monkeypatch.setattr(integrity, "SMALL_STORE", 0)


@pytest.fixture
def three(data_dir: Path) -> Iterator[tuple[Store, list[str]]]:
    """A store of three assessments with answers, one with a review comment; backed up once."""
    store = Store.open(data_dir)
    try:
        ids = [store.create_assessment(f"Country {n}", f"Assessment {n}") for n in range(3)]
        for n, assessment_id in enumerate(ids):
            store.set_answer(assessment_id, "I.stats.employees", 100 + n, note=f"note {n}")
        review_store.add_comment(store, ids[2], "I.stats.employees", "where is this from?")
        store.backup("manual")
        yield store, ids
    finally:
        store.close()


@contextmanager
def _raw(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection to the store file, closed after."""
    with closing(sqlite3.connect(store_file(data_dir), isolation_level=None)) as db:
        yield db


def _newest(data_dir: Path) -> Path:
    return backup_module.list_backups(backups_dir(data_dir))[0].path


def test_every_table_of_an_assessment_is_tracked_and_a_backup_clears_what_it_holds(
    three: tuple[Store, list[str]], data_dir: Path
) -> None:
    store, ids = three
    with _raw(data_dir) as db:
        owned = change_log.owned_tables(db)
        assert {"assessments", "answers", "answer_history", "evidence_files", "answer_evidence",
                "review_comments", "review_events", "merge_decisions"} <= set(owned)
        seen = change_log.read(db)
        assert seen.tracked and seen.generation == _newest(data_dir).name and seen.assessment_ids == frozenset()
    comment = review_store.add_comment(store, ids[1], "I.stats.employees", "a comment only")
    review_store.resolve_comment(store, ids[1], comment)  # an update in place, the assessment's row untouched
    with _raw(data_dir) as db:
        assert change_log.read(db).assessment_ids == {ids[1]}
    store.backup("manual")
    with _raw(data_dir) as db:
        assert change_log.read(db).assessment_ids == frozenset()


def test_a_change_made_while_a_backup_runs_stays_listed(three: tuple[Store, list[str]], data_dir: Path) -> None:
    store, ids = three
    store.set_answer(ids[0], "I.stats.employees", 1)
    with _raw(data_dir) as db:
        seen = change_log.read(db)  # what a backup read in its transaction …
        store.set_answer(ids[0], "I.stats.employees", 2)  # … a save meanwhile …
        store.set_answer(ids[1], "I.stats.employees", 2)
        assert change_log.record(db, seen, "c102desk-later.c102backup")  # … and the backup recorded
        assert change_log.read(db).assessment_ids == {ids[0], ids[1]}  # the later saves are still to be backed up


def test_a_backup_recorded_meanwhile_by_another_process_keeps_the_list(
    three: tuple[Store, list[str]], data_dir: Path
) -> None:
    store, ids = three
    store.set_answer(ids[0], "I.stats.employees", 1)
    with _raw(data_dir) as db:
        first, second = change_log.read(db), change_log.read(db)
        assert change_log.record(db, first, "c102desk-one.c102backup")
        assert not change_log.record(db, second, "c102desk-two.c102backup")  # counted from a generation gone by
        assert change_log.read(db).generation == "c102desk-one.c102backup"


def test_the_close_reads_and_writes_only_what_changed(
    three: tuple[Store, list[str]], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, ids = three
    before_close = increments.assessments(_newest(data_dir))

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the close read the whole store or listed every file")

    monkeypatch.setattr(increments, "_take_afresh", refused)
    monkeypatch.setattr(increments, "_present_objects", refused)
    monkeypatch.setattr(increments, "_read_index", refused)
    store.set_answer(ids[0], "I.stats.employees", 999)
    store.close()
    monkeypatch.undo()
    newest = _newest(data_dir)
    manifest = increments.read_manifest(newest)
    assert manifest["dumped"] == 1 and list(manifest["changed"]) == [ids[0]] and manifest["removed"] == []
    after = increments.assessments(newest)
    assert after[ids[1]] == before_close[ids[1]] and after[ids[0]] != before_close[ids[0]]
    expected = dump_tables(data_dir)
    with Store.open(data_dir) as again:
        again.set_answer(ids[1], "I.stats.employees", 0)
        again.restore_backup(newest.name)
    assert dump_tables(data_dir) == expected


def test_removed_assessments_are_left_out_and_a_restored_store_counts_from_its_generation(
    three: tuple[Store, list[str]], data_dir: Path
) -> None:
    store, ids = three
    store.trash(ids[1])
    store.empty_trash()
    gone = store.backup("manual")
    assert increments.read_manifest(gone)["removed"] == [ids[1]] and ids[1] not in increments.assessments(gone)
    expected = dump_tables(data_dir)
    store.set_answer(ids[0], "I.stats.employees", 5)
    store.restore_backup(gone.name)
    assert dump_tables(data_dir) == expected
    with _raw(data_dir) as db:  # the store holds that generation exactly: nothing listed
        assert change_log.read(db).generation == gone.name and change_log.read(db).assessment_ids == frozenset()
    store.set_answer(ids[2], "I.stats.employees", 6)
    after = store.backup("manual")
    assert increments.read_manifest(after)["dumped"] == 1 and set(increments.assessments(after)) == {ids[0], ids[2]}


def test_a_store_without_its_triggers_is_compared_whole_and_they_are_made_again(
    three: tuple[Store, list[str]], data_dir: Path
) -> None:
    store, ids = three
    with _raw(data_dir) as db:  # as a migration rebuilding a table leaves it
        db.execute(f"DROP TRIGGER {change_log.TRIGGER_PREFIX}answers_update")
        assert not change_log.read(db).tracked
    store.rename(ids[0], title="renamed")  # the assessment's row changes: the whole comparison sees it
    taken = store.backup("manual")
    assert increments.read_manifest(taken)["dumped"] == 1
    with _raw(data_dir) as db:
        assert change_log.read(db).generation != taken.name  # an untrusted list is not taken as cleared
    store.close()
    with Store.open(data_dir), _raw(data_dir) as db:
        made_again = change_log.read(db)
        # what was written while the trigger was missing is not listed: counted from no generation
        assert made_again.tracked and made_again.generation is None


def test_a_new_index_after_enough_generations_and_the_files_no_one_names_removed(
    three: tuple[Store, list[str]], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(increments, "REBASE_AFTER", 3)
    monkeypatch.setattr(increments, "KEEP_YOUNG_OBJECTS", 0.0)
    store, ids = three
    bases = []
    for n in range(16):
        store.set_answer(ids[0], "I.stats.employees", 1000 + n)
        bases.append(increments.read_manifest(store.backup("manual"))["base"])
    assert len(set(bases)) >= 5 and bases[-1] != bases[-4]
    kept = store.backups()
    assert len(kept) == backup_module.KEEP
    folder = increments.objects_dir(backups_dir(data_dir))
    named = {d for b in kept for _, d in increments.assessments(b.path).values()}
    on_disk = {f.name.removesuffix(increments.OBJECT_SUFFIX) for f in folder.glob(f"*/*{increments.OBJECT_SUFFIX}")}
    indexes = {f.name.removesuffix(increments.INDEX_SUFFIX) for f in (folder / increments.INDEXES).iterdir()}
    assert on_disk == named and indexes == {increments.read_manifest(b.path)["base"] for b in kept}
    store.restore_backup(kept[-1].name)
    assert store.answers(ids[0])["I.stats.employees"] == 1006


def test_a_generation_of_the_first_format_is_restored_and_what_it_left_out_is_dumped_next(
    three: tuple[Store, list[str]], data_dir: Path
) -> None:
    """The first format named every assessment in its manifest and left the review tables out of the dumps."""
    store, ids = three
    store.close()
    expected = dump_tables(data_dir)
    current = _newest(data_dir)
    manifest = increments.read_manifest(current)
    first_tables = {t for t, _ in increments.FORMAT_1_TABLES} | {"assessor_profiles"}
    named = increments.assessments(current)
    old = {"format": increments.FORMAT_1, "version": 1, "revision": manifest["revision"],
           "columns": {t: c for t, c in manifest["columns"].items() if t in first_tables},
           "whole": manifest["whole"], "assessments": named, "dumped": 3, "taken_at": 0}
    first = current.with_name("c102desk-20200101T000000000000Z-manual.c102backup")
    first.write_bytes(gzip.compress(json.dumps(old).encode("utf-8")))
    current.unlink()
    with _raw(data_dir) as db:  # a store the first format's c102desk backed up: no generation recorded
        db.execute(f"UPDATE {change_log.STATE} SET generation = NULL")
    with Store.open(data_dir) as again:
        again.set_answer(ids[0], "I.stats.employees", 7)
        next_one = again.backup("manual")
        # compared with the first format's: the changed one and the one with a review comment are dumped again
        assert increments.read_manifest(next_one)["format"] == increments.FORMAT
        assert increments.read_manifest(next_one)["dumped"] == 2
        assert increments.assessments(next_one)[ids[1]] == named[ids[1]]
        again.restore_backup(first.name)  # the first format's own tables come back
        restored = dump_tables(data_dir)
        assert {t: r for t, r in restored.items() if t != "review_comments"} == {
            t: r for t, r in expected.items() if t != "review_comments"}
        again.restore_backup(next_one.name)
        assert again.answers(ids[0])["I.stats.employees"] == 7
    assert dump_tables(data_dir)["review_comments"] == expected["review_comments"]


def test_a_whole_copy_from_before_the_list_is_brought_back_with_the_list_made_again(
    three: tuple[Store, list[str]], data_dir: Path
) -> None:
    store, ids = three
    copy = backup_module.take(store_file(data_dir), backups_dir(data_dir), "manual", whole=True)
    with closing(sqlite3.connect(copy, isolation_level=None)) as db:  # as a copy an older c102desk made
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            db.execute(f"DROP TRIGGER {name}")
        for table in change_log.TABLES:
            db.execute(f"DROP TABLE {table}")
    store.restore_backup(copy.name)
    with _raw(data_dir) as db:
        assert change_log.read(db).tracked
    store.set_answer(ids[0], "I.stats.employees", 3)
    with _raw(data_dir) as db:
        assert change_log.read(db).assessment_ids == {ids[0]}
