"""Is a store file whole? Checked at open and before a backup is brought back.

A damaged store is never overwritten or deleted: it is moved aside with its -wal/-shm files, so that a
specialist can still try ``.recover`` on it later (ecosystem-notes.md §6).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from c102desk.store.paths import companion_files

SQLITE_MAGIC = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty file (SQLite starts those itself) or one with the SQLite header."""
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    return head in (b"", SQLITE_MAGIC)


def check(path: Path, *, thorough: bool = False) -> str | None:
    """None when the database passes ``quick_check`` (``integrity_check`` if thorough), else the problem."""
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        # Read-only, so that checking can never write into a damaged file.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    results = [str(row[0]) for row in rows]
    if results == ["ok"]:
        return None
    return "; ".join(results[:3])


def move_aside(database: Path, damaged_folder: Path) -> Path:
    """Move the database and its companions into a new folder under ``damaged_folder``; return that folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = damaged_folder / stamp
    target.mkdir(parents=True, exist_ok=False)
    for file in companion_files(database):
        if file.exists():
            file.replace(target / file.name)
    return target
