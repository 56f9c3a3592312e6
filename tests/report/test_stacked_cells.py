# mypy: disable-error-code="import-untyped"
"""Cell lines stacked as plain paragraphs (``sections.stack``) look exactly like the one marked-up paragraph
they replace (``first<br/><font …>second``): same places, same row height. Rendered and compared pixel for
pixel."""

from __future__ import annotations

import io
from typing import Any

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from c102desk.report.layout import Paragraph
from c102desk.report.sections import grid_table, stack
from c102desk.report.styles import make_styles

LONG = "Is the benefit paid to a widow on the death of the breadwinner, for as long as the contingency lasts?"


def _page(cell: Any) -> tuple[bytes, float]:
    """The first page rendered at 100 dpi, and the height of the table's one row."""
    buffer = io.BytesIO()
    table = grid_table([[cell, Paragraph("x", make_styles().cell)]], [64 * 2.835, 40 * 2.835], header=False)
    SimpleDocTemplate(buffer, pagesize=A4).build([table])
    page = pypdfium2.PdfDocument(buffer.getvalue())[0]
    image = page.render(scale=100 / 72).to_pil()
    return image.tobytes(), table._rowHeights[0]


@pytest.mark.parametrize("label", ["Short label", LONG])
def test_a_question_id_under_its_label(label: str) -> None:
    s = make_styles()
    marked_up = Paragraph(f"{label}<br/><font name='C102Mono' color='#5b6b7d' size=6.5>X.contingency.widows</font>",
                          s.cell)
    stacked = stack([(label, s.cell), ("X.contingency.widows", s.cell_id)])
    assert _page(stacked) == _page(marked_up)


def test_lines_of_one_size_in_several_styles() -> None:
    s = make_styles()
    marked_up = Paragraph("<b>III.COV.A</b><br/>Art 15(a)<br/><font color='#5b6b7d'>one of several options</font>"
                          f"<br/><font color='#1f4e79'>{LONG}</font>", s.cell)
    stacked = stack([("III.COV.A", s.cell_bold), ("Art 15(a)", s.cell), ("one of several options", s.cell_muted),
                     (LONG, s.cell_calc)])
    assert _page(stacked) == _page(marked_up)
