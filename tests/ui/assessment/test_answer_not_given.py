"""A note on a yes/no question not answered yet leaves it not answered (none of Yes / No / Unknown chosen, not
counted), and undoing an answer given after such a note brings "not answered" back, not "Unknown"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.answer_widgets import YesNoEditor
from tests.ui.assessment.test_keyboard_undo import shown

DECLARED = "I.art3.declaration"


def _chosen(view: AssessmentView) -> list[object]:
    editor = view.rows[DECLARED].editor
    assert isinstance(editor, YesNoEditor)
    return [value for value, button in editor.buttons.items() if button.isChecked()]


def test_a_note_first_then_an_answer_undone(qtbot: QtBot, store: Store, assessment_id: str) -> None:
    view = AssessmentView(store, assessment_id)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    shown(qtbot, view)
    session = view.session
    answered_before = session.progress().answered
    assert session.change_details(DECLARED, "Note", note="to ask the ministry")
    view.rows[DECLARED].refresh()
    assert not session.has_value(DECLARED) and DECLARED not in session.answers
    assert _chosen(view) == [] and session.progress().answered == answered_before
    assert session.details[DECLARED].note == "to ask the ministry"

    assert session.set_answer(DECLARED, True)
    view.rows[DECLARED].refresh()
    assert _chosen(view) == [True] and session.progress().answered == answered_before + 1

    session.undo_stack.undo()  # the answer: back to not answered, the note kept
    view.rows[DECLARED].refresh()
    assert _chosen(view) == [] and not session.has_value(DECLARED)
    assert session.progress().answered == answered_before
    assert session.details[DECLARED].note == "to ask the ministry"
    assert store.answer_details(assessment_id)[0].note == "to ask the ministry"
