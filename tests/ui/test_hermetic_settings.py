"""The tests' settings are their own (issue 19): a user whose settings select Spanish and another window size
changes nothing in a test, and a test's settings never reach the user's file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from c102desk.ui.app import APPLICATION, ORGANISATION
from c102desk.ui.i18n import initial_language, save_language
from c102desk.ui.main_window import GEOMETRY_KEY
from tests import user_folders

ROOT = Path(__file__).resolve().parents[2]


def _application_settings() -> QSettings:
    """The settings the application reads at start-up (``QSettings()`` once it has named itself)."""
    return QSettings(ORGANISATION, APPLICATION)


def test_a_test_starts_with_no_settings_and_english(user_home: Path) -> None:
    settings = _application_settings()
    assert Path(settings.fileName()).is_relative_to(user_home)
    assert settings.allKeys() == []
    assert settings.value(GEOMETRY_KEY) is None
    assert initial_language(settings, QLocale("en_GB")) == "en"


def test_what_a_test_saves_stays_in_its_own_home(user_home: Path) -> None:
    settings = _application_settings()
    save_language(settings, "fr")
    settings.sync()
    written = Path(settings.fileName())
    assert written.is_relative_to(user_home)
    assert "language=fr" in written.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_spanish_users_settings_reach_no_test(tmp_path: Path) -> None:
    """The two tests above, run by a pytest of their own as a user whose real settings file (written by the
    same script as in CI) selects Spanish and a 1011x655 window: they pass, and the file is untouched."""
    user = tmp_path / "user"
    user.mkdir()
    env = {**os.environ, **user_folders.variables(user), "PYTHONPATH": str(ROOT)}
    for own in (user_folders.LOG_DIR_ENV, user_folders.CACHE_DIR_ENV):
        env.pop(own)  # as in a developer's shell: the session sets them
    written = subprocess.run([sys.executable, str(ROOT / ".ci" / "user_settings.py"), "write"], env=env,
                             capture_output=True, text=True, timeout=120, check=True)
    user_file = Path(written.stdout.strip())
    assert user_file.is_relative_to(user / ".config")
    before = user_file.read_bytes()
    assert b"language=es" in before

    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__).relative_to(ROOT)),
         "-k", "not spanish_users"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout
    assert user_file.read_bytes() == before
