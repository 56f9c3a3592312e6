"""Part IX — invalidity benefit (Arts 53–58), with the qualifying-period logic of Art 57 (engine/qualifying.py)."""

from __future__ import annotations

from typing import Any

from c102desk.engine.results import PartStatus, Status
from tests.helpers import d, part_i, req, run, status

BASE_IX: dict[str, Any] = {
    "IX.scheme.exists": True,
    "IX.coverage.employees_protected": 600_000,
    "IX.contingency.covered": True,
    "IX.benefit.method": "flat_rate",
    "IX.benefit.flat_amount": 300,
    "IX.qp.basis": "contribution_or_employment",
    "IX.qp.full_years": 15,
    "IX.qp.reduced_available": True,
    "IX.qp.reduced_min_years": 5,
    "IX.qp.reduced_rate": 14,
    "IX.duration.paid_until": "throughout",
    "XI.review.after_earnings_changes": True,
}


def ix(**overrides: Any) -> dict[str, Any]:
    """A compliant Part IX; ``key__name=value`` overrides an answer, ``=None`` removes it."""
    answers = {**part_i(), **BASE_IX}
    answers.update({k.replace("__", "."): val for k, val in overrides.items()})
    return {k: val for k, val in answers.items() if val is not None}


def part_status(answers: dict[str, Any]) -> PartStatus:
    return run(answers).parts["IX"].status


# --- Part status --------------------------------------------------------------------------------------------


def test_base_is_compliant_and_lists_every_rule_id() -> None:
    result = run(ix()).parts["IX"]
    assert result.status is PartStatus.COMPLIANT
    ids = {r.id for r in result.requirements}
    assert {"IX.COV.A", "IX.COV.B", "IX.COV.C", "IX.COV.D", "IX.CONT", "IX.LVL", "IX.QP.FULL", "IX.QP.RED",
            "IX.QP.ALT", "IX.QP.PROP", "IX.DUR", "IX.REVIEW"} <= ids
    articles = {r.id: r.article for r in result.requirements}
    assert articles["IX.CONT"] == "54" and articles["IX.LVL"] == "56" and articles["IX.DUR"] == "58"


def test_part_statuses() -> None:
    assert part_status(part_i()) is PartStatus.NOT_ASSESSED
    assert part_status(ix(IX__duration__paid_until="limited")) is PartStatus.NOT_COMPLIANT
    assert part_status(ix(IX__contingency__covered=None)) is PartStatus.INSUFFICIENT
    assert part_status(ix(IX__qp__basis="all_active_average")) is PartStatus.COMPLIANT_WITH_REVIEW


# --- Coverage (Art 55) ----------------------------------------------------------------------------------------


def test_cov_a_threshold() -> None:
    assert status(ix(IX__coverage__employees_protected=500_000), "IX.COV.A") is Status.MET
    assert status(ix(IX__coverage__employees_protected=499_999), "IX.COV.A") is Status.NOT_MET
    assert status(ix(IX__coverage__employees_protected=500_001), "IX.COV.A") is Status.MET


def test_cov_b_threshold() -> None:
    base = ix(IX__coverage__employees_protected=None)
    assert status({**base, "IX.coverage.active_protected": 600_000}, "IX.COV.B") is Status.MET
    rule = req({**base, "IX.coverage.active_protected": 599_999}, "IX.COV.B")
    assert rule.status is Status.NOT_MET and "55(b)" in rule.explanation


def test_cov_c() -> None:
    base = ix(IX__coverage__employees_protected=None)
    assert status({**base, "IX.coverage.residents_means_tested": True}, "IX.COV.C") is Status.MET
    assert status({**base, "IX.coverage.residents_means_tested": False}, "IX.COV.C") is Status.NOT_MET


def test_cov_d_with_and_without_declaration() -> None:
    answers = ix(IX__coverage__employees_protected=None, IX__coverage__industrial_protected=100_000)
    assert status(answers, "IX.COV.D") is Status.NOT_APPLICABLE
    assert status(answers, "IX.COV.A") is Status.INSUFFICIENT
    assert part_status(answers) is PartStatus.INSUFFICIENT
    answers["I.art3.declaration"] = True
    result = run(answers).parts["IX"]
    assert result.requirement("IX.COV.D").status is Status.MET
    assert result.article_3 is True and result.status is PartStatus.COMPLIANT
    answers["IX.coverage.industrial_protected"] = 99_999
    assert status(answers, "IX.COV.D") is Status.NOT_MET


