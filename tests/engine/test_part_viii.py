"""Part VIII (maternity benefit, Arts 46–52)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from c102desk.questionnaire import load_questionnaire
from tests.helpers import d, part_i, req, run, status


def maternity(**overrides: Any) -> dict[str, Any]:
    """A compliant maternity scheme: 60 % of employees, full care free of charge, 80 % for 14 weeks."""
    answers = part_i()
    answers.update({
        "VIII.coverage.employees_protected": 600_000,
        "VIII.coverage.wives_children": True,
        "VIII.medical.care_items": ["prenatal_confinement_postnatal", "hospitalisation"],
        "VIII.medical.cost_sharing": False,
        "VIII.benefit.method": "earnings_related",
        "VIII.benefit.rate": 80,
        "VIII.qp.months": 0,
        "VIII.duration.benefit_weeks": 14,
        "VIII.duration.leave_weeks": 14,
        "VIII.duration.graded": False,
        "VIII.medical.aims": True,
    })
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def test_compliant_scheme() -> None:
    result = run(maternity()).parts["VIII"]
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is False
    ids = [r.id for r in result.requirements]
    for rule_id in ("VIII.COV.A", "VIII.COV.B", "VIII.COV.C", "VIII.MED", "VIII.LVL", "VIII.QP", "VIII.DUR"):
        assert rule_id in ids


def test_not_assessed_without_answers() -> None:
    assert run(part_i()).parts["VIII"].status is PartStatus.NOT_ASSESSED


# --- coverage (Art 48) ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("protected", "expected"), [
    (500_000, Status.MET), (499_999, Status.NOT_MET), (500_001, Status.MET),
])
def test_employee_coverage_threshold_is_exact(protected: int, expected: Status) -> None:
    requirement = req(maternity(VIII__coverage__employees_protected=protected), "VIII.COV.A")
    assert requirement.status is expected
    assert "48(a)" in requirement.explanation


@pytest.mark.parametrize(("active", "expected"), [
    (600_000, Status.MET), (599_999, Status.NOT_MET), (600_001, Status.MET),
])
def test_economically_active_alternative_is_twenty_percent_of_residents(active: int, expected: Status) -> None:
    answers = maternity(VIII__coverage__active_protected=active, VIII__coverage__employees_protected=100)
    assert status(answers, "VIII.COV.B") is expected
    assert run(answers).parts["VIII"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                                 else PartStatus.NOT_COMPLIANT)


def test_wives_must_receive_maternity_medical_care() -> None:
    assert status(maternity(VIII__coverage__wives_children=False), "VIII.COV.A") is Status.NOT_MET
    answers = maternity()
    del answers["VIII.coverage.wives_children"]
    assert status(answers, "VIII.COV.A") is Status.INSUFFICIENT
    assert run(answers).parts["VIII"].status is PartStatus.INSUFFICIENT


def test_no_residents_and_no_voluntary_alternative() -> None:
    by_id = load_questionnaire().by_id
    assert "VIII.coverage.residents_means_tested" not in by_id
    assert "VIII.coverage.residents_protected" not in by_id
    assert "VIII.coverage.voluntary_employees" not in by_id
    assert [o.value for o in by_id["VIII.coverage.relies_on"].options] == ["a", "b", "c"]


@pytest.mark.parametrize(("industrial", "expected"), [
    (100_000, Status.MET), (99_999, Status.NOT_MET), (100_001, Status.MET),
])
def test_article_3_coverage_alternative(industrial: int, expected: Status) -> None:
    answers = maternity(VIII__coverage__employees_protected=100_000,
                        VIII__coverage__industrial_protected=industrial)
    assert status(answers, "VIII.COV.C") is Status.NOT_APPLICABLE
    assert run(answers).parts["VIII"].status is PartStatus.NOT_COMPLIANT
    answers["I.art3.declaration"] = True
    requirement = req(answers, "VIII.COV.C")
    assert requirement.status is expected and requirement.article_3 is True
    result = run(answers).parts["VIII"]
    if expected is Status.MET:
        assert result.status is PartStatus.COMPLIANT and result.article_3 is True
    else:
        assert result.status is PartStatus.NOT_COMPLIANT


def test_relies_on_letter_c_is_the_article_3_alternative() -> None:
    answers = maternity(VIII__coverage__relies_on=["c"], VIII__coverage__industrial_protected=150_000,
                        I__art3__declaration=True)
    result = run(answers).parts["VIII"]
    assert result.requirement("VIII.COV.A").status is Status.NOT_APPLICABLE
    assert result.requirement("VIII.COV.C").status is Status.MET
    assert result.status is PartStatus.COMPLIANT and result.article_3 is True


# --- medical care (Art 49) -----------------------------------------------------------------------------------

def test_medical_care_needs_both_items() -> None:
    answers = maternity(VIII__medical__care_items=["hospitalisation"])
    requirement = req(answers, "VIII.MED")
    assert requirement.status is Status.NOT_MET
    assert "1 of 2" in requirement.explanation
    assert run(answers).parts["VIII"].status is PartStatus.NOT_COMPLIANT


def test_cost_sharing_for_maternity_care_fails() -> None:
    evaluation = run(maternity(VIII__medical__cost_sharing=True))
    requirement = evaluation.requirement("VIII.MED")
    assert requirement.status is Status.NOT_MET
    assert "A.COST.MATERNITY" in requirement.assumptions
    assert "A.COST.MATERNITY" in {a["id"] for a in evaluation.assumptions}


def test_medical_care_unanswered_is_insufficient() -> None:
    answers = maternity()
    del answers["VIII.medical.cost_sharing"]
    assert status(answers, "VIII.MED") is Status.INSUFFICIENT
    answers = maternity()
    del answers["VIII.medical.care_items"]
    assert status(answers, "VIII.MED") is Status.INSUFFICIENT


# --- cash benefit level (Art 50 and Part XI) -----------------------------------------------------------------

# A woman: no family allowances. At the skilled wage 1,250: B / 1,250 ≥ 45 % ⇔ rate ≥ 45 %.
@pytest.mark.parametrize(("rate", "expected"), [
    (45, Status.MET), (d("44.9999"), Status.NOT_MET), (d("45.0001"), Status.MET),
])
def test_earnings_related_level_threshold(rate: Any, expected: Status) -> None:
    requirement = req(maternity(VIII__benefit__rate=rate), "VIII.LVL")
    assert requirement.status is expected
    assert "woman" in requirement.explanation and "45 %" in requirement.explanation
    assert "family allowances" not in requirement.explanation


# Flat rate: B / 800 ≥ 45 % ⇔ B ≥ 360.
@pytest.mark.parametrize(("amount", "expected"), [
    (360, Status.MET), (d("359.99"), Status.NOT_MET), (d("360.01"), Status.MET),
])
def test_flat_rate_level_threshold(amount: Any, expected: Status) -> None:
    answers = maternity(VIII__benefit__method="flat_rate", VIII__benefit__flat_amount=amount)
    assert status(answers, "VIII.LVL") is expected


def test_means_tested_method_is_not_offered() -> None:
    question = load_questionnaire().by_id["VIII.benefit.method"]
    assert [o.value for o in question.options] == ["earnings_related", "flat_rate"]
    assert "average" in question.label.lower()
    assert "average" in load_questionnaire().by_id["VIII.benefit.rate"].help.lower()


def test_level_method_missing_is_insufficient() -> None:
    answers = {k: v for k, v in maternity().items() if not k.startswith("VIII.benefit.")}
    assert status(answers, "VIII.LVL") is Status.INSUFFICIENT


# --- qualifying period (Art 51) ----------------------------------------------------------------------------

@pytest.mark.parametrize(("months", "expected"), [(6, Status.MET), (7, Status.NEEDS_REVIEW), (5, Status.MET)])
def test_qualifying_period(months: int, expected: Status) -> None:
    answers = maternity(VIII__qp__months=months)
    assert status(answers, "VIII.QP") is expected
    assert run(answers).parts["VIII"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                                 else PartStatus.COMPLIANT_WITH_REVIEW)


# --- duration (Art 52) -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("weeks", "expected"), [
    (12, Status.MET), (11, Status.NOT_MET), (13, Status.MET), (d("11.99"), Status.NOT_MET),
])
def test_twelve_weeks_when_leave_is_shorter(weeks: Any, expected: Status) -> None:
    requirement = req(maternity(VIII__duration__benefit_weeks=weeks, VIII__duration__leave_weeks=10), "VIII.DUR")
    assert requirement.status is expected
    assert "12 weeks" in requirement.explanation


@pytest.mark.parametrize(("weeks", "expected"), [(18, Status.MET), (17, Status.NOT_MET), (19, Status.MET),
                                                 (d("17.99"), Status.NOT_MET)])
def test_benefit_must_cover_a_longer_leave(weeks: Any, expected: Status) -> None:
    answers = maternity(VIII__duration__benefit_weeks=weeks, VIII__duration__leave_weeks=18)
    requirement = req(answers, "VIII.DUR")
    assert requirement.status is expected
    assert "18 weeks" in requirement.explanation
    assert run(answers).parts["VIII"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                                 else PartStatus.NOT_COMPLIANT)


def test_duration_missing_answers() -> None:
    answers = maternity()
    del answers["VIII.duration.benefit_weeks"]
    assert status(answers, "VIII.DUR") is Status.INSUFFICIENT
    answers = maternity()
    del answers["VIII.duration.leave_weeks"]
    assert status(answers, "VIII.DUR") is Status.INSUFFICIENT
    # Below 12 weeks the answer is known without the leave.
    answers["VIII.duration.benefit_weeks"] = 10
    assert status(answers, "VIII.DUR") is Status.NOT_MET
