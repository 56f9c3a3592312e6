"""Ctrl+F in an assessment: find a question by its words (in the language shown), its article or its id; the
results say where it is; Enter goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from c102desk.questionnaire import load_questionnaire
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.question_search import fold, search
from tests.ui.assessment.test_keyboard_undo import focused, shown

Q = load_questionnaire()


def test_words_articles_and_ids_are_found() -> None:
    assert fold("Période de Référence") == "periode de reference"
    waiting = [f.question.id for f in search(Q, "waiting days")]
    assert waiting[0] == "III.duration.waiting_days"
    assert all("waiting" in f"{f.label} {Q.help_text(f.question)} {f.section_title}".lower()
               for f in search(Q, "waiting"))
    assert [f.question.id for f in search(Q, "carence", "fr")][:1] == ["III.duration.waiting_days"]
    assert "III.qp.months" in [f.question.id for f in search(Q, "periodo calificacion", "es")]  # no accents typed
    art18 = search(Q, "Art 18")
    assert art18 and all(f.question.article.startswith("18") for f in art18)
    assert {f.question.id for f in search(Q, "art. 18(2)")} < {f.question.id for f in art18}
    by_id = [f.question.id for f in search(Q, "III.benefit.rate")]
    assert by_id[0] == "III.benefit.rate" and "VIII.benefit.rate" not in by_id  # the id itself first, not VIII's
    assert {f.question.part for f in search(Q, "benefit.rate")} >= {"III", "V", "VIII"}
    assert search(Q, "   ") == [] and search(Q, "zzzyx") == []
    found = search(Q, "III.benefit.method")[0]
    assert found.part_title == Q.part_title("III") and found.section_title == Q.section_title("III", "benefit")


def test_ctrl_f_finds_and_enter_goes_to_the_question(qtbot: QtBot, view: AssessmentView) -> None:
    shown(qtbot, view)
    view.rows["I.art3.declaration"].focus_editor()
    QTest.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = view.search
    assert panel.isVisible() and QApplication.focusWidget() is panel.field
    QTest.keyClicks(panel.field, "Art 18")
    assert panel.found_ids()[0] == "III.duration.waiting_days"
    first = " ".join(panel.result_texts(0))
    assert "Part III" in first and Q.section_title("III", "conditions") in first  # where it is
    assert "Art 18(1)" in first
    QTest.keyClick(panel.field, Qt.Key.Key_Down)  # the second result
    target = panel.found_ids()[1]
    QTest.keyClick(panel.field, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert view.current_part() == "III" and view.current_question() == target
    assert view.rows[target].isAncestorOf(focused())

    QTest.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(panel.field, Qt.Key.Key_Escape)
    assert not panel.isVisible() and view.rows[target].isAncestorOf(focused())


def test_the_search_follows_the_language_shown(qtbot: QtBot, view: AssessmentView) -> None:
    shown(qtbot, view)
    panel = view.open_search()
    view.set_language("fr")
    QTest.keyClicks(panel.field, "carence")
    assert panel.found_ids()[0] == "III.duration.waiting_days"
    assert Q.label(Q.by_id["III.duration.waiting_days"], "fr") == panel.result_texts(0)[0]
