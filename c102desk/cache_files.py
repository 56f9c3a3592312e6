"""A cache file written whole: to a temporary file beside it, then renamed over it.

The compiled cache's entries, the dataclasses' method tables and the sources' hashes are written so: two processes
writing at once each leave a complete file, a reader never sees half of one, and a folder that cannot be written
leaves the file as it was — a cache only saves time, so its writer says what went wrong and never raises.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_whole(path: Path, data: bytes) -> OSError | None:
    """Write ``data`` as ``path`` (its folder made when missing); the error when it could not be, else None."""
    import tempfile  # only when a cache file is written: not part of every start

    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        return exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return None
