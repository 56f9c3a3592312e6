"""The hash of each source file of the compiled cache, kept between runs with what ``os.stat`` says of the file.

The compiled cache keys an entry by its sources' contents (``compiled_cache.source_key``): for ``evaluate`` ~100
files and ~1 MB, whose reading and hashing was ~4 ms of every start. As git's index does, this keeps each file's
BLAKE2b hash with its size, its modification and status-change times (in nanoseconds), its inode and device, and
uses the hash again while all of them are the same; otherwise the file is read and hashed afresh.

- The status-change time (``st_ctime``) is set by the system at every change of a file's contents or times and
  cannot be set back (``os.utime`` sets the others): a file written again with its size and modification time put
  back is still seen as changed. (On Windows ``st_ctime`` is the creation time; the modification time, the size,
  the file's identity remain.)
- Racy files: the times have the file system's resolution (a jiffy of a few milliseconds on Linux, two seconds on
  FAT), so a file changed just after it was read could keep the times it was read with. A hash is kept between
  runs only for a file both of whose times are at least ``SETTLED_SECONDS`` older than the moment it was read;
  a file changed more recently is hashed again at every start until it has settled.

The index is one entry of the compiled cache's folder (``source-hashes.cache``): a header with a BLAKE2b checksum
of the body, then the body, a ``marshal`` of ``{path: (size, mtime_ns, ctime_ns, inode, device, hash)}``. A damaged
or unreadable index is an empty one; it is written whole and renamed into place, only when a run hashed files it
did not know, and starts again empty past ``MAX_FILES`` (files of installations since removed).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from c102desk.cache_files import write_whole

try:  # CPython's own BLAKE2, without hashlib's OpenSSL set-up (a few milliseconds of every start)
    from _blake2 import blake2b as _hash
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b as _hash

INDEX_NAME = "source-hashes.cache"
SETTLED_SECONDS = 3  # more than the coarsest common resolution of file times (FAT: 2 s)
MAX_FILES = 5000
_MAGIC = b"c102desk source hashes 1\n"
_CHECKSUM_SIZE = 32

Stat = tuple[int, int, int, int, int]  # size, mtime_ns, ctime_ns, inode, device


def file_hash(data: bytes) -> bytes:
    """A file's hash (BLAKE2b, 32 bytes)."""
    return _hash(data, digest_size=32).digest()


class Index:
    """The hashes known for one cache folder (``None``: the cache is off; hashes are kept for this run only)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._kept: dict[str, tuple[int, int, int, int, int, bytes]] | None = None  # read when first needed
        self._this_run: dict[tuple[str, Stat], bytes] = {}
        self._changed = False

    def digest(self, path: Path) -> bytes:
        """``path``'s hash (raises OSError when it cannot be read)."""
        name = os.fspath(path)
        status = os.stat(name)
        stat: Stat = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev)
        found = self._this_run.get((name, stat))
        if found is not None:
            return found
        kept = self._read().get(name)
        if kept is not None and kept[:5] == stat:
            found = kept[5]
        else:
            read_at = _now()
            found = file_hash(_read_bytes(name))
            if read_at - max(stat[1], stat[2]) >= SETTLED_SECONDS * 1_000_000_000 and self.folder is not None:
                self._read()[name] = (*stat, found)
                self._changed = True
        self._this_run[(name, stat)] = found
        return found

    def save(self) -> None:
        """Write the index when this run added to it; a folder that cannot be written is left as it is."""
        if not self._changed or self.folder is None or self._kept is None:
            return
        import marshal

        self._changed = False
        kept = self._kept if len(self._kept) <= MAX_FILES else {}
        body = marshal.dumps(kept)
        write_whole(self.folder / INDEX_NAME, _MAGIC + file_hash(body) + body)

    def _read(self) -> dict[str, tuple[int, int, int, int, int, bytes]]:
        if self._kept is None:
            self._kept = _read_index(self.folder) if self.folder is not None else {}
        return self._kept


def _now() -> int:
    return time.time_ns()


def _read_bytes(name: str) -> bytes:
    with open(name, "rb") as handle:
        return handle.read()


def _read_index(folder: Path) -> dict[str, tuple[int, int, int, int, int, bytes]]:
    import marshal

    try:
        data = (folder / INDEX_NAME).read_bytes()
    except OSError:
        return {}
    body = data[len(_MAGIC) + _CHECKSUM_SIZE:]
    if not data.startswith(_MAGIC) or data[len(_MAGIC):len(_MAGIC) + _CHECKSUM_SIZE] != file_hash(body):
        return {}  # another format, or damaged: checked before marshal reads it
    try:
        index = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(index, dict) or not all(
            type(name) is str and type(entry) is tuple and len(entry) == 6 and type(entry[5]) is bytes
            and all(type(number) is int for number in entry[:5]) for name, entry in index.items()):
        return {}
    return index
