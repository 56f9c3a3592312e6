"""The fault-injection suite: kills, disk and lock faults, byte flips and malformed input, each against the
real program (subprocesses, real files, SQLite's own errors). Bounded in time: its figures (figures.py) keep it
under two minutes on a busy two-core machine. Run it alone with ``pytest -m faults``; docs/reliability.md
gives its figures and what they show."""

from __future__ import annotations

from pathlib import Path

import pytest

FAULTS_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if FAULTS_DIR in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.faults)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
