"""Rotating copies of the store, taken with SQLite's online backup API (safe while the store is open).

A backup is written under a temporary name and renamed when complete, so a crash never leaves a half
backup that looks whole. Only the newest ``KEEP`` are kept.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from c102desk.store import integrity
from c102desk.store.engine import configure_connection
from c102desk.store.errors import BackupNotFoundError

KEEP = 10
SUFFIX = ".sqlite3"
PREFIX = "c102desk-"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: str  # ISO 8601, UTC
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def take(database: Path, folder: Path, reason: str) -> Path:
    """Copy ``database`` into ``folder`` as a new backup, then keep only the newest ``KEEP``."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    copy_database(database, partial)
    os.replace(partial, target)
    rotate(folder)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Copy one SQLite database into another with the online backup API (the target is replaced)."""
    src = sqlite3.connect(source, isolation_level=None)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def restore_into(backup: Path, database: Path) -> None:
    """Write the backup's content into the live store file through SQLite (WAL files stay consistent)."""
    src = sqlite3.connect(backup, isolation_level=None)
    try:
        dst = sqlite3.connect(database, isolation_level=None)
        try:
            configure_connection(dst)
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def list_backups(folder: Path) -> list[Backup]:
    """Backups, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        stem = path.name.removeprefix(PREFIX).removesuffix(SUFFIX)
        stamp, _, reason = stem.partition("-")
        try:
            taken = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, taken.isoformat().replace("+00:00", "Z"), reason, path.stat().st_size))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def rotate(folder: Path, keep: int = KEEP) -> None:
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    for partial in folder.glob(f"{PREFIX}*{SUFFIX}.partial"):  # left by a crash during a backup
        partial.unlink(missing_ok=True)


def find(folder: Path, name: str) -> Backup:
    for backup in list_backups(folder):
        if name in (backup.name, str(backup.path)):
            return backup
    raise BackupNotFoundError(f"no backup named {name!r}; 'c102desk backups' lists them")


def newest_good(folder: Path) -> Path | None:
    for backup in list_backups(folder):
        if integrity.check(backup.path) is None:
            return backup.path
    return None
