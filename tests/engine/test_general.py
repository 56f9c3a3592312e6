"""Part I general requirements (Arts 1–6), reported in the ratification block."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.context import Context
from c102desk.engine.results import PartResult, PartStatus, Status
from c102desk.engine.rulebook import part_requirements
from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.model import BRANCH_PART_IDS
from tests.helpers import d, part_i, req, run, status


def parts_with(statuses: dict[str, PartStatus], article_3: tuple[str, ...] = ()) -> dict[str, PartResult]:
    return {p: PartResult(p, statuses.get(p, PartStatus.NOT_ASSESSED), p in article_3, [])
            for p in BRANCH_PART_IDS}


def general_req(answers: dict[str, Any], rule_id: str, parts: dict[str, PartResult] | None = None,
                accepted: list[str] | None = None) -> Any:
    ctx = Context.build(load_questionnaire(), answers)
    ctx.parts, ctx.accepted = parts or parts_with({}), accepted or []
    for item in part_requirements(ctx, "I"):
        if item.id == rule_id:
            return item
    raise KeyError(rule_id)


# --- Art 2: number of Parts and a core Part ------------------------------------------------------------

@pytest.mark.parametrize(("accepted", "expected"), [
    (["II", "III"], Status.NOT_MET), (["II", "III", "V"], Status.MET), (["II", "III", "V", "VII"], Status.MET),
])
def test_at_least_three_parts(accepted: list[str], expected: Status) -> None:
    item = general_req(part_i(), "I.RAT.COUNT", accepted=accepted)
    assert item.status is expected
    assert item.article == "2(a)(ii)"
    assert item.values["parts"] == accepted
    assert ", ".join(accepted) in item.explanation


def test_count_names_parts_still_lacking_information() -> None:
    parts = parts_with({"II": PartStatus.COMPLIANT, "IV": PartStatus.INSUFFICIENT})
    item = general_req(part_i(), "I.RAT.COUNT", parts, ["II"])
    assert item.status is Status.NOT_MET
    assert "1 of Parts II–X" in item.explanation and "< 3" in item.explanation
    assert item.values["pending"] == ["IV"]


@pytest.mark.parametrize(("accepted", "expected"), [
    (["II", "III", "VII", "VIII"], Status.NOT_MET),
    (["II", "III", "IV"], Status.MET), (["II", "III", "V"], Status.MET), (["II", "III", "VI"], Status.MET),
    (["II", "III", "IX"], Status.MET), (["II", "III", "X"], Status.MET),
])
def test_one_core_part(accepted: list[str], expected: Status) -> None:
    item = general_req(part_i(), "I.RAT.CORE", accepted=accepted)
    assert item.status is expected


# --- Art 3: declaration and annual statement -------------------------------------------------------------

def test_declaration_needed_by_an_accepted_part() -> None:
    parts = parts_with({"II": PartStatus.COMPLIANT}, article_3=("II",))
    answers = part_i(I__art3__declaration=True, I__art3__justification="low GDP, few hospitals")
    item = general_req(answers, "I.ART3.DECL", parts, ["II"])
    assert item.status is Status.MET
    assert "Parts II could be accepted only through an Article 3" in item.explanation
    assert item.values["accepted_parts_relying"] == ["II"]
    assert "A.ART3.AT_RATIFICATION" in item.assumptions


def test_declaration_without_reasons_is_reviewed() -> None:
    item = general_req(part_i(I__art3__declaration=True), "I.ART3.DECL")
    assert item.status is Status.NEEDS_REVIEW


def test_no_declaration_is_not_applicable_and_says_article_3_figures_cannot_count() -> None:
    answers = part_i(I__art3__declaration=False, III__coverage__industrial_protected=150_000)
    item = general_req(answers, "I.ART3.DECL")
    assert item.status is Status.NOT_APPLICABLE
    assert "Parts III" in item.explanation and "cannot count" in item.explanation


def test_unanswered_declaration_with_article_3_figures_is_insufficient() -> None:
    item = general_req(part_i(III__coverage__industrial_protected=150_000), "I.ART3.DECL")
    assert item.status is Status.INSUFFICIENT


@pytest.mark.parametrize(("declared", "statement", "expected"), [
    (False, None, Status.NOT_APPLICABLE), (True, True, Status.MET), (True, False, Status.NOT_MET),
    (True, None, Status.INSUFFICIENT),
])
def test_annual_statement(declared: bool, statement: bool | None, expected: Status) -> None:
    answers = part_i(I__art3__declaration=declared, I__art3__annual_statement=statement)
    assert general_req(answers, "I.ART3.REPORT").status is expected


# --- Art 5: current data -----------------------------------------------------------------------------------

def test_projected_coverage_fails_article_5_and_names_the_parts() -> None:
    answers = part_i(III__coverage__projected=True, V__coverage__projected=True, II__coverage__projected=False)
    item = general_req(answers, "I.ART5.ATTAINED")
    assert item.status is Status.NOT_MET
    assert item.values["projected_parts"] == ["III", "V"]
    assert "Parts III, V" in item.explanation


def test_current_coverage_meets_article_5() -> None:
    item = general_req(part_i(III__coverage__projected=False), "I.ART5.ATTAINED")
    assert item.status is Status.MET
    assert item.values["current_data_parts"] == ["III"]


def test_article_5_through_the_pipeline() -> None:
    assert status(part_i(III__coverage__projected=True), "I.ART5.ATTAINED") is Status.NOT_MET


# --- Art 6: voluntary insurance ----------------------------------------------------------------------------

def art6(**overrides: Any) -> dict[str, Any]:
    answers = part_i(III__coverage__voluntary_employees=10_000, I__art6__supervised=True,
                     I__art6__substantial_part=True, I__art6__complies_jointly=True)
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def test_article_6_not_applicable_without_voluntary_members() -> None:
    assert general_req(art6(III__coverage__voluntary_employees=0), "I.ART6.VOL").status is Status.NOT_APPLICABLE


def test_article_6_all_three_conditions() -> None:
    item = general_req(art6(V__coverage__voluntary_active=5), "I.ART6.VOL")
    assert item.status is Status.MET
    assert item.values["parts"] == ["III", "V"]


@pytest.mark.parametrize("condition", ["I.art6.supervised", "I.art6.substantial_part", "I.art6.complies_jointly"])
def test_article_6_fails_when_one_condition_fails(condition: str) -> None:
    item = general_req(art6(**{condition: False}), "I.ART6.VOL")
    assert item.status is Status.NOT_MET
    assert "Parts III" in item.explanation


def test_article_6_insufficient_when_a_condition_is_unanswered() -> None:
    assert general_req(art6(I__art6__supervised=None), "I.ART6.VOL").status is Status.INSUFFICIENT


# --- Art 1(1)(e): child ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("limit", "school", "expected"), [
    (15, 16, Status.MET),                          # 15 reached: the "under 15" definition
    (d("14.9999"), 16, Status.NOT_MET),            # below both 15 and the school-leaving age
    (d("15.0001"), 16, Status.MET),
    (14, 14, Status.MET),                          # reaches a school-leaving age below 15
    (d("13.9999"), 14, Status.NOT_MET),
    (d("14.0001"), 14, Status.MET),
    (16, 18, Status.MET),                          # above 15 though below the school-leaving age
    (15, None, Status.MET),
    (14, None, Status.INSUFFICIENT),
    (None, 16, Status.INSUFFICIENT),
])
def test_child_age_limit(limit: Any, school: Any, expected: Status) -> None:
    answers = part_i(I__child__age_limit=limit, I__child__school_leaving_age=school)
    item = req(answers, "I.CHILD")
    assert item.status is expected
    assert item.article == "1(1)(e)"
    assert ("A.CHILD.AGE" in item.assumptions) is (limit is not None)


def test_assumptions_listed_only_when_relied_on() -> None:
    listed = {a["id"] for a in run(part_i()).assumptions}
    assert not listed & {"A.CHILD.AGE", "A.ART3.AT_RATIFICATION", "A.ART71.RESOURCES"}
    listed = {a["id"] for a in run(part_i(I__child__age_limit=16, I__art3__declaration=False)).assumptions}
    assert {"A.CHILD.AGE", "A.ART3.AT_RATIFICATION"} <= listed


def test_child_explanation_shows_the_ages() -> None:
    text = req(part_i(I__child__age_limit=13, I__child__school_leaving_age=14), "I.CHILD").explanation
    assert "13 < 14" in text and "school-leaving age of 14" in text
