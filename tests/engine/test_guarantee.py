"""The guarantee, not the best case ([I] requirements.md §9): durations growing with the contribution record are
tested at the minimum qualifying record (Arts 12, 18, 52), and a rate not set by law is no guaranteed rate
(Arts 65–67)."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import PartStatus, Status
from c102desk.i18n import question_ids_in
from tests.engine.test_part_ii import medical
from tests.engine.test_part_iii import sickness
from tests.engine.test_part_v import v
from tests.engine.test_part_viii import maternity
from tests.helpers import d, req, run

# --- Art 18(1): sickness benefit at least 26 weeks per case ---------------------------------------------------


@pytest.mark.parametrize(("weeks", "expected"), [
    (26, Status.MET), (d("25.99"), Status.NOT_MET), (d("26.01"), Status.MET),
])
def test_sickness_duration_is_tested_at_the_minimum_record(weeks: Any, expected: Status) -> None:
    answers = sickness(III__duration__max_weeks=52, III__duration__graded=True,
                       III__duration__min_record_weeks=weeks)
    rule = req(answers, "III.DUR")
    assert rule.status is expected
    assert rule.values["guaranteed_weeks"] == float(weeks) and rule.values["maximum_weeks"] == 52
    assert "A.GUARANTEE.DURATION" in rule.assumptions and "[I]" in rule.explanation
    assert "III.duration.min_record_weeks" in rule.questions


def test_thirteen_weeks_at_the_minimum_record_and_26_later_fails_article_18_1() -> None:
    # The supervisory example of §9: the best case (26 weeks) meets Art 18(1), the guarantee (13) does not.
    answers = sickness(III__duration__max_weeks=26, III__duration__graded=True, III__duration__min_record_weeks=13)
    evaluation = run(answers)
    assert evaluation.requirement("III.DUR").status is Status.NOT_MET
    assert evaluation.parts["III"].status is PartStatus.NOT_COMPLIANT


def test_with_a_declaration_13_guaranteed_weeks_meet_article_18_2_b() -> None:
    answers = sickness(III__duration__max_weeks=26, III__duration__graded=True, III__duration__min_record_weeks=13,
                       I__art3__declaration=True, I__art3__justification="reasons", I__art3__annual_statement=True)
    result = run(answers).parts["III"]
    assert result.requirement("III.DUR").status is Status.NOT_MET
    assert result.requirement("III.DUR").superseded is True
    art3 = result.requirement("III.DUR.ART3")
    assert art3.status is Status.MET and art3.values["guaranteed_weeks"] == 13
    assert result.status is PartStatus.COMPLIANT and result.article_3 is True


def test_an_unstated_grading_leaves_a_passing_maximum_open() -> None:
    answers = {k: val for k, val in sickness(III__duration__max_weeks=52).items() if k != "III.duration.graded"}
    rule = req(answers, "III.DUR")
    assert rule.status is Status.INSUFFICIENT
    assert "III.duration.graded" in question_ids_in(rule.explanation) and "longest" in rule.explanation


def test_a_maximum_below_the_limit_fails_whatever_the_grading() -> None:
    answers = {k: val for k, val in sickness(III__duration__max_weeks=25).items() if k != "III.duration.graded"}
    assert req(answers, "III.DUR").status is Status.NOT_MET


def test_a_uniform_duration_is_tested_as_stated() -> None:
    rule = req(sickness(III__duration__max_weeks=26, III__duration__graded=False), "III.DUR")
    assert rule.status is Status.MET and "A.GUARANTEE.DURATION" not in rule.assumptions


def test_grading_without_the_guaranteed_duration_lacks_information() -> None:
    rule = req(sickness(III__duration__max_weeks=52, III__duration__graded=True), "III.DUR")
    assert rule.status is Status.INSUFFICIENT and "III.duration.min_record_weeks" in question_ids_in(rule.explanation)


def test_benefit_paid_throughout_needs_no_grading() -> None:
    answers = {k: val for k, val in sickness(III__duration__limited=False).items() if k != "III.duration.graded"}
    assert req(answers, "III.DUR").status is Status.MET


# --- Art 12(1): medical care at least 26 weeks per case ---------------------------------------------------------

@pytest.mark.parametrize(("weeks", "expected"), [
    (26, Status.MET), (d("25.5"), Status.NOT_MET), (27, Status.MET),
])
def test_medical_care_duration_is_tested_at_the_minimum_record(weeks: Any, expected: Status) -> None:
    answers = medical(II__duration__max_weeks=52, II__duration__graded=True, II__duration__min_record_weeks=weeks)
    assert req(answers, "II.DUR").status is expected


# --- Art 52: maternity cash benefit at least 12 weeks, or the longer leave --------------------------------------

@pytest.mark.parametrize(("weeks", "leave", "expected"), [
    (12, 12, Status.MET), (d("11.99"), 12, Status.NOT_MET), (d("12.01"), 12, Status.MET),
    (14, 14, Status.MET), (d("13.99"), 14, Status.NOT_MET),
])
def test_maternity_duration_is_tested_at_the_minimum_record(weeks: Any, leave: int, expected: Status) -> None:
    answers = maternity(VIII__duration__benefit_weeks=18, VIII__duration__leave_weeks=leave,
                        VIII__duration__graded=True, VIII__duration__min_record_weeks=weeks)
    rule = req(answers, "VIII.DUR")
    assert rule.status is expected
    assert rule.values["graded"] is True and "minimum qualifying record" in rule.explanation


def test_maternity_grading_unknown_or_incomplete() -> None:
    answers = {k: val for k, val in maternity().items() if k != "VIII.duration.graded"}
    assert req(answers, "VIII.DUR").status is Status.INSUFFICIENT
    assert req(maternity(VIII__duration__graded=True), "VIII.DUR").status is Status.INSUFFICIENT
    assert req(maternity(VIII__duration__benefit_weeks=11, VIII__duration__graded=None), "VIII.DUR").status \
        is Status.NOT_MET


# --- Arts 65–67: a rate not set by law (defined contribution) -----------------------------------------------------
# Old-age benefit tested at the skilled wage of 1,250 (no reference earnings, no family allowances in Part V):
# 40 % requires a guaranteed benefit of at least 500.

@pytest.mark.parametrize(("minimum", "expected"), [
    (500, Status.MET), (d("499.99"), Status.NOT_MET), (d("500.01"), Status.MET),
])
def test_without_a_rate_set_by_law_the_guaranteed_minimum_is_tested(minimum: Any, expected: Status) -> None:
    answers = v(V__benefit__rate=55, V__benefit__rate_set_by_law=False, V__benefit__minimum_amount=minimum)
    evaluation = run(answers)
    rule = evaluation.requirement("V.LVL")
    assert rule.status is expected
    test = rule.values["XI.65.TEST"]
    assert test["benefit"] == float(minimum) and test["rate_set_by_law"] is False
    assert "A.GUARANTEE.RATE" in rule.assumptions
    assert "individual account" in rule.explanation


def test_without_a_rate_set_by_law_and_without_a_minimum_the_level_is_not_shown() -> None:
    rule = req(v(V__benefit__rate=55, V__benefit__rate_set_by_law=False), "V.LVL")
    assert rule.status is Status.INSUFFICIENT
    assert "V.benefit.minimum_amount" in question_ids_in(rule.explanation) and "no guarantee" in rule.explanation


def test_a_rate_set_by_law_is_tested_as_stated() -> None:
    assert req(v(V__benefit__rate=40, V__benefit__rate_set_by_law=True), "V.LVL").status is Status.MET
    assert req(v(V__benefit__rate=d("39.99"), V__benefit__rate_set_by_law=True), "V.LVL").status is Status.NOT_MET
    # unanswered: the rate given is read as the legal rate (questionnaire 1 asked for the formula's rate)
    assert req(v(V__benefit__rate=40), "V.LVL").status is Status.MET


def test_a_ceiling_is_tested_on_the_guaranteed_amount_too() -> None:
    answers = v(V__benefit__rate=55, V__benefit__rate_set_by_law=False, V__benefit__minimum_amount=600,
                V__benefit__earnings_ceiling=1000)
    rule = req(answers, "V.LVL")
    assert rule.values["XI.65.CEIL"]["benefit"] == 600
    assert rule.status is Status.MET  # 600 / 1,250 = 48 % ≥ 40 %
