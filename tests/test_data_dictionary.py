"""docs/questionnaire.md is generated from the questionnaire and must list every id as shipped."""

from __future__ import annotations

from pathlib import Path

from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.dictionary import render_dictionary

DOC = Path(__file__).resolve().parent.parent / "docs" / "questionnaire.md"


def test_data_dictionary_is_up_to_date() -> None:
    expected = render_dictionary(load_questionnaire())
    assert DOC.read_text(encoding="utf-8") == expected, (
        "docs/questionnaire.md is stale: run `c102desk data-dictionary --out docs/questionnaire.md`"
    )


def test_data_dictionary_lists_every_id() -> None:
    text = DOC.read_text(encoding="utf-8")
    for question in load_questionnaire().questions():
        assert f"`{question.id}`" in text
