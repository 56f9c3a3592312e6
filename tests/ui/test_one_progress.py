"""The library and the open assessment count alike where their copies of "progress" used to disagree: answer
then undo, a gate closed after its children were answered, an alternative excluded; a complete assessment
shows 100 %."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from c102desk.questionnaire import load_questionnaire, progress
from c102desk.questionnaire.progress import Progress
from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.library.table_model import PROGRESS
from c102desk.ui.main_window import MainWindow
from tests.questionnaire.test_progress import complete
from tests.ui.assessment.conftest import answer


def _library_progress(qtbot: QtBot, window: MainWindow, assessment_id: str) -> Progress:
    """What the library shows for the assessment, read again from the store."""
    with qtbot.waitSignal(window.library.progressFilled, timeout=10000):
        window.library.refresh()
    found = window.library.progress_of(assessment_id)
    assert found is not None
    return found


def _open(qtbot: QtBot, window: MainWindow, assessment_id: str) -> AssessmentView:
    window.open_assessment(assessment_id)
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    return view


def _agree(qtbot: QtBot, window: MainWindow, view: AssessmentView) -> Progress:
    in_view = view.session.progress()
    assert _sum_parts(view) == in_view  # the navigator's Parts add up to the whole
    assert _library_progress(qtbot, window, view.session.assessment_id) == in_view
    return in_view


def _sum_parts(view: AssessmentView) -> Progress:
    parts = [view.session.progress(p.id) for p in view.session.questionnaire.parts]
    return Progress(sum(p.answered for p in parts), sum(p.relevant for p in parts))


def test_answer_then_undo_gives_back_the_same_progress_everywhere(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    assessment_id = store.create_assessment("Testland", "Undo")
    view = _open(qtbot, window, assessment_id)
    before = _agree(qtbot, window, view)
    for question_id, value in (("I.art3.declaration", False), ("I.stats.employees", 1000)):
        answer(qtbot, view, question_id, value)
        assert _agree(qtbot, window, view).answered == before.answered + 1
        view.undo_action.trigger()
        assert _agree(qtbot, window, view) == before


def test_closing_a_gate_after_answering_its_children_counts_alike(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    assessment_id = store.create_assessment("Testland", "Gates")
    view = _open(qtbot, window, assessment_id)
    for question_id, value in (("IV.duration.limited", True), ("IV.duration.graded", True),
                               ("IV.duration.average_weeks", 20)):
        answer(qtbot, view, question_id, value)
    opened = _agree(qtbot, window, view)
    answer(qtbot, view, "IV.duration.limited", False)  # the children's answers stay stored, but do not count
    closed = _agree(qtbot, window, view)
    assert closed.relevant < opened.relevant and closed.answered == opened.answered - 2
    assert view.rows["IV.duration.average_weeks"].isHidden()


def test_excluding_an_alternative_counts_alike(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    assessment_id = store.create_assessment("Testland", "Alternatives")
    view = _open(qtbot, window, assessment_id)
    answer(qtbot, view, "II.coverage.active_protected", 900_000)
    every = _agree(qtbot, window, view)
    answer(qtbot, view, "II.coverage.relies_on", ["a"])
    only_a = _agree(qtbot, window, view)
    # (b)'s figure is no longer needed: it leaves both sides of the count (relies_on itself is optional)
    assert only_a == Progress(every.answered - 1, every.relevant - 2)  # (b) and (c); (d) needs Art 3
    assert view.session.not_counted_reason(load_questionnaire().by_id["II.coverage.active_protected"]) \
        == "alternative"


def test_a_complete_assessment_shows_100_percent_in_the_library_and_the_navigator(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    assessment_id = store.create_assessment("Testland", "Complete")
    questionnaire = load_questionnaire()
    answers: dict[str, Any] = complete({})
    for question_id, value in answers.items():
        store.set_answer(assessment_id, question_id, value)
    assert progress.progress(questionnaire, store.answers(assessment_id)).fraction == 1.0
    view = _open(qtbot, window, assessment_id)
    done = _agree(qtbot, window, view)
    assert done.answered == done.relevant > 0
    cell = window.library.model.index(window.library.model.row_of(assessment_id), PROGRESS)
    assert cell.data() == f"{done.relevant} of {done.relevant}"
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("100 %:")
    assert all(f"{p.relevant} / {p.relevant}" in view.navigator.item(i).text()
               for i, p in enumerate(view.session.progress(part.id) for part in view.session.questionnaire.parts))


def test_the_complete_example_shows_100_percent(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    from c102desk.resources import resource_path

    assessment_id = store.import_file(resource_path("examples", "northland-all-parts.c102.json"))
    found = _library_progress(qtbot, window, assessment_id)
    assert found.complete and found.percent == 100
    view = _open(qtbot, window, assessment_id)
    assert _agree(qtbot, window, view) == found
    view.next_unanswered_action.trigger()
    assert "Every question asked is answered" in view.message.text()
