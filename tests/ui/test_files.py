"""Import and export through the library, off the GUI thread, with the conflict question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from c102desk.assessment import read_assessment
from c102desk.store import Store
from c102desk.ui.main_window import MainWindow
from c102desk.ui.widgets.prompts import Conflict
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE, show_active


def test_import_with_ctrl_o_adds_the_file_to_the_library(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    show_active(qtbot, window)
    prompts.files_to_open = [EXAMPLE]
    with qtbot.waitSignal(window.library.imported, timeout=10000) as imported:
        QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert "open_files" in prompts.asked
    [info] = store.list_assessments()
    assert imported.args == [info.id]
    assert store.answers(info.id) == read_assessment(EXAMPLE).answers
    assert window.library.selected_id() == info.id
    qtbot.waitUntil(lambda: not window.runner.is_busy())


def test_export_with_ctrl_e_writes_a_file_that_reads_back(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    assessment = store.create_assessment("Testland", "Baseline")
    store.set_answer(assessment, "I.stats.employees", 1234)
    window.library.refresh(select=assessment)
    show_active(qtbot, window)
    target = tmp_path / "out" / "testland.c102.json"
    target.parent.mkdir()
    prompts.save_target = str(target)

    with qtbot.waitSignal(window.library.exported, timeout=10000) as exported:
        QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert exported.args == [str(target)]
    assert "save_file:Testland-Baseline.c102.json" in prompts.asked
    parsed = read_assessment(target)
    assert (parsed.country, parsed.title, parsed.answers) == ("Testland", "Baseline", {"I.stats.employees": 1234})


def test_importing_an_assessment_already_in_the_library_asks_keep_both_or_replace(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    original = store.create_assessment("Testland", "Baseline")
    store.set_answer(original, "I.stats.employees", 1)
    exported = tmp_path / "baseline.c102.json"
    store.export_file(original, exported)
    store.set_answer(original, "I.stats.employees", 2)  # the library moved on since the export
    library = window.library
    library.refresh()

    prompts.conflict_answer = Conflict.KEEP_BOTH
    with qtbot.waitSignal(library.imported, timeout=10000) as kept:
        library.import_file(str(exported))
    assert any(q.startswith("conflict:baseline.c102.json:Testland — Baseline") for q in prompts.asked)
    assert kept.args[0] != original
    assert len(store.list_assessments()) == 2
    assert store.answers(kept.args[0]) == {"I.stats.employees": 1}

    prompts.conflict_answer = Conflict.REPLACE
    with qtbot.waitSignal(library.imported, timeout=10000) as replaced:
        library.import_file(str(exported))
    assert replaced.args == [original]
    assert store.answers(original) == {"I.stats.employees": 1}
    assert len(store.list_assessments()) == 2

    prompts.conflict_answer = None  # cancelled: nothing changes, the user is not shown an error
    with qtbot.waitSignal(library.failed, timeout=10000):
        library.import_file(str(exported))
    assert len(store.list_assessments()) == 2
    assert prompts.errors == []


def test_a_bad_file_is_reported_in_plain_words(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.c102.json"
    bad.write_text("{ not json", encoding="utf-8")
    with qtbot.waitSignal(window.library.failed, timeout=10000):
        window.library.import_file(str(bad))
    [(title, error)] = prompts.errors
    assert "broken.c102.json" in title  # the title names the file; the message says what is wrong, in words
    assert str(error).startswith("This file is not a c102desk assessment file.")
    assert "not valid JSON" in str(error)  # the parser's words only as the details, for whoever edited it
    assert store.list_assessments() == []
