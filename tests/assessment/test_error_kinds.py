"""Each kind of problem of an assessment file has its type (a screen says each in its own words), while the
message the command line prints stays the same; a file cut short is said to be, wherever the cut falls."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from c102desk.assessment import parse_assessment, read_assessment
from c102desk.assessment.errors import (
    AssessmentProblem,
    CutShortError,
    FileNotReadableError,
    FileTooLargeError,
    NewerFormatError,
    NotAnAssessmentError,
    NotJsonError,
    RefusedContentsError,
    UnknownQuestionnaireError,
)
from c102desk.assessment.limits import MAX_FILE_BYTES
from c102desk.errors import AssessmentFileError
from c102desk.resources import resource_path

EXAMPLE = resource_path("examples", "northland-all-parts.c102.json")


def _example(**changes: object) -> str:
    document = json.loads(Path(str(EXAMPLE)).read_text(encoding="utf-8"))
    document.update(changes)
    return json.dumps(document)


@pytest.mark.parametrize(("text", "kind", "message"), [
    ("{ not json", NotJsonError, "f.json: not valid JSON: Expecting property name"),
    ("[1, 2]", NotAnAssessmentError, "f.json: not a c102desk assessment file (expected a JSON object)"),
    ('{"format": "other"}', NotAnAssessmentError, "f.json: 'format' is 'other', expected 'c102-assessment'"),
    (_example(format_version=99), NewerFormatError, "f.json: 'format_version' 99 is newer than this program"),
    (_example(questionnaire_version="2099.1"), UnknownQuestionnaireError,
     "f.json: 'questionnaire_version' '2099.1' is not known to this program"),
    (_example(questionnaire_version="../x"), RefusedContentsError,
     "f.json: 'questionnaire_version' '../x' is not known"),
    (_example(answers=["no"]), RefusedContentsError, "f.json: 'answers' must be an object"),
    (_example(format_version="1"), RefusedContentsError, "f.json: 'format_version' must be a whole number"),
    ('{"a": 1, "a": 2}', RefusedContentsError, "f.json: the key 'a' appears twice"),
    (json.dumps({"format": "c102-assessment", "n": "a\x00"}), RefusedContentsError, "f.json: n: the text holds"),
])
def test_each_problem_has_its_type_and_the_same_message(text: str, kind: type[AssessmentProblem],
                                                        message: str) -> None:
    with pytest.raises(AssessmentFileError) as caught:
        parse_assessment(text.encode(), "f.json")
    assert type(caught.value) is kind
    assert str(caught.value).startswith(message)
    assert caught.value.source == "f.json" and str(caught.value) == f"f.json: {caught.value.problem}"


def test_a_refused_content_names_its_key() -> None:
    with pytest.raises(RefusedContentsError) as caught:
        parse_assessment(b'{"a": 1, "a": 2}', "f.json")
    assert caught.value.key == "a"
    with pytest.raises(RefusedContentsError) as caught:
        parse_assessment(_example(answers=["no"]).encode(), "f.json")
    assert caught.value.key == "answers"
    with pytest.raises(RefusedContentsError) as caught:
        parse_assessment(json.dumps({"x": {"y": "a\x01"}}).encode(), "f.json")
    assert caught.value.key == "x/y"


@pytest.mark.parametrize("cut", [
    '{"format": "c102-assessment", "title": "Refo',  # inside a string
    '{"format": "c102-assessment", "title": "Refo\\',  # after a backslash
    '{"format": "c102-assessment", "title": "Refo\\u00',  # inside a \\u escape
    '{"format": "c102-assessment", "final": tr',  # inside a word
    '{"format": "c102-assessment", "rate": 45.',  # inside a number
    '{"format": "c102-assessment", "rate": 4e',
    '{"format": "c102-assessment", "rate": -',
    '{"format": "c102-assessment", "rate": 45',  # before the brackets close
    '{"format": "c102-assessment", "answers": {',
])
def test_a_file_cut_short_is_said_to_be_wherever_the_cut_falls(cut: str) -> None:
    with pytest.raises(CutShortError, match=r"not valid JSON \(the file seems cut off\)"):
        parse_assessment(cut.encode(), "f.json")


def test_a_cut_inside_a_character_is_a_cut_too() -> None:
    with pytest.raises(CutShortError, match="cut off"):
        parse_assessment('{"title": "Réf'.encode()[:-2], "f.json")
    with pytest.raises(NotAnAssessmentError, match="not UTF-8 text"):
        parse_assessment(b'{"title": "\xff"}', "f.json")


@pytest.mark.parametrize("text", ['{"format": 1 2}', '{"a": tx}', '{"a": "\\u12x4"}', '{"a": 1.x}'])
def test_a_mistake_before_the_end_is_no_cut(text: str) -> None:
    with pytest.raises(NotJsonError, match=r"not valid JSON: "):
        parse_assessment(text.encode(), "f.json")


def test_a_file_that_cannot_be_opened_or_is_too_large(tmp_path: Path) -> None:
    with pytest.raises(FileNotReadableError, match="no such file"):
        read_assessment(tmp_path / "gone.c102.json")
    with pytest.raises(FileNotReadableError, match="is a folder"):
        read_assessment(tmp_path)
    with pytest.raises(FileTooLargeError, match="too large"):
        parse_assessment(b" " * (MAX_FILE_BYTES + 1), "f.json")
