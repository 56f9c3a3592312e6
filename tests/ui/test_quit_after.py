"""The frozen-app smoke test closes the main window through C102DESK_QUIT_AFTER_MS."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_app_quits_by_itself_when_asked(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "C102DESK_QUIT_AFTER_MS": "300"}
    result = subprocess.run([sys.executable, "-m", "c102desk", "--data-dir", str(tmp_path / "data")],
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data").is_dir()
