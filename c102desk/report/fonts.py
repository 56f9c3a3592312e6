# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""The report's fonts: DejaVu Sans (body) and DejaVu Sans Condensed (tables), shipped under resources/fonts.

reportlab embeds a subset of each TTF it uses and does no per-glyph fallback, so the fonts must cover every
character of French and Spanish (é, ñ, ç, œ, €, ≥, ≤ …); DejaVu does. Never use the 14 standard PDF fonts.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from c102desk.resources import resource_path

BODY = "C102Sans"
BODY_BOLD = "C102Sans-Bold"
BODY_ITALIC = "C102Sans-Oblique"
BODY_BOLD_ITALIC = "C102Sans-BoldOblique"
TABLE = "C102Cond"
TABLE_BOLD = "C102Cond-Bold"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BODY_BOLD: "DejaVuSans-Bold.ttf",
    BODY_ITALIC: "DejaVuSans-Oblique.ttf",
    BODY_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    TABLE: "DejaVuSansCondensed.ttf",
    TABLE_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the fonts with reportlab once per process; ``<b>`` and ``<i>`` map to the right faces."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    for bold in (0, 1):
        for italic in (0, 1):
            face = [[BODY, BODY_ITALIC], [BODY_BOLD, BODY_BOLD_ITALIC]][bold][italic]
            addMapping(BODY, bold, italic, face)
            addMapping(TABLE, bold, italic, [[TABLE, TABLE], [TABLE_BOLD, TABLE_BOLD]][bold][italic])
