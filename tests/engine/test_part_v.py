"""Part V — old-age benefit (Arts 25–30), with the qualifying-period logic of Art 29 (engine/qualifying.py)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from tests.helpers import d, part_i, req, run, status

BASE_V: dict[str, Any] = {
    "V.scheme.exists": True,
    "V.coverage.employees_protected": 600_000,
    "V.age.pensionable_age": 65,
    "V.earn.has_test": False,
    "V.benefit.method": "earnings_related",
    "V.benefit.rate": 45,
    "V.qp.basis": "contribution_or_employment",
    "V.qp.full_years": 30,
    "V.qp.reduced_available": True,
    "V.qp.reduced_min_years": 15,
    "V.qp.reduced_rate": 20,
    "V.transition.older_cohorts": False,
    "V.duration.for_life": True,
    "XI.review.after_earnings_changes": True,
}


def v(**overrides: Any) -> dict[str, Any]:
    """A compliant Part V; ``key__name=value`` overrides an answer, ``=None`` removes it."""
    answers = {**part_i(), **BASE_V}
    answers.update({k.replace("__", "."): val for k, val in overrides.items()})
    return {k: val for k, val in answers.items() if val is not None}


def part_v_status(answers: dict[str, Any]) -> PartStatus:
    return run(answers).parts["V"].status


# --- Part status --------------------------------------------------------------------------------------------


def test_base_is_compliant_and_lists_every_rule_id() -> None:
    result = run(v()).parts["V"]
    assert result.status is PartStatus.COMPLIANT
    assert result.article_3 is False
    ids = {r.id for r in result.requirements}
    assert {"V.COV.A", "V.COV.B", "V.COV.C", "V.COV.D", "V.AGE", "V.EARN", "V.LVL", "V.QP.FULL", "V.QP.RED",
            "V.QP.ALT10", "V.QP.PROP", "V.TRANS", "V.DUR", "V.REVIEW"} <= ids
    articles = {r.id: r.article for r in result.requirements}
    assert articles["V.AGE"] == "26(2)"
    assert articles["V.EARN"] == "26(3)"
    assert articles["V.LVL"] == "28"
    assert articles["V.TRANS"] == "29(5)"
    assert articles["V.DUR"] == "30"


def test_part_not_assessed_without_answers() -> None:
    assert part_v_status(part_i()) is PartStatus.NOT_ASSESSED


def test_part_not_compliant() -> None:
    assert part_v_status(v(V__duration__for_life=False)) is PartStatus.NOT_COMPLIANT


def test_part_insufficient_information() -> None:
    assert part_v_status(v(V__duration__for_life=None)) is PartStatus.INSUFFICIENT


def test_part_compliant_with_review() -> None:
    answers = v(V__age__pensionable_age=67, V__age__justification_documented=True)
    assert part_v_status(answers) is PartStatus.COMPLIANT_WITH_REVIEW


# --- Coverage (Art 27) ----------------------------------------------------------------------------------------


def test_cov_a_at_threshold() -> None:
    rule = req(v(V__coverage__employees_protected=500_000), "V.COV.A")
    assert rule.status is Status.MET
    assert "50 %" in rule.explanation and "27(a)" in rule.explanation


def test_cov_a_just_below_and_above() -> None:
    assert status(v(V__coverage__employees_protected=499_999), "V.COV.A") is Status.NOT_MET
    assert status(v(V__coverage__employees_protected=500_001), "V.COV.A") is Status.MET
    assert part_v_status(v(V__coverage__employees_protected=499_999)) is PartStatus.NOT_COMPLIANT


def test_cov_a_voluntary_members_count_only_with_art6() -> None:
    answers = v(V__coverage__employees_protected=499_000, V__coverage__voluntary_employees=1_000)
    assert status(answers, "V.COV.A") is Status.NOT_MET
    answers.update({"I.art6.supervised": True, "I.art6.substantial_part": True, "I.art6.complies_jointly": True})
    assert status(answers, "V.COV.A") is Status.MET


def test_cov_b_threshold() -> None:
    base = v(V__coverage__employees_protected=None)
    assert status({**base, "V.coverage.active_protected": 600_000}, "V.COV.B") is Status.MET
    assert status({**base, "V.coverage.active_protected": 599_999}, "V.COV.B") is Status.NOT_MET
    assert status({**base, "V.coverage.active_protected": 600_001}, "V.COV.B") is Status.MET


def test_cov_c_means_tested_residents() -> None:
    base = v(V__coverage__employees_protected=None)
    assert status({**base, "V.coverage.residents_means_tested": True}, "V.COV.C") is Status.MET
    assert status({**base, "V.coverage.residents_means_tested": False, "V.coverage.relies_on": ["c"]},
                  "V.COV.C") is Status.NOT_MET


def test_no_coverage_figures_is_insufficient() -> None:
    answers = v(V__coverage__employees_protected=None)
    assert status(answers, "V.COV.A") is Status.INSUFFICIENT
    assert part_v_status(answers) is PartStatus.INSUFFICIENT


def test_cov_d_needs_article_3_declaration() -> None:
    answers = v(V__coverage__employees_protected=None, V__coverage__industrial_protected=100_000)
    assert status(answers, "V.COV.D") is Status.NOT_APPLICABLE
    # Without the declaration no alternative is open: the Part lacks information rather than passing.
    assert status(answers, "V.COV.A") is Status.INSUFFICIENT
    assert part_v_status(answers) is PartStatus.INSUFFICIENT
    answers["I.art3.declaration"] = True
    result = run(answers).parts["V"]
    assert result.requirement("V.COV.D").status is Status.MET
    assert result.requirement("V.COV.D").article_3 is True
    assert result.article_3 is True
    assert result.status is PartStatus.COMPLIANT
    answers["V.coverage.industrial_protected"] = 99_999
    assert status(answers, "V.COV.D") is Status.NOT_MET


# --- Pensionable age (Art 26(2)) ---------------------------------------------------------------------------------


def test_age_65_is_met() -> None:
    rule = req(v(V__age__pensionable_age=65), "V.AGE")
    assert rule.status is Status.MET
    assert "65" in rule.explanation


def test_age_just_below_65_is_met() -> None:
    assert status(v(V__age__pensionable_age=d("64.99")), "V.AGE") is Status.MET


def test_age_just_above_65_with_documented_justification_needs_review() -> None:
    answers = v(V__age__pensionable_age=d("65.01"), V__age__justification_documented=True,
                V__age__justification="healthy life expectancy at 65 is 17 years")
    rule = req(answers, "V.AGE")
    assert rule.status is Status.NEEDS_REVIEW
    assert "65.01" in rule.explanation and "healthy life expectancy" in rule.explanation
    assert "A.V.AGE.JUSTIFICATION" in rule.assumptions


def test_age_above_65_without_justification_fails() -> None:
    answers = v(V__age__pensionable_age=d("65.01"), V__age__justification_documented=False)
    assert status(answers, "V.AGE") is Status.NOT_MET


def test_age_above_65_justification_unanswered_is_insufficient() -> None:
    assert status(v(V__age__pensionable_age=66), "V.AGE") is Status.INSUFFICIENT


def test_age_uses_the_higher_of_men_and_women() -> None:
    answers = v(V__age__pensionable_age=62, V__age__pensionable_age_women=d("65.5"),
                V__age__justification_documented=False)
    rule = req(answers, "V.AGE")
    assert rule.status is Status.NOT_MET
    assert "65.5" in rule.explanation
    assert status(v(V__age__pensionable_age=67, V__age__pensionable_age_women=65,
                    V__age__justification_documented=False), "V.AGE") is Status.NOT_MET


def test_age_justification_ignored_when_age_not_above_65() -> None:
    # The justification question is skipped at 65, so a "no" left over from an earlier answer does not count.
    assert status(v(V__age__pensionable_age=65, V__age__justification_documented=False), "V.AGE") is Status.MET


def test_age_missing_is_insufficient() -> None:
    assert status(v(V__age__pensionable_age=None), "V.AGE") is Status.INSUFFICIENT


# --- Earnings and means (Art 26(3)) --------------------------------------------------------------------------------


def test_earn_no_test_is_met_and_leftover_answer_ignored() -> None:
    assert status(v(V__earn__has_test=False, V__earn__only_permitted=False), "V.EARN") is Status.MET


def test_earn_permitted_grounds() -> None:
    assert status(v(V__earn__has_test=True, V__earn__only_permitted=True), "V.EARN") is Status.MET
    assert status(v(V__earn__has_test=True, V__earn__only_permitted=False), "V.EARN") is Status.NOT_MET
    assert status(v(V__earn__has_test=True), "V.EARN") is Status.INSUFFICIENT
    assert status(v(V__earn__has_test=None), "V.EARN") is Status.INSUFFICIENT


# --- Level (Art 28 + Schedule: 40 %, man with wife of pensionable age) -------------------------------------------


def test_level_earnings_related_at_threshold() -> None:
    rule = req(v(V__benefit__rate=40), "V.LVL")
    assert rule.status is Status.MET
    assert "40 %" in rule.explanation


def test_level_earnings_related_just_below_and_above() -> None:
    assert status(v(V__benefit__rate=d("39.99")), "V.LVL") is Status.NOT_MET
    assert status(v(V__benefit__rate=d("40.01")), "V.LVL") is Status.MET


def test_level_flat_rate_ignores_family_allowances() -> None:
    # No children in the standard beneficiary: 320 / 800 = 40 % exactly; family allowances are not added.
    base = v(V__benefit__method="flat_rate", V__benefit__rate=None)
    assert status({**base, "V.benefit.flat_amount": 320}, "V.LVL") is Status.MET
    rule = req({**base, "V.benefit.flat_amount": d("319.99")}, "V.LVL")
    assert rule.status is Status.NOT_MET
    assert "family allowances" not in rule.explanation


def test_level_means_tested() -> None:
    base = v(V__coverage__employees_protected=None, V__coverage__residents_means_tested=True,
             V__benefit__method="means_tested", V__benefit__rate=None, V__benefit__means_scale_prescribed=True,
             V__benefit__means_disregards=True, V__benefit__health_decency=True)
    assert status({**base, "V.benefit.means_amount": 320}, "V.LVL") is Status.MET
    assert status({**base, "V.benefit.means_amount": d("319.99")}, "V.LVL") is Status.NOT_MET
    # The 30 % safe harbour of Art 67(d), with the coverage of Art 27(b) as comparator.
    harbour = {**base, "V.benefit.means_amount": 300, "V.benefit.notional_art66_total_year": 1_000_000}
    rule = req({**harbour, "V.benefit.total_paid_year": 1_300_000}, "V.LVL")
    assert rule.status is Status.MET
    assert "27(b)" in rule.explanation
    assert status({**harbour, "V.benefit.total_paid_year": 1_299_999}, "V.LVL") is Status.NOT_MET


def test_level_means_tested_needs_means_tested_coverage() -> None:
    answers = v(V__benefit__method="means_tested", V__benefit__rate=None, V__benefit__means_scale_prescribed=True,
                V__benefit__means_disregards=True, V__benefit__health_decency=True, V__benefit__means_amount=400,
                V__coverage__residents_means_tested=False)
    assert status(answers, "V.LVL") is Status.NOT_MET


def test_level_method_missing() -> None:
    answers = {k: val for k, val in v().items() if not k.startswith("V.benefit.")}
    assert status(answers, "V.LVL") is Status.INSUFFICIENT
    assert req(v(V__benefit__method=None), "V.LVL").values["method"] == "earnings_related"


# --- Qualifying periods (Art 29; engine/qualifying.py) -----------------------------------------------------------


def test_qp_full_30_years_of_contribution() -> None:
    rule = req(v(V__qp__full_years=30), "V.QP.FULL")
    assert rule.status is Status.MET
    assert "30" in rule.explanation and "29(1)(a)" in rule.explanation
    assert status(v(V__qp__full_years=d("29.99")), "V.QP.FULL") is Status.MET
    assert status(v(V__qp__full_years=d("30.01")), "V.QP.FULL") is Status.NOT_MET


def test_qp_full_20_years_of_residence() -> None:
    base = v(V__qp__basis="residence")
    assert status({**base, "V.qp.full_years": 20}, "V.QP.FULL") is Status.MET
    assert status({**base, "V.qp.full_years": d("19.99")}, "V.QP.FULL") is Status.MET
    assert status({**base, "V.qp.full_years": d("20.01")}, "V.QP.FULL") is Status.NOT_MET
    # Residence-based: no reduced benefit is owed, and the reduced-benefit answers are skipped.
    assert status({**base, "V.qp.full_years": 20}, "V.QP.RED") is Status.NOT_APPLICABLE
    assert status({**base, "V.qp.full_years": 20}, "V.QP.PROP") is Status.NOT_APPLICABLE
    assert status({**base, "V.qp.full_years": 20}, "V.TRANS") is Status.NOT_APPLICABLE
    assert part_v_status({**base, "V.qp.full_years": 20}) is PartStatus.COMPLIANT


def test_qp_all_active_average_needs_review() -> None:
    answers = v(V__qp__basis="all_active_average")
    rule = req(answers, "V.QP.FULL")
    assert rule.status is Status.NEEDS_REVIEW
    assert rule.article == "29(1)(b)"
    assert status(answers, "V.QP.RED") is Status.NOT_APPLICABLE


def test_qp_basis_missing() -> None:
    answers = v(V__qp__basis=None)
    assert status(answers, "V.QP.FULL") is Status.INSUFFICIENT
    assert status(answers, "V.QP.RED") is Status.INSUFFICIENT
    assert status(answers, "V.TRANS") is Status.INSUFFICIENT


def test_qp_alt10_rescues_a_long_full_period() -> None:
    base = v(V__qp__full_years=35, V__qp__reduced_min_years=10, V__qp__reduced_rate=d("13.34"))
    assert status(base, "V.QP.FULL") is Status.NOT_MET
    assert status(base, "V.QP.ALT10") is Status.NOT_APPLICABLE
    assert part_v_status(base) is PartStatus.NOT_COMPLIANT
    at = {**base, "V.qp.rate_at_alt_years": 30}
    rule = req(at, "V.QP.ALT10")
    assert rule.status is Status.MET and rule.group == "qualifying_full"
    assert part_v_status(at) is PartStatus.COMPLIANT
    assert status({**base, "V.qp.rate_at_alt_years": d("29.99")}, "V.QP.ALT10") is Status.NOT_MET
    assert part_v_status({**base, "V.qp.rate_at_alt_years": d("29.99")}) is PartStatus.NOT_COMPLIANT
    assert status({**base, "V.qp.rate_at_alt_years": d("30.01")}, "V.QP.ALT10") is Status.MET


def test_qp_alt10_residence_wording() -> None:
    rule = req(v(V__qp__basis="residence", V__qp__full_years=20, V__qp__rate_at_alt_years=30), "V.QP.ALT10")
    assert "5 years of residence" in rule.explanation


def test_qp_proportional_at_15_years() -> None:
    # 40 % × 15/30 = 20 %
    base = v(V__qp__full_years=40, V__qp__reduced_min_years=15)
    rule = req({**base, "V.qp.reduced_rate": 20}, "V.QP.PROP")
    assert rule.status is Status.MET
    assert "40 % × 15/30" in rule.explanation
    assert "A.PROP.V" in rule.assumptions
    assert part_v_status({**base, "V.qp.reduced_rate": 20}) is PartStatus.COMPLIANT
    assert status({**base, "V.qp.reduced_rate": d("19.99")}, "V.QP.PROP") is Status.NOT_MET
    assert status({**base, "V.qp.reduced_rate": d("20.01")}, "V.QP.PROP") is Status.MET


def test_qp_proportional_only_strictly_between_10_and_30_years() -> None:
    base = v(V__qp__full_years=40, V__qp__reduced_rate=40)
    assert status({**base, "V.qp.reduced_min_years": 10}, "V.QP.PROP") is Status.NOT_APPLICABLE
    assert status({**base, "V.qp.reduced_min_years": 30}, "V.QP.PROP") is Status.NOT_APPLICABLE
    assert status({**base, "V.qp.reduced_min_years": d("10.01")}, "V.QP.PROP") is Status.MET
    assert status({**base, "V.qp.reduced_min_years": d("29.99")}, "V.QP.PROP") is Status.MET


def test_qp_proportional_rate_just_past_10_and_below_30_years() -> None:
    # 40 % × 10.5/30 = 14 % ; 40 % × 29.7/30 = 39.6 %
    base = v(V__qp__full_years=40, V__qp__reduced_min_years=d("10.5"))
    assert status({**base, "V.qp.reduced_rate": 14}, "V.QP.PROP") is Status.MET
    assert status({**base, "V.qp.reduced_rate": d("13.99")}, "V.QP.PROP") is Status.NOT_MET
    base = v(V__qp__full_years=40, V__qp__reduced_min_years=d("29.7"))
    assert status({**base, "V.qp.reduced_rate": d("39.6")}, "V.QP.PROP") is Status.MET
    assert status({**base, "V.qp.reduced_rate": d("39.59")}, "V.QP.PROP") is Status.NOT_MET


def test_qp_proportional_rate_missing() -> None:
    assert status(v(V__qp__full_years=40, V__qp__reduced_rate=None), "V.QP.PROP") is Status.INSUFFICIENT


def test_qp_reduced_after_15_years() -> None:
    rule = req(v(V__qp__reduced_min_years=15, V__qp__reduced_rate=20), "V.QP.RED")
    assert rule.status is Status.MET
    assert rule.article == "29(2)"
    assert "15" in rule.explanation and "40 % × 15/30" in rule.explanation
    assert status(v(V__qp__reduced_min_years=d("15.01")), "V.QP.RED") is Status.NOT_MET
    assert status(v(V__qp__reduced_min_years=16), "V.QP.RED") is Status.NOT_MET
    assert status(v(V__qp__reduced_min_years=d("14.99"), V__qp__reduced_rate=20), "V.QP.RED") is Status.MET


def test_qp_reduced_rate_floor() -> None:
    assert status(v(V__qp__reduced_rate=d("19.99")), "V.QP.RED") is Status.NOT_MET
    assert status(v(V__qp__reduced_rate=d("20.01")), "V.QP.RED") is Status.MET
    # At 12 years the floor is 40 % × 12/30 = 16 %.
    assert status(v(V__qp__reduced_min_years=12, V__qp__reduced_rate=16), "V.QP.RED") is Status.MET
    assert status(v(V__qp__reduced_min_years=12, V__qp__reduced_rate=d("15.99")), "V.QP.RED") is Status.NOT_MET


def test_qp_reduced_rate_unknown_needs_review() -> None:
    rule = req(v(V__qp__reduced_rate=None), "V.QP.RED")
    assert rule.status is Status.NEEDS_REVIEW


def test_qp_reduced_missing_fails_when_full_period_is_longer_than_15_years() -> None:
    answers = v(V__qp__reduced_available=False)
    assert status(answers, "V.QP.RED") is Status.NOT_MET
    assert part_v_status(answers) is PartStatus.NOT_COMPLIANT
    assert status(v(V__qp__reduced_available=None), "V.QP.RED") is Status.INSUFFICIENT


def test_qp_reduced_not_needed_when_full_benefit_after_15_years() -> None:
    assert status(v(V__qp__full_years=15, V__qp__reduced_available=False), "V.QP.RED") is Status.MET
    assert status(v(V__qp__full_years=d("15.01"), V__qp__reduced_available=False), "V.QP.RED") is Status.NOT_MET


# --- Transitional benefit (Art 29(5)) ------------------------------------------------------------------------------


def test_transitional() -> None:
    assert status(v(V__transition__older_cohorts=False), "V.TRANS") is Status.NOT_APPLICABLE
    base = v(V__transition__older_cohorts=True)
    assert status(base, "V.TRANS") is Status.INSUFFICIENT
    assert status({**base, "V.transition.provision": "reduced_benefit"}, "V.TRANS") is Status.MET
    assert status({**base, "V.transition.provision": "later_age_benefit"}, "V.TRANS") is Status.MET
    assert status({**base, "V.transition.provision": "none"}, "V.TRANS") is Status.NOT_MET
    assert part_v_status({**base, "V.transition.provision": "none"}) is PartStatus.NOT_COMPLIANT


def test_transitional_skipped_for_residence_schemes() -> None:
    answers = v(V__qp__basis="residence", V__qp__full_years=20, V__transition__older_cohorts=True,
                V__transition__provision="none")
    assert status(answers, "V.TRANS") is Status.NOT_APPLICABLE


def test_transitional_applies_to_all_active_schemes() -> None:
    answers = v(V__qp__basis="all_active_average", V__transition__older_cohorts=True,
                V__transition__provision="none")
    assert status(answers, "V.TRANS") is Status.NOT_MET


# --- Duration (Art 30) and review (Arts 65(10), 66(8)) ----------------------------------------------------------


def test_duration_for_life() -> None:
    rule = req(v(), "V.DUR")
    assert rule.status is Status.MET and "A.V.FOR_LIFE" in rule.assumptions
    assert status(v(V__duration__for_life=False), "V.DUR") is Status.NOT_MET


@pytest.mark.parametrize(("answer", "expected"), [(True, Status.MET), (False, Status.NOT_MET),
                                                   (None, Status.INSUFFICIENT)])
def test_review_uses_the_part_xi_question(answer: bool | None, expected: Status) -> None:
    rule = req(v(XI__review__after_earnings_changes=answer), "V.REVIEW")
    assert rule.status is expected
    assert rule.questions == ("XI.review.after_earnings_changes",)


def test_assumptions_listed_only_when_relied_on() -> None:
    assert req(v(V__duration__for_life=None), "V.DUR").assumptions == ()
    ids = {a["id"] for a in run(part_i()).assumptions}
    assert "A.V.FOR_LIFE" not in ids and "A.V.AGE.JUSTIFICATION" not in ids
    ids = {a["id"] for a in run(v(V__age__pensionable_age=66, V__age__justification_documented=True)).assumptions}
    assert {"A.V.FOR_LIFE", "A.V.AGE.JUSTIFICATION", "A.PROP.V"} <= ids
