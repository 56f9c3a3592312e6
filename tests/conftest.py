"""Every test runs away from the user's real folders: before anything is imported, the settings (QSettings),
data, state, cache and log folders point into one temporary folder for the session (removed at the end). Tests
that need a folder of their own still use ``tmp_path``."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

_EXIT_STATUS = pytest.StashKey[int]()
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="c102desk-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)

for _variable, _folder in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"),
                           ("XDG_CACHE_HOME", "cache")):
    os.environ[_variable] = str(_SESSION_HOME / _folder)
os.environ["C102DESK_LOG_DIR"] = str(_SESSION_HOME / "log")
os.environ["C102DESK_CACHE_DIR"] = str(_SESSION_HOME / "cache" / "compiled")  # the compiled cache, on every platform


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End a session that ran GUI tests without Python's finalisation of the Qt modules.

    After every test has passed, PySide6 (6.10 in CI, 6.12 here: ``pytest tests/ui/test_fit_small_screen.py``)
    can abort while Python destroys the last Qt wrappers at exit ("none_dealloc: deallocating None", a
    reference-count error in the binding, exit 134 or 139) — in no defined order, so no cleanup before it
    prevents it reliably. The suite's result is known by then: the report is written, the output flushed, the
    session folder removed, and the process leaves with pytest's own exit status."""
    if "PySide6.QtCore" not in sys.modules or _EXIT_STATUS not in config.stash:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)
    os._exit(config.stash[_EXIT_STATUS])
