"""Part VI (employment injury benefit, Arts 31–38)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from c102desk.i18n import question_ids_in
from c102desk.questionnaire import load_questionnaire
from tests.helpers import d, part_i, req, run, status

ALL_CAUSES = ["accidents", "diseases"]
ALL_CONTINGENCIES = ["morbid_condition", "incapacity", "permanent_loss", "survivors"]
ALL_CARE = ["practitioner", "dental", "nursing", "institutional", "supplies", "allied"]
ART3_CARE = ["general_practitioner", "specialist", "pharmaceuticals", "hospitalisation"]
SECTION_5_2_IDS = {
    "VI.COV.A", "VI.COV.B", "VI.CONT", "VI.MED", "VI.MED.ART3", "VI.LVL.INCAP", "VI.LVL.INVAL", "VI.LVL.SURV",
    "VI.LVL.PARTIAL", "VI.LUMP", "VI.QP", "VI.WAIT", "VI.REVIEW",
}


def injury(**overrides: Any) -> dict[str, Any]:
    """A scheme meeting every test of Part VI (skilled wage 1,250, labourer 800, family allowance 100 a month)."""
    answers = part_i()
    answers.update({
        "VI.scheme.exists": True,
        "VI.scheme.separate_branch": True,
        "VI.coverage.employees_protected": 600_000,
        "VI.coverage.wives_children": True,
        "VI.contingency.causes": list(ALL_CAUSES),
        "VI.contingency.covered": list(ALL_CONTINGENCIES),
        "VI.medical.items": list(ALL_CARE),
        "VI.medical.cost_sharing": False,
        "VI.medical.rehabilitation": True,
        # (625 + 100) / (1,250 + 100) = 53.7 %
        "VI.incapacity.method": "earnings_related",
        "VI.incapacity.rate": 50,
        # (400 + 100) / (800 + 100) = 55.6 %
        "VI.invalidity.method": "flat_rate",
        "VI.invalidity.flat_amount": 400,
        # (300 + 100) / (800 + 100) = 44.4 %
        "VI.survivors.method": "flat_rate",
        "VI.survivors.flat_amount": 300,
        "VI.partial.min_degree": 10,
        "VI.partial.periodical": True,
        "VI.partial.proportional": True,
        "VI.lump.commutation": False,
        "VI.qp.months": 0,
        "VI.duration.waiting_days": 3,
        "VI.duration.limited": False,
        "XI.review.after_earnings_changes": True,
    })
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def without(answers: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in answers.items() if k not in keys}


# --- the Part as a whole -------------------------------------------------------------------------------------

def test_compliant_scheme_is_compliant() -> None:
    result = run(injury()).parts["VI"]
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is False
    assert {r.id for r in result.requirements} >= SECTION_5_2_IDS
    others = [r for r in result.requirements if r.required]
    assert {r.status for r in others} <= {Status.MET, Status.NOT_APPLICABLE}


def test_non_proportional_partial_benefit_leaves_the_part_for_review() -> None:
    result = run(injury(VI__partial__proportional=False)).parts["VI"]
    assert result.status is PartStatus.COMPLIANT_WITH_REVIEW
    assert result.requirement("VI.LVL.PARTIAL").status is Status.NEEDS_REVIEW


def test_not_assessed_without_answers() -> None:
    assert run(part_i()).parts["VI"].status is PartStatus.NOT_ASSESSED


def test_missing_answer_gives_insufficient_information() -> None:
    result = run(without(injury(), "VI.survivors.flat_amount")).parts["VI"]
    assert result.requirement("VI.LVL.SURV").status is Status.INSUFFICIENT
    assert result.status is PartStatus.INSUFFICIENT


def test_a_failed_rule_makes_the_part_not_compliant() -> None:
    assert run(injury(VI__duration__waiting_days=4)).parts["VI"].status is PartStatus.NOT_COMPLIANT


def test_separate_branch_question_exists_for_part_xiii() -> None:
    question = load_questionnaire().question("VI.scheme.separate_branch")
    assert question.type.value == "yes_no"
    assert question.article == "71(2)"


# --- coverage (Art 33) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("protected", "expected"), [
    (500_000, Status.MET), (499_999, Status.NOT_MET), (500_001, Status.MET),
])
def test_employee_coverage_threshold_is_exact(protected: int, expected: Status) -> None:
    assert status(injury(VI__coverage__employees_protected=protected), "VI.COV.A") is expected


def test_coverage_explanation_shows_the_figures() -> None:
    text = req(injury(VI__coverage__employees_protected=499_500), "VI.COV.A").explanation
    assert "499,500" in text and "49.95 %" in text and "< 50 %" in text and "33(a)" in text


def test_wives_and_children_must_be_covered() -> None:
    rule = req(injury(VI__coverage__wives_children=False), "VI.COV.A")
    assert rule.status is Status.NOT_MET
    assert "wives and children" in rule.explanation
    assert status(without(injury(), "VI.coverage.wives_children"), "VI.COV.A") is Status.INSUFFICIENT


def test_no_voluntary_economically_active_or_resident_options() -> None:
    ids = {q.id for q in load_questionnaire().part("VI").questions()}
    assert "VI.coverage.voluntary_employees" not in ids
    assert "VI.coverage.active_protected" not in ids
    assert "VI.coverage.residents_means_tested" not in ids


@pytest.mark.parametrize(("protected", "expected"), [
    (100_000, Status.MET), (99_999, Status.NOT_MET), (100_001, Status.MET),
])
def test_article_3_coverage_with_declaration(protected: int, expected: Status) -> None:
    answers = without(injury(**{"I.art3.declaration": True}), "VI.coverage.employees_protected")
    answers["VI.coverage.industrial_protected"] = protected
    rule = req(answers, "VI.COV.B")
    assert rule.status is expected
    assert rule.article_3


def test_article_3_coverage_without_declaration_is_not_applicable() -> None:
    answers = without(injury(), "VI.coverage.employees_protected")
    answers["VI.coverage.industrial_protected"] = 150_000
    result = run(answers).parts["VI"]
    assert result.requirement("VI.COV.B").status is Status.NOT_APPLICABLE
    assert result.requirement("VI.COV.A").status is Status.INSUFFICIENT  # no alternative left to assess
    assert result.status is PartStatus.INSUFFICIENT


def test_relying_only_on_article_3_without_declaration_is_insufficient() -> None:
    answers = injury(VI__coverage__relies_on=["b"], VI__coverage__industrial_protected=150_000,
                     VI__coverage__employees_protected=None)
    result = run(answers).parts["VI"]
    assert result.status is PartStatus.INSUFFICIENT
    assert "33(b)" in result.requirement("VI.COV.A").explanation


def test_relying_only_on_article_3_without_declaration_tests_the_employee_figures() -> None:
    # 33(b) is closed without a declaration; 33(a) is tested with the figures given (issue 12).
    answers = injury(VI__coverage__relies_on=["b"], VI__coverage__industrial_protected=150_000)
    result = run(answers).parts["VI"]
    assert result.requirement("VI.COV.A").status is Status.MET
    assert result.status is PartStatus.COMPLIANT and result.article_3 is False


def test_part_rests_on_article_3_coverage() -> None:
    answers = injury(**{"I.art3.declaration": True, "VI.coverage.employees_protected": 400_000,
                        "VI.coverage.industrial_protected": 150_000,
                        "VI.medical.art3_items": list(ART3_CARE)})
    result = run(answers).parts["VI"]
    assert result.requirement("VI.COV.A").status is Status.NOT_MET
    assert result.requirement("VI.COV.B").status is Status.MET
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is True


# --- contingencies (Art 32) ----------------------------------------------------------------------------------

def test_contingencies_need_accidents_and_diseases() -> None:
    rule = req(injury(VI__contingency__causes=["accidents"]), "VI.CONT")
    assert rule.status is Status.NOT_MET
    assert "prescribed occupational diseases" in rule.explanation


def test_contingencies_need_all_four() -> None:
    rule = req(injury(VI__contingency__covered=["morbid_condition", "incapacity", "permanent_loss"]), "VI.CONT")
    assert rule.status is Status.NOT_MET
    assert "3 of 4" in rule.explanation and "(d)" in rule.explanation


def test_contingencies_unanswered() -> None:
    assert status(without(injury(), "VI.contingency.causes"), "VI.CONT") is Status.INSUFFICIENT


# --- medical care (Art 34) -----------------------------------------------------------------------------------

def test_medical_care_needs_six_of_six() -> None:
    rule = req(injury(VI__medical__items=ALL_CARE[:5]), "VI.MED")
    assert rule.status is Status.NOT_MET
    assert "5 of 6" in rule.explanation
    assert run(injury(VI__medical__items=ALL_CARE[:5])).parts["VI"].status is PartStatus.NOT_COMPLIANT


def test_reduced_list_only_with_declaration() -> None:
    result = run(injury(VI__medical__items=ALL_CARE[:4])).parts["VI"]
    assert result.requirement("VI.MED.ART3").status is Status.NOT_APPLICABLE
    assert result.status is PartStatus.NOT_COMPLIANT


def test_reduced_list_with_declaration_saves_the_part() -> None:
    answers = injury(**{"I.art3.declaration": True, "VI.medical.items": ALL_CARE[:4],
                        "VI.medical.art3_items": list(ART3_CARE)})
    result = run(answers).parts["VI"]
    assert result.requirement("VI.MED").status is Status.NOT_MET
    art3 = result.requirement("VI.MED.ART3")
    assert art3.status is Status.MET and art3.article_3 and art3.group == result.requirement("VI.MED").group
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is True


def test_reduced_list_with_declaration_still_needs_four_of_four() -> None:
    answers = injury(**{"I.art3.declaration": True, "VI.medical.art3_items": ART3_CARE[:3]})
    assert status(answers, "VI.MED.ART3") is Status.NOT_MET


def test_reduced_list_answer_ignored_without_declaration() -> None:
    answers = injury(VI__medical__items=ALL_CARE[:4], VI__medical__art3_items=list(ART3_CARE))
    assert status(answers, "VI.MED.ART3") is Status.NOT_APPLICABLE


def test_cost_sharing_fails_with_assumption() -> None:
    evaluation = run(injury(VI__medical__cost_sharing=True))
    rule = evaluation.requirement("VI.MED.COST")
    assert rule.status is Status.NOT_MET
    assert "A.COST.EMPLOYMENT_INJURY" in rule.assumptions
    assert any(a["id"] == "A.COST.EMPLOYMENT_INJURY" for a in evaluation.assumptions)
    assert evaluation.parts["VI"].status is PartStatus.NOT_COMPLIANT
    assert status(without(injury(), "VI.medical.cost_sharing"), "VI.MED.COST") is Status.INSUFFICIENT


def test_rehabilitation_is_informational() -> None:
    result = run(injury(VI__medical__rehabilitation=False)).parts["VI"]
    rule = result.requirement("VI.REHAB")
    assert rule.status is Status.NOT_MET and not rule.required
    assert result.status is PartStatus.COMPLIANT


# --- cash benefits (Art 36 and the Schedule) -----------------------------------------------------------------

@pytest.mark.parametrize(("rate", "expected"), [
    # (rate × 1,250 + 100) / 1,350 ≥ 50 % ⇔ rate ≥ 46 %
    (46, Status.MET), (d("45.99"), Status.NOT_MET), (d("46.01"), Status.MET),
])
def test_incapacity_benefit_50_percent(rate: Any, expected: Status) -> None:
    assert status(injury(VI__incapacity__rate=rate), "VI.LVL.INCAP") is expected


def test_incapacity_benefit_fails_at_the_skilled_wage_with_a_ceiling() -> None:
    rule = req(injury(VI__incapacity__rate=60, VI__incapacity__earnings_ceiling=900), "VI.LVL.INCAP")
    # at the skilled wage: (540 + 100) / 1,350 = 47.4 % < 50 %
    assert rule.status is Status.NOT_MET
    assert "47.41 %" in rule.explanation


@pytest.mark.parametrize(("amount", "expected"), [
    # (amount + 100) / (800 + 100) ≥ 50 % ⇔ amount ≥ 350
    (350, Status.MET), (d("349.99"), Status.NOT_MET), (d("350.01"), Status.MET),
])
def test_total_loss_pension_50_percent(amount: Any, expected: Status) -> None:
    assert status(injury(VI__invalidity__flat_amount=amount), "VI.LVL.INVAL") is expected


@pytest.mark.parametrize(("amount", "expected"), [
    # (amount + 100) / 900 ≥ 40 % ⇔ amount ≥ 260
    (260, Status.MET), (d("259.99"), Status.NOT_MET), (d("260.01"), Status.MET),
])
def test_survivors_pension_40_percent(amount: Any, expected: Status) -> None:
    rule = req(injury(VI__survivors__flat_amount=amount), "VI.LVL.SURV")
    assert rule.status is expected
    assert "widow with two children" in rule.explanation


@pytest.mark.parametrize(("rate", "expected"), [
    # (rate × 1,250 + 100) / 1,350 ≥ 40 % ⇔ rate ≥ 35.2 %
    (d("35.2"), Status.MET), (d("35.19"), Status.NOT_MET), (d("35.21"), Status.MET),
])
def test_survivors_pension_earnings_related(rate: Any, expected: Status) -> None:
    answers = without(injury(VI__survivors__method="earnings_related", VI__survivors__rate=rate),
                      "VI.survivors.flat_amount")
    assert status(answers, "VI.LVL.SURV") is expected


def test_flat_amount_ignored_when_benefit_is_earnings_related() -> None:
    answers = injury(VI__invalidity__method="earnings_related", VI__invalidity__flat_amount=10_000)
    assert status(answers, "VI.LVL.INVAL") is Status.INSUFFICIENT  # no rate; the flat amount does not count


def test_no_means_tested_method_in_part_vi() -> None:
    questionnaire = load_questionnaire()
    for prefix in ("VI.incapacity", "VI.invalidity", "VI.survivors"):
        assert questionnaire.question(f"{prefix}.method").option_values() == ("earnings_related", "flat_rate")


# --- partial loss and lump sums (Art 36(2), (3)) -------------------------------------------------------------

def test_proportional_partial_benefit_is_a_suitable_proportion() -> None:
    rule = req(injury(), "VI.LVL.PARTIAL")
    assert rule.status is Status.MET
    assert "suitable proportion" in rule.explanation and "10 %" in rule.explanation


def test_non_proportional_partial_benefit_needs_review() -> None:
    assert status(injury(VI__partial__proportional=False), "VI.LVL.PARTIAL") is Status.NEEDS_REVIEW


def test_partial_benefit_proportionality_unanswered() -> None:
    assert status(without(injury(), "VI.partial.proportional"), "VI.LVL.PARTIAL") is Status.INSUFFICIENT


def test_no_benefit_for_partial_loss_fails() -> None:
    # the proportional answer is irrelevant once there is no periodical payment
    answers = injury(VI__partial__periodical=False, VI__partial__lump_sum=False)
    result = run(answers).parts["VI"]
    assert result.requirement("VI.LVL.PARTIAL").status is Status.NOT_MET
    assert result.status is PartStatus.NOT_COMPLIANT


def test_lump_sum_for_partial_loss_within_article_36_3_needs_review() -> None:
    answers = injury(VI__partial__periodical=False, VI__partial__lump_sum=True, VI__lump__conditions=["slight"],
                     VI__lump__slight_degree=25)
    result = run(answers).parts["VI"]
    assert result.requirement("VI.LUMP").status is Status.MET
    assert "25 %" in result.requirement("VI.LUMP").explanation
    assert result.requirement("VI.LVL.PARTIAL").status is Status.NEEDS_REVIEW


def test_lump_sum_for_partial_loss_outside_article_36_3_fails() -> None:
    answers = injury(VI__partial__periodical=False, VI__partial__lump_sum=True, VI__lump__conditions=["other"])
    result = run(answers).parts["VI"]
    assert result.requirement("VI.LUMP").status is Status.NOT_MET
    assert result.requirement("VI.LVL.PARTIAL").status is Status.NOT_MET


def test_lump_sum_for_partial_loss_without_conditions_is_insufficient() -> None:
    answers = injury(VI__partial__periodical=False, VI__partial__lump_sum=True)
    assert status(answers, "VI.LUMP") is Status.INSUFFICIENT
    assert status(answers, "VI.LVL.PARTIAL") is Status.INSUFFICIENT


@pytest.mark.parametrize(("conditions", "expected"), [
    (["proper_use"], Status.MET), (["slight", "proper_use"], Status.MET), (["slight", "other"], Status.NOT_MET),
])
def test_commutation_conditions(conditions: list[str], expected: Status) -> None:
    answers = injury(VI__lump__commutation=True, VI__lump__conditions=conditions, VI__lump__slight_degree=20)
    assert status(answers, "VI.LUMP") is expected


@pytest.mark.parametrize(("degree", "expected"), [
    (25, Status.MET), (d("24.99"), Status.MET), (d("25.01"), Status.NOT_MET), (40, Status.NOT_MET),
])
def test_slight_incapacity_is_a_loss_of_at_most_25_percent(degree: Any, expected: Status) -> None:
    # Art 36(3)(a) with [I] A.VI.SLIGHT: a loss above 25 % is not slight (supervisory practice, R121 Para 10(1)).
    answers = injury(VI__lump__commutation=True, VI__lump__conditions=["slight"], VI__lump__slight_degree=degree)
    rule = req(answers, "VI.LUMP")
    assert rule.status is expected
    assert rule.values["slight_limit_percent"] == 25 and "A.VI.SLIGHT" in rule.assumptions
    assert "[I]" in rule.explanation


def test_above_the_slight_threshold_with_proper_use_assured_is_for_review() -> None:
    answers = injury(VI__lump__commutation=True, VI__lump__conditions=["slight", "proper_use"],
                     VI__lump__slight_degree=30)
    rule = req(answers, "VI.LUMP")
    assert rule.status is Status.NEEDS_REVIEW and "proper use" in rule.explanation


def test_slight_threshold_not_given_lacks_information() -> None:
    answers = injury(VI__lump__commutation=True, VI__lump__conditions=["slight"])
    rule = req(answers, "VI.LUMP")
    assert rule.status is Status.INSUFFICIENT and "VI.lump.slight_degree" in question_ids_in(rule.explanation)


def test_a_lump_sum_for_partial_loss_above_the_slight_threshold_fails_the_partial_benefit() -> None:
    answers = injury(VI__partial__periodical=False, VI__partial__lump_sum=True, VI__lump__conditions=["slight"],
                     VI__lump__slight_degree=50)
    assert status(answers, "VI.LUMP") is Status.NOT_MET
    assert status(answers, "VI.LVL.PARTIAL") is Status.NOT_MET


def test_commutation_conditions_ignored_without_commutation() -> None:
    assert status(injury(VI__lump__conditions=["other"]), "VI.LUMP") is Status.MET


def test_commutation_unanswered() -> None:
    assert status(without(injury(), "VI.lump.commutation"), "VI.LUMP") is Status.INSUFFICIENT


# --- qualifying period, waiting days, duration, review (Arts 37, 38, 65(10)) ---------------------------------

@pytest.mark.parametrize(("months", "expected"), [
    (0, Status.MET), (d("0.01"), Status.NOT_MET), (1, Status.NOT_MET),
])
def test_no_qualifying_period(months: Any, expected: Status) -> None:
    evaluation = run(injury(VI__qp__months=months))
    rule = evaluation.requirement("VI.QP")
    assert rule.status is expected
    assert "A.EI.NO_QP" in rule.assumptions
    assert any(a["id"] == "A.EI.NO_QP" for a in evaluation.assumptions)


@pytest.mark.parametrize(("days", "expected"), [(3, Status.MET), (4, Status.NOT_MET), (2, Status.MET)])
def test_waiting_days(days: int, expected: Status) -> None:
    rule = req(injury(VI__duration__waiting_days=days), "VI.WAIT")
    assert rule.status is expected
    assert f"{days} days" in rule.explanation


def test_benefits_limited_in_time_fail() -> None:
    assert status(injury(VI__duration__limited=True), "VI.DUR") is Status.NOT_MET


def test_review_of_pensions() -> None:
    assert status(injury(**{"XI.review.after_earnings_changes": False}), "VI.REVIEW") is Status.NOT_MET
    result = run(without(injury(), "XI.review.after_earnings_changes")).parts["VI"]
    assert result.requirement("VI.REVIEW").status is Status.INSUFFICIENT
    assert result.status is PartStatus.INSUFFICIENT
