"""Backups rotate to ten and can be brought back; a damaged store is moved aside, never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.store import Store, StoreDamagedError
from c102desk.store import backups as backup_module
from c102desk.store.errors import StoreMissingError
from c102desk.store.paths import companion_files, damaged_dir, store_file


def test_backups_rotate_to_the_newest_ten(store: Store) -> None:
    taken = [store.backup("manual") for _ in range(13)]
    kept = store.backups()
    assert len(kept) == backup_module.KEEP == 10
    assert [b.path for b in kept] == list(reversed(taken))[:10]


def test_a_backup_is_taken_after_many_answers(store: Store) -> None:
    assessment_id = store.create_assessment()
    before = len(store.backups())
    for n in range(60):
        store.set_answer(assessment_id, "I.stats.employees", n)
    assert any(b.reason == "changes" for b in store.backups())
    assert len(store.backups()) > before


def test_restore_brings_a_backup_back_and_keeps_the_current_store(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Ruritania", "before")
        store.set_answer(assessment_id, "I.stats.employees", 1)
        good = store.backup("manual")
        store.set_answer(assessment_id, "I.stats.employees", 2)
    capsys.readouterr()
    assert main(["restore", good.name, "--data-dir", str(data_dir)]) == 0
    assert "before-restore" in capsys.readouterr().out
    with Store.open(data_dir) as store:
        assert store.answers(assessment_id) == {"I.stats.employees": 1}
        safety = next(b for b in store.backups() if b.reason == "before-restore")
        assert main(["restore", safety.name, "--data-dir", str(data_dir)]) == 0
    with Store.open(data_dir) as store:
        assert store.answers(assessment_id) == {"I.stats.employees": 2}


def test_restore_of_an_unknown_backup_is_refused(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Store.open(data_dir).close()
    assert main(["restore", "nope.sqlite3", "--data-dir", str(data_dir)]) == 2
    assert "no backup named" in capsys.readouterr().err


def _damage(database: Path) -> None:
    """Overwrite the b-tree pages (after the header page) with garbage."""
    content = bytearray(database.read_bytes())
    page_size = int.from_bytes(content[16:18], "big")
    for offset in range(page_size, len(content)):
        content[offset] = 0xA5
    database.write_bytes(bytes(content))


def test_a_damaged_store_is_moved_aside_and_the_newest_good_backup_named(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Ruritania", "kept")
        store.set_answer(assessment_id, "I.stats.employees", 7)
        newest = store.backup("manual")
    database = store_file(data_dir)
    _damage(database)
    damaged_bytes = database.read_bytes()

    with pytest.raises(StoreDamagedError) as caught:
        Store.open(data_dir)

    message = str(caught.value)
    assert "damaged" in message and newest.name in message
    assert caught.value.newest_good_backup == newest
    assert not any(p.exists() for p in companion_files(database))
    (moved_folder,) = damaged_dir(data_dir).iterdir()
    assert (moved_folder / database.name).read_bytes() == damaged_bytes  # never overwritten

    # Backups exist, so no empty library takes its place unasked; the backup is brought back in its place.
    with pytest.raises(StoreMissingError):
        Store.open(data_dir)
    with Store.recover(data_dir, newest.name) as store:
        assert store.answers(assessment_id) == {"I.stats.employees": 7}
    assert (moved_folder / database.name).read_bytes() == damaged_bytes


def test_closing_after_changes_takes_a_backup(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment()
        store.set_answer(assessment_id, "I.stats.employees", 3)
        assert store.backups() == []
    with Store.open(data_dir) as store:
        (backup,) = store.backups()  # the one from closing; opening again soon after takes none
        assert backup.reason == "close"
