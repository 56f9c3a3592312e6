"""Writing a file so that a crash or a full disk never leaves half of it behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from c102desk.errors import C102Error


def write_atomically(out: Path, data: bytes, *, error: type[C102Error], folder_hint: str = "give a file name") -> None:
    """Write to a temporary file beside ``out``, flush it to disk, then rename it over ``out``.

    Any problem raises ``error`` with a plain message; the temporary file is removed and ``out`` is untouched.
    """
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise error(f"{out}: is a folder; {folder_hint}")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise error(f"{out}: cannot be written ({exc.strerror})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, out)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise error(f"{out}: cannot be written ({exc.strerror})") from None
