"""What went wrong with the SQLite store file, in the store's typed errors (errors.py) — the one place that reads
SQLite's result codes and the operating system's error numbers.

SQLite says *what* failed (``sqlite_errorcode``, https://sqlite.org/rescode.html); the file system says *why*
(``errno``). Both are turned into the same few errors, because each asks the user for something else: a store
held by another program is *busy* (try again), a read-only one can still be read, a full disk loses only the
change being made, a file this user may not read is left alone, and only a file that fails the integrity check
is *damaged*. SQLAlchemy wraps the sqlite3 error as ``.orig``; it is unwrapped here, so this module never imports
SQLAlchemy (the app's start-up does not load it; docs/performance.md).

Only this module and ``engine.py`` know SQLite's codes and URIs; another database behind the store (issue 17)
brings its own counterpart.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from c102desk.store.errors import (
    READ_ONLY_DISK,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    READ_ONLY_PERMISSION,
    NotAStoreError,
    StoreBusyError,
    StoreDiskError,
    StoreFaultError,
    StoreFullError,
    StoreReadOnlyError,
    StoreUnreadableError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"

# Primary result codes (the low byte of the extended code), https://sqlite.org/rescode.html
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_INTERRUPT = 9
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})

# Below this much free space an input/output error is taken for a full disk: SQLite reports ENOSPC as
# SQLITE_FULL when a write comes up short, but as SQLITE_IOERR_WRITE when growing a file fails (fallocate).
FULL_DISK_MARGIN = 1024 * 1024


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an sqlite3 error, also when SQLAlchemy wrapped it; None otherwise."""
    inner = getattr(exc, "orig", None)
    error = inner if isinstance(inner, sqlite3.Error) else exc
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    # An error raised by the sqlite3 module itself, without a code (rare): known by its words.
    text = str(error)
    for words, guessed in (("locked", SQLITE_BUSY), ("readonly", SQLITE_READONLY), ("disk is full", SQLITE_FULL),
                           ("malformed", SQLITE_CORRUPT), ("not a database", SQLITE_NOTADB)):
        if words in text:
            return guessed
    return None


def is_damage(exc: BaseException) -> bool:
    """The file's content is broken (``database disk image is malformed``, ``file is not a database``)."""
    return sqlite_code(exc) in DAMAGE_CODES


def store_error(exc: BaseException, path: Path, *, writing: bool = True) -> StoreFaultError | None:
    """The typed error for ``exc`` met while using ``path`` (None when it is not a fault of the file or disk:
    a bug, or damage, which only the integrity check may declare). ``writing`` tells a refused write (read-only)
    from a refused read (unreadable) when the system only says "permission denied"."""
    if isinstance(exc, StoreFaultError):
        return exc
    if isinstance(exc, OSError):
        return _os_error(exc, path, writing=writing)
    code = sqlite_code(exc)
    if code is None:
        return None
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreBusyError(path)
    if code == SQLITE_READONLY:
        return StoreReadOnlyError(path, _read_only_reason(path))
    if code == SQLITE_FULL:
        return StoreFullError(path)
    if code in (SQLITE_CANTOPEN, SQLITE_PERM):
        return _cannot_open(path, writing=writing)
    if code == SQLITE_IOERR:
        if _nearly_full(path):
            return StoreFullError(path)
        return StoreDiskError(path, str(getattr(exc, "orig", exc)))
    if code == SQLITE_NOMEM:
        return StoreDiskError(path, "the computer ran out of memory")
    return None


