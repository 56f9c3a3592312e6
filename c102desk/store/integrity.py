"""Is a store file whole? Checked at open, in the background after the app's first paint, on every new backup
and before a backup is brought back.

``quick_check`` reads every page and checks each b-tree's structure; only ``integrity_check`` also compares every
index with its table, so only it finds a damaged index (a flipped byte in an index page leaves a well-formed
page that points at the wrong rows). It takes about 2.5 times as long (0.24 s and 0.62 s on a store of 1,000
assessments × 400 answers, 80 MB, docs/reliability.md). Neither sees a changed byte inside a text value.

Only a file that fails the check — or that SQLite reads as malformed — is *damaged*. A store that is busy
(another program holds its lock), unreadable (permissions) or on a failing disk raises its own error instead
(sqlite_faults.py), and is never moved. A damaged store is never overwritten or deleted: it is moved aside with
its -wal/-shm files, so that a specialist can still try ``.recover`` on it later (ecosystem-notes.md §6).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from c102desk.store import sqlite_faults
from c102desk.store.engine import Access, connect
from c102desk.store.paths import companion_files, make_folder


def check(path: Path, *, thorough: bool = False, access: Access = Access.READ,
          started: Callable[[sqlite3.Connection], object] | None = None) -> str | None:
    """None when the database passes ``quick_check`` (``integrity_check`` if thorough), else the problem.

    Opened read-only, so that checking can never write into a damaged file. A fault that is not damage (busy,
    unreadable, disk error) raises its typed error (``StoreFaultError``). ``started`` is given the connection
    (another thread may ``interrupt()`` it: the check then raises SQLite's "interrupted")."""
    pragma = "integrity_check" if thorough else "quick_check"
    with sqlite_faults.store_faults(path, writing=False):
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
            if sqlite_faults.is_damage(exc):
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
    with sqlite_faults.store_faults(database):
        make_folder(damaged_folder)
        target.mkdir(exist_ok=False)
        for file in companion_files(database):
            if file.exists():
                file.replace(target / file.name)
    return target
