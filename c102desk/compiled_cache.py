"""Data files parsed and checked once, kept between runs: the questionnaire, the text catalogues (and whatever
else is read from ``resources/`` and costs more to parse than to reload).

``cached(name, sources, build)`` returns what ``build()`` returns, from the cache when an entry made from the very
same sources is there. An entry's key is a BLAKE2b hash over the sources' contents (each file's path and bytes; the
code that builds the object is passed as a source too, so that a changed loader rebuilds), c102desk's version and
the Python version; the key is computed afresh at every use and compared with the one stored in the entry, so that
an entry is never used for other files than those it was made from. Each file's hash is kept between runs with its
size, times, inode and device, and the file read and hashed again when one of them changed
(``c102desk.file_hashes``, as git's index does). A file added to a folder
changes the list of sources, and so the key.

An entry is a header (the format, the key) and the BLAKE2b checksum of its body, then the body: a damaged body
(a disk error, a file cut short) is rebuilt before it is read, never read into wrong values.

Entries live in the user's cache folder (``platformdirs``; ``C102DESK_CACHE_DIR`` names another one, ``off``
none — the tests point it into their own folder). Each is one file, written whole to a temporary file beside it
and renamed over it, so that two processes writing at once each leave a complete entry and a reader never sees
half of one. Anything wrong with an entry (missing, unreadable, truncated, made from other files, holding other
objects than those allowed) means a rebuild, never an error: the cache only saves time.

Entries are pickles, read by an unpickler that builds only the classes of the modules the caller names (and a few
plain value types), so that an entry cannot make the program call anything else.
"""

from __future__ import annotations

import io
import os
import pickle
import sys
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from c102desk import __version__, file_hashes
from c102desk.cache_files import write_whole

try:  # CPython's own BLAKE2, without hashlib's OpenSSL set-up (a few milliseconds of every start)
    from _blake2 import blake2b as _hash
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b as _hash

T = TypeVar("T")

APP_NAME = "c102desk"
CACHE_DIR_ENV = "C102DESK_CACHE_DIR"
_OFF = "off"
_MAGIC = b"c102desk compiled cache 2\n"
_SUFFIX = ".cache"
_CHECKSUM_SIZE = 32
# Plain value types an entry may hold besides the caller's own classes (built-in containers need no name).
_VALUE_TYPES = {("fractions", "Fraction"), ("decimal", "Decimal"), ("builtins", "frozenset"), ("builtins", "set"),
                ("builtins", "complex"), ("collections", "OrderedDict")}


def cache_dir() -> Path | None:
    """The folder of the cache entries, or None when the cache is off."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return None if override == _OFF else Path(override)
    if sys.platform.startswith("linux"):
        # platformdirs' rule on Linux (XDG), without importing it: it costs a few milliseconds of every start.
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
        return Path(base) / APP_NAME / "compiled"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "compiled"


def module_files(*modules: ModuleType) -> list[Path]:
    """The source files of ``modules``: the code that builds a cached object, as sources of its key. In a frozen
    bundle, whose modules are no files of their own, the program file stands for them (a new bundle, a new key)."""
    if getattr(sys, "frozen", False):
        return [Path(sys.executable)]
    return [Path(str(module.__file__)) for module in modules]


def files_under(folder: Path, suffix: str = "") -> list[Path]:
    """The files under ``folder`` (at any depth) whose names end with ``suffix``, in a stable order: the sources
    of an entry made from a folder, so that a file added or removed changes the key."""
    found = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if name != "__pycache__")
        found += [Path(root, name) for name in sorted(names) if name.endswith(suffix)]
    return found


def source_key(name: str, sources: Iterable[Path]) -> str:
    """The key of an entry made from ``sources`` (raises OSError when one cannot be read)."""
    digest = _hash(digest_size=32)
    for part in (_MAGIC, __version__.encode(), sys.version.encode(), name.encode()):
        digest.update(part + b"\0")
    index = _index()
    for path in sources:
        digest.update(os.fsencode(path) + b"\0")
        digest.update(index.digest(path))
    index.save()
    return digest.hexdigest()


def checksum(data: bytes) -> bytes:
    """A BLAKE2b digest of ``data`` (32 bytes): the check that an entry's body is the one written."""
    return _hash(data, digest_size=_CHECKSUM_SIZE).digest()


