"""Every test runs away from the user's real folders (tests/user_folders.py, docs/testing.md): before anything
is imported the settings, data, state, cache and log folders point into one temporary "home" for the session
(removed at the end), and every test gets a fresh home of its own (``user_home``), QSettings' paths included.
Child processes inherit it through the environment."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import user_folders

_EXIT_STATUS = pytest.StashKey[int]()
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="c102desk-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)

user_folders.point_at(_SESSION_HOME / "home", os.environ.__setitem__)
# The compiled cache, on every platform: shared by the session (why: tests/user_folders.py).
os.environ[user_folders.CACHE_DIR_ENV] = str(_SESSION_HOME / "compiled-cache")


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This test's own "home": the user folders and QSettings point into it until the test ends (beside
    ``tmp_path``, not in it, so a test's listing of ``tmp_path`` finds only its own files)."""
    home = tmp_path_factory.mktemp("home")
    user_folders.point_at(home, monkeypatch.setenv)
    yield home
    if "PySide6.QtCore" in sys.modules:  # the variables are undone by monkeypatch; QSettings' paths by hand
        user_folders.redirect_qsettings(_SESSION_HOME / "home")


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
