"""Where the local store lives: ``--data-dir`` when given, else the platform's user data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "c102desk"
STORE_FILE_NAME = "c102desk.sqlite3"


def data_dir(explicit: str | Path | None = None) -> Path:
    """The folder of the local store; created on first use."""
    folder = Path(explicit) if explicit else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def store_file(folder: Path) -> Path:
    return folder / STORE_FILE_NAME


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def damaged_dir(folder: Path) -> Path:
    """Damaged store files are moved here, never deleted or overwritten."""
    return folder / "damaged"


def evidence_dir(folder: Path) -> Path:
    """Stored copies of evidence files, named by their SHA-256."""
    return folder / "evidence"


def companion_files(database: Path) -> list[Path]:
    """The database file and its WAL companions, which belong to it."""
    return [database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")]