# --- Contingency (Art 54) ------------------------------------------------------------------------------------------


def test_contingency() -> None:
    rule = req(ix(IX__contingency__degree_percent=d("66.67")), "IX.CONT")
    assert rule.status is Status.MET
    assert "66.67 %" in rule.explanation
    assert status(ix(IX__contingency__covered=False), "IX.CONT") is Status.NOT_MET
    assert status(ix(IX__contingency__covered=None), "IX.CONT") is Status.INSUFFICIENT


# --- Level (Art 56 + Schedule: 40 %, man with wife and two children) ----------------------------------------------


def test_level_flat_rate_counts_family_allowances() -> None:
    # (260 + 100) / (800 + 100) = 40 % exactly.
    rule = req(ix(IX__benefit__flat_amount=260), "IX.LVL")
    assert rule.status is Status.MET
    assert "40 %" in rule.explanation and "family allowances" in rule.explanation
    assert status(ix(IX__benefit__flat_amount=d("259.99")), "IX.LVL") is Status.NOT_MET
    assert status(ix(IX__benefit__flat_amount=d("260.01")), "IX.LVL") is Status.MET
    # Family allowances that stop during invalidity: 260 / 900 < 40 %.
    assert status(ix(IX__benefit__flat_amount=260, IX__benefit__family_allowances_during=0),
                  "IX.LVL") is Status.NOT_MET


def test_level_earnings_related() -> None:
    # At the skilled wage 1,250: (r × 1,250 + 100) / 1,350 ≥ 40 % ⇔ r ≥ 35.2 %.
    base = ix(IX__benefit__method="earnings_related", IX__benefit__flat_amount=None)
    assert status({**base, "IX.benefit.rate": d("35.2")}, "IX.LVL") is Status.MET
    assert status({**base, "IX.benefit.rate": d("35.19")}, "IX.LVL") is Status.NOT_MET


def test_level_means_tested_safe_harbour_refers_to_55b() -> None:
    answers = ix(IX__coverage__employees_protected=None, IX__coverage__residents_means_tested=True,
                 IX__benefit__method="means_tested", IX__benefit__flat_amount=None,
                 IX__benefit__means_scale_prescribed=True, IX__benefit__means_disregards=True,
                 IX__benefit__means_amount=100, IX__benefit__health_decency=True,
                 IX__benefit__total_paid_year=130, IX__benefit__notional_art66_total_year=100)
    rule = req(answers, "IX.LVL")
    assert rule.status is Status.MET and "55(b)" in rule.explanation
    answers["IX.benefit.total_paid_year"] = d("129.99")
    assert status(answers, "IX.LVL") is Status.NOT_MET


# --- Qualifying periods (Art 57; engine/qualifying.py) ----------------------------------------------------------


def test_qp_full_15_years_of_contribution() -> None:
    assert status(ix(IX__qp__full_years=15), "IX.QP.FULL") is Status.MET
    assert status(ix(IX__qp__full_years=d("14.99")), "IX.QP.FULL") is Status.MET
    rule = req(ix(IX__qp__full_years=d("15.01")), "IX.QP.FULL")
    assert rule.status is Status.NOT_MET and "15.01" in rule.explanation and "57(1)(a)" in rule.explanation


def test_qp_full_10_years_of_residence() -> None:
    base = ix(IX__qp__basis="residence")
    assert status({**base, "IX.qp.full_years": 10}, "IX.QP.FULL") is Status.MET
    assert status({**base, "IX.qp.full_years": d("10.01")}, "IX.QP.FULL") is Status.NOT_MET
    assert status({**base, "IX.qp.full_years": d("9.99")}, "IX.QP.FULL") is Status.MET
    assert status({**base, "IX.qp.full_years": 10}, "IX.QP.RED") is Status.NOT_APPLICABLE


def test_qp_alt_30_percent_after_5_years() -> None:
    base = ix(IX__qp__full_years=20, IX__qp__reduced_rate=14)
    assert part_status(base) is PartStatus.NOT_COMPLIANT
    assert status({**base, "IX.qp.rate_at_alt_years": 30}, "IX.QP.ALT") is Status.MET
    assert part_status({**base, "IX.qp.rate_at_alt_years": 30}) is PartStatus.COMPLIANT
    assert status({**base, "IX.qp.rate_at_alt_years": d("29.99")}, "IX.QP.ALT") is Status.NOT_MET
    rule = req({**base, "IX.qp.rate_at_alt_years": d("30.01")}, "IX.QP.ALT")
    assert rule.status is Status.MET and rule.article == "57(3)"


