"""Evidence files on disk: their SHA-256 and size, and the copy kept in the data folder under its SHA-256."""

from __future__ import annotations

import os
from pathlib import Path

from c102desk import files
from c102desk.store import backups, paths
from c102desk.store.errors import EvidenceError
from c102desk.store.sqlite.faults import store_faults


def hash_file(source: Path) -> tuple[str, int]:
    """SHA-256 and size of an evidence file (read in pieces: it may be larger than memory)."""
    try:
        return files.file_sha256(source)
    except OSError as exc:
        raise EvidenceError(f"{source}: cannot be read ({exc.strerror})") from None
    except ValueError:  # a NUL character in the name
        raise EvidenceError(f"{source!r}: not a file name") from None


def keep_copy(source: Path, folder: Path, digest: str, database: Path) -> None:
    """Copy an evidence file into the store's evidence folder under its SHA-256, atomically (a temporary file
    of this process, then renamed; what a kill leaves is cleaned at the next open)."""
    copy = folder / digest
    if copy.exists():
        return
    partial = folder / f"{digest}.{os.getpid()}-{os.urandom(4).hex()}{backups.PARTIAL}"
    with store_faults(database):
        paths.make_folder(folder)
        try:
            import shutil  # only when evidence is copied in: not part of every command's start

            shutil.copyfile(source, partial)
            partial.replace(copy)
        finally:
            partial.unlink(missing_ok=True)
