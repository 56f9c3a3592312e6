"""Ratification (Art 2, engine-contract.md §2): the full pipeline, and ``ratify`` on Part results built here."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.context import Context
from c102desk.engine.ratification import ratify
from c102desk.engine.results import Missing, PartResult, PartStatus, RatificationStatus, Requirement, Status
from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.model import BRANCH_PART_IDS, CROSS_CUTTING_PART_IDS
from tests.engine.test_part_ii import medical
from tests.engine.test_part_iii import sickness
from tests.engine.test_part_iv import unemployment
from tests.engine.test_part_xiii import common
from tests.helpers import run


def country(**overrides: Any) -> dict[str, Any]:
    """Parts II, III and IV compliant (IV is a core Part), with compliant Parts XI–XIV."""
    answers = {**medical(), **sickness(), **unemployment(), **common()}
    answers.update({
        "I.wages.skilled_option": "average_125",
        "XI.other.reasonable_relation": True,
        "XI.other.description": "dependants' supplements of 10 % each",
        "XI.earnings.prescribed_rules": True,
        "XI.earnings.basis": "recent_period",
        "I.wages.labourer_option": "typical_unskilled",
        "XII.residents.equal_treatment": True,
        "XII.nationals.contributory_schemes": True,
        "XII.nationals.treatment": "reciprocity",
        "XIV.report.items": ["laws", "persons_protected", "benefit_rates", "unemployment_duration", "financing"],
    })
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return {k: v for k, v in answers.items() if v is not None}


def test_country_with_three_parts_including_a_core_part_can_ratify() -> None:
    evaluation = run(country())
    assert [evaluation.parts[p].status for p in ("II", "III", "IV")] == [PartStatus.COMPLIANT] * 3
    for part in CROSS_CUTTING_PART_IDS:
        assert evaluation.parts[part].status is PartStatus.COMPLIANT, part
    ratification = evaluation.ratification
    assert ratification.possible is True
    assert ratification.parts == ["II", "III", "IV"]
    assert ratification.blocking == []
    assert ratification.article_3_declaration_needed is False
    assert ratification.status is RatificationStatus.POSSIBLE and ratification.missing == []
    assert {r.id for r in ratification.requirements} == {
        "I.RAT.COUNT", "I.RAT.CORE", "I.RAT.CROSS", "I.ART3.DECL", "I.ART3.REPORT", "I.ART5.ATTAINED", "I.ART6.VOL",
        "I.CHILD"}
    assert evaluation.requirement("I.RAT.COUNT").status is Status.MET
    json = evaluation.to_json()["ratification"]
    assert json["possible"] is True and json["parts"] == ["II", "III", "IV"]


def test_employee_share_above_half_blocks_ratification() -> None:
    evaluation = run(country(XIII__financing__employee_contributions=600,
                             XIII__financing__employer_contributions=200))
    assert evaluation.parts["XIII"].status is PartStatus.NOT_COMPLIANT
    assert evaluation.ratification.possible is False
    assert evaluation.ratification.blocking == ["XIII.FIN.EE50"]
    assert evaluation.ratification.parts == ["II", "III", "IV"]


def test_a_failing_part_leaves_too_few_parts() -> None:
    evaluation = run(country(II__coverage__employees_protected=499_999))
    assert evaluation.parts["II"].status is PartStatus.NOT_COMPLIANT
    assert evaluation.ratification.possible is False
    assert evaluation.ratification.parts == ["III", "IV"]
    assert evaluation.ratification.blocking == ["I.RAT.COUNT"]
    assert evaluation.requirement("I.RAT.COUNT").status is Status.NOT_MET


def test_without_a_core_part_ratification_is_impossible() -> None:
    evaluation = run(country(IV__coverage__employees_protected=499_999))
    assert evaluation.ratification.parts == ["II", "III"]
    assert evaluation.ratification.blocking == ["I.RAT.COUNT", "I.RAT.CORE"]


def test_a_level_failure_in_an_unaccepted_part_does_not_block_through_part_xi() -> None:
    # Part III's benefit fails Art 65: Part III is not acceptable, and Part XI is judged on II and IV only.
    evaluation = run(country(III__benefit__rate=30))
    assert evaluation.parts["III"].status is PartStatus.NOT_COMPLIANT
    assert evaluation.parts["XI"].status is PartStatus.COMPLIANT
    assert evaluation.requirement("XI.65.TEST").values["by_benefit"] == {"III.LVL": "not_met", "IV.LVL": "met"}
    assert evaluation.ratification.blocking == ["I.RAT.COUNT"]


def test_insufficient_cross_cutting_part_leaves_ratification_not_yet_determinable() -> None:
    # Art 2(a)(iii): Part XII must be shown to be met; lacking information it cannot be counted (issue 12; the
    # earlier rule let it through).
    evaluation = run(country(XII__residents__equal_treatment=None))
    assert evaluation.parts["XII"].status is PartStatus.INSUFFICIENT
    ratification = evaluation.ratification
    assert ratification.possible is False and ratification.blocking == []
    assert ratification.status is RatificationStatus.NOT_YET_DETERMINABLE
    assert ratification.missing == [Missing("XII", "insufficient_information", ("XII.EQ.RES",))]
    assert evaluation.requirement("I.RAT.CROSS").status is Status.INSUFFICIENT


def test_article_3_declaration_needed_when_an_acceptable_part_rests_on_it() -> None:
    answers = country(I__art3__declaration=True, I__art3__justification="insufficiently developed economy",
                      I__art3__annual_statement=True, III__coverage__relies_on=["d"],
                      III__coverage__employees_protected=None, III__coverage__industrial_protected=100_000)
    evaluation = run(answers)
    assert evaluation.parts["III"].article_3 is True
    assert evaluation.ratification.article_3_declaration_needed is True
    assert evaluation.ratification.possible is True
    decl = evaluation.requirement("I.ART3.DECL")
    assert decl.status is Status.MET and decl.values["accepted_parts_relying"] == ["III"]


def test_without_declaration_the_article_3_alternative_cannot_carry_a_part() -> None:
    answers = country(III__coverage__relies_on=["d"], III__coverage__employees_protected=None,
                      III__coverage__industrial_protected=100_000)
    evaluation = run(answers)
    assert evaluation.ratification.article_3_declaration_needed is False
    assert "III" not in evaluation.ratification.parts


# --- ratify() on constructed Part results ------------------------------------------------------------------

def results(statuses: dict[str, PartStatus], *, article_3: tuple[str, ...] = (),
            failing: dict[str, list[str]] | None = None) -> dict[str, PartResult]:
    out = {}
    for part in (*BRANCH_PART_IDS, *CROSS_CUTTING_PART_IDS):
        reqs = [Requirement(rid, "x", Status.NOT_MET, "fails") for rid in (failing or {}).get(part, [])]
        default = PartStatus.COMPLIANT if part in CROSS_CUTTING_PART_IDS else PartStatus.NOT_ASSESSED
        out[part] = PartResult(part, statuses.get(part, default), part in article_3, reqs)
    return out


def ctx() -> Context:
    return Context.build(load_questionnaire(), {})


OK = PartStatus.COMPLIANT
REVIEW = PartStatus.COMPLIANT_WITH_REVIEW


POSSIBLE = RatificationStatus.POSSIBLE
NOT_POSSIBLE = RatificationStatus.NOT_POSSIBLE
OPEN = RatificationStatus.NOT_YET_DETERMINABLE
INSUFFICIENT = PartStatus.INSUFFICIENT


@pytest.mark.parametrize(("statuses", "expected", "blocking", "missing"), [
    ({"II": OK, "III": OK, "V": OK}, POSSIBLE, [], []),
    ({"II": OK, "III": REVIEW, "V": REVIEW}, POSSIBLE, [], []),
    ({"II": OK, "V": OK}, NOT_POSSIBLE, ["I.RAT.COUNT"], []),
    ({"II": OK, "III": OK, "VII": OK}, NOT_POSSIBLE, ["I.RAT.CORE"], []),
    # two Parts and one still lacking information: the count may yet be reached
    ({"II": OK, "III": INSUFFICIENT, "V": OK}, OPEN, ["I.RAT.COUNT"], ["III"]),
    # ... and the core Part too
    ({"II": OK, "III": OK, "IX": INSUFFICIENT}, OPEN, ["I.RAT.COUNT", "I.RAT.CORE"], ["IX"]),
    # one Part and one lacking information cannot reach three
    ({"II": OK, "III": INSUFFICIENT}, NOT_POSSIBLE, ["I.RAT.COUNT", "I.RAT.CORE"], []),
    # three Parts but no core Part, none pending: fails, even with a non-core Part pending
    ({"II": OK, "III": OK, "VII": OK, "VIII": INSUFFICIENT}, NOT_POSSIBLE, ["I.RAT.CORE"], []),
    # a Part not assessed is not pending: the assessment does not cover it
    ({"II": OK, "V": OK, "III": PartStatus.NOT_ASSESSED}, NOT_POSSIBLE, ["I.RAT.COUNT"], []),
    ({"II": OK, "III": OK, "X": OK, "VI": PartStatus.NOT_COMPLIANT}, POSSIBLE, [], []),
])
def test_art_2_counts(statuses: dict[str, PartStatus], expected: RatificationStatus, blocking: list[str],
                      missing: list[str]) -> None:
    ratification = ratify(ctx(), results(statuses))
    assert ratification.status is expected
    assert ratification.possible is (expected is POSSIBLE)
    assert ratification.blocking == blocking
    assert [m.part for m in ratification.missing] == missing


@pytest.mark.parametrize("cross", CROSS_CUTTING_PART_IDS)
@pytest.mark.parametrize("state", [PartStatus.NOT_ASSESSED, PartStatus.INSUFFICIENT])
def test_an_open_cross_cutting_part_leaves_ratification_not_yet_determinable(cross: str, state: PartStatus) -> None:
    ratification = ratify(ctx(), results({"II": OK, "III": OK, "V": OK, cross: state}))
    assert ratification.status is OPEN and ratification.possible is False
    assert ratification.blocking == []
    assert ratification.missing == [Missing(cross, state.value, ())]
    cross_req = next(r for r in ratification.requirements if r.id == "I.RAT.CROSS")
    assert cross_req.status is Status.INSUFFICIENT and cross_req.article == "2(a)(iii)–(iv)"
    assert cross_req.values["parts"][cross] == state.value


def test_a_failing_condition_outweighs_an_open_one() -> None:
    parts = results({"II": OK, "III": OK, "V": OK, "XII": PartStatus.NOT_ASSESSED,
                     "XIII": PartStatus.NOT_COMPLIANT}, failing={"XIII": ["XIII.FIN.EE50"]})
    ratification = ratify(ctx(), parts)
    assert ratification.status is NOT_POSSIBLE
    assert ratification.blocking == ["XIII.FIN.EE50"]
    assert [m.part for m in ratification.missing] == ["XII"]
    assert next(r for r in ratification.requirements if r.id == "I.RAT.CROSS").status is Status.NOT_MET


def test_cross_cutting_review_items_do_not_stop_ratification() -> None:
    ratification = ratify(ctx(), results({"II": OK, "III": OK, "V": OK, "XI": REVIEW, "XIV": REVIEW}))
    assert ratification.status is POSSIBLE
    assert next(r for r in ratification.requirements if r.id == "I.RAT.CROSS").status is Status.MET


def _declared(**answers: Any) -> Context:
    return Context.build(load_questionnaire(), {"I.art3.declaration": True, "I.art3.justification": "reasons",
                                                **answers})


def test_article_3_statement_refused_blocks_ratification() -> None:
    # Art 3(2): a Member using the exceptions must state in each report that their reasons subsist.
    ratification = ratify(_declared(**{"I.art3.annual_statement": False}), results({"II": OK, "III": OK, "V": OK}))
    assert ratification.status is NOT_POSSIBLE and ratification.blocking == ["I.ART3.REPORT"]


def test_article_3_statement_unanswered_leaves_ratification_open() -> None:
    ratification = ratify(_declared(), results({"II": OK, "III": OK, "V": OK}))
    assert ratification.status is OPEN and ratification.blocking == []
    assert ratification.missing == [Missing("I", "insufficient_information", ("I.ART3.REPORT",))]
    ratification = ratify(_declared(**{"I.art3.annual_statement": True}), results({"II": OK, "III": OK, "V": OK}))
    assert ratification.status is POSSIBLE


def test_json_names_status_and_what_is_missing() -> None:
    doc = ratify(ctx(), results({"II": OK, "III": OK, "V": OK, "XII": PartStatus.NOT_ASSESSED})).to_json()
    assert doc["possible"] is False and doc["status"] == "not_yet_determinable"
    assert doc["missing"] == [{"part": "XII", "status": "not_assessed", "requirements": []}]


@pytest.mark.parametrize("cross", CROSS_CUTTING_PART_IDS)
def test_a_non_compliant_cross_cutting_part_blocks_with_its_failing_ids(cross: str) -> None:
    parts = results({"II": OK, "III": OK, "V": OK, cross: PartStatus.NOT_COMPLIANT},
                    failing={cross: [f"{cross}.FAIL"]})
    ratification = ratify(ctx(), parts)
    assert ratification.possible is False
    assert ratification.blocking == [f"{cross}.FAIL"]


def test_article_3_needed_only_for_acceptable_parts() -> None:
    parts = results({"II": OK, "III": OK, "V": OK, "IX": PartStatus.NOT_COMPLIANT}, article_3=("IX",))
    assert ratify(ctx(), parts).article_3_declaration_needed is False
    parts = results({"II": OK, "III": OK, "V": OK}, article_3=("V",))
    assert ratify(ctx(), parts).article_3_declaration_needed is True
