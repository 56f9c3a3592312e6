# mypy: disable-error-code="import-untyped"
# (reportlab ships no type information)
"""The shortcut for plain paragraphs lays out and draws exactly what reportlab's Paragraph does, and leaves
everything else to it."""

from __future__ import annotations

import io
from typing import Any

import pytest
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as ReportlabParagraph

from c102desk.report.fast_paths import plain_lines
from c102desk.report.layout import Paragraph
from c102desk.report.styles import make_styles

STYLES = make_styles()
WIDTH = 70.0  # points: a narrow table column


def _canvas() -> Canvas:
    return Canvas(io.BytesIO(), pageCompression=0)


def _drawn(paragraph: Any, canvas: Canvas, width: float = WIDTH) -> tuple[tuple[float, float], list[str]]:
    start = len(canvas._code)
    size = paragraph.wrapOn(canvas, width, 500)
    paragraph.drawOn(canvas, 12.5, 100.25)
    return size, canvas._code[start:]


@pytest.mark.parametrize("text", ["Met", "Not met", "C.II.1", "12\u00a0%", "Évaluation générale", "Año",
                                  "  spaces  around ", "(parenthèses) \\ et barre"])
@pytest.mark.parametrize("style", ["cell", "cell_bold", "cell_head", "mono", "body"])
def test_a_short_plain_text_takes_the_shortcut_and_comes_out_as_reportlab_draws_it(text: str, style: str) -> None:
    ours, theirs = Paragraph(text, getattr(STYLES, style)), ReportlabParagraph(text, getattr(STYLES, style))
    assert plain_lines.one_line_wrap(Paragraph(text, getattr(STYLES, style)), 2 * WIDTH)
    canvas_ours, canvas_theirs = _canvas(), _canvas()
    size_ours, code_ours = _drawn(ours, canvas_ours, 2 * WIDTH)
    size_theirs, code_theirs = _drawn(theirs, canvas_theirs, 2 * WIDTH)
    assert size_ours == size_theirs
    assert ours.blPara.lines == theirs.blPara.lines
    assert (ours._width_max, ours._wrapWidths) == (theirs._width_max, theirs._wrapWidths)
    assert code_ours == code_theirs
    assert canvas_ours._doc.fontMapping == canvas_theirs._doc.fontMapping  # the same font subsets are used


def test_a_plain_text_of_several_lines_is_broken_by_reportlab_and_drawn_as_it_draws_it() -> None:
    text = "A plain explanation long enough to need three or four lines in a narrow column"
    ours, theirs = Paragraph(text, STYLES.cell), ReportlabParagraph(text, STYLES.cell)
    assert not plain_lines.one_line_wrap(Paragraph(text, STYLES.cell), WIDTH)
    size_ours, code_ours = _drawn(ours, _canvas())
    size_theirs, code_theirs = _drawn(theirs, _canvas())
    assert len(ours.blPara.lines) > 2
    assert size_ours == size_theirs
    assert code_ours == code_theirs


def test_a_line_that_only_fits_with_shrunk_spaces_is_broken_alike_and_drawn_by_reportlab() -> None:
    # reportlab lets a line run over by 5 % of its spaces' width, then draws it with tighter word spacing
    words = "aa bb cc dd ee ff gg hh"
    canvas = _canvas()
    natural = canvas.stringWidth(words, STYLES.cell.fontName, STYLES.cell.fontSize)
    ours, theirs = Paragraph(words, STYLES.cell), ReportlabParagraph(words, STYLES.cell)
    width = natural - 0.5
    size_ours, code_ours = _drawn(ours, canvas, width)
    size_theirs, code_theirs = _drawn(theirs, _canvas(), width)
    assert len(theirs.blPara.lines) == 1 and theirs.blPara.lines[0][0] < 0
    assert plain_lines.one_line_wrap(Paragraph(words, STYLES.cell), width)
    assert ours.blPara.lines == theirs.blPara.lines
    assert not plain_lines.draw_plain_lines(ours, _canvas(), 0, 0)
    assert size_ours == size_theirs
    assert code_ours == code_theirs
    assert any(" Tw" in line for line in code_ours)


def test_a_text_in_one_font_and_colour_is_plain_even_with_tags() -> None:
    ours, theirs = Paragraph("<b>C.II.1</b>", STYLES.cell), ReportlabParagraph("<b>C.II.1</b>", STYLES.cell)
    assert plain_lines.one_line_wrap(Paragraph("<b>C.II.1</b>", STYLES.cell), WIDTH)
    assert _drawn(ours, _canvas()) == _drawn(theirs, _canvas())


@pytest.mark.parametrize("text", ["label: <b>value</b>", "a<br/>b", "&amp; co", ""])
def test_mixed_markup_entities_and_empty_texts_are_left_to_reportlab(text: str) -> None:
    assert not plain_lines.one_line_wrap(Paragraph(text, STYLES.cell), WIDTH)
    ours, theirs = Paragraph(text, STYLES.cell), ReportlabParagraph(text, STYLES.cell)
    assert _drawn(ours, _canvas()) == _drawn(theirs, _canvas())


def test_a_word_longer_than_the_column_is_left_to_reportlab_which_splits_it() -> None:
    word = "C.XIII.recurring.periodical.payments.long.identifier"
    assert not plain_lines.one_line_wrap(Paragraph(word, STYLES.cell), WIDTH)
    ours, theirs = Paragraph(word, STYLES.cell), ReportlabParagraph(word, STYLES.cell)
    assert _drawn(ours, _canvas()) == _drawn(theirs, _canvas())
    assert len(ours.blPara.lines) > 1


def test_other_alignments_bullets_and_soft_hyphens_are_left_to_reportlab() -> None:
    centred = STYLES.cell.clone("centred", alignment=TA_CENTER)
    assert not plain_lines.one_line_wrap(Paragraph("Met", centred), WIDTH)
    assert not plain_lines.one_line_wrap(Paragraph("Met", STYLES.bullet, bulletText="•"), WIDTH)
    assert not plain_lines.one_line_wrap(Paragraph("hyphen\u00adation", STYLES.cell), WIDTH)
    for paragraph in (Paragraph("Met", centred), Paragraph("Met", STYLES.bullet, bulletText="•")):
        paragraph.wrap(WIDTH, 500)
        assert not plain_lines.draw_plain_lines(paragraph, _canvas(), 0, 0)


def test_a_split_plain_paragraph_draws_as_reportlab_draws_it() -> None:
    text = " ".join(["word"] * 40)
    ours, theirs = Paragraph(text, STYLES.cell), ReportlabParagraph(text, STYLES.cell)
    ours.wrap(WIDTH, 500)
    theirs.wrap(WIDTH, 500)
    for part_ours, part_theirs in zip(ours.split(WIDTH, 25), theirs.split(WIDTH, 25), strict=True):
        assert _drawn(part_ours, _canvas()) == _drawn(part_theirs, _canvas())


def test_coordinates_are_written_as_reportlab_writes_them() -> None:
    from reportlab.lib.rl_accel import fp_str

    from c102desk.report.fast_paths.plain_lines import number

    values = [0, 1, -1, 1e-8, -1e-8, 0.5, 2.835, 12.345678, 1234.5678, 595.2755905511812, -0.0001234, 99999.99999]
    assert " ".join(number(v) for v in values) == fp_str(*values)
    assert f"1 0 0 1 {number(56.7)} {number(700.25)}" == fp_str(1, 0, 0, 1, 56.7, 700.25)
