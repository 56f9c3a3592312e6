"""``c102desk evaluate`` speaks in words: no rule code and no question id in any explanation of the JSON output,
nor anywhere in the text output but its reference column and its list of assumptions (the text's annex).

The answer sets are the examples and variants that drive the rules into their other branches (missing figures,
no Part I data, an Article 3 declaration), so that the "not yet given" explanations are read too.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from c102desk.assessment import read_assessment
from c102desk.engine import evaluate
from c102desk.engine.render_text import REFERENCE_COLUMN, render_text
from c102desk.i18n import LANGUAGES, Msg
from c102desk.questionnaire import load_questionnaire
from c102desk.resources import resource_path
from tests.test_translations import _scenarios
from tests.words import RULE_ID, codes_in

SCENARIOS = _scenarios()
# A requirement's first line ends with its id, in the reference column (two spaces at least before it).
_REFERENCE = re.compile(r" {2,}(\S+)$")


def _reading_part(text: str, lang: str) -> tuple[list[str], list[str]]:
    """(the lines a reader reads, the references) of a text output: each reference column cut off, and the list
    of assumptions at the end left out."""
    assumptions = Msg("text.assumptions").render(lang)
    reading, references = [], []
    for line in text.splitlines():
        if line == assumptions:
            break
        found = _REFERENCE.search(line)
        if found and found.start(1) >= REFERENCE_COLUMN:
            references.append(found.group(1))
            line = line[:found.start()]
        reading.append(line)
    return reading, references


@pytest.mark.parametrize("index", range(len(SCENARIOS)))
def test_json_explanations_are_in_words(index: int) -> None:
    evaluation = evaluate(SCENARIOS[index])
    for lang in LANGUAGES:
        data: dict[str, Any] = evaluation.to_json(lang)
        requirements = [r for part in data["parts"].values() for r in part["requirements"]]
        requirements += data["ratification"]["requirements"]
        leaks = {r["id"]: codes_in(r["explanation"]) for r in requirements if codes_in(r["explanation"])}
        assert leaks == {}, (lang, leaks)


@pytest.mark.parametrize("index", range(len(SCENARIOS)))
def test_text_output_has_codes_only_in_its_reference_column(index: int) -> None:
    evaluation = evaluate(SCENARIOS[index])
    for lang in LANGUAGES:
        reading, references = _reading_part(render_text(evaluation, country="X", title="Y", lang=lang), lang)
        leaks = [line for line in reading if codes_in(line)]
        assert leaks == [], (lang, leaks[:5])
        shown = [r.id for r in evaluation.ratification.requirements]
        shown += [r.id for part in evaluation.parts.values() if part.status.value != "not_assessed"
                  for r in part.requirements]
        assert references[0] == Msg("text.reference").render(lang)  # the column's title
        assert references[1:] == shown and all(RULE_ID.fullmatch(r) for r in references[1:])


def test_a_requirement_reads_as_its_name_its_article_and_its_figures() -> None:
    evaluation = evaluate(SCENARIOS[0])
    text = render_text(evaluation, lang="fr")
    assert "[Satisfaite] Délai de carence (art. 18(1))" in text
    assert "      délai de carence 3 jours ≤ 3 jours\u202f: l'art. 18(1) admet au plus 3 jours\n" in text


@pytest.mark.parametrize("example", sorted(resource_path("examples").glob("*.c102.json")), ids=lambda p: p.stem)
def test_explanations_stay_in_words_whatever_section_is_left_unanswered(example: Path) -> None:
    """Each example with one section of the questionnaire left unanswered at a time: the "not yet given"
    explanations of every rule, in three languages, name no question and no rule by id."""
    questionnaire = load_questionnaire()
    answers = read_assessment(example).answers
    leaks: dict[str, set[str]] = {}
    for section in (s for part in questionnaire.parts for s in part.sections):
        dropped = {q.id for q in section.questions}
        evaluation = evaluate({k: v for k, v in answers.items() if k not in dropped})
        requirements = [*evaluation.ratification.requirements,
                        *(r for part in evaluation.parts.values() for r in part.requirements)]
        for requirement in requirements:
            for lang in LANGUAGES:
                if found := codes_in(requirement.text(lang)):
                    leaks.setdefault(requirement.id, set()).update(found)
    assert leaks == {}