def test_qp_proportional_between_5_and_15_years() -> None:
    # 40 % × 10/15 = 26.666…
    base = ix(IX__qp__full_years=20, IX__qp__reduced_min_years=10)
    rule = req({**base, "IX.qp.reduced_rate": d("26.67")}, "IX.QP.PROP")
    assert rule.status is Status.MET and "40 % × 10/15" in rule.explanation
    assert "A.PROP.IX" in rule.assumptions
    assert status({**base, "IX.qp.reduced_rate": d("26.66")}, "IX.QP.PROP") is Status.NOT_MET
    # The reduced benefit after 10 years is more than the 5 years of Art 57(2).
    assert status({**base, "IX.qp.reduced_rate": d("26.67")}, "IX.QP.RED") is Status.NOT_MET


def test_qp_proportional_bounds() -> None:
    base = ix(IX__qp__full_years=20, IX__qp__reduced_rate=40)
    assert status({**base, "IX.qp.reduced_min_years": 5}, "IX.QP.PROP") is Status.NOT_APPLICABLE
    assert status({**base, "IX.qp.reduced_min_years": 15}, "IX.QP.PROP") is Status.NOT_APPLICABLE
    assert status({**base, "IX.qp.reduced_min_years": d("5.01")}, "IX.QP.PROP") is Status.MET
    assert status({**base, "IX.qp.reduced_min_years": d("14.99")}, "IX.QP.PROP") is Status.MET
    # Just past 5 years: 40 % × 6/15 = 16 %.
    assert status({**base, "IX.qp.reduced_min_years": 6, "IX.qp.reduced_rate": 16}, "IX.QP.PROP") is Status.MET
    assert status({**base, "IX.qp.reduced_min_years": 6, "IX.qp.reduced_rate": d("15.99")},
                  "IX.QP.PROP") is Status.NOT_MET


def test_qp_reduced_after_5_years() -> None:
    # Floor 40 % × 5/15 = 13.333…
    rule = req(ix(IX__qp__reduced_rate=d("13.34")), "IX.QP.RED")
    assert rule.status is Status.MET and rule.article == "57(2)" and "A.PROP.IX" in rule.assumptions
    assert status(ix(IX__qp__reduced_rate=d("13.33")), "IX.QP.RED") is Status.NOT_MET
    assert status(ix(IX__qp__reduced_min_years=d("5.01")), "IX.QP.RED") is Status.NOT_MET
    assert status(ix(IX__qp__reduced_min_years=d("4.99"), IX__qp__reduced_rate=d("13.31")),
                  "IX.QP.RED") is Status.MET
    assert status(ix(IX__qp__reduced_available=False), "IX.QP.RED") is Status.NOT_MET
    assert status(ix(IX__qp__reduced_rate=None), "IX.QP.RED") is Status.NEEDS_REVIEW


def test_qp_full_benefit_after_5_years_covers_reduced() -> None:
    assert status(ix(IX__qp__full_years=5, IX__qp__reduced_available=False), "IX.QP.RED") is Status.MET
    assert status(ix(IX__qp__full_years=d("5.01"), IX__qp__reduced_available=False), "IX.QP.RED") is Status.NOT_MET


def test_qp_reduced_answers_skipped_for_residence() -> None:
    answers = ix(IX__qp__basis="residence", IX__qp__full_years=10, IX__qp__reduced_available=False)
    assert status(answers, "IX.QP.RED") is Status.NOT_APPLICABLE
    assert part_status(answers) is PartStatus.COMPLIANT


# --- Duration (Art 58) ----------------------------------------------------------------------------------------------


def test_duration() -> None:
    assert status(ix(IX__duration__paid_until="throughout"), "IX.DUR") is Status.MET
    assert status(ix(IX__duration__paid_until="until_old_age"), "IX.DUR") is Status.MET
    assert status(ix(IX__duration__paid_until="limited"), "IX.DUR") is Status.NOT_MET
    assert status(ix(IX__duration__paid_until=None), "IX.DUR") is Status.INSUFFICIENT
