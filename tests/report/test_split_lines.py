# mypy: disable-error-code="import-untyped"
# (reportlab ships no type information)
"""The rest of a split paragraph keeps its lines (``report/split_lines.py``): the wrap state it is given is, field
by field, the one reportlab's own line breaking leaves on it, and the report is the same PDF with or without."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.platypus import Paragraph as ReportlabParagraph

from c102desk.assessment.file_format import parse_assessment
from c102desk.bench.data import long_notes_assessment
from c102desk.engine import evaluate
from c102desk.report.builder import render_pdf
from c102desk.report.fast_paths import paragraphs, split_lines
from c102desk.report.fast_paths.paragraphs import Paragraph
from c102desk.report.model import ReportInput
from c102desk.report.styles import make_styles

WORDS = ("benefit", "scheme", "coverage", "of", "the", "protected", "persons", "Art.\u00a015(a)", "50\u00a0%",
         "contribution", "periodical", "payment", "—", "wage-earner", "a", "qualifying", "period")


def _text(rng: random.Random, words: int, markup: bool) -> str:
    out = []
    for _ in range(words):
        word = rng.choice(WORDS)
        if markup and rng.random() < 0.08:
            word = f"<b>{word}</b>"
        elif markup and rng.random() < 0.05:
            word = f"<i>{word}</i>"
        out.append(word)
        if markup and rng.random() < 0.04:
            out.append("<br/>")
    return " ".join(out).replace(" <br/> ", "<br/>").replace("&", "&amp;")


def _plain(value: Any) -> Any:
    """reportlab's line structures as comparable data (their classes and attributes, recursively)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [type(value).__name__, *(_plain(item) for item in value)]
    if type(value).__module__.startswith("reportlab"):
        return [type(value).__name__, {key: _plain(item) for key, item in vars(value).items()}]
    return value


def _reportlab_state(rest: Any, width: float) -> dict[str, Any]:
    """The state reportlab's own Paragraph leaves when the rest is broken into lines at ``width``."""
    again = ReportlabParagraph(None, rest.style, bulletText=None, frags=list(rest.frags))
    again.wrap(width, 1e9)
    return {name: getattr(again, name) for name in split_lines.WRAP_STATE}


def _splits(text: str, style: Any, width: float, height: float) -> list[tuple[Any, Any, Any]]:
    """Every (paragraph, first part, rest) of splitting ``text`` page after page, as a table cell is."""
    out: list[tuple[Any, Any, Any]] = []
    paragraph = Paragraph(text, style)
    while True:
        paragraph.wrap(width, 1e9)
        parts = ReportlabParagraph.split(paragraph, width, height)  # reportlab's split, without the shortcut
        if len(parts) != 2:
            return out
        out.append((paragraph, *parts))
        paragraph = parts[1]
        state = split_lines.give_rest_its_lines(out[-1][0], parts[0], paragraph)
        if state is not None:
            paragraph.__dict__.update(state)
            paragraph.__dict__["_wrap_cache"] = {width: state}


@pytest.mark.parametrize("markup", [False, True])
@pytest.mark.parametrize("style_name", ["cell", "cell_bold", "body"])
def test_the_rest_gets_the_state_reportlabs_line_breaking_gives(markup: bool, style_name: str) -> None:
    rng = random.Random(f"{markup}{style_name}")
    style = getattr(make_styles(), style_name)
    given = compared = 0
    for _ in range(12):
        text = _text(rng, rng.randint(60, 400), markup)
        width, height = rng.choice([120.0, 161.3, 240.5, 400.0]), rng.choice([2.5, 3.4, 7.9]) * style.leading
        for whole, first, rest in _splits(text, style, width, height):
            state = split_lines.give_rest_its_lines(whole, first, rest)
            compared += 1
            if state is None:
                continue
            given += 1
            expected = _reportlab_state(rest, whole.width)
            width_max = state.pop("_width_max"), expected.pop("_width_max")
            assert _plain(state) == _plain(expected)
            assert width_max[0] == pytest.approx(width_max[1], abs=1e-9)  # read by no flowable: see the module
    assert compared > 30
    assert given == compared  # the report's own case: always handled


def test_a_split_after_a_line_break_begins_the_rest_with_an_empty_line() -> None:
    style = make_styles().cell
    whole = Paragraph("first line<br/>second line<br/>third line<br/>fourth line", style)
    whole.wrap(200, 1e9)
    first, rest = ReportlabParagraph.split(whole, 200, 2.5 * style.leading)
    state = split_lines.give_rest_its_lines(whole, first, rest)
    assert state is not None
    assert [[word.text for word in line.words] for line in state["blPara"].lines] == \
        [[""], ["third line", ""], ["fourth line"]]  # the empty line reportlab's own breaking makes
    assert _plain(state) == _plain(_reportlab_state(rest, 200))


def test_cases_it_does_not_copy_are_left_to_reportlab() -> None:
    s = make_styles()
    indented = s.cell.clone("indented", leftIndent=6)
    long_word = "x" * 400 + " and then some words to wrap " * 20
    for text, style in [("word " * 300, indented), (long_word, s.cell), ("soft\xadhyphen " * 300, s.cell)]:
        whole = Paragraph(text, style)
        whole.wrap(120, 1e9)
        parts = ReportlabParagraph.split(whole, 120, 4 * style.leading)
        assert len(parts) == 2
        assert split_lines.give_rest_its_lines(whole, *parts) is None


def _report(raw: bytes) -> bytes:
    assessment = parse_assessment(raw, "long notes")
    data = ReportInput(assessment=assessment, evaluation=evaluate(assessment.answers, assessment.questionnaire),
                       lang="fr", generated=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    return render_pdf(data)


def test_a_report_of_long_notes_is_the_same_pdf_with_the_lines_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no creation date or random document id
    raw = long_notes_assessment(2_500, 40)
    given: list[bool] = []

    def counting(*args: Any) -> Any:
        state = split_lines.give_rest_its_lines(*args)
        given.append(state is not None)
        return state

    monkeypatch.setattr(paragraphs, "give_rest_its_lines", counting)
    kept = _report(raw)
    assert sum(given) > 50  # the notes' cells were split, and their rests given their lines
    monkeypatch.setattr(paragraphs, "give_rest_its_lines", lambda *args: None)
    broken_again = _report(raw)
    assert kept == broken_again
