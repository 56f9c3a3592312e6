""""Compare With…" in the library: the differences of two assessments grouped by Part, in the question's words,
with both values; identical ones say so; a file that is not an assessment, or a forged report, is said in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from c102desk.engine.render_text import part_title
from c102desk.errors import C102Error
from c102desk.questionnaire import load_questionnaire
from c102desk.store import Store
from c102desk.team.compare import Comparison, render_text
from c102desk.ui.main_window import MainWindow
from c102desk.ui.team import compare_flow
from c102desk.ui.team.compare_dialog import CompareDialog
from c102desk.ui.team.compare_flow import load_comparison
from c102desk.ui.team.compare_source import CompareSourceDialog
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE, show_active

RATE = "III.benefit.rate"


@pytest.fixture
def two(store: Store) -> tuple[str, str]:
    """An assessment and its copy, which differ on Part III's rate only (50 against 60)."""
    first = store.import_file(EXAMPLE)
    second = store.duplicate(first, "Reform model")
    store.set_answer(first, RATE, 50)
    store.set_answer(second, RATE, 60)
    return first, second


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for n in range(item.childCount()) if (child := item.child(n)) is not None]


def _group(dialog: CompareDialog, key: str) -> QTreeWidgetItem:
    for n in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(n)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
            return item
    raise AssertionError(f"no group {key}")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_answer_that_differs_is_shown_under_its_part(qtbot: QtBot, store: Store, two: tuple[str, str],
                                                         lang: str) -> None:
    comparison = load_comparison(store, *two, lang=lang)
    dialog = CompareDialog(comparison, lang, prompts=ScriptedPrompts())
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert not dialog.same_label.isVisible() and dialog.tree.isVisible()
    part = _group(dialog, "part:III")
    assert part.text(0) == part_title("III", lang)
    questions = _children(part)
    questionnaire = load_questionnaire()
    assert [q.text(0) for q in questions] == [questionnaire.label(questionnaire.question(RATE), lang)]
    assert RATE not in questions[0].text(0)  # words, not the id
    (value,) = _children(questions[0])
    assert value.data(0, Qt.ItemDataRole.UserRole) == "field:value"
    assert "50" in value.text(1) and "60" in value.text(2)
    # No other Part has an answer that differs
    parts = [dialog.tree.topLevelItem(n) for n in range(dialog.tree.topLevelItemCount())]
    assert [p.data(0, Qt.ItemDataRole.UserRole) for p in parts if p is not None
            and str(p.data(0, Qt.ItemDataRole.UserRole)).startswith("part:")] == ["part:III"]


def test_identical_assessments_say_there_is_no_difference(qtbot: QtBot, store: Store) -> None:
    first = store.import_file(EXAMPLE)
    second = store.duplicate(first, "Copy")
    comparison = load_comparison(store, first, second, "es")
    assert comparison.same
    dialog = CompareDialog(comparison, "es", prompts=ScriptedPrompts())
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.same_label.isVisible() and not dialog.tree.isVisible()
    assert dialog.same_label.text() in render_text(comparison, "es")
    assert dialog.same_label.text() != render_text(comparison, "en").splitlines()[-1]  # in Spanish
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_save_as_text_writes_what_diff_prints(qtbot: QtBot, store: Store, two: tuple[str, str],
                                              tmp_path: Path) -> None:
    comparison = load_comparison(store, *two, lang="en")
    prompts = ScriptedPrompts(save_target=str(tmp_path / "out.txt"))
    dialog = CompareDialog(comparison, "en", prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == render_text(comparison, "en")
    assert not list(tmp_path.glob("*.part"))


def test_the_menu_action_compares_the_selected_assessment(qtbot: QtBot, window: MainWindow, store: Store,
                                                          two: tuple[str, str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = two
    shown: list[Comparison] = []
    monkeypatch.setattr(compare_flow, "choose_source", lambda page, assessment_id: second)
    monkeypatch.setattr(compare_flow, "show_comparison", lambda page, comparison: shown.append(comparison))
    show_active(qtbot, window)
    window.library.refresh()
    window.library.select(first)
    action = window.library.commands.compare
    assert action in window.file_menu.actions() and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert [d.question_id for d in shown[0].answers] == [RATE]
    assert shown[0].first.assessment_id == first and shown[0].second.assessment_id == second


@pytest.mark.parametrize("content", [b"{ not json", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"])
def test_a_bad_file_is_said_in_words(qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts,
                                     tmp_path: Path, content: bytes) -> None:
    first = store.import_file(EXAMPLE)
    bad = tmp_path / ("bad.pdf" if content.startswith(b"%PDF") else "bad.c102.json")
    bad.write_bytes(content)
    prompts.confirm_answer = False  # an "unsigned" report is not compared anyway
    with qtbot.waitSignal(window.library.failed, timeout=15000):
        compare_flow.compare_with(window.library, first, str(bad))
    ((title, error),) = prompts.errors
    assert bad.name in title
    assert isinstance(error, C102Error) and str(error)
    assert "Traceback" not in str(error)


def test_the_chooser_offers_the_earlier_revision_first(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    first = store.import_file(EXAMPLE)
    store.finalize(first)
    later = store.new_revision(first)
    other = store.duplicate(first, "Another")
    assessments = store.list_assessments()
    current = next(a for a in assessments if a.id == later)
    prompts = ScriptedPrompts(file_to_open=str(tmp_path / "x.c102.json"))
    dialog = CompareSourceDialog(current, assessments, prompts)
    qtbot.addWidget(dialog)
    ids = [dialog.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(dialog.list.count())]
    assert ids[0] == first and other in ids and later not in ids
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.chosen == first
    dialog2 = CompareSourceDialog(current, assessments, prompts)
    qtbot.addWidget(dialog2)
    dialog2.file_button.click()
    assert dialog2.chosen == str(tmp_path / "x.c102.json")
