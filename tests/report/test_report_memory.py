# mypy: disable-error-code="import-untyped"
# (reportlab ships no type information)
"""What keeps a long report's memory in proportion to a page, not to the report: the story's flowables are freed
once drawn, a pass's edits do not keep the pieces of split tables alive, the fonts remember words, not lines."""

from __future__ import annotations

import gc
import weakref
from datetime import UTC, datetime
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Table

from c102desk.assessment.file_format import parse_assessment
from c102desk.bench.data import long_notes_assessment
from c102desk.engine import evaluate
from c102desk.report import builder, fonts, layout
from c102desk.report.fast_paths.contents import ContentsTable
from c102desk.report.fast_paths.pass_edits import PassEdits
from c102desk.report.fast_paths.widths import MeasuringTTFont
from c102desk.report.model import ReportInput


class _Marked:
    """A stand-in for a flowable that a pass marks."""

    _postponed = 1


def test_edits_are_undone_for_the_flowables_still_there_and_do_not_keep_the_others() -> None:
    edits = PassEdits()
    kept, dropped = _Marked(), _Marked()
    kept._postponed = dropped._postponed = 1
    gone = weakref.ref(dropped)
    edits.record((delattr, kept, "_postponed"))
    edits.record((delattr, dropped, "_postponed"))
    edits.record((setattr, kept, "keepWithNext", 1))
    assert len(edits) == 3
    del dropped
    gc.collect()
    assert gone() is None  # the edit did not keep it alive
    edits.undo()
    assert "_postponed" not in vars(kept) and kept.keepWithNext == 1  # type: ignore[attr-defined]
    assert len(edits) == 0


def test_the_story_is_freed_as_it_is_drawn(monkeypatch: pytest.MonkeyPatch) -> None:
    assessment = parse_assessment(long_notes_assessment(3_000, 20), "long notes")
    data = ReportInput(assessment=assessment, evaluation=evaluate(assessment.answers, assessment.questionnaire),
                       lang="en", generated=datetime(2026, 1, 2, tzinfo=UTC))
    tables: list[weakref.ref[Any]] = []
    alive_at_the_end: list[int] = []
    multi_build = layout.ReportDocTemplate.multiBuild

    def watching(self: Any, story: Any, *args: Any, **kwargs: Any) -> Any:
        def made() -> list[Any]:
            flowables: list[Any] = story() if callable(story) else story
            tables.extend(weakref.ref(f) for f in flowables if isinstance(f, Table))
            return flowables
        return multi_build(self, made, *args, **kwargs)

    draw_page_numbers = ContentsTable.draw_page_numbers

    def at_the_end(self: Any, canvas: Any) -> None:  # every page drawn, the PDF not yet written
        gc.collect()
        alive_at_the_end.append(sum(ref() is not None for ref in tables))
        draw_page_numbers(self, canvas)

    monkeypatch.setattr(layout.ReportDocTemplate, "multiBuild", watching)
    monkeypatch.setattr(ContentsTable, "draw_page_numbers", at_the_end)
    builder.render_pdf(data)
    assert len(tables) > 20
    assert alive_at_the_end == [0]


def test_the_fonts_remember_words_not_lines() -> None:
    fonts.register_fonts()
    font = pdfmetrics.getFont(fonts.BODY)
    assert isinstance(font, MeasuringTTFont)
    fonts.forget_widths()
    line = "a whole line of several words, drawn once"
    for text in ("benefit", "benefit ", line):
        assert font.stringWidth(text, 9) == TTFont.stringWidth(font, text, 9)
    assert ("benefit", 9) in font._widths and ("benefit ", 9) in font._widths
    assert (line, 9) not in font._widths
