"""Rotating backups of the store: whole copies taken with SQLite's online backup API (safe while the store is
open) while the store is small, and incremental generations (increments.py: each changed assessment as its own
checked file) once it is bigger than ``WHOLE_COPIES_UP_TO`` — a whole copy's cost, in time and room, follows the
store's size, an increment's what changed (docs/reliability.md). Both are listed, rotated and brought back here.

A backup is written under a temporary name of its own (``….<pid>-<random>.partial``), checked with SQLite's
``integrity_check``, and renamed when complete and whole, so a crash never leaves a half backup that looks whole
and every file named like a backup passed the check when it was made. A copy that fails the check means the
store itself is damaged: it is not kept, and ``take`` says so (``StoreDamagedError``).

The newest ``KEEP`` are kept — and never fewer than one good one: if none of the newest ``KEEP`` passes the check
any more, the newest older one that does is kept too (``rotate``).

Two processes on one store each write their own temporary file, and each holds a lock on it (``flock``, where
the system has it) while writing; cleaning up removes only temporary files nobody holds, with their
``-journal``/``-wal``/``-shm`` companions — what a killed backup leaves behind. The live store's own ``-wal`` and
``-shm`` are never touched here: SQLite replays and removes them when the store is next opened and closed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from c102desk.store import migrate, paths
from c102desk.store.errors import BackupNotFoundError, StoreDamagedError, StoreFaultError
from c102desk.store.sqlite import copy, faults, increments, integrity
from c102desk.store.sqlite.engine import Access

try:  # POSIX: a lock that tells a temporary file being written from one a killed process left behind
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there anyway; only age tells
    fcntl = None  # type: ignore[assignment]

KEEP = 10
SUFFIX = ".sqlite3"
INCREMENT_SUFFIX = increments.MANIFEST_SUFFIX
# A store bigger than this gets incremental backups (a checked copy of a small one costs nothing noticeable, and
# ten of them stay small); a whole copy this big or bigger is kept only as the newest one (before an upgrade), so
# that all the backups on disk stay within twice the store.
WHOLE_COPIES_UP_TO = integrity.SMALL_STORE
PREFIX = "c102desk-"
PARTIAL = ".partial"
# A temporary file not held by anyone is left by a crash once it is this old (seconds). With a lock the age
# only covers the moment between creating the file and locking it; without one it must cover a whole backup.
STALE_AFTER = 2.0 if fcntl is not None else 3600.0


@dataclass(frozen=True)
class Backup:
    """A backup of the store: its file, when and why it was taken, and its size."""

    path: Path
    taken_at: str  # ISO 8601, UTC
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def incremental(self) -> bool:
        return increments.is_manifest(self.path)


def is_whole(path: Path) -> bool:
    """A whole, checked copy (whose check passing says the store it copied passed too)."""
    return path.name.endswith(SUFFIX)


def take(database: Path, folder: Path, reason: str, *, whole: bool = False, quick: bool = False) -> Path:
    """Back ``database`` up into ``folder``, then rotate: a whole checked copy while the store is small (or
    when ``whole`` says so: before a schema upgrade), else an incremental generation (increments.py; ``quick``
    at close: only what changed is read or written, the rest waits for the next backup that is not). Raises
    ``StoreDamagedError`` when a whole copy fails the integrity check (the store is damaged; the copy is not
    kept), and the store's typed errors for a full or read-only disk."""
    with faults.store_faults(database):  # a fault of the disk is told about the store it holds
        paths.make_folder(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    if not whole and _size(database) > WHOLE_COPIES_UP_TO:
        target = folder / f"{PREFIX}{stamp}-{reason}{INCREMENT_SUFFIX}"
        with faults.store_faults(database):
            target = increments.take(database, folder, target, quick=quick)  # the newest when nothing changed
        rotate(folder, known_good=target, quick=quick)
        return target
    target = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    partial = target.with_name(f"{target.name}.{os.getpid()}-{os.urandom(4).hex()}{PARTIAL}")
    problem: str | None = None
    with faults.store_faults(database), _claimed(partial):
        try:
            copy.copy_database(database, partial)
            problem = integrity.check(partial, thorough=True)
            if problem is None:
                os.replace(partial, target)
        finally:
            _remove_with_companions(partial)  # gone already when renamed
    if problem is not None:
        raise StoreDamagedError(database, None, newest_good(folder), problem)
    rotate(folder, known_good=target)
    return target


def _size(database: Path) -> int:
    try:
        return database.stat().st_size
    except OSError:
        return 0


def restore_into(backup: Path, database: Path) -> None:
    """Write the backup's content into the live store file through SQLite (WAL files stay consistent). An
    incremental generation is first built into a new file beside the store, and checked whole."""
    if increments.is_manifest(backup):
        import tempfile  # only for a restore: not part of every command's start

        with faults.store_faults(database), tempfile.TemporaryDirectory(
                prefix=".c102desk-restore-", dir=database.parent) as work:
            built = Path(work) / database.name
            increments.build(backup, built, known=migrate.is_known, make_schema=migrate.upgrade)
            restore_into(built, database)
        return
    with faults.store_faults(database):
        copy.copy_into_live(backup, database)


def list_backups(folder: Path) -> list[Backup]:
    """Backups, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in (*folder.glob(f"{PREFIX}*{SUFFIX}"), *folder.glob(f"{PREFIX}*{INCREMENT_SUFFIX}")):
        stem = path.name.removeprefix(PREFIX).removesuffix(SUFFIX).removesuffix(INCREMENT_SUFFIX)
        stamp, _, reason = stem.partition("-")
        try:
            taken = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            size = path.stat().st_size
        except (ValueError, OSError):  # not a backup's name, or deleted meanwhile by another process
            continue
        found.append(Backup(path, taken.isoformat().replace("+00:00", "Z"), reason, size))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


_PINNED: set[Path] = set()  # backups about to be brought back: never rotated out meanwhile


@contextmanager
def pinned(path: Path) -> Iterator[None]:
    """Keep ``path`` through any rotation in this process while the block runs."""
    _PINNED.add(path)
    try:
        yield
    finally:
        _PINNED.discard(path)


def rotate(folder: Path, keep: int = KEEP, *, known_good: Path | None = None, quick: bool = False) -> None:
    """Keep the newest ``keep`` backups, and the newest good one if none of those passes the check now.

    ``known_good`` is a backup just checked (no need to check it again): normally the newest, so that
    rotating checks nothing. Another process rotating at the same time deletes the same old files.
    The files of incremental backups no kept one names are removed — a sweep of all of them, so ``quick``
    (the close) leaves that to a later backup unless the generations dropped leave many
    (``increments.sweep_needed``)."""
    found = list_backups(folder)
    protected: Path | None = None
    for backup in found:
        if backup.path == known_good or _passes(backup.path):
            protected = backup.path
            break
    big = [b for b in found if not b.incremental and b.size > WHOLE_COPIES_UP_TO]
    dropped = [b for b in found[keep:] if b.path != protected and b.path not in _PINNED]
    dropped += [b for b in big[1:] if b.path not in (protected, *_PINNED) and b not in dropped]  # one at most
    kept = [b.path for b in found if b.incremental and b not in dropped]
    gone = [b.path for b in dropped if b.incremental]
    sweep = bool(gone) and (not quick or increments.sweep_needed(gone, kept))  # read before they are removed
    for old in dropped:
        old.path.unlink(missing_ok=True)
    if sweep:  # the assessments' files only they named can go
        increments.remove_unnamed(folder, kept)
    clean_leftovers(folder, deep=sweep or not quick)


def _passes(path: Path) -> bool:
    try:
        if increments.is_manifest(path):
            return increments.problem(path) is None
        return integrity.check(path, thorough=True) is None
    except StoreFaultError:  # unreadable or busy now: not known to be good
        return False


def check_restorable(chosen: Backup) -> None:
    """A backup may be brought back only when it is whole and a store this program reads
    (``BackupNotFoundError`` saying why not)."""
    if chosen.incremental:
        problem = increments.problem(chosen.path)
        revision = increments.revision(chosen.path) if problem is None else None
    else:
        problem = integrity.check(chosen.path, thorough=True)
        revision = migrate.current_revision(chosen.path, Access.READ) if problem is None else None
    if problem is not None:
        raise BackupNotFoundError(f"backup {chosen.name} is damaged ({problem}); choose another one")
    if revision is None:
        raise BackupNotFoundError(f"{chosen.name} is not a backup of a c102desk store; choose another one")
    if not migrate.is_known(revision):
        raise BackupNotFoundError(
            f"backup {chosen.name} was made by a newer c102desk; please update c102desk to bring it back"
        )


def clean_leftovers(folder: Path, *, older_than: float = STALE_AFTER, deep: bool = False) -> list[Path]:
    """Remove the temporary files (with their journals) that killed backups or evidence copies left in
    ``folder`` (and, when ``deep``, among the files of incremental backups: on rotation, not at open, as there
    may be thousands); a file another process is writing is kept. Returns what was removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    deeper = increments.objects_dir(folder).glob(f"*/*{PARTIAL}") if deep else ()
    for partial in (*folder.glob(f"*{PARTIAL}"), *deeper):
        try:
            if now - partial.stat().st_mtime < older_than or not _abandoned(partial):
                continue
        except OSError:
            continue
        removed.extend(_remove_with_companions(partial))
    for orphan in folder.glob(f"*{PARTIAL}-*"):  # a journal whose temporary file is already gone
        base = orphan.with_name(orphan.name.rsplit("-", 1)[0])
        if orphan.name.endswith(("-journal", "-wal", "-shm")) and not base.exists():
            orphan.unlink(missing_ok=True)
            removed.append(orphan)
    return removed


def find(folder: Path, name: str) -> Backup:
    for backup in list_backups(folder):
        if name in (backup.name, str(backup.path)):
            return backup
    raise BackupNotFoundError(f"no backup named {name!r}; 'c102desk backups' lists them")


def newest_good(folder: Path) -> Path | None:
    for backup in list_backups(folder):
        if _passes(backup.path):
            return backup.path
    return None


# --------------------------------------------------------------------- temporary files and their locks


@contextmanager
def _claimed(partial: Path) -> Iterator[None]:
    """Create ``partial`` (it must not exist) and hold a lock on it until the block ends (POSIX)."""
    handle = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    if fcntl is None:  # Windows: a file held open could not be renamed; SQLite's own handle keeps it in use
        os.close(handle)
        yield
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # after SQLite closed its own connection to the file: its locks are its own


def _abandoned(partial: Path) -> bool:
    """True when nobody holds ``partial``'s lock (then nobody is writing it); on Windows, always (an open file
    cannot be deleted there, so a file in use survives the removal)."""
    if fcntl is None:
        return True
    handle = os.open(partial, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(handle)
    return True


def _remove_with_companions(partial: Path) -> list[Path]:
    removed = []
    for file in (partial, *(partial.with_name(partial.name + end) for end in ("-journal", "-wal", "-shm"))):
        try:
            file.unlink()
        except FileNotFoundError:
            continue
        except OSError:  # in use (Windows) or not allowed: left for the next time
            continue
        removed.append(file)
    return removed
