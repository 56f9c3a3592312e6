from __future__ import annotations

import pytest

from c102desk.engine.context import relevant_answers
from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.conditions import parse_condition


def test_comparisons() -> None:
    cond = parse_condition({"q": "x", "ge": 3})
    assert cond.evaluate({"x": 3}) and not cond.evaluate({"x": 2}) and not cond.evaluate({})
    assert parse_condition({"q": "x", "in": ["a", "b"]}).evaluate({"x": "b"})
    assert parse_condition({"q": "x", "contains": "a"}).evaluate({"x": ["a"]})
    assert parse_condition({"q": "x", "answered": False}).evaluate({"x": None})
    both = parse_condition({"all": [{"q": "x", "eq": True}, {"not": {"q": "y", "eq": 1}}]})
    assert both.evaluate({"x": True, "y": 2}) and not both.evaluate({"x": True, "y": 1})
    assert parse_condition({"any": [{"q": "x", "lt": 0}, {"q": "y", "gt": 0}]}).evaluate({"y": 1})


@pytest.mark.parametrize("raw", [{"q": "x"}, {"q": "x", "gt": "a"}, {"q": "x", "in": 1}, {"foo": 1}, [1],
                                 {"all": []}, {"q": "x", "eq": 1, "ne": 2}])
def test_malformed_conditions_are_refused(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_condition(raw)


def test_skipped_answers_are_dropped_in_chains() -> None:
    questionnaire = load_questionnaire()
    answers = {"III.duration.limited": False, "III.duration.max_weeks": 10, "III.benefit.method": "flat_rate",
               "III.benefit.rate": 30, "III.benefit.flat_amount": 500}
    kept = relevant_answers(questionnaire, answers)
    assert "III.duration.max_weeks" not in kept
    assert "III.benefit.rate" not in kept
    assert kept["III.benefit.flat_amount"] == 500


def test_three_valued_relevance_is_unknown_until_the_gate_is_answered() -> None:
    cond = parse_condition({"q": "limited", "eq": True})
    assert cond.evaluate3({}) is None
    assert cond.evaluate3({"limited": False}) is False
    both = parse_condition({"all": [{"q": "a", "eq": 1}, {"q": "b", "eq": 1}]})
    assert both.evaluate3({"a": 2}) is False and both.evaluate3({"a": 1}) is None
    either = parse_condition({"any": [{"q": "a", "eq": 1}, {"q": "b", "eq": 1}]})
    assert either.evaluate3({"b": 1}) is True and either.evaluate3({"b": 2}) is None
    assert parse_condition({"not": {"q": "a", "eq": 1}}).evaluate3({}) is None


def test_an_answer_behind_an_unanswered_gate_is_kept() -> None:
    kept = relevant_answers(load_questionnaire(), {"III.duration.max_weeks": 10})
    assert kept == {"III.duration.max_weeks": 10}


def test_rules_compare_named_values_and_other_answers() -> None:
    names = {"limit": 6, "status": "met", "parts": ["II", "V"]}
    assert parse_condition({"v": "status", "eq": "met"}, names=True).evaluate({}, names)
    assert parse_condition({"v": "parts", "contains": "V"}, names=True).evaluate({}, names)
    within = parse_condition({"q": "months", "le": {"v": "limit"}}, names=True)
    assert within.evaluate({"months": 6}, names) and not within.evaluate({"months": 7}, names)
    longer = parse_condition({"q": "weeks", "ge": {"q": "leave"}}, names=True)
    assert longer.evaluate({"weeks": 14, "leave": 14}) and not longer.evaluate({"weeks": 13, "leave": 14})
    assert not longer.evaluate({"weeks": 14}), "an unanswered operand makes the comparison false"
    assert longer.evaluate3({"weeks": 14}) is None
    assert list(longer.question_ids()) == ["weeks", "leave"] and list(within.value_names()) == ["limit"]


@pytest.mark.parametrize("raw", [{"v": "limit", "eq": 1}, {"q": "x", "le": {"q": "y"}}, {"q": "x", "le": {"v": "n"}}])
def test_questionnaire_conditions_refuse_what_only_rules_may_read(raw: object) -> None:
    with pytest.raises(ValueError, match="only for rules"):
        parse_condition(raw)
