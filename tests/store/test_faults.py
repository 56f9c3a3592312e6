"""The store's faults told apart: busy, read-only, full, unreadable, missing or empty, damaged — each with its
own error and behaviour, and only a store that fails its integrity check moved aside."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.store import (
    BackupNotFoundError,
    Store,
    StoreBusyError,
    StoreDamagedError,
    StoreFullError,
    StoreMissingError,
    StoreReadOnlyError,
)
from c102desk.store import backups as backup_module
from c102desk.store.paths import backups_dir, damaged_dir, store_file
from c102desk.store.sqlite import integrity

from .conftest import dump_tables
from .fault_tools import (
    EXAMPLES,
    damage_pages,
    disk_full,
    flip_index_byte,
    held_exclusively,
    needs_mount_namespace,
    needs_user_namespace,
    read_only_at_sqlite,
    run_in_mount_namespace,
    run_unprivileged,
    short_busy_timeout,
)

pytestmark = pytest.mark.faults  # part of the fault-injection suite (docs/reliability.md)


def _filled(data_dir: Path) -> str:
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Ruritania", "kept")
        for n in range(5):
            store.set_answer(assessment_id, "I.stats.employees", 1000 + n)
        store.set_answer(assessment_id, "I.stats.employees_source", "labour force survey")
    return assessment_id


# --------------------------------------------------------------------- busy


def test_a_store_held_exclusively_by_another_process_is_busy_and_left_in_place(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _filled(data_dir)
    database = store_file(data_dir)
    before = database.read_bytes()
    with short_busy_timeout(monkeypatch), held_exclusively(database):
        with pytest.raises(StoreBusyError):
            Store.open(data_dir)
        with pytest.raises(StoreBusyError):
            Store.open(data_dir, check="quick")
        capsys.readouterr()
        assert main(["list", "--data-dir", str(data_dir)]) == 2
        message = capsys.readouterr().err.strip()
    assert "busy" in message and "another" in message and "\n" not in message
    assert "damaged" not in message
    assert not damaged_dir(data_dir).exists()  # nothing moved aside
    assert database.read_bytes() == before
    with Store.open(data_dir) as store:  # free again: as it was
        assert [i.title for i in store.list_assessments()] == ["kept"]


def test_a_write_while_another_program_holds_the_write_lock_is_busy_and_reads_go_on(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assessment_id = _filled(data_dir)
    other = sqlite3.connect(store_file(data_dir), isolation_level=None)
    with short_busy_timeout(monkeypatch), Store.open(data_dir) as store:
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        try:
            with pytest.raises(StoreBusyError):
                store.set_answer(assessment_id, "I.stats.employees", 8)
            with pytest.raises(StoreBusyError):
                store.rename(assessment_id, title="renamed")
            # Reads take no write lock: they go on while another program writes.
            assert store.answers(assessment_id)["I.stats.employees"] == 1004
            assert [h.new_value for h in store.history(assessment_id, "I.stats.employees")][-1] == 1004
            assert store.evidence(assessment_id) == []
            assert store.profiles() == []
            assert store.export_document(assessment_id)["title"] == "kept"
            assert [e.info.id for e in store.library()] == [assessment_id]
        finally:
            other.execute("ROLLBACK")
            other.close()
        store.set_answer(assessment_id, "I.stats.employees", 8)
        assert store.answers(assessment_id)["I.stats.employees"] == 8


# --------------------------------------------------------------------- full disk, read-only at write time


def test_a_full_disk_loses_only_the_change_being_made(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assessment_id = _filled(data_dir)
    before = dump_tables(data_dir)
    saved: list[int] = []
    disk_full(monkeypatch, spare_pages=8)
    with Store.open(data_dir) as store, pytest.raises(StoreFullError) as caught:
        for n in range(100):  # each answer needs pages of its own: the file must grow
            store.set_answer(assessment_id, "I.stats.employees_source", f"{n} " + "x" * 19_000)
            saved.append(n)
    assert "full" in str(caught.value) and "not saved" in str(caught.value)
    assert 0 < len(saved) < 100
    monkeypatch.undo()  # space again
    with Store.open(data_dir) as store:
        history = store.history(assessment_id, "I.stats.employees_source")
        # Every save that returned is there, the one that failed is not, and nothing else changed.
        assert [h.new_value.split()[0] for h in history[1:]] == [str(n) for n in saved]
        assert store.answers(assessment_id)["I.stats.employees_source"].startswith(f"{saved[-1]} ")
        assert dump_tables(data_dir)["assessments"][0][:4] == before["assessments"][0][:4]
        store.set_answer(assessment_id, "I.stats.employees", 2)  # saving works again
    assert integrity.check(store_file(data_dir), thorough=True) is None


def test_a_store_that_refuses_writes_is_read_only_not_damaged(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    capsys: pytest.CaptureFixture[str]
) -> None:
    assessment_id = store.create_assessment("A", "read-only")
    before = dump_tables(data_dir)
    store._close_answer_writer()
    read_only_at_sqlite(monkeypatch)
    with pytest.raises(StoreReadOnlyError):
        store.set_answer(assessment_id, "I.stats.employees", 3)
    with pytest.raises(StoreReadOnlyError):
        store.finalize(assessment_id)
    good = tmp_path / "good.c102.json"
    store.export_file(assessment_id, good)  # reading and exporting still work
    capsys.readouterr()
    assert main(["import", str(good), "--keep-both", "--data-dir", str(data_dir)]) == 2
    assert "read-only" in capsys.readouterr().err
    assert dump_tables(data_dir) == before
    assert not damaged_dir(data_dir).exists()


# --------------------------------------------------------------------- missing or empty with backups


@pytest.mark.parametrize("loss", ["missing", "empty"])
def test_a_lost_store_with_backups_is_not_silently_an_empty_library(
    data_dir: Path, loss: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assessment_id = _filled(data_dir)  # closing took a backup
    database = store_file(data_dir)
    if loss == "missing":
        database.unlink()
    else:
        database.write_bytes(b"")
    with pytest.raises(StoreMissingError) as caught:
        Store.open(data_dir)
    (newest,) = Store.backups_of(data_dir)
    assert caught.value.newest_good_backup == newest.path
    assert caught.value.empty is (loss == "empty")
    capsys.readouterr()
    assert main(["list", "--data-dir", str(data_dir)]) == 2
    message = capsys.readouterr().err
    assert loss in message and newest.name in message and "restore" in message
    assert main(["backups", "--data-dir", str(data_dir)]) == 0
    assert newest.name in capsys.readouterr().out
    assert main(["restore", newest.name, "--data-dir", str(data_dir)]) == 0
    with Store.open(data_dir) as store:
        assert store.answers(assessment_id)["I.stats.employees_source"] == "labour force survey"
    if loss == "empty":  # the empty file was set aside, not deleted
        (aside,) = damaged_dir(data_dir).iterdir()
        assert (aside / database.name).read_bytes() == b""


def test_an_empty_library_is_started_only_when_asked(data_dir: Path) -> None:
    _filled(data_dir)
    store_file(data_dir).unlink()
    with Store.open(data_dir, start_empty=True) as store:
        assert store.list_assessments() == []
    with Store.open(data_dir) as store:  # the choice stands: no question any more
        assert store.list_assessments() == []


def test_a_first_start_without_backups_creates_the_store(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.list_assessments() == []
    assert store_file(data_dir).stat().st_size > 0


# --------------------------------------------------------------------- damaged


def test_index_damage_is_found_by_the_full_check_and_the_store_moved_aside(data_dir: Path) -> None:
    assessment_id = _filled(data_dir)
    with Store.open(data_dir) as store:
        good = store.backup("manual")
    database = store_file(data_dir)
    flip_index_byte(database)
    assert integrity.check(database) is None  # quick_check misses it …
    assert integrity.check(database, thorough=True) is not None  # … integrity_check does not
    damaged = database.read_bytes()
    with pytest.raises(StoreDamagedError) as caught:
        Store.open(data_dir)
    assert caught.value.newest_good_backup == good and "index" in caught.value.detail
    (aside,) = damaged_dir(data_dir).iterdir()
    assert (aside / database.name).read_bytes() == damaged
    with Store.recover(data_dir, good.name) as store:
        assert store.answers(assessment_id)["I.stats.employees"] == 1004


def test_damage_found_after_a_quick_open_stops_writes_and_a_backup_brings_it_back(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessment_id = _filled(data_dir)
    with Store.open(data_dir) as store:
        good = store.backup("manual")
    database = store_file(data_dir)
    flip_index_byte(database)
    store = Store.open(data_dir, check="quick")  # the app's open: the full check comes after the first paint
    try:
        assert not store.verified
        damage = store.verify()
        assert damage is not None and damage.newest_good_backup == good and damage.moved_to is None
        damaged = database.read_bytes()
        with pytest.raises(StoreDamagedError):
            store.set_answer(assessment_id, "I.stats.employees", 5)
        with pytest.raises(StoreDamagedError):
            store.create_assessment("B", "new")
        with pytest.raises(StoreDamagedError):
            store.backup("manual")
        assert database.read_bytes() == damaged  # not written to
        # Still open for reading — but the damaged index already hides answers: why nothing more is written.
        assert [i.id for i in store.list_assessments()] == [assessment_id]
        assert "I.stats.employees" not in store.answers(assessment_id)
        kept = store.restore_backup(good.name)
        assert kept.parent == damaged_dir(data_dir) and (kept / database.name).read_bytes() == damaged
        assert store.damage is None and store.verify() is None
        store.set_answer(assessment_id, "I.stats.employees", 5)  # writable again
    finally:
        store.close()
    assert integrity.check(database, thorough=True) is None


def test_a_damaged_copy_is_never_kept_as_a_backup(data_dir: Path) -> None:
    _filled(data_dir)
    with Store.open(data_dir) as store:
        good = store.backup("manual")
    kept = Store.backups_of(data_dir)
    flip_index_byte(store_file(data_dir))
    store = Store.open(data_dir, check="quick")
    try:
        with pytest.raises(StoreDamagedError) as caught:
            store.backup("manual")
        assert caught.value.newest_good_backup == good
        assert store.backups() == kept  # the bad copy was not kept
        assert not list(backups_dir(data_dir).glob("*.partial*"))
        assert store.damage is not None  # the store itself takes no more changes
    finally:
        store.close()


def test_a_good_backup_survives_twenty_openings_after_a_loss(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from c102desk.store import service

    assessment_id = _filled(data_dir)
    with Store.open(data_dir) as store:
        good = store.backup("manual")
    flip_index_byte(store_file(data_dir))
    monkeypatch.setattr(service, "BACKUP_EVERY_SECONDS", 0)  # every opening takes a backup
    for _ in range(20):
        store = Store.open(data_dir, check="quick")  # the quick check does not see the damage …
        store.close()
        assert store.damage is not None  # … the check of its backup does: that copy is not kept
    assert backup_module.newest_good(backups_dir(data_dir)) == good
    assert good in [b.path for b in Store.backups_of(data_dir)]
    with pytest.raises(StoreDamagedError):
        Store.open(data_dir)
    with Store.recover(data_dir, good.name) as store:
        assert store.answers(assessment_id)["I.stats.employees"] == 1004


def test_rotation_keeps_the_newest_good_backup_when_newer_ones_are_bad(data_dir: Path) -> None:
    _filled(data_dir)
    with Store.open(data_dir) as store:
        good = store.backup("manual")
    folder = backups_dir(data_dir)
    bad = folder / "bad.sqlite3"
    bad.write_bytes(good.read_bytes())
    damage_pages(bad)
    for n in range(20):  # newer backups that are bad (made by an earlier version, or gone bad on the disk)
        (folder / f"c102desk-2999{n:02d}01T000000000000Z-open.sqlite3").write_bytes(bad.read_bytes())
        backup_module.rotate(folder)
        kept = [b.path for b in backup_module.list_backups(folder)]
        assert good in kept, n
    assert len(kept) == backup_module.KEEP + 1
    assert backup_module.newest_good(folder) == good


def test_a_file_that_fails_even_the_quick_check_is_moved_aside_at_a_quick_open(data_dir: Path) -> None:
    _filled(data_dir)
    database = store_file(data_dir)
    damage_pages(database)
    with pytest.raises(StoreDamagedError) as caught:
        Store.open(data_dir, check="quick")
    assert caught.value.moved_to is not None and not database.exists()


def test_restore_refuses_a_backup_that_is_not_a_c102desk_store(data_dir: Path) -> None:
    _filled(data_dir)
    with Store.open(data_dir) as store:
        before = dump_tables(data_dir)
        folder = backups_dir(data_dir)
        empty = folder / "c102desk-20000101T000000000000Z-manual.sqlite3"
        empty.write_bytes(b"")
        foreign = folder / "c102desk-20000102T000000000000Z-manual.sqlite3"
        other = sqlite3.connect(foreign)
        other.execute("CREATE TABLE recipes (name TEXT)")
        other.commit()
        other.close()
        newer = folder / "c102desk-20000103T000000000000Z-manual.sqlite3"
        store.backup("manual").rename(newer)
        with sqlite3.connect(newer) as connection:
            connection.execute("UPDATE alembic_version SET version_num = 'r9999'")
        connection.close()
        for backup, words in ((empty, "not a backup"), (foreign, "not a backup"), (newer, "newer c102desk")):
            with pytest.raises(BackupNotFoundError, match=words):
                store.restore_backup(backup.name)
    assert dump_tables(data_dir) == before


# --------------------------------------------------------------------- real file systems (Linux namespaces)


@needs_user_namespace
def test_a_store_this_user_may_not_read_is_unreadable_and_left_untouched(data_dir: Path) -> None:
    _filled(data_dir)
    database = store_file(data_dir)
    before = database.read_bytes()
    database.chmod(0)
    try:
        done = run_unprivileged("list", "--data-dir", str(data_dir))
    finally:
        database.chmod(0o644)
    assert done.returncode == 2, done.stderr
    assert "not allowed to read" in done.stderr and "Traceback" not in done.stderr
    assert database.read_bytes() == before and not damaged_dir(data_dir).exists()


@needs_user_namespace
def test_a_store_in_a_read_only_folder_is_read_but_not_written(data_dir: Path, tmp_path: Path) -> None:
    assessment_id = _filled(data_dir)
    before = dump_tables(data_dir)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o777)
    data_dir.chmod(0o555)
    try:
        listed = run_unprivileged("list", "--data-dir", str(data_dir))
        exported = run_unprivileged("export", assessment_id, "--out", str(out / "a.c102.json"),
                                    "--data-dir", str(data_dir))
        imported = run_unprivileged("import", str(out / "a.c102.json"), "--keep-both", "--data-dir", str(data_dir))
    finally:
        data_dir.chmod(0o755)
    assert listed.returncode == 0 and assessment_id in listed.stdout, listed.stderr
    assert exported.returncode == 0, exported.stderr
    assert imported.returncode == 2 and "read-only" in imported.stderr and "Traceback" not in imported.stderr
    assert dump_tables(data_dir) == before and not damaged_dir(data_dir).exists()


@needs_mount_namespace
def test_a_store_on_a_read_only_disk_is_read_but_not_written(data_dir: Path) -> None:
    assessment_id = _filled(data_dir)
    before = dump_tables(data_dir)
    good = EXAMPLES / "midland-three-parts.c102.json"
    script = (
        f"mount --bind '{data_dir}' '{data_dir}' && mount -o remount,ro,bind '{data_dir}' && "
        f"'{_python()}' -m c102desk list --data-dir '{data_dir}' && "
        f"'{_python()}' -m c102desk import '{good}' --data-dir '{data_dir}'; echo \"import=$?\""
    )
    done = run_in_mount_namespace(script)
    assert assessment_id in done.stdout, done.stderr
    assert "import=2" in done.stdout and "read-only" in done.stderr and "Traceback" not in done.stderr
    assert dump_tables(data_dir) == before


def _python() -> str:
    return sys.executable


def test_a_full_check_under_way_is_stopped_by_closing(data_dir: Path) -> None:
    import threading

    _filled(data_dir)
    store = Store.open(data_dir, check="quick")
    started = threading.Event()
    original = integrity.check

    def slow_check(*args: object, **kwargs: object) -> str | None:
        given = kwargs["started"]

        def keep(connection: sqlite3.Connection) -> None:
            given(connection)  # type: ignore[operator]
            started.set()
            connection.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                               "SELECT count(*) FROM n").fetchone()  # runs until interrupted

        kwargs["started"] = keep
        return original(*args, **kwargs)  # type: ignore[arg-type]

    results: list[object] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(integrity, "check", slow_check)
        worker = threading.Thread(target=lambda: results.append(store.verify()))
        worker.start()
        assert started.wait(30)
        store.close()
        worker.join(30)
    assert not worker.is_alive() and results == [None] and not store.verified
