"""Keyboard navigation (next/previous Part, next unanswered, Enter) and undo/redo reaching the store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from tests.ui.assessment.conftest import answer


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def shown(qtbot: QtBot, view: AssessmentView) -> AssessmentView:
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def test_ctrl_page_down_and_up_move_between_parts(qtbot: QtBot, view: AssessmentView) -> None:
    shown(qtbot, view)
    assert view.current_part() == "I"
    view.rows["I.art3.declaration"].focus_editor()
    QTest.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_part() == "II"
    assert view.current_question() == "II.scheme.exists"
    QTest.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.current_part() == "II"
    assert view.pages.currentWidget() is view.part_pages["II"]


def test_enter_goes_on_to_the_next_question_asked(qtbot: QtBot, view: AssessmentView) -> None:
    shown(qtbot, view)
    view.go_to_question("III.benefit.method")
    combo = view.rows["III.benefit.method"].editor.combo  # type: ignore[attr-defined]
    assert combo.hasFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the first option: earnings-related
    QTest.keyClick(combo, Qt.Key.Key_Return)
    assert view.current_question() == "III.benefit.rate"  # shown now, because of the answer just given
    field = view.rows["III.benefit.rate"].editor.field  # type: ignore[attr-defined]
    assert field.hasFocus()
    QTest.keyClicks(field, "60")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert view.session.value("III.benefit.rate") == 60
    assert view.current_question() == "III.benefit.rate_set_by_law"


def test_ctrl_j_goes_to_the_next_unanswered_question(qtbot: QtBot, view: AssessmentView) -> None:
    shown(qtbot, view)
    answer(qtbot, view, "I.art3.declaration", False)
    view.go_to_question("I.art3.declaration")
    QTest.keyClick(focused(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert view.current_question() == "I.stats.employees"  # I.art3.justification is skipped: not asked
    answer(qtbot, view, "I.stats.employees", 1000)
    view.go_to_question("I.art3.declaration")
    view.next_unanswered_action.trigger()
    assert view.current_question() == "I.stats.employees_year"


def test_undo_and_redo_write_through_the_store(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str
) -> None:
    shown(qtbot, view)
    answer(qtbot, view, "III.benefit.method", "earnings_related")
    answer(qtbot, view, "III.benefit.rate", 60)
    answer(qtbot, view, "III.benefit.rate", 70)
    view.go_to_question("III.scheme.exists")
    QTest.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.answers(assessment_id)["III.benefit.rate"] == 60
    assert view.rows["III.benefit.rate"].editor.field.text() == "60"  # type: ignore[attr-defined]
    view.undo_action.trigger()
    assert "III.benefit.rate" not in store.answers(assessment_id)  # unanswered again, not "not known"
    view.redo_action.trigger()
    view.redo_action.trigger()
    assert store.answers(assessment_id)["III.benefit.rate"] == 70
    history = [(h.old_value, h.new_value) for h in store.history(assessment_id, "III.benefit.rate")]
    assert history == [(None, 60), (60, 70), (70, 60), (60, None), (None, 60), (60, 70)]
