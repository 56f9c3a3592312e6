"""Files given to the program: ``c102desk FILE.c102.json`` imports and opens it, ``c102desk report.pdf`` verifies
it, files dropped on the window likewise; one program per library, a second start hands its files over or says
the library is in use."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from c102desk.cli import main, split_open_files
from c102desk.store import Store
from c102desk.ui import single_instance
from c102desk.ui.main_window import MainWindow
from c102desk.ui.report.verify_dialog import VerifyReportDialog
from c102desk.ui.single_instance import Holder, InstanceMessages, LibraryLock, Request, RequestWatcher
from tests.ui.helpers import EXAMPLE

COMMANDS = {"evaluate", "import", "report", "verify"}


@pytest.mark.parametrize(("argv", "rest", "files"), [
    (["a.c102.json"], [], ["a.c102.json"]),
    (["--data-dir", "d", "a.c102.json", "b.pdf"], ["--data-dir", "d"], ["a.c102.json", "b.pdf"]),
    (["a.c102.json", "--data-dir", "d"], ["--data-dir", "d"], ["a.c102.json"]),
    (["--data-dir", "d", "import", "a.c102.json"], ["--data-dir", "d", "import", "a.c102.json"], []),
    (["evaluate", "x.json", "--format", "json"], ["evaluate", "x.json", "--format", "json"], []),
    (["--version"], ["--version"], []),
    ([], [], []),
])
def test_files_to_open_are_told_from_commands(argv: list[str], rest: list[str], files: list[str]) -> None:
    assert split_open_files(argv, COMMANDS) == (rest, files)


def test_a_file_c102desk_does_not_open_is_refused_with_the_commands(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "evalute", "x.c102.json"]) == 2
    assert "the commands are" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path), str(tmp_path / "missing.c102.json")]) == 2
    assert "no such file" in capsys.readouterr().err


class NoSecondStart(InstanceMessages):
    def in_use(self, folder: Path, holder: Holder | None) -> None:
        raise AssertionError(f"the library {folder} is unexpectedly in use by {holder}")


def _run_until(condition: Callable[[MainWindow], bool], seen: list[MainWindow]) -> None:
    """Close the main window once ``condition`` holds for it (checked every 50 ms, for at most 30 s)."""
    started = time.monotonic()

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        for window in windows:
            if condition(window) or time.monotonic() - started > 30:
                seen.append(window)
                window.close()
                return
        QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)


def _clean(seen: list[MainWindow]) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet("")
    for window in seen:
        window.deleteLater()


def test_c102desk_file_imports_and_opens_it(qtbot: QtBot, data_dir: Path) -> None:
    seen: list[MainWindow] = []
    _run_until(lambda w: w.current_assessment_id is not None, seen)
    try:
        from c102desk.ui.app import run_app

        assert run_app(str(data_dir), [EXAMPLE], NoSecondStart()) == 0
    finally:
        _clean(seen)
    [window] = seen
    assert window.current_assessment_id is not None
    with Store.open(data_dir) as store:
        [info] = store.list_assessments()
        assert info.id == window.current_assessment_id and info.country == "Midland (fictional)"


@pytest.mark.slow
def test_c102desk_report_pdf_shows_its_verification(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    assert main(["report", EXAMPLE, "--out", str(report)]) == 0
    seen: list[MainWindow] = []
    verdicts: list[str | None] = []

    def verified(window: MainWindow) -> bool:
        dialog = window.report_dialog
        if isinstance(dialog, VerifyReportDialog) and dialog.verdict is not None:
            verdicts.append(dialog.verdict.value)
            return True
        return False

    _run_until(verified, seen)
    try:
        assert main(["--data-dir", str(data_dir), str(report)]) == 0
    finally:
        _clean(seen)
    assert verdicts == ["not_signed"]  # an unsigned report, shown for what it is


def _drop(window: MainWindow, files: list[Path]) -> tuple[bool, bool]:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    try:  # Qt 6.12 takes a QPointF and deprecates the QPoint form, which earlier versions alone have
        enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    except TypeError:
        enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    return enter.isAccepted(), drop.isAccepted()


def test_an_assessment_file_dropped_on_the_window_is_imported_and_opened(qtbot: QtBot, window: MainWindow,
                                                                        store: Store, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    assert _drop(window, [other]) == (False, False)
    assert _drop(window, [Path(EXAMPLE)]) == (True, True)
    qtbot.waitUntil(lambda: window.current_assessment_id is not None, timeout=30_000)
    [info] = store.list_assessments()
    assert window.current_assessment_id == info.id


def test_a_report_dropped_on_the_window_is_verified(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    report = tmp_path / "r.pdf"
    assert main(["report", EXAMPLE, "--out", str(report)]) == 0
    assert _drop(window, [report]) == (True, True)
    qtbot.waitUntil(lambda: isinstance(window.report_dialog, VerifyReportDialog)
                    and window.report_dialog.verdict is not None, timeout=30_000)
    dialog = window.report_dialog
    assert isinstance(dialog, VerifyReportDialog)
    dialog.runner.wait_for_done()
    dialog.close()


class Recorded(InstanceMessages):
    def __init__(self) -> None:
        self.in_use_by: list[Holder | None] = []
        self.answers = 0

    def in_use(self, folder: Path, holder: Holder | None) -> None:
        self.in_use_by.append(holder)

    def answered(self, folder: Path) -> None:
        self.answers += 1


def test_a_second_start_hands_its_files_to_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = single_instance.claim_library(tmp_path, [], Recorded())
    assert first.lock is not None
    try:
        watcher = RequestWatcher(tmp_path)
        got: list[Request] = []
        watcher.requested.connect(got.append)
        messages = Recorded()
        second = single_instance.claim_library(tmp_path, [EXAMPLE], messages)
        assert second.lock is None and second.handed_over
        assert messages.answers == 1 and messages.in_use_by == []
        assert got == [Request((str(Path(EXAMPLE).resolve()),))]
        assert list((tmp_path / single_instance.REQUESTS_DIR).iterdir()) == []
    finally:
        first.lock.release()
    third = single_instance.claim_library(tmp_path, [], Recorded())  # free again once the first has ended
    assert third.lock is not None
    third.lock.release()


def test_a_holder_that_does_not_answer_is_named(qtbot: QtBot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(single_instance, "ANSWER_TIMEOUT_MS", 300)
    first = LibraryLock(tmp_path)
    assert first.acquire()  # held, but nothing watches the requests
    try:
        messages = Recorded()
        claim = single_instance.claim_library(tmp_path, [EXAMPLE], messages)
        assert claim.lock is None and not claim.handed_over
        [holder] = messages.in_use_by
        assert holder is not None and holder.pid == os.getpid() and holder.is_here()
        assert list((tmp_path / single_instance.REQUESTS_DIR).glob("*.json")) == []  # the request withdrawn
    finally:
        first.release()


def _write_lock(folder: Path, pid: int, host: str) -> None:
    # QLockFile's format: pid, program, host name, one per line (Qt 5.x and 6.x read it so)
    (folder / single_instance.LOCK_FILE).write_text(f"{pid}\nc102desk\n{host}\n", encoding="utf-8")


def test_a_library_held_on_another_computer_is_said_to_be_in_use(qtbot: QtBot, tmp_path: Path) -> None:
    _write_lock(tmp_path, 4242, "another-computer")
    messages = Recorded()
    claim = single_instance.claim_library(tmp_path, [], messages)
    assert claim.lock is None and not claim.handed_over
    [holder] = messages.in_use_by
    assert holder == Holder(4242, "another-computer", "c102desk") and not holder.is_here()


def test_the_lock_of_a_program_that_crashed_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    finished = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert finished.returncode == 0
    dead = max(2, os.getpid() + 10_000)
    while _alive(dead):
        dead += 1
    _write_lock(tmp_path, dead, socket.gethostname())
    claim = single_instance.claim_library(tmp_path, [], Recorded())
    assert claim.lock is not None
    claim.lock.release()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@pytest.mark.slow
def test_two_programs_on_one_library(tmp_path: Path) -> None:
    """The real thing: a program keeps the library; a second start with a file hands it over and exits."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "C102DESK_QUIT_AFTER_MS": "15000"}
    data = tmp_path / "data"
    first = subprocess.Popen([sys.executable, "-m", "c102desk", "--data-dir", str(data)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (data / single_instance.REQUESTS_DIR).is_dir() and time.monotonic() < deadline:
            time.sleep(0.1)  # the first one is up once it watches for requests
        second = subprocess.run([sys.executable, "-m", "c102desk", "--data-dir", str(data), EXAMPLE],
                                env={**env, "C102DESK_QUIT_AFTER_MS": ""}, capture_output=True, text=True,
                                timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout and "brought to the front" in second.stdout
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with Store.open(data) as store:
                if store.list_assessments():
                    break
            time.sleep(0.2)
        with Store.open(data) as store:
            assert [a.country for a in store.list_assessments()] == ["Midland (fictional)"]
    finally:
        first.terminate()
        first.communicate(timeout=60)
