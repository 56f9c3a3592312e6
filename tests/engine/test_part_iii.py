"""Part III (sickness) and, through it, the shared coverage and Part XI level calculators."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from tests.helpers import d, part_i, req, run, status


def sickness(**overrides: Any) -> dict[str, Any]:
    """A compliant sickness scheme: 60 % of earnings, 26 weeks, 3 waiting days."""
    answers = part_i()
    answers.update({
        "III.coverage.employees_protected": 600_000,
        "III.benefit.method": "earnings_related",
        "III.benefit.rate": 60,
        "III.qp.months": 3,
        "III.duration.waiting_days": 3,
        "III.duration.limited": True,
        "III.duration.max_weeks": 26,
        "III.duration.graded": False,
    })
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def test_compliant_scheme() -> None:
    result = run(sickness()).parts["III"]
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is False


@pytest.mark.parametrize(("protected", "expected"), [
    (500_000, Status.MET), (499_999, Status.NOT_MET), (500_001, Status.MET),
])
def test_employee_coverage_threshold_is_exact(protected: int, expected: Status) -> None:
    assert status(sickness(III__coverage__employees_protected=protected), "III.COV.A") is expected


def test_a_fractional_head_count_is_refused() -> None:
    with pytest.raises(AssertionError, match="whole number"):
        run(sickness(III__coverage__employees_protected=d("499999.5")))


def test_coverage_explanation_shows_the_figures() -> None:
    text = req(sickness(III__coverage__employees_protected=499_500), "III.COV.A").explanation
    assert "499,500 of 1,000,000" in text and "49.95 % < 50 %" in text and "15(a)" in text


@pytest.mark.parametrize(("active", "expected"), [(600_000, Status.MET), (599_999, Status.NOT_MET)])
def test_economically_active_alternative_is_twenty_percent_of_residents(active: int, expected: Status) -> None:
    answers = sickness(III__coverage__active_protected=active, III__coverage__employees_protected=100)
    assert status(answers, "III.COV.B") is expected
    assert run(answers).parts["III"].status is (PartStatus.COMPLIANT if expected is Status.MET
                                                else PartStatus.NOT_COMPLIANT)


def test_voluntary_members_count_only_when_article_6_holds() -> None:
    answers = sickness(III__coverage__employees_protected=450_000, III__coverage__voluntary_employees=50_000)
    assert status(answers, "III.COV.A") is Status.NOT_MET
    answers.update({"I.art6.supervised": True, "I.art6.substantial_part": True, "I.art6.complies_jointly": True})
    assert status(answers, "III.COV.A") is Status.MET


def test_seafarers_leave_the_denominator_under_article_77() -> None:
    answers = sickness(III__coverage__employees_protected=495_000)
    assert status(answers, "III.COV.A") is Status.NOT_MET
    answers.update({"I.stats.exclude_seafarers": True, "I.stats.seafarers": 10_000})
    assert status(answers, "III.COV.A") is Status.MET  # 495,000 / 990,000 = 50 %


def test_projected_figures_fail_article_5() -> None:
    answers = sickness(III__coverage__projected=True)
    assert status(answers, "III.COV.A") is Status.NOT_MET
    assert "Art 5" in req(answers, "III.COV.A").explanation


def test_article_3_alternative_needs_the_declaration() -> None:
    answers = sickness(III__coverage__employees_protected=100_000, III__coverage__industrial_protected=100_000)
    assert status(answers, "III.COV.D") is Status.NOT_APPLICABLE
    assert run(answers).parts["III"].status is PartStatus.NOT_COMPLIANT
    answers["I.art3.declaration"] = True
    assert status(answers, "III.COV.D") is Status.MET
    result = run(answers).parts["III"]
    assert result.status is PartStatus.COMPLIANT and result.article_3 is True
    answers["III.coverage.industrial_protected"] = 99_999
    assert status(answers, "III.COV.D") is Status.NOT_MET


def test_relies_on_makes_other_alternatives_not_applicable() -> None:
    answers = sickness(III__coverage__relies_on=["b"], III__coverage__active_protected=700_000)
    assert status(answers, "III.COV.A") is Status.NOT_APPLICABLE
    assert status(answers, "III.COV.B") is Status.MET


def test_no_coverage_data_is_insufficient() -> None:
    answers = sickness()
    del answers["III.coverage.employees_protected"]
    assert status(answers, "III.COV.A") is Status.INSUFFICIENT
    assert run(answers).parts["III"].status is PartStatus.INSUFFICIENT


# --- Art 65 (worked check of requirements.md §3.5) ---------------------------------------------------------
@pytest.mark.parametrize(("benefit_rate", "expected"), [
    (d("39.5"), Status.MET),  # (395 + 100) / (1,000 + 100) = 45 % exactly
    (d("39.49"), Status.NOT_MET),
    (d("39.51"), Status.MET),
])
def test_art65_threshold_with_family_allowances_on_both_sides(benefit_rate: Any, expected: Status) -> None:
    answers = sickness(III__benefit__rate=benefit_rate, III__benefit__reference_earnings=1000)
    assert status(answers, "III.LVL") is expected
    assert req(answers, "III.LVL").values["XI.65.TEST"]["earnings"] == 1000


def test_art65_ceiling_is_tested_at_the_skilled_wage() -> None:
    answers = sickness(III__benefit__earnings_ceiling=800, III__benefit__reference_earnings=1000)
    lvl = req(answers, "III.LVL")
    assert lvl.status is Status.NOT_MET  # (480 + 100) / (1,250 + 100) = 42.96 % < 45 %
    assert "42.96 % < 45 %" in lvl.explanation
    assert lvl.values["XI.65.TEST"]["replacement_percent"] > 45


def test_art65_ceiling_just_high_enough() -> None:
    # at the skilled wage 1,250: (r × ceiling + 100) / 1,350 = 45 %  ⇔  0.6 × ceiling = 507.5  ⇔  ceiling = 845.8333…
    answers = sickness(III__benefit__earnings_ceiling=d("845.84"))
    assert status(answers, "III.LVL") is Status.MET
    answers["III.benefit.earnings_ceiling"] = d("845.83")
    assert status(answers, "III.LVL") is Status.NOT_MET


def test_family_allowances_that_stop_during_sickness_count_only_on_the_earnings_side() -> None:
    answers = sickness(III__benefit__rate=d("39.5"), III__benefit__reference_earnings=1000)
    assert status(answers, "III.LVL") is Status.MET
    answers["III.benefit.family_allowances_during"] = 0
    assert status(answers, "III.LVL") is Status.NOT_MET  # 395 / 1,100 = 35.9 %


def test_art66_flat_rate_against_the_labourer_wage() -> None:
    # (B + 100) / (800 + 100) ≥ 45 %  ⇔  B ≥ 305
    answers = sickness(III__benefit__method="flat_rate", III__benefit__flat_amount=305)
    assert status(answers, "III.LVL") is Status.MET
    answers["III.benefit.flat_amount"] = d("304.99")
    assert status(answers, "III.LVL") is Status.NOT_MET


def test_art67_means_tested_with_safe_harbour() -> None:
    answers = sickness(
        III__coverage__employees_protected=None, III__coverage__residents_means_tested=True,
        III__benefit__method="means_tested", III__benefit__means_scale_prescribed=True,
        III__benefit__means_disregards=True, III__benefit__means_amount=200, III__benefit__health_decency=True,
        III__benefit__total_paid_year=1300, III__benefit__notional_art66_total_year=1000,
    )
    answers = {k: v for k, v in answers.items() if v is not None}
    lvl = req(answers, "III.LVL")
    assert lvl.status is Status.MET  # 200 < 305 fails 67(c), but 1,300 / 1,000 = 130 % meets 67(d)
    answers["III.benefit.total_paid_year"] = 1299
    assert status(answers, "III.LVL") is Status.NOT_MET
    answers["III.benefit.means_amount"] = 305
    assert status(answers, "III.LVL") is Status.MET


def test_unknown_method_is_insufficient() -> None:
    answers = {k: v for k, v in sickness().items() if not k.startswith("III.benefit.")}
    assert status(answers, "III.LVL") is Status.INSUFFICIENT


def test_method_is_implied_by_the_figures_given() -> None:
    answers = sickness()
    del answers["III.benefit.method"]
    assert req(answers, "III.LVL").values["method"] == "earnings_related"
    flat = {k: v for k, v in sickness().items() if not k.startswith("III.benefit.")}
    flat["III.benefit.flat_amount"] = 305
    assert req(flat, "III.LVL").values["method"] == "flat_rate"
    assert status(flat, "III.LVL") is Status.MET


def test_maximum_duration_counts_even_when_limited_is_not_answered() -> None:
    answers = sickness(III__duration__max_weeks=20)
    del answers["III.duration.limited"]
    assert status(answers, "III.DUR") is Status.NOT_MET


# --- Art 17, 18 --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("months", "expected"), [(6, Status.MET), (d("6.5"), Status.NEEDS_REVIEW)])
def test_qualifying_period_judgement(months: Any, expected: Status) -> None:
    answers = sickness(III__qp__months=months)
    assert status(answers, "III.QP") is expected
    if expected is Status.NEEDS_REVIEW:
        assert run(answers).parts["III"].status is PartStatus.COMPLIANT_WITH_REVIEW


@pytest.mark.parametrize(("days", "expected"), [(3, Status.MET), (4, Status.NOT_MET), (0, Status.MET)])
def test_waiting_days(days: int, expected: Status) -> None:
    assert status(sickness(III__duration__waiting_days=days), "III.WAIT") is expected


@pytest.mark.parametrize(("weeks", "expected"), [(26, Status.MET), (d("25.9"), Status.NOT_MET)])
def test_duration_per_case(weeks: Any, expected: Status) -> None:
    assert status(sickness(III__duration__max_weeks=weeks), "III.DUR") is expected


def test_unlimited_duration_ignores_a_stale_maximum() -> None:
    answers = sickness(III__duration__limited=False, III__duration__max_weeks=4)
    assert status(answers, "III.DUR") is Status.MET


def test_article_3_duration_alternatives() -> None:
    answers = sickness(III__duration__max_weeks=13)
    assert run(answers).parts["III"].status is PartStatus.NOT_COMPLIANT
    answers["I.art3.declaration"] = True
    assert status(answers, "III.DUR.ART3") is Status.MET
    assert run(answers).parts["III"].article_3 is True
    answers["III.duration.max_weeks"] = 12
    assert status(answers, "III.DUR.ART3") is Status.NOT_MET
    answers.update({"III.duration.benefit_days_year": 6_000_000, "III.duration.average_protected": 600_000})
    assert status(answers, "III.DUR.ART3") is Status.MET  # 6,000,000 ≥ 10 × 600,000
    answers["III.duration.benefit_days_year"] = 5_999_999
    assert status(answers, "III.DUR.ART3") is Status.NOT_MET


def test_part_without_answers_is_not_assessed() -> None:
    assert run(part_i()).parts["III"].status is PartStatus.NOT_ASSESSED


def test_part_cannot_pass_when_no_coverage_alternative_is_open() -> None:
    answers = sickness(III__coverage__relies_on=["d"], III__coverage__industrial_protected=150_000,
                       III__coverage__employees_protected=None)
    result = run(answers).parts["III"]
    assert result.requirement("III.COV.A").status is Status.INSUFFICIENT
    assert "no coverage alternative" in result.requirement("III.COV.A").explanation
    assert result.status is PartStatus.INSUFFICIENT


@pytest.mark.parametrize(("protected", "expected"), [
    (500_000, Status.MET), (499_999, Status.NOT_MET), (500_001, Status.MET),
])
def test_closed_article_3_choice_falls_back_to_the_figures_given(protected: int, expected: Status) -> None:
    # Only 15(d) ticked, without a declaration: the employee figures already given are tested (issue 12; the
    # Part was reported as lacking information before).
    answers = sickness(III__coverage__relies_on=["d"], III__coverage__industrial_protected=150_000,
                       III__coverage__employees_protected=protected)
    result = run(answers).parts["III"]
    assert result.requirement("III.COV.D").status is Status.NOT_APPLICABLE
    cov_a = result.requirement("III.COV.A")
    assert cov_a.status is expected and "only alternative ticked" in cov_a.explanation
    assert result.requirement("III.COV.B").status is Status.NOT_APPLICABLE  # no figures for 15(b)
    assert result.article_3 is False
    assert result.status is (PartStatus.COMPLIANT if expected is Status.MET else PartStatus.NOT_COMPLIANT)


def test_with_a_declaration_the_article_3_choice_is_kept() -> None:
    answers = sickness(III__coverage__relies_on=["d"], III__coverage__industrial_protected=150_000,
                       I__art3__declaration=True)
    result = run(answers).parts["III"]
    assert result.requirement("III.COV.A").status is Status.NOT_APPLICABLE
    assert result.requirement("III.COV.D").status is Status.MET and result.article_3 is True


@pytest.mark.parametrize(("rate", "expected"), [(45, Status.MET), (d("44.99"), Status.NOT_MET)])
def test_pure_percentage_needs_no_reference_wage(rate: Any, expected: Status) -> None:
    answers = {"III.coverage.employees_protected": 10, "III.benefit.method": "earnings_related",
               "III.benefit.rate": rate}
    assert status(answers, "III.LVL") is expected
    answers["III.benefit.flat_component"] = 10  # now the ratio depends on earnings: a wage is needed
    assert status(answers, "III.LVL") is Status.INSUFFICIENT
