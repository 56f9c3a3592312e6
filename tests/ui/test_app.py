"""Starting the application: the store's known problems become plain messages; the command line opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from c102desk.cli import main
from c102desk.store import Store, StoreDamagedError, StoreMissingError
from c102desk.store.paths import store_file
from c102desk.ui.app import open_store
from c102desk.ui.main_window import MainWindow
from c102desk.ui.widgets.store_messages import DamagedChoice, StoreMessages, explain


class ScriptedMessages(StoreMessages):
    def __init__(self, choice: DamagedChoice = DamagedChoice.QUIT) -> None:
        self.choice = choice
        self.damaged_errors: list[StoreDamagedError | StoreMissingError] = []
        self.problems: list[BaseException] = []

    def damaged(self, parent: QWidget | None, error: StoreDamagedError | StoreMissingError) -> DamagedChoice:
        self.damaged_errors.append(error)
        return self.choice

    def cannot_open(self, parent: QWidget | None, error: BaseException) -> None:
        self.problems.append(error)


def _damage(database: Path) -> None:
    content = bytearray(database.read_bytes())
    page_size = int.from_bytes(content[16:18], "big")
    content[page_size:] = b"\xa5" * (len(content) - page_size)
    database.write_bytes(bytes(content))


def test_a_damaged_store_offers_its_newest_backup_and_restores_it(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        kept = store.create_assessment("Testland", "Kept")
        backup = store.backup("manual")
    _damage(store_file(data_dir))

    messages = ScriptedMessages(DamagedChoice.RESTORE)
    restored = open_store(data_dir, messages)
    assert restored is not None
    try:
        [error] = messages.damaged_errors
        assert error.newest_good_backup == backup
        assert [a.id for a in restored.list_assessments()] == [kept]
    finally:
        restored.close()


def test_quitting_at_a_damaged_store_opens_nothing(data_dir: Path) -> None:
    Store.open(data_dir).close()
    _damage(store_file(data_dir))
    assert open_store(data_dir, ScriptedMessages(DamagedChoice.QUIT)) is None


def test_a_file_that_is_not_a_store_is_explained_in_plain_words(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    store_file(data_dir).write_text("my notes", encoding="utf-8")
    messages = ScriptedMessages()
    assert open_store(data_dir, messages) is None
    [problem] = messages.problems
    text = explain(problem)
    assert "is not a c102desk library" in text and "--data-dir" in text
    assert store_file(data_dir).read_text(encoding="utf-8") == "my notes"  # left untouched


def test_c102desk_without_a_command_opens_the_main_window(qtbot: QtBot, data_dir: Path) -> None:
    seen: list[MainWindow] = []

    def close_the_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        for window in windows:
            window.close()  # the last window closed ends app.exec(), as when the user quits

    QTimer.singleShot(0, close_the_window)
    try:
        assert main(["--data-dir", str(data_dir)]) == 0
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet("")
    assert len(seen) == 1 and seen[0].library.showing_welcome
    assert store_file(data_dir).exists()
    for window in seen:
        window.deleteLater()
