"""Where the local store lives: ``--data-dir`` when given, else the platform's user data folder."""

from __future__ import annotations

from pathlib import Path

from c102desk.store.errors import DataFolderError, StoreFolderError

APP_NAME = "c102desk"
STORE_FILE_NAME = "c102desk.sqlite3"


def data_dir(explicit: str | Path | None = None) -> Path:
    """The folder of the local store; created on first use. A folder that cannot be one (a file, a name too
    long for the file system, a NUL character, no permission to create it) raises ``DataFolderError``."""
    if explicit is not None and not str(explicit):
        raise DataFolderError(Path(""), "no folder name was given")
    if explicit:
        folder = Path(explicit)
    else:
        import platformdirs  # only for the default folder: a --data-dir start does without it

        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if "\0" in str(folder):
        raise DataFolderError(folder, "its name contains a NUL character")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise DataFolderError(folder, "it is a file, not a folder") from None
    except OSError as exc:
        raise DataFolderError(folder, exc.strerror or str(exc)) from None
    if not folder.is_dir():
        raise DataFolderError(folder, "it is not a folder")
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


def make_folder(folder: Path) -> Path:
    """Create one of the store's own folders (backups, evidence, damaged) if needed; a file of that name raises
    ``StoreFolderError`` (other problems are the caller's to type: a full or read-only disk)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise StoreFolderError(folder) from None
    if not folder.is_dir():
        raise StoreFolderError(folder)
    return folder
