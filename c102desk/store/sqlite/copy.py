"""Whole copies of an SQLite store through its online backup API: safe while the store is open and written
(the copy is one consistent snapshot), and the WAL files of the live store stay consistent when one is written
back into it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from c102desk.store.sqlite.engine import Access, connect


def copy_database(source: Path, target: Path) -> None:
    """Copy one SQLite database into another with the online backup API (the target is replaced)."""
    src = connect(source)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def copy_into_live(backup: Path, database: Path) -> None:
    """Write a whole backup's content into the live store file through SQLite, which keeps its journal right."""
    src = connect(backup, Access.READ)
    try:
        dst = connect(database)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
