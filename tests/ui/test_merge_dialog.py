"""Importing a file of an assessment already in the library offers "Merge…": the merge dialog lists each
conflict (question, mine, theirs) with a choice, keyboard only; Merge applies everything in one transaction,
Cancel changes nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from c102desk.questionnaire import load_questionnaire
from c102desk.store import Store
from c102desk.team.merge import Choice, Resolution
from c102desk.team.merge_file import PreparedMerge, prepare_merge
from c102desk.ui.main_window import MainWindow
from c102desk.ui.team.merge_dialog import MergeDialog
from c102desk.ui.widgets.prompts import Conflict
from tests.store.conftest import dump_tables
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE, show_active

RATE = "III.benefit.rate"
OLD_AGE_RATE = "V.benefit.rate"


@pytest.fixture
def laptop_file(store: Store, tmp_path: Path) -> tuple[str, Path]:
    """The library's assessment, and the file of a laptop's copy of it; each changed the rate of Part III, only
    the laptop Part V's."""
    assessment = store.import_file(EXAMPLE)
    copy = tmp_path / "copy.c102.json"
    store.export_file(assessment, copy)
    with Store.open(tmp_path / "laptop") as laptop:
        laptop.import_file(copy)
        laptop.set_answer(assessment, RATE, Decimal("62.5"))
        laptop.set_answer(assessment, OLD_AGE_RATE, 44)
        out = tmp_path / "from-the-laptop.c102.json"
        laptop.export_file(assessment, out)
    store.set_answer(assessment, RATE, 60)
    return assessment, out


def test_merge_is_offered_and_applies_the_decisions(qtbot: QtBot, window: MainWindow, store: Store,
                                                    prompts: ScriptedPrompts, laptop_file: tuple[str, Path]) -> None:
    assessment, file = laptop_file
    library = window.library
    library.refresh()
    prompts.conflict_answer = Conflict.MERGE
    seen: list[PreparedMerge] = []

    def decide(prepared: PreparedMerge) -> dict[str, Resolution]:
        seen.append(prepared)
        return {RATE: Resolution(Choice.THEIRS)}

    prompts.merge_answer = decide
    with qtbot.waitSignal(library.imported, timeout=15000) as merged:
        library.import_file(str(file))
    assert merged.args == [assessment]
    assert [c.question_id for c in seen[0].plan.conflicts] == [RATE]
    answers = store.answers(assessment)
    assert (answers[RATE], answers[OLD_AGE_RATE]) == (Decimal("62.5"), 44)
    assert len(store.list_assessments()) == 1
    assert prompts.errors == []


def test_cancel_in_the_merge_dialog_changes_nothing(qtbot: QtBot, window: MainWindow, store: Store,
                                                    prompts: ScriptedPrompts, data_dir: Path,
                                                    laptop_file: tuple[str, Path]) -> None:
    _, file = laptop_file
    before = dump_tables(data_dir)
    prompts.conflict_answer = Conflict.MERGE
    prompts.merge_answer = None
    with qtbot.waitSignal(window.library.failed, timeout=15000):
        window.library.import_file(str(file))
    assert "merge:1" in prompts.asked
    assert dump_tables(data_dir) == before
    assert prompts.errors == []


def _dialog(qtbot: QtBot, store: Store, file: Path, lang: str = "en") -> MergeDialog:
    prepared = prepare_merge(store, file)
    assert prepared is not None
    dialog = MergeDialog(prepared, lang)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_the_dialog_is_done_with_the_keyboard(qtbot: QtBot, store: Store, laptop_file: tuple[str, Path]) -> None:
    _, file = laptop_file
    dialog = _dialog(qtbot, store, file)
    questionnaire = load_questionnaire()
    assert dialog.table.rowCount() == 1
    question, mine, theirs = (dialog.table.item(0, column) for column in range(3))
    assert question is not None and mine is not None and theirs is not None
    assert questionnaire.label(questionnaire.question(RATE)) in question.text()
    assert "60" in mine.text() and "62.5" in theirs.text()
    assert not dialog.merge_button.isEnabled()  # a conflict is still to decide
    choice = dialog.findChild(QComboBox, f"mergeChoice:{RATE}")
    assert choice is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is choice)  # the first choice has the focus
    QTest.keyClick(choice, Qt.Key.Key_Down)  # "Mine (library)"
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        QTest.keyClick(choice, Qt.Key.Key_Return)
    assert dialog.resolutions() == {RATE: Resolution(Choice.MINE)}


def test_a_new_value_is_checked_before_it_can_be_merged(qtbot: QtBot, store: Store,
                                                        laptop_file: tuple[str, Path]) -> None:
    _, file = laptop_file
    dialog = _dialog(qtbot, store, file, "fr")
    choice = dialog.findChild(QComboBox, f"mergeChoice:{RATE}")
    assert choice is not None
    value = dialog.findChild(QLineEdit, f"mergeValue:{RATE}")
    assert value is not None
    assert not value.isEnabled()
    QTest.keyClick(choice, Qt.Key.Key_End)  # "A new value"
    assert value.isEnabled()
    QTest.keyClick(choice, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is value
    QTest.keyClicks(value, "abc")
    assert not dialog.merge_button.isEnabled()
    assert "abc" in dialog.problem.text()
    value.clear()
    QTest.keyClicks(value, "61,5")  # the French decimal comma
    assert dialog.merge_button.isEnabled()
    assert dialog.resolutions() == {RATE: Resolution(Choice.VALUE, Decimal("61.5"))}


def test_escape_cancels(qtbot: QtBot, store: Store, laptop_file: tuple[str, Path]) -> None:
    _, file = laptop_file
    dialog = _dialog(qtbot, store, file)
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_take_all_theirs(qtbot: QtBot, store: Store, laptop_file: tuple[str, Path]) -> None:
    _, file = laptop_file
    dialog = _dialog(qtbot, store, file)
    dialog.all_theirs.click()
    assert dialog.resolutions() == {RATE: Resolution(Choice.THEIRS)}
    assert dialog.merge_button.isEnabled()
