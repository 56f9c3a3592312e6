"""Part XI: the benefit tests gathered from the Parts' level rules, and the shared Part XI requirements."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.context import Context
from c102desk.engine.level import level_requirement
from c102desk.engine.results import PartStatus, Requirement, Status
from c102desk.engine.rulebook import benefit_spec, part_requirements
from c102desk.questionnaire import load_questionnaire
from tests.helpers import d, part_i, req, run


def answers(**overrides: Any) -> dict[str, Any]:
    """Sickness benefit of 60 % at previous earnings of 1,000 (skilled wage 1,250, family allowance 100)."""
    base = part_i()
    base.update({
        "III.coverage.employees_protected": 600_000,
        "III.benefit.method": "earnings_related",
        "III.benefit.rate": 60,
        "III.benefit.reference_earnings": 1000,
        "III.qp.months": 0,
        "III.duration.waiting_days": 3,
        "III.duration.limited": False,
    })
    base.update({k.replace("__", "."): v for k, v in overrides.items()})
    return {k: v for k, v in base.items() if v is not None}


def xi(data: dict[str, Any], accepted: list[str], *, old_age: bool = False) -> dict[str, Requirement]:
    """Run the level rules of Part III (and V) and then Part XI with the given acceptable Parts."""
    ctx = Context.build(load_questionnaire(), data)
    level_requirement(ctx, benefit_spec("III.LVL"))
    if old_age:
        level_requirement(ctx, benefit_spec("V.LVL"))
    ctx.accepted = accepted
    return {r.id: r for r in part_requirements(ctx, "XI")}


def means_tested(**overrides: Any) -> dict[str, Any]:
    """A means-tested sickness benefit: Art 66 benefit here is 45 % × (800 + 100) − 100 = 305."""
    return answers(**{
        "III.benefit.method": "means_tested", "III.benefit.rate": None, "III.benefit.reference_earnings": None,
        "III.coverage.residents_means_tested": True, "III.benefit.means_scale_prescribed": True,
        "III.benefit.means_disregards": True, "III.benefit.means_amount": 400, "III.benefit.health_decency": True,
        **{k.replace("__", "."): v for k, v in overrides.items()},
    })


# --- Art 65(1): (B + FA) / (E + FA) ≥ 45 %: rate ≥ 39.5 % at E = 1,000 and FA = 100 -------------------

@pytest.mark.parametrize(("rate", "expected"), [
    (d("39.5"), Status.MET), (d("39.4999"), Status.NOT_MET), (d("39.5001"), Status.MET),
])
def test_earnings_related_threshold(rate: Any, expected: Status) -> None:
    result = xi(answers(III__benefit__rate=rate), ["III"])["XI.65.TEST"]
    assert result.status is expected
    assert result.values["by_benefit"] == {"III.LVL": expected.value}
    assert result.values["decisive"] == ["III.LVL"]


def test_explanation_shows_the_ratio() -> None:
    text = xi(answers(III__benefit__rate=d("39.4999")), ["III"])["XI.65.TEST"].explanation
    assert "Level of the sickness benefit (Part III) fails" in text and "< 45 %" in text and "1,000 earnings" in text


def test_only_acceptable_parts_decide_but_every_benefit_is_listed() -> None:
    data = answers(V__benefit__method="earnings_related", V__benefit__rate=30, V__benefit__reference_earnings=1000)
    result = xi(data, ["III"], old_age=True)["XI.65.TEST"]
    assert result.status is Status.MET
    assert result.values["by_benefit"] == {"III.LVL": "met", "V.LVL": "not_met"}
    assert "Level of the sickness benefit (Part III) passes" in result.explanation
    assert "Level of the old-age benefit (Part V) fails, but Part V could not be accepted now" in result.explanation
    assert "A.PART_XI.SCOPE" in result.assumptions


def test_not_applicable_when_no_acceptable_part_uses_the_method() -> None:
    result = xi(answers(III__benefit__rate=30), [])["XI.65.TEST"]
    assert result.status is Status.NOT_APPLICABLE
    assert result.values["by_benefit"] == {"III.LVL": "not_met"}
    assert "could not be accepted now" in result.explanation


# --- Art 65(3): at the skilled wage 1,250 with a ceiling 1,000: rate × 1,000 + 100 ≥ 45 % × 1,350 -------

@pytest.mark.parametrize(("rate", "expected"), [
    (d("50.75"), Status.MET), (d("50.7499"), Status.NOT_MET), (d("50.7501"), Status.MET),
])
def test_ceiling_threshold(rate: Any, expected: Status) -> None:
    data = answers(III__benefit__rate=rate, III__benefit__earnings_ceiling=1000)
    result = xi(data, ["III"])["XI.65.CEIL"]
    assert result.status is expected
    assert result.article == "65(3)"


def test_ceiling_not_applicable_without_ceiling() -> None:
    assert xi(answers(), ["III"])["XI.65.CEIL"].status is Status.NOT_APPLICABLE


# --- Art 66(1): flat amount + 100 ≥ 45 % × (800 + 100): amount ≥ 305 ---------------------------------------

@pytest.mark.parametrize(("amount", "expected"), [
    (305, Status.MET), (d("304.9999"), Status.NOT_MET), (d("305.0001"), Status.MET),
])
def test_flat_rate_threshold(amount: Any, expected: Status) -> None:
    data = answers(III__benefit__method="flat_rate", III__benefit__rate=None,
                   III__benefit__reference_earnings=None, III__benefit__flat_amount=amount)
    result = xi(data, ["III"])
    assert result["XI.66.TEST"].status is expected
    assert result["XI.65.TEST"].status is Status.NOT_APPLICABLE


# --- Art 67 ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("amount", "expected"), [
    (305, Status.MET), (d("304.9999"), Status.NOT_MET), (d("305.0001"), Status.MET),
])
def test_means_tested_adequacy_threshold(amount: Any, expected: Status) -> None:
    result = xi(means_tested(III__benefit__means_amount=amount), ["III"])
    assert result["XI.67.ADEQ"].status is expected
    assert result["XI.67.ADEQ"].group == result["XI.67.SAFE"].group == "XI.67.c"
    assert result["XI.67.SAFE"].status is Status.NOT_APPLICABLE


@pytest.mark.parametrize(("paid", "expected"), [
    (130, Status.MET), (d("129.9999"), Status.NOT_MET), (d("130.0001"), Status.MET),
])
def test_safe_harbour_threshold(paid: Any, expected: Status) -> None:
    data = means_tested(III__benefit__total_paid_year=paid, III__benefit__notional_art66_total_year=100)
    assert xi(data, ["III"])["XI.67.SAFE"].status is expected


def test_safe_harbour_deems_adequacy_met() -> None:
    data = means_tested(III__benefit__means_amount=300, III__benefit__total_paid_year=130,
                        III__benefit__notional_art66_total_year=100)
    result = xi(data, ["III"])
    assert result["XI.67.ADEQ"].status is Status.MET
    assert result["XI.67.ADEQ"].values["by_benefit"] == {"III.LVL": "not_met"}
    assert result["XI.67.ADEQ"].values["deemed_met_by_67d"] == ["III.LVL"]
    assert "deemed met" in result["XI.67.ADEQ"].explanation
    assert run(data).parts["III"].requirement("III.LVL").status is Status.MET


@pytest.mark.parametrize(("question", "rule_id"), [
    ("III.benefit.means_scale_prescribed", "XI.67.SCALE"), ("III.benefit.means_disregards", "XI.67.DISREGARD"),
])
def test_scale_and_disregard(question: str, rule_id: str) -> None:
    assert xi(means_tested(), ["III"])[rule_id].status is Status.MET
    assert xi(means_tested(**{question: False}), ["III"])[rule_id].status is Status.NOT_MET


# --- Time basis, other beneficiaries, skilled wage, review ---------------------------------------------------

@pytest.mark.parametrize(("same", "expected"), [(True, Status.MET), (False, Status.NOT_MET),
                                                 (None, Status.INSUFFICIENT)])
def test_same_time_basis(same: bool | None, expected: Status) -> None:
    assert xi(answers(I__wages__same_time_basis=same), ["III"])["XI.65.TIME"].status is expected


def test_time_basis_not_applicable_without_acceptable_part() -> None:
    assert xi(answers(I__wages__same_time_basis=False), [])["XI.65.TIME"].status is Status.NOT_APPLICABLE


@pytest.mark.parametrize(("answer", "description", "expected"), [
    (True, "supplements of 10 % per dependant", Status.MET), (True, None, Status.NEEDS_REVIEW),
    (False, None, Status.NOT_MET), (None, None, Status.INSUFFICIENT),
])
def test_other_beneficiaries(answer: bool | None, description: str | None, expected: Status) -> None:
    data = answers(XI__other__reasonable_relation=answer, XI__other__description=description)
    result = xi(data, ["III"])["XI.65.OTHER"]
    assert result.status is expected
    assert "A.PART_XI.OTHER" in result.assumptions


def test_skilled_option_documented() -> None:
    assert xi(answers(I__wages__skilled_option="average_125"), ["III"])["XI.65.SKILLED"].status is Status.MET
    assert xi(answers(), ["III"])["XI.65.SKILLED"].status is Status.INSUFFICIENT
    flat = answers(III__benefit__method="flat_rate", III__benefit__flat_amount=400)
    assert xi(flat, ["III"])["XI.65.SKILLED"].status is Status.NOT_APPLICABLE


@pytest.mark.parametrize(("answer", "accepted", "expected"), [
    (True, ["III", "V"], Status.MET), (False, ["III", "V"], Status.NOT_MET),
    (None, ["IX"], Status.INSUFFICIENT), (False, ["III"], Status.NOT_APPLICABLE),
])
def test_review_of_long_term_payments(answer: bool | None, accepted: list[str], expected: Status) -> None:
    data = answers(XI__review__after_earnings_changes=answer, XI__review__method="prices" if answer else None)
    result = xi(data, accepted)["XI.REVIEW"]
    assert result.status is expected
    if expected is Status.MET:
        assert "Parts V" in result.explanation and "method: prices" in result.explanation


# --- Through the pipeline ----------------------------------------------------------------------------------

def test_part_xi_status_follows_the_acceptable_parts() -> None:
    data = answers(I__wages__skilled_option="percentile_75", XI__other__reasonable_relation=True,
                   XI__other__description="dependants' supplements", XI__earnings__prescribed_rules=True,
                   XI__earnings__basis="recent_period")
    evaluation = run(data)
    assert evaluation.parts["III"].status is PartStatus.COMPLIANT
    assert evaluation.parts["XI"].status is PartStatus.COMPLIANT


def test_a_failing_level_does_not_make_part_xi_fail() -> None:
    data = answers(III__benefit__rate=30, I__wages__skilled_option="percentile_75")
    evaluation = run(data)
    assert evaluation.parts["III"].requirement("III.LVL").status is Status.NOT_MET
    assert req(data, "XI.65.TEST").status is Status.NOT_APPLICABLE
    assert evaluation.parts["XI"].status is not PartStatus.NOT_COMPLIANT
