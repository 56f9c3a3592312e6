"""The log: every uncaught exception, on any thread, lands in the log file; so do Qt's messages and hard crashes;
the error dialog says where the log is and opens its folder; a session's log holds no answer and no passphrase."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool, QTimer, QUrl, qWarning
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from c102desk import logs
from c102desk.store import Store
from c102desk.ui import qt_logging
from c102desk.ui.main_window import MainWindow
from c102desk.ui.report import tasks
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log written into a folder of this test, then the hooks put back."""
    folder = tmp_path / "log"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    assert logs.setup() == folder / logs.LOG_FILE
    try:
        yield folder
    finally:
        qt_logging.uninstall()
        logs.shutdown()


def _log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (folder / logs.LOG_FILE).read_text(encoding="utf-8")


def test_the_log_is_in_the_platform_s_log_folder_unless_redirected(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv(logs.LOG_DIR_ENV)
    assert logs.log_dir() == Path(platformdirs.user_log_dir("c102desk", appauthor=False))
    monkeypatch.setenv(logs.LOG_DIR_ENV, "/somewhere/else")
    assert logs.log_file() == Path("/somewhere/else/c102desk.log")


def test_an_uncaught_exception_in_a_worker_thread_lands_in_the_log_file(log_folder: Path) -> None:
    seen: list[BaseException] = []
    logs.add_error_listener(seen.append)

    def work() -> None:
        raise RuntimeError("the worker failed on purpose")

    worker = threading.Thread(target=work, name="report-worker")
    worker.start()
    worker.join()
    text = _log_text(log_folder)
    assert "CRITICAL [report-worker] c102desk.logs: uncaught exception in thread report-worker" in text
    assert "Traceback (most recent call last):" in text and "RuntimeError: the worker failed on purpose" in text
    assert [str(e) for e in seen] == ["the worker failed on purpose"]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_qt_pool_thread_lands_in_the_log_file(log_folder: Path, qtbot: QtBot) -> None:
    class Failing(QRunnable):
        def run(self) -> None:
            raise ValueError("a Qt worker failed on purpose")

    pool = QThreadPool()
    pool.start(Failing())
    assert pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: "a Qt worker failed on purpose" in _log_text(log_folder), timeout=5000)
    assert "ValueError: a Qt worker failed on purpose" in _log_text(log_folder)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_with_the_log_s_place(log_folder: Path, qtbot: QtBot) -> None:
    reporter = qt_logging.install(lambda: None)
    opened: list[QUrl] = []
    original = qt_logging.open_url

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    qt_logging.open_url = record
    try:
        def slot() -> None:
            raise KeyError("a slot failed on purpose")

        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: reporter.box is not None, timeout=5000)
        box = reporter.box
        assert box is not None
        assert "KeyError: 'a slot failed on purpose'" in _log_text(log_folder)
        assert str(log_folder / logs.LOG_FILE) in box.informativeText()
        assert "Your saved work is not affected" in box.text()
        assert "KeyError" in box.detailedText()
        [folder_button] = [b for b in box.findChildren(QPushButton) if b.objectName() == "openLogFolderButton"]
        folder_button.click()
        assert opened == [QUrl.fromLocalFile(str(log_folder))]
        qtbot.waitUntil(lambda: reporter.box is None, timeout=5000)
    finally:
        qt_logging.open_url = original


def test_qt_s_own_messages_are_logged(log_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    qt_logging.install(lambda: None)
    qWarning("a Qt warning for the log")
    assert "WARNING [MainThread] qt: a Qt warning for the log" in _log_text(log_folder)
    assert "a Qt warning for the log" in capsys.readouterr().err  # still printed, as Qt does by default


def test_a_hard_crash_is_written_by_faulthandler(tmp_path: Path) -> None:
    env = {**os.environ, logs.LOG_DIR_ENV: str(tmp_path)}
    code = "from c102desk import logs; logs.setup(); import faulthandler; faulthandler._sigsegv()"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    crash = (tmp_path / logs.CRASH_FILE).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash


def test_a_log_folder_that_cannot_be_made_is_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocked / "log"))
    try:
        logs.setup()
        logging.getLogger("c102desk.test").error("still running")
    finally:
        logs.shutdown()
    assert "no log file" in capsys.readouterr().err


def test_the_log_rotates(log_folder: Path) -> None:
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler))
    assert (handler.maxBytes, handler.backupCount) == (logs.MAX_BYTES, logs.BACKUP_COUNT)


SECRET_PASSPHRASE = "Tulipe-Orage-7731"
SECRET_TEXTS = ("Décret n° 4471-bis sur les dépenses de santé", "note confidentielle du comité 0xC0FFEE",
                "Loi 55/2019 article 12 alinéa secret")


def test_a_session_s_log_holds_no_answer_and_no_passphrase(log_folder: Path, qtbot: QtBot, tmp_path: Path,
                                                           prompts: ScriptedPrompts) -> None:
    """Answers typed, an export, a signed report and a wrong passphrase, all with the log at DEBUG."""
    logging.getLogger().setLevel(logging.DEBUG)
    with Store.open(tmp_path / "data") as store:
        window = MainWindow(store, prompts)
        qtbot.addWidget(window)
        assessment_id = store.import_file(EXAMPLE)
        store.set_answer(assessment_id, "II.cost.hardship_rules", SECRET_TEXTS[0], note=SECRET_TEXTS[1],
                         legal_citation=SECRET_TEXTS[2])
        window.open_assessment(assessment_id)
        store.export_file(assessment_id, tmp_path / "out.c102.json")
        identity = tmp_path / "identity.p12"
        from c102desk.signing.identity import create_identity

        create_identity(identity, SECRET_PASSPHRASE.encode(), name="Log Test", organisation="c102desk",
                        country="SN")
        tasks.build_and_save(store, assessment_id, "fr", tmp_path / "r.pdf",
                             tasks.SignWith(identity, SECRET_PASSPHRASE.encode(), "role"))
        with pytest.raises(Exception, match="passphrase is wrong"):
            tasks.build_and_save(store, assessment_id, "fr", tmp_path / "r2.pdf",
                                 tasks.SignWith(identity, (SECRET_PASSPHRASE + "x").encode(), "role"))
        logging.getLogger("c102desk.test").info("the session is over")
        window.close()
        window.runner.wait_for_done()
        window.library.wait_for_progress()
        window.warmer.wait_for_done()
    text = _log_text(log_folder)
    assert "the session is over" in text
    assert SECRET_PASSPHRASE not in text
    for secret in SECRET_TEXTS:
        assert secret not in text
        assert secret.encode("unicode_escape").decode("ascii") not in text
