"""Part XIV: the annual report (Art 76) and seafarers (Art 77)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulebook import part_requirements
from c102desk.questionnaire import load_questionnaire
from tests.helpers import part_i, req, run

ALL = ["laws", "persons_protected", "benefit_rates", "sickness_duration", "unemployment_duration", "financing"]


def xiv(answers: dict[str, Any], accepted: list[str]) -> dict[str, Requirement]:
    ctx = Context.build(load_questionnaire(), {k: v for k, v in answers.items() if v is not None})
    ctx.accepted = accepted
    return {r.id: r for r in part_requirements(ctx, "XIV")}


def test_everything_reported_is_met() -> None:
    answers = part_i(XIV__report__items=ALL, I__art3__declaration=True, III__duration__benefit_days_year=5_000_000)
    result = xiv(answers, ["III", "IV", "V"])["XIV.REPORT"]
    assert result.status is Status.MET
    assert result.values["required_items"] == ALL


def test_financing_missing_fails_and_is_named() -> None:
    items = [i for i in ALL if i != "financing"]
    result = xiv(part_i(XIV__report__items=items), ["III", "V", "VI"])["XIV.REPORT"]
    assert result.status is Status.NOT_MET
    assert "71(2)" in result.explanation


def test_part_specific_statistics_only_for_the_parts_that_use_them() -> None:
    items = ["laws", "persons_protected", "benefit_rates", "financing"]
    assert xiv(part_i(XIV__report__items=items), ["II", "III", "V"])["XIV.REPORT"].status is Status.MET
    # Part IV acceptable: the Art 24(2) average duration is needed, unless the duration is not graded.
    assert xiv(part_i(XIV__report__items=items), ["IV", "V", "VI"])["XIV.REPORT"].status is Status.NOT_MET
    not_graded = [*items, "unemployment_not_graded"]
    assert xiv(part_i(XIV__report__items=not_graded), ["IV", "V", "VI"])["XIV.REPORT"].status is Status.MET
    not_limited = part_i(XIV__report__items=items, IV__duration__limited=False)
    assert xiv(not_limited, ["IV", "V", "VI"])["XIV.REPORT"].status is Status.MET
    graded = part_i(XIV__report__items=items, IV__duration__limited=True, IV__duration__graded=True)
    result = xiv(graded, ["IV", "V", "VI"])["XIV.REPORT"]
    assert result.status is Status.NOT_MET
    assert "24(2)" in result.explanation
    ungraded = part_i(XIV__report__items=items, IV__duration__limited=True, IV__duration__graded=False)
    assert xiv(ungraded, ["IV", "V", "VI"])["XIV.REPORT"].status is Status.MET
    # Part III with an Article 3 declaration: Art 18(2)(a) only when its benefit-days test is used.
    declared = part_i(XIV__report__items=items, I__art3__declaration=True)
    assert xiv(declared, ["III", "V", "VI"])["XIV.REPORT"].status is Status.MET
    declared["III.duration.benefit_days_year"] = 5_000_000
    assert xiv(declared, ["III", "V", "VI"])["XIV.REPORT"].status is Status.NOT_MET
    declared["XIV.report.items"] = [*items, "sickness_18_2a_not_used"]
    assert xiv(declared, ["III", "V", "VI"])["XIV.REPORT"].status is Status.MET


def test_benefit_rates_not_needed_for_medical_care_alone() -> None:
    items = ["laws", "persons_protected", "financing"]
    assert xiv(part_i(XIV__report__items=items), ["II"])["XIV.REPORT"].status is Status.MET


def test_unanswered_report_is_insufficient() -> None:
    result = req(part_i(), "XIV.REPORT")
    assert result.status is Status.INSUFFICIENT
    assert "A.XIV.REPORT" in result.assumptions


@pytest.mark.parametrize(("exclude", "number", "expected"), [
    (True, 12_000, Status.MET), (True, None, Status.INSUFFICIENT), (False, None, Status.NOT_APPLICABLE),
    (None, None, Status.NOT_APPLICABLE),
])
def test_seafarers_are_informational(exclude: bool | None, number: int | None, expected: Status) -> None:
    answers = {k: v for k, v in part_i(I__stats__exclude_seafarers=exclude, I__stats__seafarers=number).items()
               if v is not None}
    item = req(answers, "XIV.SEAF")
    assert item.status is expected
    assert item.required is False
    assert item.article == "77(2)"
    if number:
        assert "12,000 seafarers" in item.explanation


def test_insufficient_seafarer_figure_does_not_decide_part_xiv() -> None:
    answers = part_i(I__stats__exclude_seafarers=True, XIV__report__items=ALL)
    assert run(answers).parts["XIV"].status.value == "compliant"
