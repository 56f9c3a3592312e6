"""The one helper for slow work: results and errors come back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from c102desk.ui.worker import TaskRunner


def test_a_task_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["work_thread"] = threading.current_thread()
        return "done"

    def done(result: object) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.current_thread()

    with qtbot.waitSignal(runner.allDone, timeout=5000):
        runner.run("working", work, done, lambda error: pytest.fail(str(error)))
    assert seen["result"] == "done"
    assert seen["work_thread"] is not threading.main_thread()
    assert seen["done_thread"] is threading.main_thread()
    assert not runner.is_busy()
    assert QApplication.overrideCursor() is None


def test_an_error_in_a_task_is_handed_to_on_error(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("bad input")

    with qtbot.waitSignal(runner.allDone, timeout=5000):
        runner.run("failing", work, lambda _r: pytest.fail("no result expected"), errors.append)
    assert [str(e) for e in errors] == ["bad input"]