# The hashes of the sources, per cache folder: read once per run, kept between runs (c102desk.file_hashes).
_INDEXES: dict[Path | None, file_hashes.Index] = {}


def _index() -> file_hashes.Index:
    folder = cache_dir()
    found = _INDEXES.get(folder)
    if found is None:
        found = _INDEXES[folder] = file_hashes.Index(folder)
    return found


def cached(name: str, sources: Iterable[Path], build: Callable[[], T], *, modules: Collection[str],
           check: Callable[[Any], bool]) -> T:
    """``build()``, or the object an entry of the same ``name`` made from the same ``sources`` holds.

    ``modules``: the modules (or packages) whose classes the entry may hold; ``check``: whether an object read
    from the cache is one ``build`` makes (its type, its version …), else it is rebuilt. Errors of ``build``
    (a missing or malformed data file) reach the caller as they are.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        key = source_key(name, sources)
    except OSError:
        return build()  # a source that cannot be read: build() says what is wrong with it
    found = _read(folder, name, key, modules)
    if found is not None and check(found):
        return found  # type: ignore[no-any-return]
    value = build()
    write(folder, name, key, value)
    return value


def store(name: str, sources: Iterable[Path], value: Any) -> None:
    """Keep ``value`` as the entry ``name`` made from ``sources`` (an entry built together with another one)."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        key = source_key(name, sources)
    except OSError:
        return
    write(folder, name, key, value)


def entry_path(folder: Path, name: str) -> Path:
    return folder / f"{name}{_SUFFIX}"


def _read(folder: Path, name: str, key: str, modules: Collection[str]) -> Any:
    try:
        data = entry_path(folder, name).read_bytes()
    except OSError:
        return None
    header = _MAGIC + key.encode() + b"\n"
    if not data.startswith(header):
        return None  # another format, or made from other sources
    body = data[len(header) + _CHECKSUM_SIZE:]
    if data[len(header):len(header) + _CHECKSUM_SIZE] != checksum(body):
        _log().warning("compiled cache entry %s is damaged: rebuilt", entry_path(folder, name))
        return None  # a damaged body could unpickle into wrong values (a font's widths) without an error
    try:
        return _Unpickler(io.BytesIO(body), modules).load()
    except Exception as exc:  # a damaged or foreign entry is only a miss
        _log().warning("compiled cache entry %s is unusable (%s): rebuilt", entry_path(folder, name), exc)
        return None


def write(folder: Path, name: str, key: str, value: Any) -> None:
    """Store ``value`` as the entry ``name`` for ``key``; a cache that cannot be written is left as it is."""
    try:
        body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except pickle.PicklingError as exc:
        _log().info("compiled cache entry %s not written: %s", name, exc)
        return
    failed = write_whole(entry_path(folder, name), _MAGIC + key.encode() + b"\n" + checksum(body) + body)
    if failed is not None:
        _log().info("compiled cache entry %s not written: %s", name, failed)


def _log() -> Any:
    import logging  # only when something is wrong: a start without it is a few milliseconds shorter

    return logging.getLogger(__name__)


class _Unpickler(pickle.Unpickler):
    """Builds only classes of the allowed modules and plain value types: no function, no other class."""

    def __init__(self, file: io.BytesIO, modules: Collection[str]) -> None:
        super().__init__(file)
        self._modules = tuple(modules)

    def find_class(self, module: str, name: str) -> Any:
        allowed = (module, name) in _VALUE_TYPES or any(
            module == prefix or module.startswith(prefix + ".") for prefix in self._modules)
        found = super().find_class(module, name) if allowed else None
        if not isinstance(found, type):
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a compiled cache entry")
        return found