@contextmanager
def store_faults(path: Path, *, writing: bool = True) -> Iterator[None]:
    """Raise the typed error for a fault of the file or disk met inside the block (others pass unchanged)."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        typed = store_error(exc, path, writing=writing)
        if typed is None:
            raise
        raise typed from exc
    except StoreFaultError:
        raise
    except Exception as exc:  # SQLAlchemy's wrappers (not imported here): recognised by their ``orig``
        typed = store_error(exc, path, writing=writing) if sqlite_code(exc) is not None else None
        if typed is None:
            raise
        raise typed from exc


def _os_error(exc: OSError, path: Path, *, writing: bool) -> StoreFaultError | None:
    number = exc.errno
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StoreFullError(path)
    if number == errno.EROFS:
        return StoreReadOnlyError(path, READ_ONLY_DISK)
    if number in (errno.EACCES, errno.EPERM):
        if writing:
            return StoreReadOnlyError(path, READ_ONLY_PERMISSION)
        return StoreUnreadableError(path, "permission denied")
    if number == errno.EIO:
        return StoreDiskError(path, exc.strerror or "input/output error")
    return None


def _cannot_open(path: Path, *, writing: bool) -> StoreFaultError:
    """SQLITE_CANTOPEN says only that the file could not be opened: ask the file system why."""
    folder = path.parent
    try:
        if path.exists() and not os.access(path, os.R_OK):
            return StoreUnreadableError(path, "permission denied")
        if not os.access(folder, os.X_OK):
            return StoreUnreadableError(path, "the folder may not be opened")
    except OSError as exc:
        return _os_error(exc, path, writing=False) or StoreUnreadableError(path, exc.strerror or "")
    reason = _read_only_reason(path)
    if reason:
        return StoreReadOnlyError(path, reason)
    if writing and _nearly_full(path):
        return StoreFullError(path)
    return StoreUnreadableError(path, "it could not be opened")


def _read_only_reason(path: Path) -> str:
    """Why ``path`` cannot be written, in words ("" when it seems writable)."""
    folder = path.parent
    try:
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
            return READ_ONLY_DISK
        if path.exists() and not os.access(path, os.W_OK):
            return READ_ONLY_FILE
        if not os.access(folder, os.W_OK):
            return READ_ONLY_FOLDER
    except OSError:
        return ""
    return ""


def _nearly_full(path: Path) -> bool:
    try:
        import shutil  # only when a write failed: not part of every command's start (with bz2, lzma)

        return shutil.disk_usage(path.parent).free < FULL_DISK_MARGIN
    except OSError:
        return False


# --------------------------------------------------------------------- the file before SQLite opens it


class FileKind(Enum):
    MISSING = "missing"
    EMPTY = "empty"  # 0 bytes (and no journal that could hold its pages)
    SQLITE = "sqlite"


@dataclass(frozen=True)
class FileState:
    """What kind of file the store's path is, and why it cannot be written if it cannot."""

    kind: FileKind
    read_only: str  # why it cannot be written; "" when it can


def inspect(database: Path) -> FileState:
    """Look at the store file with the file system only (SQLite has not touched it yet).

    Raises ``StoreUnreadableError`` (permissions), ``NotAStoreError`` (a folder, or not an SQLite file: left
    untouched), ``StoreDiskError``, or ``DataFolderError``.
    """
    with store_faults(database, writing=False):
        try:
            status = database.stat()
        except FileNotFoundError:
            return FileState(FileKind.MISSING, _read_only_reason(database))
        if not database.is_file():
            raise NotAStoreError(database)
        with database.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    read_only = _read_only_reason(database)
    if status.st_size == 0:
        wal = database.with_name(database.name + "-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            return FileState(FileKind.EMPTY, read_only)
        head = SQLITE_MAGIC  # the pages are in the journal: SQLite reads them from there
    if head != SQLITE_MAGIC:
        raise NotAStoreError(database)
    return FileState(FileKind.SQLITE, read_only)


# What a write or a read of the store raises when SQLite itself fails (beyond the typed errors above): for the
# store's own "log it and go on" places (a backup at closing), without their naming the driver.
DatabaseError = sqlite3.Error


def interrupted(exc: BaseException) -> bool:
    """The statement was stopped on purpose (``Store.stop_verify``: the app is closing)."""
    return sqlite_code(exc) == SQLITE_INTERRUPT
