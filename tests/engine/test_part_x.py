"""Part X — survivors' benefit (Arts 59–64), with the qualifying-period logic of Art 63 (engine/qualifying.py)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from tests.helpers import d, part_i, req, run, status

BASE_X: dict[str, Any] = {
    "X.scheme.exists": True,
    "X.coverage.employees_protected": 600_000,
    "X.contingency.widows": True,
    "X.contingency.children": True,
    "X.contingency.widow_conditions": ["none"],
    "X.earn.has_test": False,
    "X.benefit.method": "flat_rate",
    "X.benefit.flat_amount": 300,
    "X.qp.basis": "contribution_or_employment",
    "X.qp.full_years": 15,
    "X.qp.reduced_available": True,
    "X.qp.reduced_min_years": 5,
    "X.qp.reduced_rate": 14,
    "X.marriage.required": False,
    "X.duration.throughout": True,
    "XI.review.after_earnings_changes": True,
}


def x(**overrides: Any) -> dict[str, Any]:
    """A compliant Part X; ``key__name=value`` overrides an answer, ``=None`` removes it."""
    answers = {**part_i(), **BASE_X}
    answers.update({k.replace("__", "."): val for k, val in overrides.items()})
    return {k: val for k, val in answers.items() if val is not None}


def part_status(answers: dict[str, Any]) -> PartStatus:
    return run(answers).parts["X"].status


# --- Part status --------------------------------------------------------------------------------------------


def test_base_is_compliant_and_lists_every_rule_id() -> None:
    result = run(x()).parts["X"]
    assert result.status is PartStatus.COMPLIANT
    ids = {r.id for r in result.requirements}
    assert {"X.COV.A", "X.COV.B", "X.COV.C", "X.COV.D", "X.CONT", "X.EARN", "X.LVL", "X.QP.FULL", "X.QP.RED",
            "X.QP.ALT", "X.QP.PROP", "X.MARRIAGE", "X.DUR", "X.REVIEW"} <= ids
    articles = {r.id: r.article for r in result.requirements}
    assert articles["X.CONT"] == "60(1)" and articles["X.EARN"] == "60(2)" and articles["X.LVL"] == "62"
    assert articles["X.MARRIAGE"] == "63(5)" and articles["X.DUR"] == "64"


def test_part_statuses() -> None:
    assert part_status(part_i()) is PartStatus.NOT_ASSESSED
    assert part_status(x(X__duration__throughout=False)) is PartStatus.NOT_COMPLIANT
    assert part_status(x(X__duration__throughout=None)) is PartStatus.INSUFFICIENT
    review = x(X__contingency__widow_conditions=["age", "children_in_care", "other"],
               X__contingency__other_conditions="remarried once")
    assert part_status(review) is PartStatus.COMPLIANT_WITH_REVIEW


# --- Coverage (Art 61): breadwinners counted ---------------------------------------------------------------------


def test_cov_a_counts_breadwinners() -> None:
    rule = req(x(X__coverage__employees_protected=500_000), "X.COV.A")
    assert rule.status is Status.MET
    assert rule.explanation.startswith("breadwinners in the protected classes")
    assert "61(a)" in rule.explanation
    assert status(x(X__coverage__employees_protected=499_999), "X.COV.A") is Status.NOT_MET
    assert status(x(X__coverage__employees_protected=500_001), "X.COV.A") is Status.MET


def test_cov_b_threshold() -> None:
    base = x(X__coverage__employees_protected=None)
    rule = req({**base, "X.coverage.active_protected": 600_000}, "X.COV.B")
    assert rule.status is Status.MET and rule.explanation.startswith("breadwinners")
    assert status({**base, "X.coverage.active_protected": 599_999}, "X.COV.B") is Status.NOT_MET


def test_cov_c_resident_widows_and_children() -> None:
    base = x(X__coverage__employees_protected=None)
    assert status({**base, "X.coverage.residents_means_tested": True}, "X.COV.C") is Status.MET
    assert status({**base, "X.coverage.residents_means_tested": False}, "X.COV.C") is Status.NOT_MET


def test_cov_d_with_and_without_declaration() -> None:
    answers = x(X__coverage__employees_protected=None, X__coverage__industrial_protected=100_000)
    assert status(answers, "X.COV.D") is Status.NOT_APPLICABLE
    assert status(answers, "X.COV.A") is Status.INSUFFICIENT
    assert part_status(answers) is PartStatus.INSUFFICIENT
    answers["I.art3.declaration"] = True
    result = run(answers).parts["X"]
    assert result.requirement("X.COV.D").status is Status.MET
    assert result.requirement("X.COV.D").explanation.startswith("breadwinners")
    assert result.article_3 is True and result.status is PartStatus.COMPLIANT
    answers["X.coverage.industrial_protected"] = 99_999
    assert status(answers, "X.COV.D") is Status.NOT_MET


# --- Contingency (Art 60(1)) and widowers --------------------------------------------------------------------------


def test_contingency_widow_and_children() -> None:
    assert status(x(), "X.CONT") is Status.MET
    assert status(x(X__contingency__widows=False), "X.CONT") is Status.NOT_MET
    rule = req(x(X__contingency__children=False), "X.CONT")
    assert rule.status is Status.NOT_MET and "children" in rule.explanation
    assert status(x(X__contingency__children=None), "X.CONT") is Status.INSUFFICIENT
    assert status(x(X__contingency__widow_conditions=None), "X.CONT") is Status.INSUFFICIENT


def test_contingency_widow_conditions() -> None:
    rule = req(x(X__contingency__widow_conditions=["age", "invalidity", "children_in_care", "maintained"]),
               "X.CONT")
    assert rule.status is Status.MET and "A.X.WIDOW_CONDITIONS" in rule.assumptions
    rule = req(x(X__contingency__widow_conditions=["other"], X__contingency__other_conditions="owns no land"),
               "X.CONT")
    assert rule.status is Status.NEEDS_REVIEW and "owns no land" in rule.explanation


@pytest.mark.parametrize(("conditions", "expected"), [
    (["age"], Status.NOT_MET),
    (["invalidity"], Status.NOT_MET),
    (["age", "invalidity"], Status.NOT_MET),
    (["maintained", "age"], Status.NOT_MET),
    (["age", "children_in_care"], Status.MET),
    (["invalidity", "children_in_care"], Status.MET),
    (["maintained"], Status.MET),
    (["children_in_care"], Status.MET),
    (["none"], Status.MET),
    (["age", "other"], Status.NOT_MET),
])
def test_an_age_or_invalidity_condition_must_not_leave_out_widows_caring_for_children(
        conditions: list[str], expected: Status) -> None:
    # Art 60(1) with [I] A.X.WIDOW_CHILD_CARE (requirements.md §9, "Widows").
    rule = req(x(X__contingency__widow_conditions=conditions, X__contingency__other_conditions="x"), "X.CONT")
    assert rule.status is expected
    if expected is Status.NOT_MET:
        assert "A.X.WIDOW_CHILD_CARE" in rule.assumptions and rule.values["child_care_ground"] is False
        assert "child of the deceased" in rule.explanation


def test_widow_conditions_skipped_when_no_widow_benefit() -> None:
    # Conditions answered earlier are ignored once widows are said not to be protected.
    rule = req(x(X__contingency__widows=False, X__contingency__widow_conditions=["other"]), "X.CONT")
    assert rule.status is Status.NOT_MET
    assert "widow_conditions" not in rule.values


def test_widowers_informational() -> None:
    result = run(x(X__contingency__widowers=False)).parts["X"]
    widower = result.requirement("X.WIDOWER")
    assert widower.required is False and "A.WIDOWER" in widower.assumptions
    assert result.status is PartStatus.COMPLIANT
    # Unanswered: shown as missing, but it never holds the Part back.
    result = run(x()).parts["X"]
    assert result.requirement("X.WIDOWER").status is Status.INSUFFICIENT
    assert result.status is PartStatus.COMPLIANT
    assert status(x(X__contingency__widowers=True), "X.WIDOWER") is Status.MET


# --- Earnings and means (Art 60(2)) --------------------------------------------------------------------------------


def test_earn() -> None:
    assert status(x(X__earn__has_test=False, X__earn__only_permitted=False), "X.EARN") is Status.MET
    assert status(x(X__earn__has_test=True, X__earn__only_permitted=True), "X.EARN") is Status.MET
    rule = req(x(X__earn__has_test=True, X__earn__only_permitted=False), "X.EARN")
    assert rule.status is Status.NOT_MET and "60(2)" in rule.explanation
    assert status(x(X__earn__has_test=True), "X.EARN") is Status.INSUFFICIENT


# --- Level (Art 62 + Schedule: 40 %, widow with two children) ------------------------------------------------------


def test_level_flat_rate() -> None:
    rule = req(x(X__benefit__flat_amount=260), "X.LVL")
    assert rule.status is Status.MET and "widow with two children" in rule.explanation
    assert status(x(X__benefit__flat_amount=d("259.99")), "X.LVL") is Status.NOT_MET
    assert status(x(X__benefit__flat_amount=d("260.01")), "X.LVL") is Status.MET


def test_level_means_tested_requires_61c_coverage() -> None:
    base = x(X__benefit__method="means_tested", X__benefit__flat_amount=None, X__benefit__means_scale_prescribed=True,
             X__benefit__means_disregards=True, X__benefit__means_amount=260, X__benefit__health_decency=True)
    assert status({**base, "X.coverage.residents_means_tested": True}, "X.LVL") is Status.MET
    assert status({**base, "X.coverage.residents_means_tested": False}, "X.LVL") is Status.NOT_MET
    assert status({**base, "X.coverage.residents_means_tested": True, "X.benefit.means_amount": d("259.99")},
                  "X.LVL") is Status.NOT_MET


# --- Qualifying periods (Art 63; engine/qualifying.py) -----------------------------------------------------------


def test_qp_full_measured_on_the_breadwinner() -> None:
    rule = req(x(X__qp__full_years=15), "X.QP.FULL")
    assert rule.status is Status.MET and "the breadwinner" in rule.explanation
    assert status(x(X__qp__full_years=d("15.01")), "X.QP.FULL") is Status.NOT_MET
    base = x(X__qp__basis="residence")
    assert status({**base, "X.qp.full_years": 10}, "X.QP.FULL") is Status.MET
    assert status({**base, "X.qp.full_years": d("10.01")}, "X.QP.FULL") is Status.NOT_MET


def test_qp_alt() -> None:
    base = x(X__qp__full_years=20)
    assert status({**base, "X.qp.rate_at_alt_years": 30}, "X.QP.ALT") is Status.MET
    assert status({**base, "X.qp.rate_at_alt_years": d("29.99")}, "X.QP.ALT") is Status.NOT_MET
    assert part_status({**base, "X.qp.rate_at_alt_years": 30}) is PartStatus.COMPLIANT
    assert part_status({**base, "X.qp.rate_at_alt_years": d("29.99")}) is PartStatus.NOT_COMPLIANT


def test_qp_proportional_and_reduced() -> None:
    # 40 % × 7.5/15 = 20 %
    base = x(X__qp__full_years=20, X__qp__reduced_min_years=d("7.5"))
    rule = req({**base, "X.qp.reduced_rate": 20}, "X.QP.PROP")
    assert rule.status is Status.MET and "A.PROP.X" in rule.assumptions
    assert status({**base, "X.qp.reduced_rate": d("19.99")}, "X.QP.PROP") is Status.NOT_MET
    assert status({**base, "X.qp.reduced_rate": 20}, "X.QP.RED") is Status.NOT_MET  # 7.5 > 5 years
    assert status(x(X__qp__reduced_rate=d("13.34")), "X.QP.RED") is Status.MET
    assert status(x(X__qp__reduced_rate=d("13.33")), "X.QP.RED") is Status.NOT_MET
    assert status(x(X__qp__reduced_min_years=5, X__qp__full_years=20, X__qp__reduced_rate=40),
                  "X.QP.PROP") is Status.NOT_APPLICABLE


# --- Marriage duration (Art 63(5)) ---------------------------------------------------------------------------------


def test_marriage() -> None:
    assert status(x(X__marriage__required=False, X__marriage__applies_to="other_widows"),
                  "X.MARRIAGE") is Status.NOT_APPLICABLE
    base = x(X__marriage__required=True, X__marriage__min_years=5)
    rule = req({**base, "X.marriage.applies_to": "childless_incapable"}, "X.MARRIAGE")
    assert rule.status is Status.MET and "5 years" in rule.explanation
    rule = req({**base, "X.marriage.applies_to": "other_widows"}, "X.MARRIAGE")
    assert rule.status is Status.NOT_MET
    assert part_status({**base, "X.marriage.applies_to": "other_widows"}) is PartStatus.NOT_COMPLIANT
    assert status(base, "X.MARRIAGE") is Status.INSUFFICIENT
    assert status(x(X__marriage__required=None), "X.MARRIAGE") is Status.INSUFFICIENT


# --- Duration (Art 64) ----------------------------------------------------------------------------------------------


def test_duration() -> None:
    assert status(x(X__duration__throughout=True), "X.DUR") is Status.MET
    assert status(x(X__duration__throughout=False), "X.DUR") is Status.NOT_MET
