"""Opening builds only the first Part's page and leaves the dashboard empty; the rest is built when reached,
shows the saved answers, and every way of reaching a question (keys, dashboard links, undo) still works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.main_window import MainWindow
from tests.ui.assessment.conftest import answer
from tests.ui.helpers import show_active


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _shown(qtbot: QtBot, view: AssessmentView) -> AssessmentView:
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def test_only_the_first_part_is_built_at_open_and_a_part_built_later_shows_saved_answers(
    qtbot: QtBot, store: Store, assessment_id: str
) -> None:
    store.set_answer(assessment_id, "III.benefit.method", "earnings_related")
    store.set_answer(assessment_id, "III.benefit.rate", 45, note="from the 2024 amendment")
    store.set_answer(assessment_id, "I.wages.currency", "NLD")
    store.finalize(assessment_id)
    view = AssessmentView(store, assessment_id)
    qtbot.addWidget(view)
    assert not view._built_pages  # not even Part I: it is built when first shown, in the view's final parent
    _shown(qtbot, view)
    assert list(view._built_pages) == ["I"] and view.pages.currentWidget() is view.part_pages["I"]
    assert view._dashboard is None  # not built until shown
    view.show_part("III")
    assert list(view._built_pages) == ["I", "III"]
    row = view.rows["III.benefit.rate"]
    assert row.editor.field.text() == "45"  # type: ignore[attr-defined]
    assert row.details.note.toPlainText() == "from the 2024 amendment"
    assert not row.isHidden() and view.rows["III.benefit.flat_amount"].isHidden()  # relevance applied
    assert not row.editor.isEnabled()  # read-only like the rest of a final assessment
    assert "III.benefit.rate" in view.rows and "V.age.pensionable_age" in view.rows
    assert list(view._built_pages) == ["I", "III"]  # asking whether a question exists builds nothing


def test_a_part_chosen_before_the_view_is_first_shown_is_the_page_it_shows(
    qtbot: QtBot, store: Store, assessment_id: str
) -> None:
    view = AssessmentView(store, assessment_id)
    qtbot.addWidget(view)
    view.show_part("III")
    assert view.current_part() == "III" and not view._built_pages
    _shown(qtbot, view)
    assert list(view._built_pages) == ["III"] and view.pages.currentWidget() is view.part_pages["III"]
    assert view.help.title.text().startswith("Part III")


def test_opened_in_the_main_window_the_first_part_is_in_the_first_frame_and_keys_work_at_once(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    assessment = store.create_assessment("Testland", "Baseline")
    show_active(qtbot, window)
    window.open_assessment(assessment)
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    # no event processed yet: what the first paint shows is there already
    assert list(view._built_pages) == ["I"] and view.pages.currentWidget() is view.part_pages["I"]
    assert view.part_pages["I"].isVisible() and view.rows["I.art3.declaration"].isVisible()
    assert view.isAncestorOf(_focused())
    QTest.keyClick(_focused(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert view.current_question() == "I.art3.declaration"
    assert _focused() is view.rows["I.art3.declaration"].editor.inputs()[0]


def test_session_follows_each_save_without_rereading_and_the_navigator_stays_right(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str
) -> None:
    view.session.set_answer("III.benefit.method", "earnings_related")  # a Part whose page is not built
    view.session.set_details("III.benefit.method", note="n", legal_citation="Act s. 2")
    view.session.set_answer("III.benefit.rate", 60)
    view.session.set_answer("I.art3.declaration", False)
    view.session.set_answer("III.benefit.rate", 60)
    assert view.session.details == {d.question_id: d for d in store.answer_details(assessment_id)}
    assert list(view.session.details) == sorted(view.session.details)
    assert view.session.info == store.assessment(assessment_id)
    shown_progress = [view.navigator.item(r).text() for r in range(view.navigator.count())]
    view.session.reload()
    view.navigator.refresh()
    assert [view.navigator.item(r).text() for r in range(view.navigator.count())] == shown_progress
    assert view.rows["III.benefit.rate"].editor.field.text() == "60"  # type: ignore[attr-defined]


def test_the_dashboard_fills_when_shown_and_stays_current(qtbot: QtBot, view: AssessmentView) -> None:
    _shown(qtbot, view)
    assert view._dashboard is None
    view.toggle_dashboard()
    dashboard = view._dashboard
    assert dashboard is not None and dashboard.isVisible() and dashboard.parts.rowCount() > 0  # in this frame
    first = dashboard.evaluation
    view.session.set_answer("III.benefit.method", "earnings_related")  # shown: refreshed at once
    assert dashboard.evaluation is view.session.evaluation is not first
    view.toggle_dashboard()
    view.session.set_answer("III.benefit.rate", 60)  # hidden: refreshed when shown again
    assert dashboard.evaluation is not view.session.evaluation
    view.toggle_dashboard()
    assert dashboard.evaluation is view.session.evaluation
    view.toggle_dashboard()
    view.session.set_answer("III.benefit.rate", 65)
    assert view.dashboard.evaluation is view.session.evaluation  # the property brings it up to date


def test_keys_links_and_undo_reach_questions_in_parts_not_built_yet(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str
) -> None:
    _shown(qtbot, view)
    for question in view.session.questionnaire.part("I").questions():
        if view.session.is_relevant(question) and not view.session.is_answered(question):
            view.session.set_answer(question.id, None if question.type == "yes_no" else _any_value(question))
    view.go_to_question("I.art3.declaration")
    QTest.keyClick(_focused(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert view.current_question() == "II.scheme.exists" and "II" in view._built_pages  # next unanswered
    last_of_ii = [q for q in view.session.questionnaire.part("II").questions() if view.session.is_relevant(q)][-1]
    view.go_to_question(last_of_ii.id)
    QTest.keyClick(_focused(), Qt.Key.Key_Return)
    assert view.current_question() == "III.scheme.exists" and "III" in view._built_pages  # Enter
    assert "V" not in view._built_pages
    view.dashboard.questionRequested.emit("V.scheme.exists")  # a requirement's link
    assert view.current_question() == "V.scheme.exists" and view.current_part() == "V"
    answer(qtbot, view, "V.scheme.exists", True)
    view.show_part("I")
    view.undo_action.trigger()  # undo a change made in another Part
    assert "V.scheme.exists" not in store.answers(assessment_id)  # unanswered again, not "Unknown"
    buttons = view.rows["V.scheme.exists"].editor.buttons  # type: ignore[attr-defined]
    assert not any(button.isChecked() for button in buttons.values())


def _any_value(question: object) -> object:
    from c102desk.bench.data import _candidates, _valid

    return next(v for v in _candidates(question) if _valid(question, v))  # type: ignore[arg-type]


def test_the_details_panel_is_built_when_unfolded_and_is_like_one_built_with_the_row(
    qtbot: QtBot, store: Store, assessment_id: str
) -> None:
    store.set_answer(assessment_id, "I.wages.currency", "NLD", note="central bank code",
                     legal_citation="Currency Act, s. 1")
    view = _shown(qtbot, AssessmentView(store, assessment_id))
    qtbot.addWidget(view)
    row = view.rows["I.wages.currency"]
    assert row._details is None  # folded away: not built at open
    view.set_language("fr")
    row.details_button.click()
    panel = row.details
    assert panel.isVisibleTo(view)
    assert panel.note.toPlainText() == "central bank code" and panel.citation.text() == "Currency Act, s. 1"
    french = view.session.questionnaire.label(row.question, "fr")
    assert french in panel.note.accessibleName() and french in panel.add_button.accessibleName()
    # Tab runs through the panel's fields right after its button, then on to the next question (the evidence
    # list and its buttons are not stops while there is no file)
    following = list(view.rows)[list(view.rows).index("I.wages.currency") + 1]
    row.details_button.setFocus()
    for expected in (panel.note, panel.citation, panel.add_button, view.rows[following].editor.inputs()[0]):
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
        assert _focused() is expected
    view.session.set_details("I.wages.currency", note="ISO 4217")
    assert panel.note.toPlainText() == "ISO 4217"  # follows later changes like any built panel
    view.session.finalize()
    assert panel.note.isReadOnly() and view.rows["I.wages.time_basis"].details.add_button.isHidden()


def test_a_validation_message_is_built_with_the_first_one_shown_under_its_editor(
    qtbot: QtBot, store: Store, assessment_id: str
) -> None:
    store.set_answer(assessment_id, "V.age.pensionable_age", 67)  # saved, with a warning
    view = _shown(qtbot, AssessmentView(store, assessment_id))
    qtbot.addWidget(view)
    view.show_part("V")
    age, other = view.rows["V.age.pensionable_age"], view.rows["V.scheme.exists"]
    assert age.issue_severity == "warning" and age.issue.isVisibleTo(view) and "Art 26(2)" in age.issue.text()
    assert age.layout().indexOf(age.issue) == age.layout().indexOf(age.editor) + 1  # type: ignore[union-attr]
    assert age.issue.accessibleName().endswith(view.session.questionnaire.label(age.question, "en"))
    assert other._issue_label is None and other.issue_severity == ""  # no message yet: nothing built
    view.session.set_answer("V.age.pensionable_age", 65)
    assert age.issue_severity == "" and age.issue.isHidden()
