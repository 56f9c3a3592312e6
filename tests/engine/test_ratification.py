"""Ratification (Art 2, engine-contract.md §2): the full pipeline, and ``ratify`` on Part results built here."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.context import Context
from c102desk.engine.ratification import ratify
from c102desk.engine.results import PartResult, PartStatus, Requirement, Status
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
    assert {r.id for r in ratification.requirements} == {
        "I.RAT.COUNT", "I.RAT.CORE", "I.ART3.DECL", "I.ART3.REPORT", "I.ART5.ATTAINED", "I.ART6.VOL", "I.CHILD"}
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


def test_insufficient_cross_cutting_part_does_not_block() -> None:
    evaluation = run(country(XII__residents__equal_treatment=None))
    assert evaluation.parts["XII"].status is PartStatus.INSUFFICIENT
    assert evaluation.ratification.possible is True


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


@pytest.mark.parametrize(("statuses", "possible", "blocking"), [
    ({"II": OK, "III": OK, "V": OK}, True, []),
    ({"II": OK, "III": REVIEW, "V": REVIEW}, True, []),
    ({"II": OK, "V": OK}, False, ["I.RAT.COUNT"]),
    ({"II": OK, "III": OK, "VII": OK}, False, ["I.RAT.CORE"]),
    ({"II": OK, "III": PartStatus.INSUFFICIENT, "V": OK}, False, ["I.RAT.COUNT"]),
    ({"II": OK, "III": OK, "X": OK, "VI": PartStatus.NOT_COMPLIANT}, True, []),
])
def test_art_2_counts(statuses: dict[str, PartStatus], possible: bool, blocking: list[str]) -> None:
    ratification = ratify(ctx(), results(statuses))
    assert ratification.possible is possible
    assert ratification.blocking == blocking


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
