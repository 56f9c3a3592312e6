"""Every test runs away from the user's real folders: before anything is imported, the settings (QSettings),
data, state, cache and log folders point into one temporary folder for the session (removed at the end). Tests
that need a folder of their own still use ``tmp_path``."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="c102desk-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)

for _variable, _folder in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"),
                           ("XDG_CACHE_HOME", "cache")):
    os.environ[_variable] = str(_SESSION_HOME / _folder)
os.environ["C102DESK_LOG_DIR"] = str(_SESSION_HOME / "log")
os.environ["C102DESK_CACHE_DIR"] = str(_SESSION_HOME / "cache" / "compiled")  # the compiled cache, on every platform
