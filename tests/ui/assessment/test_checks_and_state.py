"""Consistency checks in the question rows (soft, settled by a note), an honest save indicator, closing with a
refused value asks, and the Mark-as-final list grouped by Part and section with each question's context."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.main_window import MainWindow
from tests.ui.assessment.conftest import answer
from tests.ui.assessment.test_keyboard_undo import focused, shown
from tests.ui.conftest import ScriptedPrompts


def test_a_part_larger_than_its_whole_is_saved_questioned_and_settled_by_a_note(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str
) -> None:
    shown(qtbot, view)
    answer(qtbot, view, "I.stats.economically_active", 2_400_000)
    answer(qtbot, view, "I.stats.employees", 2_500_000)
    row = view.rows["I.stats.employees"]
    assert store.answers(assessment_id)["I.stats.employees"] == 2_500_000  # soft: saved all the same
    assert row.issue_severity == "warning"
    assert "more employees (2,500,000) than economically active persons (2,400,000)" in row.issue.text()
    assert "Is this right?" in row.issue.text() and row.explain_button.isVisible()
    assert [g.kind for g in view.request_finalize().gaps if g.question_id == "I.stats.employees"] == ["check"]
    view.finalize_dialog.reject()  # type: ignore[union-attr]

    row.explain_button.click()  # "Yes, it is right: explain in a note…"
    assert focused() is row.details.note
    QTest.keyClicks(row.details.note, "Includes cross-border workers")
    QTest.keyClick(row.details.note, Qt.Key.Key_Tab)
    assert row.issue_severity == "settled" and not row.explain_button.isVisible()
    assert not [g for g in view.request_finalize().gaps if g.question_id == "I.stats.employees"]
    view.finalize_dialog.reject()  # type: ignore[union-attr]

    # Correcting the other figure clears the question on this row too.
    row.details.note.clear()
    row.details.note.editingFinished.emit()
    answer(qtbot, view, "I.stats.economically_active", 3_000_000)
    assert row.issue_severity == ""


def test_french_numbers_and_words_in_the_check(qtbot: QtBot, view: AssessmentView) -> None:
    shown(qtbot, view)
    answer(qtbot, view, "I.wages.time_basis", "month")
    answer(qtbot, view, "I.wages.labourer_wage", 1500)
    answer(qtbot, view, "III.benefit.method", "flat_rate")
    answer(qtbot, view, "III.benefit.flat_amount", 18_000)  # a yearly figure where a monthly one is asked
    row = view.rows["III.benefit.flat_amount"]
    assert "12 times the labourer's wage (1,500" in row.issue.text()
    view.set_language("fr")
    assert "12 fois le salaire du manœuvre" in row.issue.text() and "Est-ce exact" in row.issue.text()


def test_the_indicator_never_says_all_saved_while_a_field_holds_refused_text(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str
) -> None:
    shown(qtbot, view)
    answer(qtbot, view, "I.stats.employees", 1000)
    assert "All changes saved" in view.saved_indicator.text()
    answer(qtbot, view, "I.stats.residents", "12 thousand")  # not a number: refused
    assert "All changes saved" not in view.saved_indicator.text()
    assert "refused" in view.saved_indicator.text() and view.saved_indicator.property("failed")
    answer(qtbot, view, "I.stats.employees_year", 1900)  # out of range: refused too
    assert "2 field" in view.saved_indicator.text()
    assert view.rejected_questions() == ["I.stats.employees_year", "I.stats.residents"]
    assert view.rows["I.stats.residents"].editor.field.text() == "12 thousand"  # type: ignore[attr-defined]
    answer(qtbot, view, "I.stats.employees", 2000)  # another answer saved: still not "all saved"
    assert "refused" in view.saved_indicator.text()
    answer(qtbot, view, "I.stats.residents", 12_000)
    answer(qtbot, view, "I.stats.employees_year", 2025)
    assert "All changes saved" in view.saved_indicator.text()
    assert "I.stats.residents" in store.answers(assessment_id)


def test_closing_or_quitting_with_refused_text_asks(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    window.open_assessment(store.create_assessment("Testland", "Refused"))
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    window.show()
    qtbot.waitExposed(window)
    answer(qtbot, view, "I.stats.residents", "lots")
    prompts.confirm_answer = False  # "go back and correct them"
    window.close_assessment_action.trigger()
    assert window.assessment_view is view and any("lots" not in a and "Total number of residents" in a
                                                  for a in prompts.asked if a.startswith("confirm:"))
    assert view.current_question() == "I.stats.residents"
    assert not window.close()  # quitting asks too, and stays
    assert window.isVisible()
    prompts.confirm_answer = True  # "leave without them"
    window.close_assessment_action.trigger()
    assert window.assessment_view is None
