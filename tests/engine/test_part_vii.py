"""Part VII (family benefit, Arts 39–45)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from c102desk.i18n import question_ids_in
from c102desk.questionnaire import load_questionnaire
from tests.helpers import d, part_i, req, run, status

SECTION_5_2_IDS = {
    "VII.COV.A", "VII.COV.B", "VII.COV.C", "VII.COV.D", "VII.FORM", "VII.QP", "VII.VAL.A", "VII.VAL.B", "VII.DUR",
    "VII.CHILD",
}
# Labourer's wage 800 a month → 9,600 a year [I: A.ART44.TIME].
# Art 44(a) with 1,000,000 children of persons protected: 3 % × 9,600 × 1,000,000 = 288,000,000.
# Art 44(b) with 900,000 children of residents: 1.5 % × 9,600 × 900,000 = 129,600,000.


def family(**overrides: Any) -> dict[str, Any]:
    """A family benefit scheme meeting every test of Part VII."""
    answers = part_i()
    answers.update({
        "VII.scheme.exists": True,
        "VII.coverage.employees_protected": 600_000,
        "VII.form.kinds": ["periodical", "food"],
        "VII.qp.basis": "contribution_or_employment",
        "VII.qp.months": 3,
        "VII.duration.throughout": True,
        "VII.value.cash_year": 250_000_000,
        "VII.value.in_kind_year": 50_000_000,
        "VII.value.children_protected": 1_000_000,
        "VII.child.age_limit": 16,
        "I.child.school_leaving_age": 16,
    })
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def without(answers: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in answers.items() if k not in keys}


# --- the Part as a whole -------------------------------------------------------------------------------------

def test_compliant_scheme() -> None:
    result = run(family()).parts["VII"]
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is False
    assert {r.id for r in result.requirements} >= SECTION_5_2_IDS


def test_not_assessed_without_answers() -> None:
    assert run(part_i()).parts["VII"].status is PartStatus.NOT_ASSESSED


def test_missing_answer_gives_insufficient_information() -> None:
    result = run(without(family(), "VII.qp.basis")).parts["VII"]
    assert result.requirement("VII.QP").status is Status.INSUFFICIENT
    assert result.status is PartStatus.INSUFFICIENT


def test_a_failed_rule_makes_the_part_not_compliant() -> None:
    assert run(family(VII__qp__months=4)).parts["VII"].status is PartStatus.NOT_COMPLIANT


def test_no_voluntary_insurance_in_part_vii() -> None:
    ids = {q.id for q in load_questionnaire().part("VII").questions()}
    assert "VII.coverage.voluntary_employees" not in ids
    assert "VII.coverage.voluntary_active" not in ids


# --- coverage (Art 41) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("protected", "expected"), [
    (500_000, Status.MET), (499_999, Status.NOT_MET), (500_001, Status.MET),
])
def test_employee_coverage_threshold_is_exact(protected: int, expected: Status) -> None:
    rule = req(family(VII__coverage__employees_protected=protected), "VII.COV.A")
    assert rule.status is expected
    assert "41(a)" in rule.explanation


@pytest.mark.parametrize(("protected", "expected"), [
    (600_000, Status.MET), (599_999, Status.NOT_MET), (600_001, Status.MET),
])
def test_economically_active_coverage_threshold_is_exact(protected: int, expected: Status) -> None:
    answers = without(family(VII__coverage__active_protected=protected), "VII.coverage.employees_protected")
    rule = req(answers, "VII.COV.B")
    assert rule.status is expected
    assert "20 %" in rule.explanation


def test_residents_with_limited_means() -> None:
    answers = without(family(VII__coverage__residents_means_tested=True), "VII.coverage.employees_protected")
    result = run(answers).parts["VII"]
    assert result.requirement("VII.COV.C").status is Status.MET
    assert result.status is PartStatus.COMPLIANT
    no = without(family(VII__coverage__residents_means_tested=False), "VII.coverage.employees_protected")
    assert status(no, "VII.COV.C") is Status.NOT_MET


def test_residents_alternative_makes_no_art_67_reference() -> None:
    question = load_questionnaire().question("VII.coverage.residents_means_tested")
    assert "67" not in question.label
    assert "prescribed limits" in question.label


@pytest.mark.parametrize(("protected", "expected"), [
    (100_000, Status.MET), (99_999, Status.NOT_MET), (100_001, Status.MET),
])
def test_article_3_coverage_with_declaration(protected: int, expected: Status) -> None:
    answers = without(family(**{"I.art3.declaration": True, "VII.coverage.industrial_protected": protected}),
                      "VII.coverage.employees_protected")
    rule = req(answers, "VII.COV.D")
    assert rule.status is expected and rule.article_3


def test_part_rests_on_article_3_coverage() -> None:
    answers = family(**{"I.art3.declaration": True, "VII.coverage.employees_protected": 400_000,
                        "VII.coverage.industrial_protected": 150_000})
    result = run(answers).parts["VII"]
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is True


def test_article_3_coverage_without_declaration_does_not_count() -> None:
    answers = without(family(VII__coverage__industrial_protected=150_000), "VII.coverage.employees_protected")
    result = run(answers).parts["VII"]
    assert result.requirement("VII.COV.D").status is Status.NOT_APPLICABLE
    assert result.requirement("VII.COV.A").status is Status.INSUFFICIENT
    assert result.status is PartStatus.INSUFFICIENT


# --- form, qualifying period, duration (Arts 42, 43, 45) -----------------------------------------------------

def test_form_in_kind_only_is_enough() -> None:
    answers = family(VII__form__kinds=["housing", "holidays"])
    assert status(answers, "VII.FORM") is Status.MET
    # no periodical payment: Art 45 does not apply and the duration answer is ignored
    answers["VII.duration.throughout"] = False
    assert status(answers, "VII.DUR") is Status.NOT_APPLICABLE
    assert run(answers).parts["VII"].status is PartStatus.COMPLIANT


def test_form_nothing_fails() -> None:
    assert status(family(VII__form__kinds=[]), "VII.FORM") is Status.NOT_MET
    assert status(without(family(), "VII.form.kinds"), "VII.FORM") is Status.INSUFFICIENT


@pytest.mark.parametrize(("months", "expected"), [
    (3, Status.MET), (d("3.01"), Status.NOT_MET), (d("2.99"), Status.MET),
])
def test_qualifying_contribution_or_employment(months: Any, expected: Status) -> None:
    rule = req(family(VII__qp__months=months), "VII.QP")
    assert rule.status is expected
    assert "3 months" in rule.explanation


@pytest.mark.parametrize(("years", "expected"), [
    (1, Status.MET), (d("1.01"), Status.NOT_MET), (d("0.99"), Status.MET),
])
def test_qualifying_residence(years: Any, expected: Status) -> None:
    answers = family(VII__qp__basis="residence", VII__qp__residence_years=years, VII__qp__reference_period_months=24)
    rule = req(answers, "VII.QP")
    assert rule.status is expected
    assert "within 24 months" in rule.explanation


def test_no_qualifying_period_ignores_stale_figures() -> None:
    assert status(family(VII__qp__basis="none", VII__qp__months=12), "VII.QP") is Status.MET


def test_residence_basis_ignores_contribution_months() -> None:
    answers = family(VII__qp__basis="residence", VII__qp__months=2)
    assert status(answers, "VII.QP") is Status.INSUFFICIENT


def test_duration_throughout() -> None:
    assert status(family(VII__duration__throughout=False), "VII.DUR") is Status.NOT_MET
    assert status(without(family(), "VII.duration.throughout"), "VII.DUR") is Status.INSUFFICIENT


# --- total value (Art 44) ------------------------------------------------------------------------------------

def _only_a(total: Any) -> dict[str, Any]:
    """Art 44(b) fails (3,000,000 children of residents → 432,000,000 required), so (a) decides."""
    return family(**{"I.stats.children_residents": 3_000_000, "VII.value.cash_year": total,
                     "VII.value.in_kind_year": 0})


@pytest.mark.parametrize(("total", "expected"), [
    (288_000_000, Status.MET), (287_999_999, Status.NOT_MET), (288_000_001, Status.MET),
    (d("287999999.99"), Status.NOT_MET),
])
def test_value_a_threshold_is_exact(total: Any, expected: Status) -> None:
    result = run(_only_a(total)).parts["VII"]
    assert result.requirement("VII.VAL.B").status is Status.NOT_MET
    assert result.requirement("VII.VAL.A").status is expected
    assert result.status is (PartStatus.COMPLIANT if expected is Status.MET else PartStatus.NOT_COMPLIANT)


def test_value_a_explanation_shows_the_computed_figures() -> None:
    rule = req(family(), "VII.VAL.A")
    text = rule.explanation
    assert "300,000,000" in text and "250,000,000 in cash" in text and "50,000,000 in kind" in text
    assert "3 % × 9,600 × 1,000,000" in text and "288,000,000" in text
    assert "800 per month × 12 = 9,600" in text
    assert "A.ART44.TIME" in rule.assumptions


def _only_b(total: Any) -> dict[str, Any]:
    """Art 44(a) fails (2,000,000 children of persons protected → 576,000,000 required), so (b) decides."""
    return family(**{"VII.value.children_protected": 2_000_000, "VII.value.cash_year": total,
                     "VII.value.in_kind_year": 0})


@pytest.mark.parametrize(("total", "expected"), [
    (129_600_000, Status.MET), (129_599_999, Status.NOT_MET), (129_600_001, Status.MET),
    (d("129599999.99"), Status.NOT_MET),
])
def test_value_b_threshold_is_exact(total: Any, expected: Status) -> None:
    result = run(_only_b(total)).parts["VII"]
    assert result.requirement("VII.VAL.A").status is Status.NOT_MET
    rule = result.requirement("VII.VAL.B")
    assert rule.status is expected
    assert "1.5 % × 9,600 × 900,000" in rule.explanation
    assert result.status is (PartStatus.COMPLIANT if expected is Status.MET else PartStatus.NOT_COMPLIANT)


def test_value_tests_are_one_group() -> None:
    result = run(family())
    a, b = result.requirement("VII.VAL.A"), result.requirement("VII.VAL.B")
    assert a.group is not None and a.group == b.group


@pytest.mark.parametrize(("basis", "wage", "yearly"), [("week", 200, 10_400), ("year", 9_600, 9_600)])
def test_value_converts_time_basis(basis: str, wage: int, yearly: int) -> None:
    answers = family(**{"I.wages.time_basis": basis, "I.wages.labourer_wage": wage})
    rule = req(answers, "VII.VAL.A")
    assert rule.values["labourer_wage_year"] == yearly
    assert rule.values["required_year"] == yearly * 30_000  # 3 % × 1,000,000 children


def test_value_with_daily_wage_needs_the_yearly_wage() -> None:
    answers = family(**{"I.wages.time_basis": "day", "I.wages.labourer_wage": 40})
    rule = req(answers, "VII.VAL.A")
    assert rule.status is Status.INSUFFICIENT
    # The explanation names the question in words; the id is what it asks for (Information to obtain).
    assert "VII.value.labourer_wage_year" in question_ids_in(rule.explanation)
    assert "VII.value.labourer_wage_year" not in rule.explanation and "give the yearly wage" in rule.explanation
    answers["VII.value.labourer_wage_year"] = 10_000
    # 3 % × 10,000 × 1,000,000 = 300,000,000 = the total
    assert status(answers, "VII.VAL.A") is Status.MET
    answers["VII.value.labourer_wage_year"] = d("10000.01")
    assert status(answers, "VII.VAL.A") is Status.NOT_MET


def test_yearly_wage_overrides_the_conversion() -> None:
    rule = req(family(VII__value__labourer_wage_year=12_000), "VII.VAL.A")
    assert rule.values["required_year"] == 360_000_000
    assert rule.status is Status.NOT_MET


def test_missing_in_kind_value() -> None:
    enough = without(family(VII__value__cash_year=288_000_000), "VII.value.in_kind_year")
    assert status(enough, "VII.VAL.A") is Status.MET
    short = without(family(**{"VII.value.cash_year": 200_000_000, "I.stats.children_residents": 3_000_000}),
                    "VII.value.in_kind_year")
    assert status(short, "VII.VAL.A") is Status.INSUFFICIENT  # in-kind benefits exist (food) but have no value
    cash_only = dict(short, **{"VII.form.kinds": ["periodical"]})
    assert status(cash_only, "VII.VAL.A") is Status.NOT_MET  # no in-kind benefit at all


def test_value_unanswered() -> None:
    answers = without(family(), "VII.value.cash_year", "VII.value.in_kind_year")
    assert status(answers, "VII.VAL.A") is Status.INSUFFICIENT
    assert status(without(family(), "VII.value.children_protected"), "VII.VAL.A") is Status.INSUFFICIENT
    # (b) still decides the group when the children of persons protected are not counted
    assert run(without(family(), "VII.value.children_protected")).parts["VII"].status is PartStatus.COMPLIANT


# --- child age (Arts 1(1)(e), 40): a family benefit that stops earlier fails Part VII -----------------------

@pytest.mark.parametrize(("age", "school", "expected"), [
    (15, 16, Status.MET), (d("14.99"), 16, Status.NOT_MET), (d("15.01"), 16, Status.MET),  # the 15 option
    (14, 14, Status.MET), (d("13.99"), 14, Status.NOT_MET), (d("14.01"), 14, Status.MET),  # the school option
    (16, 16, Status.MET), (12, 13, Status.NOT_MET),
])
def test_family_benefit_age_limit_against_the_child_definition(age: Any, school: int, expected: Status) -> None:
    result = run(family(VII__child__age_limit=age, I__child__school_leaving_age=school)).parts["VII"]
    rule = result.requirement("VII.CHILD")
    assert rule.status is expected and rule.required
    assert "A.CHILD.AGE" in rule.assumptions
    assert result.status is (PartStatus.COMPLIANT if expected is Status.MET else PartStatus.NOT_COMPLIANT)


def test_the_general_child_definition_serves_when_family_benefit_has_none() -> None:
    answers = without(family(**{"I.child.age_limit": 14}), "VII.child.age_limit")
    assert status(answers, "VII.CHILD") is Status.NOT_MET  # 14 < min(15, 16)
    assert status(family(**{"I.child.age_limit": 14, "VII.child.age_limit": 18}), "VII.CHILD") is Status.MET


def test_child_age_below_15_without_the_school_leaving_age_lacks_information() -> None:
    answers = without(family(VII__child__age_limit=14), "I.child.school_leaving_age")
    rule = req(answers, "VII.CHILD")
    assert rule.status is Status.INSUFFICIENT and "I.child.school_leaving_age" in question_ids_in(rule.explanation)
    assert status(without(family(VII__child__age_limit=15), "I.child.school_leaving_age"), "VII.CHILD") is Status.MET


def test_child_age_unknown_lacks_information() -> None:
    result = run(without(family(), "VII.child.age_limit")).parts["VII"]
    assert result.requirement("VII.CHILD").status is Status.INSUFFICIENT
    assert result.status is PartStatus.INSUFFICIENT
