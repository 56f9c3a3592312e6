"""Is a store file whole? Checked at open, in the background after the app's first paint, on every new backup
and before a backup is brought back.

``quick_check`` reads every page and checks each b-tree's structure; only ``integrity_check`` also compares every
index with its table, so only it finds a damaged index (a flipped byte in an index page leaves a well-formed
page that points at the wrong rows). It takes about 2.5 times as long (0.24 s and 0.62 s on a store of 1,000
assessments × 400 answers, 80 MB, docs/reliability.md). Neither sees a changed byte inside a text value.

A store bigger than ``SMALL_STORE`` is not checked before the app's first paint (the quick check alone took
1.3 s on 10,000 assessments): its full check runs after it, in the background (``Store.verify``). A full check
that passed is remembered beside the store (``….checked``: the sizes and change times of the file and its WAL):
while they are the same, nothing was written since, and the store is not read again — until
``RECHECK_AFTER`` has passed, for what a disk may do on its own.

Only a file that fails the check — or that SQLite reads as malformed — is *damaged*. A store that is busy
(another program holds its lock), unreadable (permissions) or on a failing disk raises its own error instead
(faults.py), and is never moved. A damaged store is never overwritten or deleted: it is moved aside with
its -wal/-shm files, so that a specialist can still try ``.recover`` on it later (ecosystem-notes.md §6).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from c102desk.store.paths import companion_files, make_folder
from c102desk.store.sqlite import faults
from c102desk.store.sqlite.engine import Access, connect

if TYPE_CHECKING:
    from sqlalchemy import Connection

# The connection a full check runs on (``verify_store`` hands it out, to be interrupted).
CheckConnection = sqlite3.Connection

# Reading a store this small whole costs less than ~30 ms (a quick check, a checked copy): it is done where it
# is simplest (before the first paint, on every backup). Bigger stores are read whole only in the background.
SMALL_STORE = 8 * 1024 * 1024
CHECKED_SUFFIX = ".checked"
RECHECK_AFTER = 7 * 24 * 3600.0  # seconds: an unchanged store is checked again after a week


def check(path: Path, *, thorough: bool = False, access: Access = Access.READ,
          started: Callable[[sqlite3.Connection], object] | None = None) -> str | None:
    """None when the database passes ``quick_check`` (``integrity_check`` if thorough), else the problem.

    Opened read-only, so that checking can never write into a damaged file. A fault that is not damage (busy,
    unreadable, disk error) raises its typed error (``StoreFaultError``). ``started`` is given the connection
    (another thread may ``interrupt()`` it: the check then raises SQLite's "interrupted")."""
    pragma = "integrity_check" if thorough else "quick_check"
    with faults.store_faults(path, writing=False):
        try:
            connection = connect(path, Access.FROZEN if access is Access.FROZEN else Access.READ,
                                 check_same_thread=started is None)
            try:
                if started is not None:
                    started(connection)
                rows = connection.execute(f"PRAGMA {pragma}").fetchall()
            finally:
                connection.close()
        except sqlite3.DatabaseError as exc:
            if faults.is_damage(exc):
                return str(exc)
            raise
    results = [str(row[0]) for row in rows]
    if results == ["ok"]:
        return None
    return "; ".join(results[:3])


def move_aside(database: Path, damaged_folder: Path) -> Path:
    """Move the database and its companions into a new folder under ``damaged_folder``; return that folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = damaged_folder / stamp
    with faults.store_faults(database):
        make_folder(damaged_folder)
        target.mkdir(exist_ok=False)
        for file in companion_files(database):
            if file.exists():
                file.replace(target / file.name)
    return target


def _checked_file(database: Path) -> Path:
    return database.with_name(database.name + CHECKED_SUFFIX)


def _stamp(database: Path) -> list[int]:
    """Sizes and change times (ns) of the store file and its WAL: what any write changes. An empty WAL is
    as none (SQLite makes one at open and removes it at close)."""
    found: list[int] = []
    for file in (database, database.with_name(database.name + "-wal")):
        try:
            info = file.stat()
        except FileNotFoundError:
            found += [-1, -1]
            continue
        found += [info.st_size, info.st_mtime_ns] if info.st_size else [-1, -1]
    return found


def passed_unchanged(database: Path) -> bool:
    """Whether the full check passed on the store as it is now (nothing written since), less than
    ``RECHECK_AFTER`` ago."""
    try:
        record = json.loads(_checked_file(database).read_text(encoding="utf-8"))
        return bool(record["stamp"] == _stamp(database) and time.time() - float(record["at"]) < RECHECK_AFTER)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _remember_pass(database: Path, stamp: list[int]) -> None:
    """Note that the full check passed on the store as ``stamp`` saw it (taken before the check began: a write
    during the check changes the stamp, and the next check runs)."""
    with contextlib.suppress(OSError):  # a read-only folder: the store is simply checked again next time
        _checked_file(database).write_text(json.dumps({"stamp": stamp, "at": time.time()}), encoding="utf-8")


def verify_store(database: Path, *, access: Access = Access.READ,
                 started: Callable[[sqlite3.Connection], object] | None = None) -> str | None:
    """The full check of a store (``check(thorough=True)``), skipped when it passed on the store as it is now."""
    if passed_unchanged(database):
        return None
    stamp = _stamp(database)
    problem = check(database, thorough=True, access=access, started=started)
    if problem is None:
        _remember_pass(database, stamp)
    return problem


def check_at_open(database: Path, *, thorough: bool, access: Access) -> str | None:
    """The check before a store is opened: the full one (the command line), remembered while nothing is
    written; or, for the app, the quick one on a small store and none on a bigger one (its full check comes
    after the first paint, ``verify_store``). Nothing here reads a big store that passed and was not written."""
    if thorough:
        return verify_store(database, access=access)
    try:
        small = database.stat().st_size <= SMALL_STORE
    except OSError:
        small = True  # the check says what is wrong
    return check(database, access=access) if small else None


def broken_links(connection: Connection) -> int:
    """How many rows point at a record that is not there (``foreign_key_check``; a schema upgrade runs with the
    checks off while it rebuilds tables, and must not commit any)."""
    return len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
