"""Part II (medical care, Arts 7–12)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from tests.helpers import d, part_i, req, run, status

ALL_MORBID = ["general_practitioner", "specialist", "pharmaceuticals", "hospitalisation"]
ALL_MATERNITY = ["prenatal_confinement_postnatal", "hospitalisation"]


def medical(**overrides: Any) -> dict[str, Any]:
    """A compliant medical care scheme: 60 % of employees with their families, full care, 26 weeks per case."""
    answers = part_i()
    answers.update({
        "II.coverage.employees_protected": 600_000,
        "II.coverage.wives_children": True,
        "II.care.morbid_items": list(ALL_MORBID),
        "II.care.maternity_items": list(ALL_MATERNITY),
        "II.cost.morbid_sharing": True,
        "II.cost.avoid_hardship": True,
        "II.cost.maternity_sharing": False,
        "II.qp.months": 0,
        "II.duration.limited": True,
        "II.duration.max_weeks": 26,
        "II.duration.graded": False,
        "II.care.aims": True,
        "II.duration.continues_with_sickness_cash": True,
        "II.duration.prolonged_care_extension": True,
    })
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def test_compliant_scheme() -> None:
    result = run(medical()).parts["II"]
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is False
    ids = {r.id for r in result.requirements}
    assert {"II.COV.A", "II.COV.B", "II.COV.C", "II.COV.D", "II.BEN.MORBID", "II.BEN.MAT", "II.COST", "II.QP",
            "II.DUR", "II.DUR.ART3"} <= ids


def test_not_assessed_without_answers() -> None:
    assert run(part_i()).parts["II"].status is PartStatus.NOT_ASSESSED


# --- coverage (Art 9) ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("protected", "expected"), [
    (500_000, Status.MET), (499_999, Status.NOT_MET), (500_001, Status.MET),
])
def test_employee_coverage_threshold_is_exact(protected: int, expected: Status) -> None:
    assert status(medical(II__coverage__employees_protected=protected), "II.COV.A") is expected


def test_coverage_explanation_shows_the_figures() -> None:
    text = req(medical(II__coverage__employees_protected=499_500), "II.COV.A").explanation
    assert "499,500 of 1,000,000" in text and "49.95 % < 50 %" in text and "9(a)" in text


def test_employee_coverage_needs_wives_and_children() -> None:
    assert status(medical(II__coverage__wives_children=False), "II.COV.A") is Status.NOT_MET
    answers = medical()
    del answers["II.coverage.wives_children"]
    assert status(answers, "II.COV.A") is Status.INSUFFICIENT
    assert run(answers).parts["II"].status is PartStatus.INSUFFICIENT


@pytest.mark.parametrize(("active", "expected"), [
    (600_000, Status.MET), (599_999, Status.NOT_MET), (600_001, Status.MET),
])
def test_economically_active_alternative_is_twenty_percent_of_residents(active: int, expected: Status) -> None:
    answers = medical(II__coverage__active_protected=active, II__coverage__employees_protected=100)
    assert status(answers, "II.COV.B") is expected
    assert run(answers).parts["II"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                               else PartStatus.NOT_COMPLIANT)


@pytest.mark.parametrize(("residents", "expected"), [
    (1_500_000, Status.MET), (1_499_999, Status.NOT_MET), (1_500_001, Status.MET),
])
def test_resident_classes_alternative_is_half_of_residents(residents: int, expected: Status) -> None:
    answers = medical(II__coverage__residents_protected=residents, II__coverage__relies_on=["c"],
                      II__coverage__wives_children=False)
    assert status(answers, "II.COV.C") is expected
    assert status(answers, "II.COV.A") is Status.NOT_APPLICABLE
    # Art 9(c) has no wives-and-children condition, so "no" there does not hurt it.
    assert run(answers).parts["II"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                               else PartStatus.NOT_COMPLIANT)


def test_voluntary_members_count_only_when_article_6_holds() -> None:
    answers = medical(II__coverage__employees_protected=450_000, II__coverage__voluntary_employees=50_000)
    assert status(answers, "II.COV.A") is Status.NOT_MET
    answers.update({"I.art6.supervised": True, "I.art6.substantial_part": True, "I.art6.complies_jointly": True})
    assert status(answers, "II.COV.A") is Status.MET


@pytest.mark.parametrize(("industrial", "expected"), [
    (100_000, Status.MET), (99_999, Status.NOT_MET), (100_001, Status.MET),
])
def test_article_3_coverage_alternative(industrial: int, expected: Status) -> None:
    answers = medical(II__coverage__employees_protected=100_000, II__coverage__industrial_protected=industrial)
    assert status(answers, "II.COV.D") is Status.NOT_APPLICABLE
    assert run(answers).parts["II"].status is PartStatus.NOT_COMPLIANT
    answers["I.art3.declaration"] = True
    assert status(answers, "II.COV.D") is expected
    result = run(answers).parts["II"]
    if expected is Status.MET:
        assert result.status is PartStatus.COMPLIANT and result.article_3 is True
    else:
        assert result.status is PartStatus.NOT_COMPLIANT


def test_article_3_coverage_needs_wives_and_children() -> None:
    answers = medical(II__coverage__employees_protected=100_000, II__coverage__industrial_protected=150_000,
                      II__coverage__wives_children=False, I__art3__declaration=True)
    assert status(answers, "II.COV.D") is Status.NOT_MET


# --- care (Art 10) -------------------------------------------------------------------------------------------

def test_morbid_care_needs_all_four_items() -> None:
    answers = medical(II__care__morbid_items=ALL_MORBID[:3])
    requirement = req(answers, "II.BEN.MORBID")
    assert requirement.status is Status.NOT_MET
    assert "3 of 4" in requirement.explanation and "hospitalisation" in requirement.explanation
    assert run(answers).parts["II"].status is PartStatus.NOT_COMPLIANT


def test_maternity_care_needs_both_items() -> None:
    requirement = req(medical(II__care__maternity_items=["hospitalisation"]), "II.BEN.MAT")
    assert requirement.status is Status.NOT_MET
    assert "1 of 2" in requirement.explanation and "midwives" in requirement.explanation


def test_care_unanswered_is_insufficient() -> None:
    answers = medical()
    del answers["II.care.morbid_items"]
    assert status(answers, "II.BEN.MORBID") is Status.INSUFFICIENT
    assert run(answers).parts["II"].status is PartStatus.INSUFFICIENT


# --- cost-sharing (Art 10(2)) ------------------------------------------------------------------------------

def test_cost_sharing_for_morbid_conditions_must_avoid_hardship() -> None:
    assert status(medical(), "II.COST") is Status.MET
    assert status(medical(II__cost__avoid_hardship=False), "II.COST") is Status.NOT_MET
    answers = medical()
    del answers["II.cost.avoid_hardship"]
    assert status(answers, "II.COST") is Status.INSUFFICIENT


def test_no_cost_sharing_needs_no_hardship_answer() -> None:
    # The hardship question is skipped when there is no cost-sharing: a stray "no" there is ignored.
    answers = medical(II__cost__morbid_sharing=False, II__cost__avoid_hardship=False)
    assert status(answers, "II.COST") is Status.MET


def test_cost_sharing_for_maternity_care_fails() -> None:
    evaluation = run(medical(II__cost__maternity_sharing=True))
    requirement = evaluation.requirement("II.COST")
    assert requirement.status is Status.NOT_MET
    assert "A.COST.MATERNITY" in requirement.assumptions
    assert "A.COST.MATERNITY" in {a["id"] for a in evaluation.assumptions}
    assert evaluation.parts["II"].status is PartStatus.NOT_COMPLIANT


def test_maternity_cost_sharing_unanswered_is_insufficient() -> None:
    answers = medical()
    del answers["II.cost.maternity_sharing"]
    assert status(answers, "II.COST") is Status.INSUFFICIENT


# --- qualifying period (Art 11) ----------------------------------------------------------------------------

@pytest.mark.parametrize(("months", "expected"), [(6, Status.MET), (7, Status.NEEDS_REVIEW), (5, Status.MET)])
def test_qualifying_period(months: int, expected: Status) -> None:
    answers = medical(II__qp__months=months)
    assert status(answers, "II.QP") is expected
    assert run(answers).parts["II"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                               else PartStatus.COMPLIANT_WITH_REVIEW)


def test_qualifying_period_missing_is_insufficient() -> None:
    answers = medical()
    del answers["II.qp.months"]
    assert status(answers, "II.QP") is Status.INSUFFICIENT


# --- duration (Art 12) -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("weeks", "expected"), [(26, Status.MET), (25, Status.NOT_MET), (27, Status.MET)])
def test_duration_threshold(weeks: int, expected: Status) -> None:
    answers = medical(II__duration__max_weeks=weeks)
    requirement = req(answers, "II.DUR")
    assert requirement.status is expected
    assert f"{weeks} weeks" in requirement.explanation and "26 weeks" in requirement.explanation


def test_duration_with_fractional_weeks_is_exact() -> None:
    assert status(medical(II__duration__max_weeks=d("25.99")), "II.DUR") is Status.NOT_MET


def test_unlimited_care_meets_duration_and_ignores_limit_answers() -> None:
    answers = medical(II__duration__limited=False, II__duration__max_weeks=1,
                      II__duration__continues_with_sickness_cash=False)
    assert status(answers, "II.DUR") is Status.MET
    assert run(answers).parts["II"].status is PartStatus.COMPLIANT


@pytest.mark.parametrize("question", [
    "II.duration.continues_with_sickness_cash", "II.duration.prolonged_care_extension",
])
def test_limited_care_needs_both_safeguards(question: str) -> None:
    answers = medical(**{question.replace(".", "__"): False})
    assert status(answers, "II.DUR") is Status.NOT_MET
    assert run(answers).parts["II"].status is PartStatus.NOT_COMPLIANT
    del answers[question]
    assert status(answers, "II.DUR") is Status.INSUFFICIENT


def test_duration_limit_unanswered_is_insufficient() -> None:
    answers = medical()
    del answers["II.duration.max_weeks"]
    assert status(answers, "II.DUR") is Status.INSUFFICIENT


@pytest.mark.parametrize(("weeks", "expected"), [(13, Status.MET), (12, Status.NOT_MET), (14, Status.MET)])
def test_thirteen_weeks_only_with_article_3(weeks: int, expected: Status) -> None:
    answers = medical(II__duration__max_weeks=weeks)
    assert status(answers, "II.DUR") is Status.NOT_MET
    assert status(answers, "II.DUR.ART3") is Status.NOT_APPLICABLE
    assert run(answers).parts["II"].status is PartStatus.NOT_COMPLIANT
    answers["I.art3.declaration"] = True
    requirement = req(answers, "II.DUR.ART3")
    assert requirement.status is expected and requirement.article_3 is True
    result = run(answers).parts["II"]
    if expected is Status.MET:
        assert result.status is PartStatus.COMPLIANT and result.article_3 is True
    else:
        assert result.status is PartStatus.NOT_COMPLIANT


def test_article_3_duration_not_needed_when_26_weeks_are_given() -> None:
    result = run(medical(I__art3__declaration=True)).parts["II"]
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is False
