"""Requirements the questionnaire asked about but no rule decided: previous earnings (Art 65(2)), the ordinary
adult male labourer (Art 66(4)–(5)) and the aims of medical care (Arts 10(3)–(4), 49(3)–(4))."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from c102desk.i18n import question_ids_in
from tests.engine.test_part_ii import medical
from tests.engine.test_part_vii import family
from tests.engine.test_part_viii import maternity
from tests.engine.test_ratification import country
from tests.helpers import req, run

# --- Art 65(2): previous earnings ------------------------------------------------------------------------------


@pytest.mark.parametrize(("answers", "expected"), [
    ({"XI.earnings.prescribed_rules": True, "XI.earnings.basis": "recent_period"}, Status.MET),
    ({"XI.earnings.prescribed_rules": True, "XI.earnings.basis": "earnings_classes"}, Status.MET),
    ({"XI.earnings.prescribed_rules": True, "XI.earnings.basis": "long_average", "XI.earnings.revalued": True},
     Status.MET),
    ({"XI.earnings.prescribed_rules": True, "XI.earnings.basis": "long_average", "XI.earnings.revalued": False},
     Status.NEEDS_REVIEW),
    ({"XI.earnings.prescribed_rules": True, "XI.earnings.basis": "long_average"}, Status.INSUFFICIENT),
    ({"XI.earnings.prescribed_rules": True, "XI.earnings.basis": "other"}, Status.NEEDS_REVIEW),
    ({"XI.earnings.prescribed_rules": False, "XI.earnings.basis": "recent_period"}, Status.NOT_MET),
    ({"XI.earnings.prescribed_rules": None, "XI.earnings.basis": "recent_period"}, Status.INSUFFICIENT),
    ({"XI.earnings.prescribed_rules": True, "XI.earnings.basis": None}, Status.INSUFFICIENT),
])
def test_previous_earnings_rule(answers: dict[str, Any], expected: Status) -> None:
    data = {k: v for k, v in {**country(), **answers}.items() if v is not None}
    rule = req(data, "XI.65.EARN")
    assert rule.status is expected and rule.article == "65(2)"
    if "long_average" in answers.values():
        assert "A.XI.REVALUATION" in rule.assumptions


def test_unrevalued_average_leaves_part_xi_for_review_but_ratification_possible() -> None:
    evaluation = run(country(XI__earnings__basis="long_average", XI__earnings__revalued=False))
    assert evaluation.parts["XI"].status is PartStatus.COMPLIANT_WITH_REVIEW
    assert evaluation.ratification.possible is True


def test_previous_earnings_not_prescribed_blocks_ratification_through_part_xi() -> None:
    evaluation = run(country(XI__earnings__prescribed_rules=False))
    assert evaluation.parts["XI"].status is PartStatus.NOT_COMPLIANT
    assert evaluation.ratification.blocking == ["XI.65.EARN"]


def test_previous_earnings_not_needed_without_an_earnings_related_benefit() -> None:
    data = country(XI__earnings__prescribed_rules=None, XI__earnings__basis=None)
    assert req(data, "XI.65.EARN").status is Status.INSUFFICIENT  # Parts III and IV are earnings-related
    only_medical = {**medical(), "XI.earnings.prescribed_rules": False}
    assert req(only_medical, "XI.65.EARN").status is Status.NOT_APPLICABLE


# --- Art 66(4)–(5): the ordinary adult male labourer ---------------------------------------------------------------


def test_labourer_needed_for_a_flat_rate_benefit() -> None:
    flat = country(IV__benefit__method="flat_rate", IV__benefit__rate=None, IV__benefit__flat_amount=500)
    assert req(flat, "IV.LVL").status is Status.MET  # (500 + 100) / (800 + 100) = 66.7 % ≥ 45 %
    rule = req(flat, "XI.66.LABOURER")
    assert rule.status is Status.MET and rule.article == "66(4)–(5)"
    assert "Typical unskilled worker of the largest ISIC division" in rule.explanation
    rule = req({**flat, "I.wages.labourer_option": None}, "XI.66.LABOURER")
    assert rule.status is Status.INSUFFICIENT and "I.wages.labourer_option" in question_ids_in(rule.explanation)


def test_labourer_not_needed_for_earnings_related_benefits_only() -> None:
    assert req(country(I__wages__labourer_option=None), "XI.66.LABOURER").status is Status.NOT_APPLICABLE


def test_labourer_needed_when_family_benefit_can_be_accepted() -> None:
    data = {**country(), **family()}
    evaluation = run(data)
    assert "VII" in evaluation.ratification.parts
    assert evaluation.requirement("XI.66.LABOURER").status is Status.MET
    evaluation = run({**data, "I.wages.labourer_option": None})
    assert evaluation.requirement("XI.66.LABOURER").status is Status.INSUFFICIENT


# --- Arts 10(3)–(4) and 49(3)–(4): the aims of medical care ------------------------------------------------------


@pytest.mark.parametrize(("answer", "expected", "part_status"), [
    (True, Status.MET, PartStatus.COMPLIANT), (False, Status.NOT_MET, PartStatus.NOT_COMPLIANT),
    (None, Status.INSUFFICIENT, PartStatus.INSUFFICIENT),
])
def test_aims_of_medical_care(answer: bool | None, expected: Status, part_status: PartStatus) -> None:
    result = run({k: v for k, v in medical(II__care__aims=answer).items() if v is not None}).parts["II"]
    assert result.requirement("II.AIMS").status is expected
    assert result.requirement("II.AIMS").article == "10(3)–(4)"
    assert result.status is part_status


@pytest.mark.parametrize(("answer", "expected", "part_status"), [
    (True, Status.MET, PartStatus.COMPLIANT), (False, Status.NOT_MET, PartStatus.NOT_COMPLIANT),
    (None, Status.INSUFFICIENT, PartStatus.INSUFFICIENT),
])
def test_aims_of_maternity_care(answer: bool | None, expected: Status, part_status: PartStatus) -> None:
    result = run({k: v for k, v in maternity(VIII__medical__aims=answer).items() if v is not None}).parts["VIII"]
    assert result.requirement("VIII.AIMS").status is expected
    assert result.requirement("VIII.AIMS").article == "49(3)–(4)"
    assert result.status is part_status
