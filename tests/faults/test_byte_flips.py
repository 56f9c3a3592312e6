"""Single-bit flips at random places of a store file: a store that fails SQLite's integrity check is never
opened for writing (moved aside, the newest good backup named), a flip in an index is always found, and a store
that opens is one that passes the full check. (A flip inside a text value or in free space is invisible to any
check SQLite has; docs/reliability.md counts them.)"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from c102desk.store import Store, StoreDamagedError
from c102desk.store.paths import damaged_dir, store_file
from c102desk.store.sqlite import integrity
from tests.faults.figures import BYTE_FLIPS, INDEX_FLIPS


def _template(tmp_path: Path) -> tuple[Path, str, Path]:
    data_dir = tmp_path / "template"
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Ruritania", "flips")
        for n in range(40):
            store.set_answer(assessment_id, "I.stats.employees", n)
            store.set_answer(assessment_id, "I.stats.employees_source", f"survey {n}", note=f"note {n}")
        backup = store.backup("manual")
    connection = sqlite3.connect(store_file(data_dir))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return data_dir, assessment_id, backup


def _page_size(database: Path) -> int:
    return int.from_bytes(database.read_bytes()[16:18], "big")


def _index_pages(database: Path) -> list[tuple[int, int]]:
    """(page number, first byte of its cells) of every index page holding cells."""
    connection = sqlite3.connect(database)
    try:
        roots = [r for (r,) in connection.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index'")]
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    content = database.read_bytes()
    pages = []
    for root in roots:
        start = (root - 1) * page_size
        cells = int.from_bytes(content[start + 5:start + 7], "big") or 65536
        if cells < page_size:
            pages.append((root, cells))
    return pages


def _flip(data_dir: Path, offset: int, bit: int) -> None:
    database = store_file(data_dir)
    content = bytearray(database.read_bytes())
    content[offset] ^= 1 << bit
    database.write_bytes(bytes(content))


def _open_and_write(data_dir: Path, assessment_id: str) -> str:
    """What the command line does: open with the full check, then save. Returns what happened."""
    database = store_file(data_dir)
    before = database.read_bytes()
    try:
        store = Store.open(data_dir)
    except StoreDamagedError:
        (aside,) = damaged_dir(data_dir).iterdir()
        assert (aside / database.name).read_bytes() == before  # moved aside untouched
        return "damaged"
    try:
        assert integrity.check(database, thorough=True) is None  # what opened passes the full check
        store.set_answer(assessment_id, "I.stats.employees", 999)
    except StoreDamagedError:
        return "damaged"
    except Exception as exc:  # a flip SQLite reads as something else: must still be a typed, worded error
        from c102desk.errors import C102Error

        assert isinstance(exc, C102Error), repr(exc)
        return "refused"
    finally:
        store.close()
    return "opened"


def test_random_flips_never_let_a_damaged_store_be_written(tmp_path: Path) -> None:
    template, assessment_id, _backup = _template(tmp_path)
    size = store_file(template).stat().st_size
    rng = random.Random(20240501)
    outcomes: dict[str, int] = {}
    for n in range(BYTE_FLIPS - INDEX_FLIPS):
        trial = tmp_path / f"flip{n}"
        shutil.copytree(template, trial)
        _flip(trial, rng.randrange(100, size), rng.randrange(8))  # not the 100-byte file header
        if integrity.check(store_file(trial)) is None and integrity.check(store_file(trial), thorough=True):
            outcomes["missed by quick_check alone"] = outcomes.get("missed by quick_check alone", 0) + 1
        outcome = _open_and_write(trial, assessment_id)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        shutil.rmtree(trial)
    print(f"\n{BYTE_FLIPS - INDEX_FLIPS} random flips: {outcomes}")
    assert outcomes["opened"] + outcomes["damaged"] + outcomes.get("refused", 0) == BYTE_FLIPS - INDEX_FLIPS


def test_every_flip_in_an_index_is_found(tmp_path: Path) -> None:
    template, _assessment_id, backup = _template(tmp_path)
    pages = _index_pages(store_file(template))
    page_size = _page_size(store_file(template))
    rng = random.Random(1)
    quick_found = 0
    for n in range(INDEX_FLIPS):
        trial = tmp_path / f"index{n}"
        shutil.copytree(template, trial)
        page, cells = rng.choice(pages)
        _flip(trial, (page - 1) * page_size + rng.randrange(cells, page_size), rng.randrange(8))
        quick_found += integrity.check(store_file(trial)) is not None
        with pytest.raises(StoreDamagedError) as caught:
            Store.open(trial)
        assert caught.value.newest_good_backup is not None
        assert caught.value.newest_good_backup.name == backup.name
        shutil.rmtree(trial)
    print(f"\n{INDEX_FLIPS} index flips: all found by integrity_check, {quick_found} by quick_check")
    assert quick_found < INDEX_FLIPS  # why the full check is needed
