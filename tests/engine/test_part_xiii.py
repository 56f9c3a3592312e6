"""Part XIII: suspension, appeal, financing, State responsibility and administration (Arts 69–72)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from c102desk.i18n import question_ids_in
from tests.helpers import d, part_i, req, run


def common(**overrides: Any) -> dict[str, Any]:
    """Compliant common provisions: employees pay 400 of 1,000 of the resources."""
    answers = part_i()
    answers.update({
        "XIII.suspension.grounds": ["a", "d", "f", "art26_3"],
        "XIII.appeal.right": True,
        "XIII.financing.collective": True,
        "XIII.financing.no_hardship": True,
        "XIII.financing.employee_contributions": 400,
        "XIII.financing.employer_contributions": 400,
        "XIII.financing.state_financing": 150,
        "XIII.financing.other_resources": 50,
        "XIII.financing.excludes_family": True,
        "XIII.financing.excludes_employment_injury": True,
        "XIII.financing.actuarial_periodic": True,
        "XIII.financing.actuarial_before_changes": True,
        "XIII.financing.last_actuarial_study": 2022,
        "XIII.responsibility.benefits": True,
        "XIII.responsibility.administration": True,
        "XIII.admin.model": "regulated_institution",
    })
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return {k: v for k, v in answers.items() if v is not None}


def test_compliant_common_provisions() -> None:
    result = run(common()).parts["XIII"]
    assert result.status is PartStatus.COMPLIANT
    ids = [r.id for r in result.requirements]
    assert ids == ["XIII.SUSP", "XIII.APPEAL", "XIII.FIN.COLL", "XIII.FIN.EE50", "XIII.FIN.ACT", "XIII.RESP",
                   "XIII.ADMIN.PART"]


# --- Art 69 ------------------------------------------------------------------------------------------------

def test_grounds_within_article_69_are_listed() -> None:
    item = req(common(), "XIII.SUSP")
    assert item.status is Status.MET
    assert "(a) The person is absent" in item.explanation and "Art 26(3)" in item.explanation


def test_a_ground_outside_article_69_fails_and_is_named() -> None:
    answers = common(XIII__suspension__grounds=["a", "other"],
                     XIII__suspension__other_grounds="arrears of contributions owed by the employer")
    item = req(answers, "XIII.SUSP")
    assert item.status is Status.NOT_MET
    assert "arrears of contributions" in item.explanation
    assert run(answers).parts["XIII"].status is PartStatus.NOT_COMPLIANT


@pytest.mark.parametrize(("grounds", "expected"), [
    (["none"], Status.MET), (["none", "a"], Status.INSUFFICIENT), (None, Status.INSUFFICIENT),
])
def test_no_grounds_and_contradictions(grounds: list[str] | None, expected: Status) -> None:
    assert req(common(XIII__suspension__grounds=grounds), "XIII.SUSP").status is expected


# --- Art 70 ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("right", "medical", "tribunal", "expected"), [
    (True, None, None, Status.MET), (False, True, None, Status.MET), (False, False, True, Status.MET),
    (False, False, False, Status.NOT_MET), (False, None, None, Status.INSUFFICIENT), (None, None, None,
                                                                                        Status.INSUFFICIENT),
])
def test_appeal(right: bool | None, medical: bool | None, tribunal: bool | None, expected: Status) -> None:
    answers = common(XIII__appeal__right=right, XIII__appeal__medical_complaints=medical,
                     XIII__appeal__special_tribunal=tribunal)
    assert req(answers, "XIII.APPEAL").status is expected


# --- Art 71(1) ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("collective", "hardship", "expected"), [
    (True, True, Status.MET), (False, True, Status.NOT_MET), (True, False, Status.NOT_MET),
    (True, None, Status.INSUFFICIENT),
])
def test_collective_financing(collective: bool, hardship: bool | None, expected: Status) -> None:
    answers = common(XIII__financing__collective=collective, XIII__financing__no_hardship=hardship)
    assert req(answers, "XIII.FIN.COLL").status is expected


# --- Art 71(2): employees' share ≤ 50 % of 1,000 -------------------------------------------------------------

@pytest.mark.parametrize(("employees", "expected"), [
    (500, Status.MET), (d("500.001"), Status.NOT_MET), (d("499.999"), Status.MET),
])
def test_employee_share_threshold(employees: Any, expected: Status) -> None:
    # the other resources make up the rest of exactly 1,000, so the share is employees / 10 %
    answers = common(XIII__financing__employee_contributions=employees,
                     XIII__financing__employer_contributions=1000 - employees - 200)
    item = req(answers, "XIII.FIN.EE50")
    assert item.status is expected
    assert item.article == "71(2)"
    assert "A.ART71.RESOURCES" in item.assumptions


@pytest.mark.parametrize(("share", "expected"), [
    (d("50"), Status.MET), (d("50.0001"), Status.NOT_MET), (d("49.9999"), Status.MET),
])
def test_employee_share_in_percent_at_full_precision(share: Any, expected: Status) -> None:
    # employees' contributions = share (out of a total of 100)
    answers = common(XIII__financing__employee_contributions=share, XIII__financing__employer_contributions=100 - share,
                     XIII__financing__state_financing=0, XIII__financing__other_resources=0)
    assert req(answers, "XIII.FIN.EE50").status is expected


def test_employee_share_explanation_shows_the_figures() -> None:
    answers = common(XIII__financing__employee_contributions=600, XIII__financing__employer_contributions=200)
    item = req(answers, "XIII.FIN.EE50")
    assert item.status is Status.NOT_MET
    assert "employees' contributions 600 of 1,000" in item.explanation
    assert "60 % > 50 %" in item.explanation
    assert item.values["percent"] == 60
    assert "XIII.FIN.EE50" in run(answers).ratification.blocking


def test_missing_figure_is_insufficient() -> None:
    item = req(common(XIII__financing__state_financing=None), "XIII.FIN.EE50")
    assert item.status is Status.INSUFFICIENT
    assert "XIII.financing.state_financing" in question_ids_in(item.explanation)
    assert "“State subsidies and tax financing for the same benefits (per year)” not yet given" in item.explanation


def test_zero_resources_are_insufficient() -> None:
    answers = common(XIII__financing__employee_contributions=0, XIII__financing__employer_contributions=0,
                     XIII__financing__state_financing=0, XIII__financing__other_resources=0)
    assert req(answers, "XIII.FIN.EE50").status is Status.INSUFFICIENT


def test_base_including_family_benefit_is_reviewed() -> None:
    answers = common(XIII__financing__excludes_family=False)
    assert req(answers, "XIII.FIN.EE50").status is Status.NEEDS_REVIEW
    over = common(XIII__financing__excludes_family=False, XIII__financing__employee_contributions=600,
                  XIII__financing__employer_contributions=200)
    item = req(over, "XIII.FIN.EE50")
    assert item.status is Status.NEEDS_REVIEW
    assert "computed again" in item.explanation


def test_employment_injury_depends_on_a_separate_branch() -> None:
    included = common(XIII__financing__excludes_employment_injury=False)
    assert req(included, "XIII.FIN.EE50").status is Status.INSUFFICIENT  # separate branch not known
    assert req({**included, "VI.scheme.separate_branch": True}, "XIII.FIN.EE50").status is Status.NEEDS_REVIEW
    item = req({**included, "VI.scheme.separate_branch": False}, "XIII.FIN.EE50")
    assert item.status is Status.MET
    assert "not a special branch" in item.explanation


# --- Art 71(3), 72 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("periodic", "before", "expected"), [
    (True, True, Status.MET), (False, True, Status.NOT_MET), (True, False, Status.NOT_MET),
    (None, True, Status.INSUFFICIENT),
])
def test_actuarial_studies(periodic: bool | None, before: bool, expected: Status) -> None:
    answers = common(XIII__financing__actuarial_periodic=periodic, XIII__financing__actuarial_before_changes=before)
    item = req(answers, "XIII.FIN.ACT")
    assert item.status is expected
    assert "2022" in item.explanation


@pytest.mark.parametrize(("benefits", "administration", "expected"), [
    (True, True, Status.MET), (False, True, Status.NOT_MET), (True, False, Status.NOT_MET),
    (True, None, Status.INSUFFICIENT),
])
def test_state_responsibility(benefits: bool, administration: bool | None, expected: Status) -> None:
    answers = common(XIII__responsibility__benefits=benefits, XIII__responsibility__administration=administration)
    assert req(answers, "XIII.RESP").status is expected


@pytest.mark.parametrize(("model", "participation", "expected"), [
    ("government_department", None, Status.NOT_APPLICABLE), ("regulated_institution", False, Status.NOT_APPLICABLE),
    ("other", True, Status.MET), ("other", False, Status.NOT_MET), ("other", None, Status.INSUFFICIENT),
    (None, None, Status.INSUFFICIENT),
])
def test_participation_in_administration(model: str | None, participation: bool | None, expected: Status) -> None:
    answers = common(XIII__admin__model=model, XIII__admin__participation=participation)
    assert req(answers, "XIII.ADMIN.PART").status is expected
