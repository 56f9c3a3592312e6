"""The limits of an assessment file at their edges, and the schema that publishes some of them."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from c102desk.assessment import limits
from c102desk.assessment.file_format import assessment_schema
from c102desk.errors import AssessmentFileError


def _load(text: str) -> object:
    return limits.load_json(text, "f.c102.json")


@pytest.mark.parametrize(("text", "value"), [
    (str(10**18 - 1), 10**18 - 1),
    (str(-(10**18) + 1), -(10**18) + 1),
    ("0.12345678901234567890", Decimal("0.12345678901234567890")),
    ("9.99e17", Decimal("9.99e17")),
    ("45.50", Decimal("45.50")),  # the exact text is kept
    ("0", 0),
])
def test_numbers_at_the_edge_are_read(text: str, value: object) -> None:
    assert _load(text) == value
    assert str(_load(text)) == str(value)


@pytest.mark.parametrize(("text", "words"), [
    (str(10**18), "too large"),
    ("1e18", "too large"),
    ("0.123456789012345678901", "after the decimal point"),
    ("1" * 65, "too many digits"),
    ("NaN", "NaN is not a number"),
    ("Infinity", "Infinity is not a number"),
])
def test_numbers_over_the_edge_are_refused(text: str, words: str) -> None:
    with pytest.raises(AssessmentFileError, match=words):
        _load(text)


def test_nesting_and_text_at_the_edge() -> None:
    deepest = "[" * limits.MAX_DEPTH + "]" * limits.MAX_DEPTH
    assert _load(deepest) is not None
    with pytest.raises(AssessmentFileError, match="nested too deeply"):
        _load("[" + deepest + "]")
    assert _load(json.dumps("x" * limits.MAX_STRING_CHARS)) == "x" * limits.MAX_STRING_CHARS
    with pytest.raises(AssessmentFileError, match="too long"):
        _load(json.dumps("x" * (limits.MAX_STRING_CHARS + 1)))
    assert _load(json.dumps({"k" * limits.MAX_KEY_CHARS: 1}))
    with pytest.raises(AssessmentFileError, match="key is too long"):
        _load(json.dumps({"k" * (limits.MAX_KEY_CHARS + 1): 1}))


def test_tabs_newlines_and_paired_surrogates_are_text() -> None:
    text = "line one\n\tline two\r\n — «ç» 😀"
    assert _load(json.dumps(text)) == text  # json.dumps writes the emoji as a surrogate pair escape


def test_a_message_names_where_the_problem_is() -> None:
    with pytest.raises(AssessmentFileError) as caught:
        _load(json.dumps({"answer_details": {"I.x": {"note": "a\x00"}}}))
    assert "f.c102.json: answer_details/I.x/note: the text holds a control character (U+0000)" in str(caught.value)


def test_the_schema_publishes_the_same_text_limits() -> None:
    properties = assessment_schema()["properties"]
    assert properties["country"]["maxLength"] == limits.TEXT_LIMITS["country"]
    assert properties["title"]["maxLength"] == limits.TEXT_LIMITS["title"]
    person = properties["assessors"]["items"]["properties"]
    assert {person[k]["maxLength"] for k in ("name", "organisation", "role")} == {limits.TEXT_LIMITS["name"]}
