"""Part XII: equality of treatment of non-national residents (Art 68)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from tests.helpers import part_i, req, run


def equality(**overrides: Any) -> dict[str, Any]:
    answers = part_i(XII__residents__equal_treatment=True, XII__nationals__contributory_schemes=True,
                     XII__nationals__treatment="equal")
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return {k: v for k, v in answers.items() if v is not None}


def test_full_equality_is_compliant() -> None:
    assert run(equality()).parts["XII"].status is PartStatus.COMPLIANT


def test_not_assessed_without_answers() -> None:
    assert run(part_i()).parts["XII"].status is PartStatus.NOT_ASSESSED


@pytest.mark.parametrize(("equal", "confined", "expected"), [
    (True, None, Status.MET), (False, True, Status.MET), (False, False, Status.NOT_MET),
    (False, None, Status.INSUFFICIENT), (None, None, Status.INSUFFICIENT),
])
def test_residents(equal: bool | None, confined: bool | None, expected: Status) -> None:
    answers = equality(XII__residents__equal_treatment=equal, XII__residents__differences_confined=confined,
                       XII__residents__differences="ten years' residence for non-nationals in the pension scheme")
    item = req(answers, "XII.EQ.RES")
    assert item.status is expected
    assert item.article == "68(1)"
    if expected is Status.NOT_MET:
        assert "ten years' residence" in item.explanation
        assert run(answers).parts["XII"].status is PartStatus.NOT_COMPLIANT


@pytest.mark.parametrize(("contributory", "treatment", "expected"), [
    (True, "equal", Status.MET), (True, "reciprocity", Status.MET), (True, "not_equal", Status.NOT_MET),
    (True, None, Status.INSUFFICIENT), (False, None, Status.NOT_APPLICABLE), (None, None, Status.INSUFFICIENT),
])
def test_nationals_of_other_members(contributory: bool | None, treatment: str | None, expected: Status) -> None:
    answers = equality(XII__nationals__contributory_schemes=contributory, XII__nationals__treatment=treatment)
    item = req(answers, "XII.EQ.NAT")
    assert item.status is expected
    assert item.article == "68(2)"


def test_treatment_is_ignored_when_no_contributory_scheme() -> None:
    answers = equality(XII__nationals__contributory_schemes=False, XII__nationals__treatment="not_equal")
    assert req(answers, "XII.EQ.NAT").status is Status.NOT_APPLICABLE
