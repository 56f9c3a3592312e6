"""Part status (engine-contract.md §2): nothing tested is not compliance, no scheme is not missing information,
and alternatives that are not needed are flagged, not failed."""

from __future__ import annotations

import pytest

from c102desk.engine.aggregate import mark_superseded, part_status
from c102desk.engine.results import PartStatus, Requirement, Status
from c102desk.questionnaire.model import BRANCH_PART_IDS
from tests.engine.test_ratification import country
from tests.helpers import part_i, run


def req(rid: str, status: Status, group: str | None = None, *, required: bool = True) -> Requirement:
    return Requirement(rid, "1", status, "text", group=group, required=required)


@pytest.mark.parametrize(("statuses", "expected"), [
    ([Status.NOT_APPLICABLE, Status.NOT_APPLICABLE], PartStatus.NOT_ASSESSED),
    ([Status.INSUFFICIENT, Status.NOT_APPLICABLE], PartStatus.NOT_ASSESSED),
    ([Status.INSUFFICIENT, Status.MET], PartStatus.INSUFFICIENT),
    ([Status.INSUFFICIENT, Status.NOT_MET], PartStatus.NOT_COMPLIANT),
    ([Status.NEEDS_REVIEW, Status.NOT_APPLICABLE], PartStatus.COMPLIANT_WITH_REVIEW),
    ([Status.MET, Status.NOT_APPLICABLE], PartStatus.COMPLIANT),
    ([], PartStatus.NOT_ASSESSED),
])
def test_part_status_needs_something_tested(statuses: list[Status], expected: PartStatus) -> None:
    requirements = [req(f"R{i}", s) for i, s in enumerate(statuses)]
    assert part_status(requirements, answered=True) is expected


def test_an_informational_item_met_does_not_make_a_part_assessed() -> None:
    requirements = [req("A", Status.NOT_APPLICABLE), req("B", Status.MET, required=False)]
    assert part_status(requirements, answered=True) is PartStatus.NOT_ASSESSED


def test_part_xi_with_nothing_to_test_is_not_assessed() -> None:
    # Formerly "compliant": benefits were described, but no Part could be accepted, so nothing of XI was tested.
    answers = part_i(III__benefit__method="earnings_related", III__benefit__rate=60)
    evaluation = run(answers)
    assert all(r.status is Status.NOT_APPLICABLE for r in evaluation.parts["XI"].requirements)
    assert evaluation.parts["XI"].status is PartStatus.NOT_ASSESSED


@pytest.mark.parametrize("part", BRANCH_PART_IDS)
def test_no_scheme_in_national_law_is_not_compliant(part: str) -> None:
    evaluation = run(part_i(**{f"{part}__scheme__exists": False}))
    result = evaluation.parts[part]
    assert result.status is PartStatus.NOT_COMPLIANT
    assert [r.id for r in result.requirements] == [f"{part}.SCHEME"]
    scheme = result.requirements[0]
    assert scheme.status is Status.NOT_MET and scheme.values == {"exists": False}
    assert "no such benefit" in scheme.explanation and "information" in scheme.explanation


def test_no_scheme_overrides_other_answers_of_the_part() -> None:
    answers = country(III__scheme__exists=False)
    evaluation = run(answers)
    assert evaluation.parts["III"].status is PartStatus.NOT_COMPLIANT
    assert "III" not in evaluation.ratification.parts
    assert "III.LVL" not in evaluation.requirement("XI.65.TEST").values["by_benefit"]


def test_an_existing_scheme_is_recorded_but_decides_nothing() -> None:
    result = run(country(III__scheme__exists=True)).parts["III"]
    assert result.status is PartStatus.COMPLIANT
    scheme = result.requirement("III.SCHEME")
    assert scheme.status is Status.MET and scheme.required is False and scheme.article == "13"
    assert "III.SCHEME" not in {r.id for r in run(country()).parts["III"].requirements}


def test_alternatives_not_needed_are_superseded_with_their_own_status() -> None:
    requirements = [req("A", Status.MET, "g"), req("B", Status.NOT_MET, "g"), req("C", Status.INSUFFICIENT, "g"),
                    req("D", Status.NOT_APPLICABLE, "g"), req("E", Status.NOT_MET)]
    mark_superseded(requirements)
    assert [r.superseded for r in requirements] == [False, True, True, False, False]
    assert [r.status for r in requirements] == [Status.MET, Status.NOT_MET, Status.INSUFFICIENT,
                                                Status.NOT_APPLICABLE, Status.NOT_MET]
    assert requirements[1].to_json()["superseded"] is True
    assert "superseded" not in requirements[0].to_json()


def test_no_member_is_superseded_when_none_is_met() -> None:
    requirements = [req("A", Status.NOT_MET, "g"), req("B", Status.INSUFFICIENT, "g")]
    mark_superseded(requirements)
    assert not any(r.superseded for r in requirements)


def test_superseded_coverage_alternative_in_an_evaluation() -> None:
    # Employees 60 % (met) and economically active 10 % of residents (not met): 15(b) is not needed.
    answers = country(III__coverage__relies_on=None, III__coverage__active_protected=300_000)
    result = run(answers).parts["III"]
    assert result.status is PartStatus.COMPLIANT
    assert result.requirement("III.COV.B").status is Status.NOT_MET
    assert result.requirement("III.COV.B").superseded is True
    assert result.requirement("III.COV.A").superseded is False
