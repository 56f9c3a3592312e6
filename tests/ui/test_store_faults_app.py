"""The app and the store's faults: a lost store offers its backup, a busy one can be tried again, a read-only
one is said so and opened for reading, and damage found after the first paint offers the newest good backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from c102desk.store import Store, StoreBusyError, StoreDamagedError, StoreMissingError
from c102desk.store.paths import damaged_dir, store_file
from c102desk.ui.app import open_store
from c102desk.ui.main_window import MainWindow
from c102desk.ui.widgets.store_messages import DamagedChoice, StoreMessages, explain, explain_write
from tests.store.fault_tools import flip_index_byte, held_exclusively, short_busy_timeout
from tests.ui.conftest import ScriptedPrompts

pytestmark = pytest.mark.faults  # part of the fault-injection suite (docs/reliability.md)


class ScriptedMessages(StoreMessages):
    def __init__(self, choice: DamagedChoice = DamagedChoice.QUIT, *, retries: int = 0,
                 restore_when_damaged: bool = True) -> None:
        self.choice = choice
        self.retries = retries
        self.restore_when_damaged = restore_when_damaged
        self.asked: list[str] = []
        self.errors: list[BaseException] = []

    def damaged(self, parent: QWidget | None, error: StoreDamagedError | StoreMissingError) -> DamagedChoice:
        self.asked.append("damaged")
        self.errors.append(error)
        return self.choice

    def damaged_while_open(self, parent: QWidget | None, error: StoreDamagedError) -> bool:
        self.asked.append("damaged_while_open")
        self.errors.append(error)
        return self.restore_when_damaged

    def busy(self, parent: QWidget | None, error: StoreBusyError) -> bool:
        self.asked.append("busy")
        self.retries -= 1
        return self.retries >= 0

    def read_only(self, parent: QWidget | None, reason: str) -> None:
        self.asked.append(f"read_only:{reason}")

    def cannot_open(self, parent: QWidget | None, error: BaseException) -> None:
        self.asked.append("cannot_open")
        self.errors.append(error)


def _with_backup(data_dir: Path) -> tuple[str, Path]:
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Testland", "Kept")
        store.set_answer(assessment_id, "I.stats.employees", 10)
        return assessment_id, store.backup("manual")


@pytest.mark.parametrize("choice", [DamagedChoice.RESTORE, DamagedChoice.START_EMPTY, DamagedChoice.QUIT])
def test_a_missing_store_with_backups_asks_before_anything_else(data_dir: Path, choice: DamagedChoice) -> None:
    assessment_id, backup = _with_backup(data_dir)
    store_file(data_dir).unlink()
    messages = ScriptedMessages(choice)
    opened = open_store(data_dir, messages)
    try:
        [error] = messages.errors
        assert isinstance(error, StoreMissingError) and error.newest_good_backup == backup
        if choice is DamagedChoice.QUIT:
            assert opened is None and not store_file(data_dir).exists()
        elif choice is DamagedChoice.RESTORE:
            assert opened is not None and [a.id for a in opened.list_assessments()] == [assessment_id]
        else:
            assert opened is not None and opened.list_assessments() == []
    finally:
        if opened is not None:
            opened.close()


def test_a_busy_store_can_be_tried_again(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_backup(data_dir)
    messages = ScriptedMessages(retries=1)
    with short_busy_timeout(monkeypatch), held_exclusively(store_file(data_dir)):
        assert open_store(data_dir, messages) is None  # tried twice, then the user quit
    assert messages.asked == ["busy", "busy"]
    assert not damaged_dir(data_dir).exists()
    text = explain(StoreBusyError(store_file(data_dir)))
    assert "another c102desk window or program" in text and "damaged" not in text


def test_a_store_found_damaged_after_the_first_paint_offers_its_backup(qtbot: QtBot, data_dir: Path) -> None:
    assessment_id, backup = _with_backup(data_dir)
    flip_index_byte(store_file(data_dir))
    messages = ScriptedMessages()
    store = open_store(data_dir, messages)  # the quick check passes: the app opens
    assert store is not None and messages.asked == []
    try:
        window = MainWindow(store, ScriptedPrompts(), store_messages=messages)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.storeVerified, timeout=20000) as verified:
            pass
        assert isinstance(verified.args[0], StoreDamagedError)
        assert messages.asked == ["damaged_while_open"]
        assert store.damage is None  # the backup was brought back
        assert [a.id for a in store.list_assessments()] == [assessment_id]
        assert store.answers(assessment_id) == {"I.stats.employees": 10}
        assert backup.name in window.statusBar().currentMessage()
        assert len(list(damaged_dir(data_dir).iterdir())) == 1  # the damaged file set aside
        window.warmer.wait_for_done()
    finally:
        store.close()


def test_keeping_a_damaged_store_open_saves_nothing_more(qtbot: QtBot, data_dir: Path) -> None:
    _with_backup(data_dir)
    flip_index_byte(store_file(data_dir))
    messages = ScriptedMessages(restore_when_damaged=False)
    store = open_store(data_dir, messages)
    assert store is not None
    try:
        window = MainWindow(store, ScriptedPrompts(), store_messages=messages)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.storeVerified, timeout=20000):
            pass
        assert store.damage is not None
        assert "damaged" in window.statusBar().currentMessage()
        with pytest.raises(StoreDamagedError) as caught:
            store.create_assessment("B", "new")
        assert "damaged" in explain_write(caught.value)
        window.warmer.wait_for_done()
    finally:
        store.close()


def test_a_healthy_store_is_verified_quietly(qtbot: QtBot, data_dir: Path) -> None:
    _with_backup(data_dir)
    messages = ScriptedMessages()
    store = open_store(data_dir, messages)
    assert store is not None and not store.verified
    try:
        window = MainWindow(store, ScriptedPrompts(), store_messages=messages)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.storeVerified, timeout=20000) as verified:
            pass
        assert verified.args == [None] and store.verified and messages.asked == []
        window.warmer.wait_for_done()
    finally:
        store.close()


def test_a_read_only_store_is_said_once_and_opened_for_reading(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from c102desk.store import StoreReadOnlyError
    from c102desk.store.sqlite import faults

    assessment_id, _backup = _with_backup(data_dir)
    # As the file system would say for a write-protected USB stick (the detection itself is tested on a real
    # read-only mount in tests/store/test_faults.py).
    monkeypatch.setattr(faults, "_read_only_reason", lambda _path: "the disk is read-only")
    messages = ScriptedMessages()
    store = open_store(data_dir, messages)
    assert store is not None
    try:
        assert messages.asked == ["read_only:the disk is read-only"]
        assert [a.id for a in store.list_assessments()] == [assessment_id]
        assert store.answers(assessment_id) == {"I.stats.employees": 10}
        with pytest.raises(StoreReadOnlyError) as caught:
            store.set_answer(assessment_id, "I.stats.employees", 11)
        assert "read-only" in explain_write(caught.value) and "disk is read-only" in explain_write(caught.value)
    finally:
        store.close()
    with Store.open(data_dir) as again:
        assert again.answers(assessment_id) == {"I.stats.employees": 10}
