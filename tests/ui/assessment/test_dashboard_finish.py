"""The dashboard (links to questions, what-if switch) and finishing (mark as final, reopen as revision)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from c102desk.store import AssessmentIsFinalError, Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.dashboard import REFERENCE_COLUMN
from tests.ui.assessment.conftest import answer

EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "examples" / "midland-three-parts.c102.json"


@pytest.fixture
def example(qtbot: QtBot, store: Store) -> AssessmentView:
    view = AssessmentView(store, store.import_file(EXAMPLE))
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_dashboard_shows_parts_requirements_and_ratification(example: AssessmentView) -> None:
    dashboard = example.dashboard
    assert "Ratification possible" in dashboard.verdict.text() and "II, VI, VII" in dashboard.verdict.text()
    statuses = {}
    for r in range(dashboard.parts.rowCount()):
        name, chip = dashboard.parts.item(r, 0), dashboard.parts.item(r, 1)
        assert name is not None and chip is not None
        statuses[name.data(Qt.ItemDataRole.UserRole)] = chip.text()
    assert statuses["II"] == "Compliant" and statuses["IV"] == "Not assessed"
    dashboard.select("III")
    texts = [item.text(2) for item in dashboard.requirement_items()]
    assert any("2,000,000 of 2,400,000" in t for t in texts)


def test_a_requirement_links_to_the_question_that_decides_it(qtbot: QtBot, example: AssessmentView) -> None:
    example.tabs.setCurrentIndex(1)
    dashboard = example.dashboard
    dashboard.select("III")
    item = next(i for i in dashboard.requirement_items() if i.text(REFERENCE_COLUMN) == "III.COV.A")
    dashboard.requirements.setCurrentItem(item)
    dashboard.requirements.setFocus()
    QTest.keyClick(dashboard.requirements, Qt.Key.Key_Return)
    assert example.tabs.currentIndex() == 0
    assert example.current_part() == "III"
    assert example.current_question() == "III.coverage.employees_protected"
    assert example.help.question_id == "III.coverage.employees_protected"


def test_the_what_if_switch_evaluates_without_saving(qtbot: QtBot, example: AssessmentView, store: Store) -> None:
    assessment_id = example.session.assessment_id
    before = store.answers(assessment_id)
    history = len(store.history(assessment_id))
    example.dashboard.what_if.click()
    assert not example.dashboard.what_if_note.isHidden()
    assert example.dashboard.evaluation is not example.session.evaluation
    declared = next(r for r in example.dashboard.evaluation.ratification.requirements if r.id == "I.ART3.DECL")
    assert declared.values.get("declared") is True
    assert store.answers(assessment_id) == before
    assert len(store.history(assessment_id)) == history
    example.dashboard.what_if.click()
    assert example.dashboard.evaluation is example.session.evaluation


def test_mark_as_final_lists_what_is_missing_then_makes_the_view_read_only(
    qtbot: QtBot, example: AssessmentView, store: Store
) -> None:
    dialog = example.request_finalize()
    texts = dialog.texts()
    assert any(t.startswith("Not answered") for t in texts)
    assert {g.part for g in dialog.gaps if g.kind == "unanswered"} >= {"IV"}
    assert any(t.startswith("Lacks information") for t in texts) or any(t.startswith("Not answered") for t in texts)
    dialog.reject()
    assert not example.is_read_only()
    dialog = example.request_finalize()
    with qtbot.waitSignal(example.assessmentChanged):
        dialog.confirm.click()
    assert example.is_read_only()
    assert not example.banner.isHidden() and "read-only" in example.banner.text.text()
    assert not example.rows["III.benefit.rate"].editor.isEnabled()
    assert not example.finalize_action.isEnabled()
    with pytest.raises(AssessmentIsFinalError):
        store.set_answer(example.session.assessment_id, "III.benefit.rate", 50)


def test_a_final_assessment_reopens_as_a_new_revision(qtbot: QtBot, example: AssessmentView, store: Store) -> None:
    first = example.session.assessment_id
    example.request_finalize().accept()
    with qtbot.waitSignal(example.assessmentChanged) as signal:
        example.banner.reopen.click()
    second = signal.args[0]
    assert second != first and store.assessment(second).revision == 2
    assert store.assessment(first).status == "final" and store.assessment(second).status == "draft"
    assert not example.is_read_only() and example.banner.isHidden()
    assert example.rows["III.benefit.rate"].editor.isEnabled()
    answer(qtbot, example, "III.benefit.rate", 65)
    assert store.answers(second)["III.benefit.rate"] == 65 and store.answers(first)["III.benefit.rate"] != 65
    assert "Revision 2" in example.subtitle.text()
    assert QApplication.instance() is not None


def test_a_gap_in_the_finalize_list_leads_to_its_question_without_finalizing(
    qtbot: QtBot, example: AssessmentView
) -> None:
    example.show()
    qtbot.waitExposed(example)
    dialog = example.request_finalize()
    qtbot.waitExposed(dialog)
    item, gap = next((i, g) for i, g in dialog.gap_items() if g.kind == "unanswered" and g.part == "IV")
    question_id = gap.question_id
    dialog.tree.setCurrentItem(item)
    dialog.tree.setFocus()
    QTest.keyClick(dialog.tree, Qt.Key.Key_Return)  # Enter on the item: to its question, not "Mark as final"
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    assert not example.is_read_only()
    assert example.part_pages["IV"].isVisible() and example.help.question_id == question_id
    row_widget = example.rows[question_id]

    def focus_in_row() -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and row_widget.isAncestorOf(focused)

    qtbot.waitUntil(focus_in_row)
