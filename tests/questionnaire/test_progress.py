"""The one progress: what is asked, what counts and what is answered (c102desk.questionnaire.progress), and the
command line's ``list --format json`` giving the same figures."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from c102desk.cli import main
from c102desk.errors import QuestionnaireError
from c102desk.questionnaire import load_questionnaire, progress
from c102desk.questionnaire.model import Question, QuestionType
from c102desk.resources import resource_path
from c102desk.store import Store
from tests.helpers import part_i

Q = load_questionnaire()


def counted(answers: dict[str, Any]) -> set[str]:
    return {q.id for q in progress.counted_questions(Q, answers)}


def test_a_skipped_question_never_counts_and_its_stale_answer_is_not_answered() -> None:
    answers: dict[str, Any] = {"III.benefit.method": "earnings_related", "III.benefit.rate": 60}
    assert "III.benefit.rate" in counted(answers)
    before = progress.progress(Q, answers, "III")
    answers["III.benefit.method"] = "flat_rate"  # the gate closes after its child was answered
    assert "III.benefit.rate" not in counted(answers)
    assert "III.benefit.flat_amount" in counted(answers)
    after = progress.progress(Q, answers, "III")
    assert after.answered == before.answered - 1  # the rate no longer counts, answered or not
    assert "III.benefit.rate" not in progress.visible_answers(Q, answers)


def test_a_gate_closed_two_levels_up_drops_the_grandchild_too() -> None:
    # IV.duration.average_weeks is asked when the duration is graded, which is asked when it is limited.
    answers: dict[str, Any] = {"IV.duration.limited": True, "IV.duration.graded": True,
                               "IV.duration.average_weeks": 20}
    assert {"IV.duration.graded", "IV.duration.average_weeks"} <= counted(answers)
    answers["IV.duration.limited"] = False  # the outer gate closes; the inner answer is still stored
    assert not {"IV.duration.graded", "IV.duration.average_weeks"} & counted(answers)
    assert "IV.duration.graded" not in progress.visible_answers(Q, answers)


def test_alternatives_not_relied_on_never_count() -> None:
    blank = counted({})
    assert {"II.coverage.employees_protected", "II.coverage.active_protected"} <= blank
    relying_on_a = counted({"II.coverage.relies_on": ["a"]})
    assert "II.coverage.employees_protected" in relying_on_a
    assert "II.coverage.active_protected" not in relying_on_a
    assert "II.coverage.residents_protected" not in relying_on_a
    assert "II.coverage.wives_children" in relying_on_a  # it serves (a) too
    assert "II.coverage.wives_children" not in counted({"II.coverage.relies_on": ["c"]})
    assert counted({"II.coverage.relies_on": []}) == blank  # nothing ticked: every alternative is tested
    # The figures of an excluded alternative stay asked and evaluated, they are just never missing.
    assert Q.by_id["II.coverage.active_protected"].is_relevant({"II.coverage.relies_on": ["a"]})


def test_the_article_3_alternative_counts_only_with_a_declaration() -> None:
    assert "III.coverage.industrial_protected" not in counted({"I.art3.declaration": False})
    assert "III.coverage.industrial_protected" in counted({"I.art3.declaration": True})


def test_optional_questions_and_a_part_without_a_scheme_never_count() -> None:
    earnings = {"III.benefit.method": "earnings_related"}
    assert "III.benefit.rate" in counted(earnings)
    assert "III.benefit.dependants_rate" not in counted(earnings)  # "leave blank if none"
    no_scheme = counted({"IV.scheme.exists": False})
    assert [q for q in no_scheme if q.startswith("IV.")] == ["IV.scheme.exists"]
    assert progress.progress(Q, {"IV.scheme.exists": False}, "IV") == progress.Progress(1, 1)


def test_what_answered_means() -> None:
    yes_no, number = Q.by_id["I.art3.declaration"], Q.by_id["I.stats.employees"]
    multi = Q.by_id["I.stats.industrial_sectors"]
    assert progress.is_answered(yes_no, {yes_no.id: None})  # "not known" is one of its three answers
    assert not progress.is_answered(number, {number.id: None})  # a cleared field is no answer
    assert not progress.is_answered(multi, {multi.id: []})
    assert not progress.is_answered(yes_no, {})
    assert progress.is_answered(number, {number.id: 0})


def _value_for(question: Question) -> Any:
    if question.type is QuestionType.YES_NO:
        return True
    if question.type is QuestionType.CHOICE:
        return question.options[0].value
    if question.type is QuestionType.MULTI_CHOICE:
        return [question.options[0].value]
    if question.type in (QuestionType.TEXT, QuestionType.LEGAL_CITATION):
        return "Given"
    low = question.validation.minimum or 0
    high = question.validation.maximum
    value = max(int(low), 1 if question.type is not QuestionType.PERCENTAGE else 50)
    return min(value, int(high)) if high is not None else value


def complete(answers: dict[str, Any]) -> dict[str, Any]:
    """Answer every question that counts (answers open more questions: to a fixed point)."""
    filled = dict(answers)
    for _ in range(20):
        missing = progress.unanswered(Q, filled)
        if not missing:
            break
        filled.update({question.id: _value_for(question) for question in missing})
    return filled


def _example(name: str) -> dict[str, Any]:
    raw = json.loads(resource_path("examples", name).read_text(encoding="utf-8"), parse_float=Decimal)
    answers: dict[str, Any] = raw["answers"]
    return answers


def test_a_complete_assessment_shows_100_percent_and_the_examples_count_no_excluded_question() -> None:
    northland = _example("northland-all-parts.c102.json")
    found = progress.progress(Q, northland)
    # It showed 238 of 350: every alternative, optional question and Art 6 condition was counted.
    assert found.complete and found.percent == 100 and found.relevant < 300
    done = complete(northland)
    assert progress.unanswered(Q, done) == []
    assert progress.progress(Q, done).complete
    assert progress.progress(Q, done).fraction == 1.0
    assert progress.progress(Q, complete(part_i())).fraction == 1.0


def test_list_as_json_gives_the_progress_of_the_module(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    ids = {store.import_file(path): path for path in sorted(resource_path("examples").glob("*.c102.json"))}
    empty = store.create_assessment("Testland", "Empty")
    capsys.readouterr()
    assert main(["list", "--format", "json", "--data-dir", str(store.folder)]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    for assessment_id in [*ids, empty]:
        expected = progress.progress(Q, store.answers(assessment_id))
        assert rows[assessment_id]["progress"] == {"answered": expected.answered, "relevant": expected.relevant}
    assert rows[empty]["progress"]["answered"] == 0 and rows[empty]["progress"]["relevant"] > 0


@pytest.mark.parametrize("raw, complaint", [
    ({"optional": ["*.nothing_like_this"]}, "matches no question"),
    ({"counted_when": {"I.no.such": {"q": "I.art3.declaration", "eq": True}}}, "not a question"),
    ({"counted_when": {"I.stats.seafarers": {"q": "I.no.such", "eq": True}}}, "not a question"),
    ({"alternatives": {"II": {"chooser": "II.coverage.relies_on", "z": ["II.coverage.employees_protected"]}}},
     "no option 'z'"),
    ({"something_else": 1}, "keys among"),
])
def test_bad_counting_facts_are_refused_with_the_reason(raw: dict[str, Any], complaint: str) -> None:
    with pytest.raises(QuestionnaireError, match=complaint):
        progress.parse_counting_rules(raw, Q)


def test_the_shipped_counting_facts_load() -> None:
    rules = progress.counting_rules(Q)
    assert rules.optional and rules.alternatives and rules.counted_when and rules.scheme_gates
    assert "II.coverage.relies_on" in progress.read_ids(Q)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.mark.parametrize("name", ["northland-all-parts.c102.json", "midland-three-parts.c102.json"])
def test_counting_from_which_answers_are_given_is_counting_from_the_answers(name: str) -> None:
    """``count_given`` (the library's sets of given and "not known" ids) says what ``count`` says."""
    answers = _example(name)
    for n, question_id in enumerate(sorted(answers)):  # some "not known", some emptied, of every type
        if n % 5 == 0:
            answers[question_id] = None
        elif n % 7 == 0:
            answers[question_id] = [] if isinstance(answers[question_id], list) else ""
    counted = progress.counted_ids(Q, answers)
    given = [q for q, v in answers.items() if v is not None and v != [] and v != ""]
    unknown = [q for q, v in answers.items() if v is None]
    assert progress.count_given(Q, counted, given, unknown) == progress.count(Q, counted, answers)
    assert progress.count_given(Q, counted, given, unknown).answered < len(counted)
