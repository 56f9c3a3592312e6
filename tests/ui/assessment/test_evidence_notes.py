"""Notes of several lines, evidence files (open, caption, remove with undo), the marker on questions that have
any, and the answer's history (who, when, old → new) in the question's panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from tests.ui.assessment.conftest import answer
from tests.ui.assessment.test_keyboard_undo import focused, shown
from tests.ui.conftest import ScriptedPrompts


def _view(qtbot: QtBot, store: Store, assessment_id: str, prompts: ScriptedPrompts) -> AssessmentView:
    view = AssessmentView(store, assessment_id, prompts=prompts)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    return shown(qtbot, view)


def test_a_note_of_several_lines_is_typed_saved_and_marked(qtbot: QtBot, store: Store, assessment_id: str) -> None:
    view = _view(qtbot, store, assessment_id, ScriptedPrompts())
    row = view.rows["I.stats.employees"]
    assert not row.has_details
    row.details_button.click()
    note = row.details.note
    note.setFocus()
    QTest.keyClicks(note, "Labour force survey 2025")
    QTest.keyClick(note, Qt.Key.Key_Return)  # a new line, not "next question"
    QTest.keyClicks(note, "Excludes the armed forces")
    QTest.keyClick(note, Qt.Key.Key_Tab)  # leaving the note saves it
    assert focused() is row.details.citation
    (detail,) = store.answer_details(assessment_id)
    assert detail.note == "Labour force survey 2025\nExcludes the armed forces"
    assert row.has_details and "note" in row.details_button.text()
    view.undo_action.trigger()  # a note is undone like an answer
    assert store.answer_details(assessment_id)[0].note == ""
    assert note.toPlainText() == "" and not row.has_details


def test_evidence_is_opened_captioned_removed_and_brought_back(
    qtbot: QtBot, store: Store, assessment_id: str, tmp_path: Path
) -> None:
    prompts = ScriptedPrompts()
    view = _view(qtbot, store, assessment_id, prompts)
    answer(qtbot, view, "I.stats.employees", 1_000_000)
    row = view.rows["I.stats.employees"]
    row.details_button.click()
    panel = row.details
    gazette = tmp_path / "gazette.pdf"
    gazette.write_bytes(b"%PDF-1.4 official gazette")
    prompts.file_to_open = str(gazette)
    panel.add_button.click()
    assert panel.evidence_list.count() == 1 and "1 file" in row.details_button.text()

    panel.caption.setFocus()
    QTest.keyClicks(panel.caption, "Labour force survey, table 3")
    QTest.keyClick(panel.caption, Qt.Key.Key_Tab)
    (info,) = store.evidence(assessment_id)
    assert info.caption == "Labour force survey, table 3"
    assert panel.evidence_list.item(0).text() == "Labour force survey, table 3 — gazette.pdf"

    panel.evidence_list.setFocus()
    QTest.keyClick(panel.evidence_list, Qt.Key.Key_Return)  # Enter opens it in the system's viewer
    assert prompts.opened == [str(store.evidence_file(info))]
    assert Path(prompts.opened[0]).read_bytes() == gazette.read_bytes()  # the kept copy

    QTest.keyClick(panel.evidence_list, Qt.Key.Key_Delete)  # Delete removes it from the answer
    assert store.answer_details(assessment_id)[0].evidence_ids == ()
    assert panel.evidence_list.count() == 0 and not row.has_details
    view.undo_action.trigger()
    assert store.answer_details(assessment_id)[0].evidence_ids == (info.id,)
    assert panel.evidence_list.count() == 1

    gone = store.evidence_file(info)
    gone.unlink()  # the kept copy went missing: said in words, nothing opened
    panel.open_button.click()
    assert "no longer" in view.message.text() and len(prompts.opened) == 1


def test_the_answers_history_says_who_when_and_old_to_new(qtbot: QtBot, store: Store, assessment_id: str) -> None:
    view = _view(qtbot, store, assessment_id, ScriptedPrompts())
    view.set_assessor(store.add_profile("Ana Pérez", "Ministry of Labour", "Adviser"))
    answer(qtbot, view, "III.benefit.method", "earnings_related")
    answer(qtbot, view, "III.benefit.rate", 60)
    answer(qtbot, view, "III.benefit.rate", 70)
    row = view.rows["III.benefit.rate"]
    row.details_button.click()
    lines = row.details.history.text().split("<br>")
    assert len(lines) == 2
    assert "Ana Pérez (Ministry of Labour)" in lines[0] and "60 % → 70 %" in lines[0]  # the newest first
    assert "— → 60 %" in lines[1]
    view.rows["III.benefit.method"].details_button.click()
    assert "Earnings-related" in view.rows["III.benefit.method"].details.history.text()


def test_the_marker_shows_a_citation_without_unfolding(qtbot: QtBot, store: Store, assessment_id: str) -> None:
    store.set_answer(assessment_id, "I.wages.currency", "NLD", legal_citation="Currency Act, s. 1")
    view = _view(qtbot, store, assessment_id, ScriptedPrompts())
    row = view.rows["I.wages.currency"]
    assert row._details is None and row.has_details and row.details_button.text().endswith("(citation)")
    assert not view.rows["I.wages.time_basis"].has_details
