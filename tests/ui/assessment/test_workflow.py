"""Filling in a Part through the widgets: verdicts, skip logic, validation, persistence."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.locale_numbers import format_number, parse_number
from tests.helpers import part_i
from tests.ui.assessment.conftest import answer

SICKNESS = {
    "III.coverage.employees_protected": 600_000,
    "III.benefit.method": "earnings_related",
    "III.benefit.rate": 60,
    "III.qp.months": 3,
    "III.duration.waiting_days": 3,
    "III.duration.limited": True,
    "III.duration.max_weeks": 26,
    "III.duration.graded": False,
}


def fill(qtbot: QtBot, view: AssessmentView, answers: dict[str, object]) -> None:
    for question_id, value in answers.items():
        answer(qtbot, view, question_id, value)


def test_filling_part_iii_through_the_widgets_makes_it_compliant(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str
) -> None:
    assert view.navigator.status_of("III") == "not_assessed"
    fill(qtbot, view, part_i())
    assert view.navigator.status_of("III") == "not_assessed"
    fill(qtbot, view, SICKNESS)
    assert view.navigator.status_of("III") == "compliant"
    assert "Compliant" in view.navigator.item(2).text()
    assert store.answers(assessment_id)["III.benefit.rate"] == 60
    assert store.answers(assessment_id)["I.stats.employees"] == 1_000_000
    progress = view.session.progress("III")
    assert progress.answered == len(SICKNESS) and progress.relevant > progress.answered
    assert "All changes saved" in view.saved_indicator.text()


def test_skip_logic_hides_and_shows_questions_as_answers_change(qtbot: QtBot, view: AssessmentView) -> None:
    rate, flat = view.rows["III.benefit.rate"], view.rows["III.benefit.flat_amount"]
    assert rate.isHidden() and flat.isHidden()
    answer(qtbot, view, "III.benefit.method", "earnings_related")
    assert not rate.isHidden() and flat.isHidden()
    answer(qtbot, view, "III.benefit.method", "flat_rate")
    assert rate.isHidden() and not flat.isHidden()
    assert view.rows["III.duration.max_weeks"].isHidden()
    answer(qtbot, view, "III.duration.limited", True)
    assert not view.rows["III.duration.max_weeks"].isHidden()


def test_amounts_show_currency_and_period_from_part_i(qtbot: QtBot, view: AssessmentView) -> None:
    answer(qtbot, view, "I.wages.currency", "NLD")
    answer(qtbot, view, "I.wages.time_basis", "week")
    assert view.rows["I.wages.skilled_wage"].editor.suffix.text() == "NLD per week"  # type: ignore[attr-defined]
    assert view.rows["III.benefit.rate"].editor.suffix.text() == "%"  # type: ignore[attr-defined]


def test_an_error_is_not_saved_and_a_warning_is_saved_and_flagged(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str
) -> None:
    answer(qtbot, view, "III.benefit.method", "earnings_related")
    answer(qtbot, view, "III.benefit.rate", 150)
    row = view.rows["III.benefit.rate"]
    assert row.issue_severity == "error" and "Not saved" in row.issue.text() and "100" in row.issue.text()
    assert "III.benefit.rate" not in store.answers(assessment_id)
    answer(qtbot, view, "III.benefit.rate", "sixty")
    assert row.issue_severity == "error" and "not a number" in row.issue.text()
    answer(qtbot, view, "III.benefit.rate", 60)
    assert row.issue_severity == "" and store.answers(assessment_id)["III.benefit.rate"] == 60

    answer(qtbot, view, "V.age.pensionable_age", 67)
    age = view.rows["V.age.pensionable_age"]
    assert age.issue_severity == "warning" and "Art 26(2)" in age.issue.text()
    assert store.answers(assessment_id)["V.age.pensionable_age"] == 67


def test_numbers_follow_the_locale_and_stay_exact() -> None:
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert parse_number("1 234 567,50", french) == Decimal("1234567.50")
    assert format_number(Decimal("1234567.50"), french).replace("\u202f", " ").replace("\u00a0", " ") == \
        "1 234 567,50"
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert parse_number("1,234", english) == 1234 and parse_number(" ", english) is None
    assert format_number(2025, english, grouped=False) == "2025"


def test_everything_is_still_there_after_closing_and_reopening(
    qtbot: QtBot, store: Store, assessment_id: str, data_dir: Path, tmp_path: Path
) -> None:
    view = AssessmentView(store, assessment_id)
    qtbot.addWidget(view)
    fill(qtbot, view, {"III.benefit.method": "earnings_related", "III.benefit.rate": "45.5"})
    row = view.rows["III.benefit.rate"]
    row.details_button.click()
    row.details.note.setPlainText("Rate from the 2024 amendment")
    row.details.note.editingFinished.emit()
    row.details.citation.setText("Social Security Act 2004, s. 12(3)")
    row.details.citation.editingFinished.emit()
    evidence = tmp_path / "gazette.pdf"
    evidence.write_bytes(b"%PDF-1.4 official gazette")
    assert row.details.add_file(str(evidence))
    with qtbot.waitSignal(view.closeRequested):
        view.close_action.trigger()
    view.close()
    store.close()

    with Store.open(data_dir) as reopened:
        again = AssessmentView(reopened, assessment_id)
        qtbot.addWidget(again)
        row = again.rows["III.benefit.rate"]
        assert row.editor.field.text() == "45.5"  # type: ignore[attr-defined]
        assert again.rows["III.benefit.method"].editor.combo.currentData() == "earnings_related"  # type: ignore[attr-defined]
        assert row.details.note.toPlainText() == "Rate from the 2024 amendment"
        assert row.details.citation.text() == "Social Security Act 2004, s. 12(3)"
        (item,) = [row.details.evidence_list.item(i) for i in range(row.details.evidence_list.count())]
        assert item.text() == "gazette.pdf"
        assert reopened.evidence(assessment_id)[0].sha256[:12] in item.toolTip()
        assert not row.isHidden()
        again.close()


@pytest.mark.slow
def test_every_control_has_an_accessible_name(view: AssessmentView) -> None:
    for row in view.rows.values():
        for control in row.editor.inputs():
            assert control.accessibleName(), row.question.id
        assert row.details.note.accessibleName() and row.details.citation.accessibleName()
        assert row.label.wordWrap()


def test_checks_warnings_and_assumption_notes_follow_the_language(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str
) -> None:
    view.set_language("fr")
    answer(qtbot, view, "III.benefit.method", "earnings_related")
    answer(qtbot, view, "III.benefit.rate", 150)
    rate = view.rows["III.benefit.rate"]
    assert rate.issue_severity == "error" and "Doit être au plus égal à 100" in rate.issue.text()
    assert "III.benefit.rate" not in rate.issue.text()  # the row already says which question it is

    answer(qtbot, view, "V.age.pensionable_age", 67)
    age = view.rows["V.age.pensionable_age"]
    assert age.issue_severity == "warning" and "Au-delà de 65 ans" in age.issue.text()
    view.set_language("es")
    assert "Por encima de 65 años" in age.issue.text()  # shown again in the new language

    view.go_to_question("X.contingency.widowers")
    assert "viudos" in view.help.assumption.text() and "[I]" in view.help.assumption.text()
    view.set_language("en")
    assert "widowers' coverage is informational" in view.help.assumption.text()
