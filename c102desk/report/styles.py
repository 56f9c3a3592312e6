# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""Paragraph styles, colours and page geometry of the report."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from c102desk.engine.results import PartStatus, Status
from c102desk.report import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
# Where the visible signature goes on the cover page (x1, y1, x2, y2 in points, origin bottom left).
SIGNATURE_BOX = (PAGE_WIDTH - MARGIN_RIGHT - 85 * mm, MARGIN_BOTTOM, PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM + 30 * mm)

INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa8b8")
MUTED = colors.HexColor("#5b6b7d")  # secondary lines in cells: alternatives, "informational", question ids
CALC = ACCENT  # the calculation lines of an explanation
HEADER_FILL = colors.HexColor("#dde6f0")

STATUS_FILL = {
    Status.MET: colors.HexColor("#d9f0dc"),
    Status.NOT_MET: colors.HexColor("#f7d4d0"),
    Status.NEEDS_REVIEW: colors.HexColor("#fbebc5"),
    Status.INSUFFICIENT: colors.HexColor("#dfe3ea"),
    Status.NOT_APPLICABLE: colors.HexColor("#f4f4f4"),
}
STATUS_BAR = {
    Status.MET: colors.HexColor("#3a8d47"),
    Status.NEEDS_REVIEW: colors.HexColor("#d39b1c"),
    Status.INSUFFICIENT: colors.HexColor("#7d8aa0"),
    Status.NOT_MET: colors.HexColor("#c0392b"),
}
PART_STATUS_FILL = {
    PartStatus.COMPLIANT: STATUS_FILL[Status.MET],
    PartStatus.COMPLIANT_WITH_REVIEW: STATUS_FILL[Status.NEEDS_REVIEW],
    PartStatus.INSUFFICIENT: STATUS_FILL[Status.INSUFFICIENT],
    PartStatus.NOT_COMPLIANT: STATUS_FILL[Status.NOT_MET],
    PartStatus.NOT_ASSESSED: STATUS_FILL[Status.NOT_APPLICABLE],
}



def status_fill(status: Status, *, superseded: bool = False) -> colors.Color:
    """The background of a requirement's verdict; an alternative not needed is neutral, never a failure."""
    neutral = STATUS_FILL[Status.NOT_APPLICABLE]
    return neutral if superseded else STATUS_FILL.get(status, neutral)


def part_status_fill(status: PartStatus) -> colors.Color:
    return PART_STATUS_FILL.get(status, STATUS_FILL[Status.NOT_APPLICABLE])


@dataclass(frozen=True)
class Styles:
    """The report's paragraph styles."""

    body: ParagraphStyle
    small: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_calc: ParagraphStyle
    cell_id: ParagraphStyle
    mono: ParagraphStyle
    cover_title: ParagraphStyle
    cover_country: ParagraphStyle
    cover_sub: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    bullet: ParagraphStyle


def make_styles() -> Styles:
    fonts.register_fonts()
    body = ParagraphStyle("body", fontName=fonts.BODY, fontSize=9.5, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=5)
    # keepWithNext is off: with a long table after a heading reportlab would try to keep both on one page and
    # leave the rest of the page empty. Every heading is preceded by a CondPageBreak instead (sections.py).
    heading = {"fontName": fonts.BODY_BOLD, "textColor": ACCENT, "keepWithNext": 0}
    cell = ParagraphStyle("cell", fontName=fonts.TABLE, fontSize=8, leading=10, textColor=INK)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=3),
        h1=ParagraphStyle("H1", fontSize=15, leading=19, spaceBefore=4, spaceAfter=8, **heading),
        h2=ParagraphStyle("H2", fontSize=12, leading=15, spaceBefore=10, spaceAfter=5, **heading),
        h3=ParagraphStyle("H3", fontSize=10, leading=13, spaceBefore=6, spaceAfter=4, **heading),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.TABLE_BOLD),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=fonts.TABLE_BOLD, textColor=ACCENT),
        # Lines stacked under another in a cell (sections.stack): the same font size and leading as ``cell``, so
        # they sit exactly where a line after <br/> in one paragraph would.
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED),
        cell_calc=ParagraphStyle("cell_calc", parent=cell, textColor=CALC),
        # A reference code (a requirement or question id) under its label, in the mono face (nothing else is set in
        # it: fonts.py) and 1.5 pt smaller: 1.5 pt of space before and 1.5 pt less leading put its baseline and the
        # cell's height where the <font size=6.5> line of one paragraph had them.
        cell_id=ParagraphStyle("cell_id", parent=cell, fontName=fonts.REFERENCE, fontSize=6.5, leading=8.5,
                               spaceBefore=1.5, textColor=MUTED),
        mono=ParagraphStyle("mono", parent=cell, fontName=fonts.REFERENCE, fontSize=6.5, leading=9),
        cover_title=ParagraphStyle("cover_title", fontName=fonts.BODY_BOLD, fontSize=22, leading=27,
                                   textColor=ACCENT, spaceAfter=6),
        cover_country=ParagraphStyle("cover_country", fontName=fonts.BODY_BOLD, fontSize=18, leading=23,
                                     textColor=INK, spaceBefore=18, spaceAfter=4),
        cover_sub=ParagraphStyle("cover_sub", parent=body, fontSize=11, leading=15, textColor=INK),
        toc1=ParagraphStyle("toc1", fontName=fonts.BODY_BOLD, fontSize=10, leading=14, leftIndent=0,
                            firstLineIndent=0, spaceBefore=3),
        toc2=ParagraphStyle("toc2", fontName=fonts.BODY, fontSize=9, leading=12, leftIndent=14,
                            firstLineIndent=0),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3),
    )


CENTER = TA_CENTER
