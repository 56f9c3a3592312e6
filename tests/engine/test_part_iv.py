"""Part IV (unemployment benefit, Arts 19–24)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from c102desk.questionnaire import load_questionnaire
from tests.helpers import d, part_i, req, run, status


def unemployment(**overrides: Any) -> dict[str, Any]:
    """A compliant unemployment insurance for employees: 60 % of earnings, 13 weeks, 7 waiting days."""
    answers = part_i()
    answers.update({
        "IV.coverage.employees_protected": 600_000,
        "IV.contingency.capable_available": True,
        "IV.benefit.method": "earnings_related",
        "IV.benefit.rate": 60,
        "IV.qp.months": 6,
        "IV.duration.waiting_days": 7,
        "IV.duration.linked_cases": True,
        "IV.duration.limited": True,
        "IV.duration.max_weeks": 13,
        "IV.duration.graded": False,
        "IV.duration.seasonal_rules": False,
    })
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def means_tested(**overrides: Any) -> dict[str, Any]:
    """Protection of all residents with limited means (Art 21(b)), benefit tested under Art 67."""
    answers = unemployment()
    for key in ("IV.coverage.employees_protected", "IV.benefit.rate"):
        del answers[key]
    answers.update({
        "IV.coverage.relies_on": ["b"],
        "IV.coverage.residents_means_tested": True,
        "IV.benefit.method": "means_tested",
        "IV.benefit.means_scale_prescribed": True,
        "IV.benefit.means_disregards": True,
        "IV.benefit.means_amount": 400,  # 45 % × (800 + 100) − 100 = 305
        "IV.benefit.health_decency": True,
        "IV.means_duration.limited": True,
        "IV.means_duration.max_weeks": 26,
    })
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def test_compliant_scheme() -> None:
    result = run(unemployment()).parts["IV"]
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is False
    ids = [r.id for r in result.requirements]
    for rule_id in ("IV.COV.A", "IV.COV.B", "IV.COV.C", "IV.CONT", "IV.LVL", "IV.QP", "IV.DUR.EMP", "IV.DUR.RES",
                    "IV.DUR.AVG", "IV.WAIT", "IV.SEAS"):
        assert rule_id in ids


def test_not_assessed_without_answers() -> None:
    assert run(part_i()).parts["IV"].status is PartStatus.NOT_ASSESSED


def test_nothing_but_the_scheme_is_not_assessed() -> None:
    # Nothing tested is not compliance, nor an assessment: every requirement is unanswered (issue 12).
    answers = part_i(IV__scheme__exists=True)
    result = run(answers).parts["IV"]
    assert result.status is PartStatus.NOT_ASSESSED
    scheme = result.requirement("IV.SCHEME")
    assert scheme.status is Status.MET and scheme.required is False and scheme.article == "19"


# --- coverage (Art 21) ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("protected", "expected"), [
    (500_000, Status.MET), (499_999, Status.NOT_MET), (500_001, Status.MET),
])
def test_employee_coverage_threshold_is_exact(protected: int, expected: Status) -> None:
    answers = unemployment(IV__coverage__employees_protected=protected)
    requirement = req(answers, "IV.COV.A")
    assert requirement.status is expected
    assert "21(a)" in requirement.explanation


def test_no_economically_active_alternative() -> None:
    question_ids = set(run(unemployment()).parts["IV"].requirement("IV.COV.A").questions)
    assert "IV.coverage.employees_protected" in question_ids
    assert "IV.coverage.active_protected" not in load_questionnaire().by_id


def test_voluntary_members_count_only_when_article_6_holds() -> None:
    answers = unemployment(IV__coverage__employees_protected=450_000, IV__coverage__voluntary_employees=50_000)
    assert status(answers, "IV.COV.A") is Status.NOT_MET
    answers.update({"I.art6.supervised": True, "I.art6.substantial_part": True, "I.art6.complies_jointly": True})
    assert status(answers, "IV.COV.A") is Status.MET


@pytest.mark.parametrize(("industrial", "expected"), [
    (100_000, Status.MET), (99_999, Status.NOT_MET), (100_001, Status.MET),
])
def test_article_3_coverage_alternative(industrial: int, expected: Status) -> None:
    answers = unemployment(IV__coverage__employees_protected=100_000, IV__coverage__industrial_protected=industrial)
    assert status(answers, "IV.COV.C") is Status.NOT_APPLICABLE
    assert run(answers).parts["IV"].status is PartStatus.NOT_COMPLIANT
    answers["I.art3.declaration"] = True
    assert status(answers, "IV.COV.C") is expected
    result = run(answers).parts["IV"]
    if expected is Status.MET:
        assert result.status is PartStatus.COMPLIANT and result.article_3 is True
        # 21(c) protects employees, so the employee duration rule applies.
        assert status(answers, "IV.DUR.EMP") is Status.MET
    else:
        assert result.status is PartStatus.NOT_COMPLIANT


def test_means_tested_residents_alternative() -> None:
    answers = means_tested()
    result = run(answers).parts["IV"]
    assert result.requirement("IV.COV.B").status is Status.MET
    assert result.requirement("IV.COV.A").status is Status.NOT_APPLICABLE
    assert result.status is PartStatus.COMPLIANT
    assert status(means_tested(IV__coverage__residents_means_tested=False), "IV.COV.B") is Status.NOT_MET


# --- contingency (Art 20) ------------------------------------------------------------------------------------

def test_contingency() -> None:
    assert status(unemployment(IV__contingency__capable_available=False), "IV.CONT") is Status.NOT_MET
    answers = unemployment()
    del answers["IV.contingency.capable_available"]
    assert status(answers, "IV.CONT") is Status.INSUFFICIENT
    assert run(answers).parts["IV"].status is PartStatus.INSUFFICIENT


# --- level (Art 22 and Part XI) ------------------------------------------------------------------------------

# At the skilled wage 1,250 with family allowances 100 on both sides: (B + 100) / 1,350 ≥ 45 % ⇔ B ≥ 507.5,
# i.e. a rate of 40.6 % of 1,250.
@pytest.mark.parametrize(("rate", "expected"), [
    (d("40.6"), Status.MET), (d("40.5999"), Status.NOT_MET), (d("40.6001"), Status.MET),
])
def test_earnings_related_level_threshold(rate: Any, expected: Status) -> None:
    requirement = req(unemployment(IV__benefit__rate=rate), "IV.LVL")
    assert requirement.status is expected
    assert "45 %" in requirement.explanation and "1,250" in requirement.explanation


# Flat rate: (B + 100) / (800 + 100) ≥ 45 % ⇔ B ≥ 305.
@pytest.mark.parametrize(("amount", "expected"), [
    (305, Status.MET), (d("304.99"), Status.NOT_MET), (d("305.01"), Status.MET),
])
def test_flat_rate_level_threshold(amount: Any, expected: Status) -> None:
    answers = unemployment(IV__benefit__method="flat_rate", IV__benefit__flat_amount=amount)
    assert status(answers, "IV.LVL") is expected


@pytest.mark.parametrize(("amount", "expected"), [
    (305, Status.MET), (d("304.99"), Status.NOT_MET), (d("305.01"), Status.MET),
])
def test_means_tested_level_has_no_safe_harbour(amount: Any, expected: Status) -> None:
    answers = means_tested(IV__benefit__means_amount=amount)
    evaluation = run(answers)
    requirement = evaluation.requirement("IV.LVL")
    assert requirement.status is expected
    assert "A.ART67D.PART_IV" in {a["id"] for a in evaluation.assumptions}
    assert "IV.benefit.total_paid_year" not in load_questionnaire().by_id


def test_means_tested_level_needs_means_tested_coverage() -> None:
    answers = unemployment(IV__benefit__method="means_tested", IV__benefit__means_scale_prescribed=True,
                           IV__benefit__means_disregards=True, IV__benefit__means_amount=400,
                           IV__benefit__health_decency=True, IV__coverage__residents_means_tested=False)
    assert status(answers, "IV.LVL") is Status.NOT_MET


def test_level_method_missing_is_insufficient() -> None:
    answers = {k: v for k, v in unemployment().items() if not k.startswith("IV.benefit.")}
    assert status(answers, "IV.LVL") is Status.INSUFFICIENT


def test_level_method_implied_by_a_rate() -> None:
    answers = unemployment()
    del answers["IV.benefit.method"]
    assert req(answers, "IV.LVL").values["method"] == "earnings_related"


# --- qualifying period (Art 23) ----------------------------------------------------------------------------

@pytest.mark.parametrize(("months", "expected"), [(6, Status.MET), (7, Status.NEEDS_REVIEW), (5, Status.MET)])
def test_qualifying_period(months: int, expected: Status) -> None:
    answers = unemployment(IV__qp__months=months)
    assert status(answers, "IV.QP") is expected
    assert run(answers).parts["IV"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                               else PartStatus.COMPLIANT_WITH_REVIEW)


# --- duration (Art 24(1)(a), 24(2)) -------------------------------------------------------------------------

@pytest.mark.parametrize(("weeks", "expected"), [
    (13, Status.MET), (12, Status.NOT_MET), (14, Status.MET), (d("12.99"), Status.NOT_MET),
])
def test_employee_duration_threshold(weeks: Any, expected: Status) -> None:
    answers = unemployment(IV__duration__max_weeks=weeks)
    requirement = req(answers, "IV.DUR.EMP")
    assert requirement.status is expected
    assert "13 weeks" in requirement.explanation and "24(1)(a)" in requirement.explanation


def test_unlimited_duration_is_met() -> None:
    answers = unemployment(IV__duration__limited=False, IV__duration__max_weeks=1)
    assert status(answers, "IV.DUR.EMP") is Status.MET


@pytest.mark.parametrize(("average", "expected"), [(13, Status.MET), (d("12.99"), Status.NOT_MET),
                                                   (d("13.01"), Status.MET)])
def test_average_duration_is_an_alternative_for_graded_schemes(average: Any, expected: Status) -> None:
    answers = unemployment(IV__duration__max_weeks=8, IV__duration__graded=True,
                           IV__duration__average_weeks=average)
    assert status(answers, "IV.DUR.EMP") is Status.NOT_MET
    assert status(answers, "IV.DUR.AVG") is expected
    assert run(answers).parts["IV"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                               else PartStatus.NOT_COMPLIANT)


def test_average_duration_ignored_when_not_graded() -> None:
    # IV.duration.average_weeks is skipped when the scheme is not graded.
    answers = unemployment(IV__duration__max_weeks=8, IV__duration__graded=False, IV__duration__average_weeks=20)
    assert status(answers, "IV.DUR.AVG") is Status.NOT_APPLICABLE
    assert run(answers).parts["IV"].status is PartStatus.NOT_COMPLIANT


def test_employee_durations_not_applicable_for_means_tested_coverage() -> None:
    answers = means_tested(IV__duration__max_weeks=1)
    assert status(answers, "IV.DUR.EMP") is Status.NOT_APPLICABLE
    assert status(answers, "IV.DUR.AVG") is Status.NOT_APPLICABLE


# --- duration (Art 24(1)(b)) --------------------------------------------------------------------------------

@pytest.mark.parametrize(("weeks", "expected"), [(26, Status.MET), (25, Status.NOT_MET), (27, Status.MET)])
def test_resident_duration_threshold(weeks: int, expected: Status) -> None:
    answers = means_tested(IV__means_duration__max_weeks=weeks)
    requirement = req(answers, "IV.DUR.RES")
    assert requirement.status is expected
    assert "26 weeks" in requirement.explanation
    assert run(answers).parts["IV"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                               else PartStatus.NOT_COMPLIANT)


def test_resident_duration_not_applicable_for_employee_coverage() -> None:
    assert status(unemployment(), "IV.DUR.RES") is Status.NOT_APPLICABLE


def test_resident_duration_unanswered_is_insufficient() -> None:
    answers = means_tested()
    del answers["IV.means_duration.limited"]
    del answers["IV.means_duration.max_weeks"]
    assert status(answers, "IV.DUR.RES") is Status.INSUFFICIENT


def test_resident_duration_given_without_saying_it_is_limited_still_counts() -> None:
    answers = means_tested(IV__means_duration__max_weeks=25)
    del answers["IV.means_duration.limited"]
    assert status(answers, "IV.DUR.RES") is Status.NOT_MET


# --- waiting period (Art 24(3)) and seasonal workers (Art 24(4)) ---------------------------------------------

@pytest.mark.parametrize(("days", "expected"), [(7, Status.MET), (8, Status.NOT_MET), (6, Status.MET)])
def test_waiting_period_threshold(days: int, expected: Status) -> None:
    requirement = req(unemployment(IV__duration__waiting_days=days), "IV.WAIT")
    assert requirement.status is expected
    assert f"{days} days" in requirement.explanation and "7 days" in requirement.explanation


def test_waiting_period_reimposed_after_short_jobs_is_for_review() -> None:
    answers = unemployment(IV__duration__linked_cases=False)
    requirement = req(answers, "IV.WAIT")
    assert requirement.status is Status.NEEDS_REVIEW
    assert requirement.assumptions == ("A.IV.LINKED_CASES",)
    assert run(answers).parts["IV"].status is PartStatus.COMPLIANT_WITH_REVIEW


def test_linking_question_ignored_without_waiting_days() -> None:
    answers = unemployment(IV__duration__waiting_days=0, IV__duration__linked_cases=False)
    assert status(answers, "IV.WAIT") is Status.MET


def test_seasonal_rules_are_informational() -> None:
    answers = unemployment(IV__duration__seasonal_rules=True)
    requirement = req(answers, "IV.SEAS")
    assert requirement.required is False and requirement.status is Status.NEEDS_REVIEW
    assert run(answers).parts["IV"].status is PartStatus.COMPLIANT
