# mypy: disable-error-code="import-untyped"
# (reportlab and pypdfium2 ship no type information)
"""The report's fast paths (c102desk/report/fast_paths) change nothing one can see: every example report,
rendered with them and with reportlab's own code alone, gives the same pages, pixel for pixel."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import pypdfium2
import pytest
from reportlab import rl_config

from c102desk.assessment import read_assessment
from c102desk.assessment.file_format import parse_assessment
from c102desk.bench.data import long_notes_assessment
from c102desk.engine import evaluate
from c102desk.report import fast_paths
from c102desk.report.builder import render_pdf
from c102desk.report.model import ReportInput
from tests.report.fixtures import EXAMPLES, example_path

SCALE = 100 / 72  # 100 dpi: a letter's strokes are several pixels wide, so a shifted glyph shows


def _render(name: str, lang: str) -> bytes:
    assessment = read_assessment(example_path(name))
    data = ReportInput(assessment=assessment, evaluation=evaluate(assessment.answers, assessment.questionnaire),
                       lang=lang, generated=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    return render_pdf(data)


def _pages(pdf: bytes) -> list[tuple[int, int, str]]:
    """(width, height, SHA-256 of the pixels) of every page."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=SCALE)
            pages.append((bitmap.width, bitmap.height, hashlib.sha256(bytes(bitmap.buffer)).hexdigest()))
        return pages
    finally:
        document.close()


@pytest.mark.parametrize(("name", "lang"), [*((name, "en") for name in EXAMPLES), ("northland-all-parts", "fr"),
                                            ("midland-three-parts", "es")])
def test_the_pages_are_the_same_with_and_without_the_fast_paths(name: str, lang: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no creation date or random document id
    assert fast_paths.enabled()
    fast = _render(name, lang)
    with fast_paths.disabled():
        assert not fast_paths.enabled()
        plain = _render(name, lang)
    assert fast_paths.enabled()
    assert fast != plain  # the two ways really differ in how the PDF is written (streams, filters)
    fast_pages, plain_pages = _pages(fast), _pages(plain)
    assert len(fast_pages) > 3
    assert fast_pages == plain_pages


def test_a_report_of_long_notes_is_the_same_with_and_without_the_fast_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long notes split over pages: the rests of split paragraphs keep their lines, the story is used up as it is
    drawn (split_lines, contents, pass_edits)."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    assessment = parse_assessment(long_notes_assessment(1_500, 30), "long notes")
    data = ReportInput(assessment=assessment, evaluation=evaluate(assessment.answers, assessment.questionnaire),
                       lang="en", generated=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    fast = render_pdf(data)
    with fast_paths.disabled():
        plain = render_pdf(data)
    fast_pages = _pages(fast)
    assert len(fast_pages) > 60
    assert fast_pages == _pages(plain)


def test_the_switch_turns_every_fast_path_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus.paraparser import ParaParser

    from c102desk.report.fast_paths import paragraphs, plain_lines, split_lines
    from c102desk.report.styles import make_styles

    calls: list[str] = []

    def counted(name: str, function: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return function(*args, **kwargs)
        return call

    for module, name in ((plain_lines, "one_line_wrap"), (plain_lines, "draw_plain_lines"),
                         (paragraphs, "one_line_wrap"), (paragraphs, "draw_plain_lines"),
                         (paragraphs, "_plain_frags"), (paragraphs, "_markup_frags"),
                         (split_lines, "give_rest_its_lines"), (paragraphs, "give_rest_its_lines")):
        monkeypatch.setattr(module, name, counted(name, getattr(module, name)))
    parsed: list[str] = []
    parse = ParaParser.parse

    def parsing(self: Any, text: str, style: Any) -> Any:
        parsed.append(text)
        return parse(self, text, style)

    monkeypatch.setattr(ParaParser, "parse", parsing)
    long_text = "a note of many words " * 40
    with fast_paths.disabled():
        paragraph = paragraphs.Paragraph("Met", make_styles().cell)
        paragraph.wrap(100, 100)
        long = paragraphs.Paragraph(long_text, make_styles().cell)
        long.wrap(100, 1000)
        assert len(long.split(100, 50)) == 2
    assert calls == []
    assert parsed == ["Met", long_text.strip()]  # reportlab's own parser read the texts
    paragraphs.Paragraph("Met", make_styles().cell).wrap(100, 100)
    long = paragraphs.Paragraph(long_text, make_styles().cell)
    long.wrap(100, 1000)
    long.split(100, 50)
    assert {"_plain_frags", "one_line_wrap", "give_rest_its_lines"} <= set(calls)


def test_an_untested_reportlab_turns_the_fast_paths_off(monkeypatch: pytest.MonkeyPatch) -> None:
    import reportlab

    monkeypatch.setattr(reportlab, "Version", "9.0.0")
    assert fast_paths._reportlab_is_tested() is False
    monkeypatch.setattr(reportlab, "Version", "5.1.0")
    assert fast_paths._reportlab_is_tested() is True
