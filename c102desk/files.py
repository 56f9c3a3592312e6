"""Writing a file so that a crash or a full disk never leaves half of it behind."""

from __future__ import annotations

import os
from pathlib import Path

from c102desk.errors import C102Error


def default_file_mode() -> int:
    """The mode a new file gets from ``open()``: 0o666 less the process's umask (e.g. 0o644). Files written for
    colleagues (exports, reports) get it; ``mkstemp`` alone would make them private (0o600)."""
    umask = _current_umask()
    return 0o666 & ~umask


def _current_umask() -> int:
    try:  # Linux says it without changing it
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)  # elsewhere: read by setting it, then put it back at once
    os.umask(umask)
    return umask


def write_atomically(out: Path, data: bytes, *, error: type[C102Error], folder_hint: str = "give a file name",
                     mode: int | None = None) -> None:
    """Write to a temporary file beside ``out``, flush it to disk, then rename it over ``out``.

    The file gets ``mode``, by default the one the user's umask gives a new file (``default_file_mode``). Any
    problem raises ``error`` with a plain message; the temporary file is removed and ``out`` is untouched.
    """
    folder = out.parent if str(out.parent) else Path(".")
    if "\0" in str(out):
        raise error(f"{out!r}: not a file name (it holds a NUL character)")
    if out.is_dir():
        raise error(f"{out}: is a folder; {folder_hint}")
    try:
        # A short name of its own, not derived from ``out``: a name as long as the file system allows must
        # still be writable.
        import tempfile  # only when a file is written: not part of every command's start

        handle, temp = tempfile.mkstemp(prefix=".c102desk-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise error(f"{out}: cannot be written ({exc.strerror})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if os.name == "posix":
                os.fchmod(stream.fileno(), default_file_mode() if mode is None else mode)
            os.fsync(stream.fileno())
        os.replace(temp, out)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise error(f"{out}: cannot be written ({exc.strerror})") from None


def file_sha256(path: Path) -> tuple[str, int]:
    """The SHA-256 (hex) and size of a file, read in pieces: a file may be larger than memory."""
    import hashlib  # only when a file is hashed (with OpenSSL's set-up, ~3 ms)

    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
