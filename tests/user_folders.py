"""The one mechanism that keeps tests away from the user's own folders (docs/testing.md, "Hermetic tests").

A "home" is a temporary folder standing for the user's: every variable that c102desk, platformdirs, Qt or a
child process uses to find the user's settings, data, state, cache or log folders points into it. The session
gets one at import time (for code that runs while the tests are collected); every test gets a fresh one from the
autouse fixture in tests/conftest.py, and QSettings' own paths follow it when Qt is loaded. Child processes
inherit the variables, so a program started by a test reads and writes only that test's home.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

# The compiled-resources cache (c102desk/compiled_cache.py) is shared by the whole session on purpose: it holds
# only the program's own questionnaires and rules, keyed by their source files, never anything of a user's; a
# cold cache in every test would only make every child process compile them again.
CACHE_DIR_ENV = "C102DESK_CACHE_DIR"
LOG_DIR_ENV = "C102DESK_LOG_DIR"  # c102desk/logs.py: set, so also Windows' logs (not read from APPDATA) stay here


def variables(home: Path) -> dict[str, str]:
    """Where each user folder is under ``home``, by the variable that names it (the XDG layout on Linux, the
    same tree under HOME for macOS, APPDATA/LOCALAPPDATA for Windows)."""
    return {
        "HOME": str(home),
        "USERPROFILE": str(home),  # Windows' HOME
        "XDG_CONFIG_HOME": str(home / ".config"),  # QSettings' and QStandardPaths' user settings on Linux
        "XDG_DATA_HOME": str(home / ".local" / "share"),  # platformdirs.user_data_dir: the local store
        "XDG_STATE_HOME": str(home / ".local" / "state"),  # platformdirs.user_log_dir
        "XDG_CACHE_HOME": str(home / ".cache"),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        LOG_DIR_ENV: str(home / "log"),
    }


def point_at(home: Path, setenv: Callable[[str, str], None]) -> None:
    """Point the user folders at ``home`` with ``setenv`` (``os.environ.__setitem__`` for the session,
    ``monkeypatch.setenv`` for a test, undone after it), and QSettings too when Qt is already loaded (the
    non-GUI tests do not load it for this)."""
    for name, value in variables(home).items():
        setenv(name, value)
    if "PySide6.QtCore" in sys.modules:
        redirect_qsettings(home)


def redirect_qsettings(home: Path) -> None:
    """QSettings reads XDG_CONFIG_HOME once, at its first use in the process, and keeps that path: changing the
    variable afterwards does not move it. ``QSettings.setPath`` does, for the settings objects made after it —
    both file formats, the user's and the system-wide scope (so no machine's /etc/xdg/c102desk.conf is read
    either). On macOS and Windows the native format is not a file (a property list, the registry) and
    ``setPath`` cannot move it: the tests give the windows no native settings there."""
    from PySide6.QtCore import QSettings

    user = str(home / ".config")
    system = str(home / "system-config")
    for file_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(file_format, QSettings.Scope.UserScope, user)
        QSettings.setPath(file_format, QSettings.Scope.SystemScope, system)
