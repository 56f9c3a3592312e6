"""The program's entry point (``c102desk.cli.run``: the installed commands, ``python -m c102desk``, the frozen
program) ends the process with ``main``'s status; its objects are left to the system (frozen from the
collector at exit) while exit handlers still run and what the command wrote is whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from c102desk.resources import resource_path

_PROBE = """
import atexit, gc, sys
from pathlib import Path
marker = Path(sys.argv[1])
atexit.register(lambda: marker.write_text(str(gc.get_freeze_count() > 1000)))
sys.argv = ["c102desk", *sys.argv[2:]]
from c102desk.cli import run
run()
"""


def _run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], str]:
    marker = tmp_path / "atexit.txt"
    done = subprocess.run([sys.executable, "-c", _PROBE, str(marker), *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ))
    return done, marker.read_text() if marker.exists() else ""


def test_the_status_and_output_are_mains_and_exit_handlers_run(tmp_path: Path) -> None:
    example = resource_path("examples", "northland-all-parts.c102.json")
    done, handler = _run(tmp_path, "evaluate", str(example), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ratification"]  # the whole document, flushed
    assert handler == "True"  # ran, after the objects were frozen


def test_bad_input_still_exits_2_in_words(tmp_path: Path) -> None:
    done, handler = _run(tmp_path, "evaluate", str(tmp_path / "missing.c102.json"))
    assert done.returncode == 2 and "Traceback" not in done.stderr and done.stderr.startswith("c102desk: ")
    assert handler == "True"


def test_python_dash_m_is_the_same_entry_point(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "c102desk", "--version"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("c102desk ")
