# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""The report's fonts: DejaVu Sans (body), DejaVu Sans Condensed (tables) and DejaVu Sans Mono (reference codes:
requirement and question ids, digests), shipped under resources/fonts.

Reference codes are set in the mono face and nothing else is: that is how a reader (and a test) tells the
reference column and the annexes' ids from the sentences (tests/report/test_words_not_codes.py).

reportlab embeds a subset of each TTF it uses and does no per-glyph fallback, so the fonts must cover every
character of French and Spanish (é, ñ, ç, œ, €, ≥, ≤ …); DejaVu does. Never use the 14 standard PDF fonts.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from c102desk.report.fast_paths.widths import MeasuringTTFont as _MeasuringTTFont
from c102desk.resources import resource_path

BODY = "C102Sans"
BODY_BOLD = "C102Sans-Bold"
BODY_ITALIC = "C102Sans-Oblique"
BODY_BOLD_ITALIC = "C102Sans-BoldOblique"
TABLE = "C102Cond"
TABLE_BOLD = "C102Cond-Bold"
REFERENCE = "C102Mono"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BODY_BOLD: "DejaVuSans-Bold.ttf",
    BODY_ITALIC: "DejaVuSans-Oblique.ttf",
    BODY_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    TABLE: "DejaVuSansCondensed.ttf",
    TABLE_BOLD: "DejaVuSansCondensed-Bold.ttf",
    REFERENCE: "DejaVuSansMono.ttf",
}


@cache
def register_fonts() -> None:
    """Register the fonts with reportlab once per process; ``<b>`` and ``<i>`` map to the right faces."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(_MeasuringTTFont(name, str(resource_path("fonts", file))))
    for bold in (0, 1):
        for italic in (0, 1):
            face = [[BODY, BODY_ITALIC], [BODY_BOLD, BODY_BOLD_ITALIC]][bold][italic]
            addMapping(BODY, bold, italic, face)
            addMapping(TABLE, bold, italic, [[TABLE, TABLE], [TABLE_BOLD, TABLE_BOLD]][bold][italic])


def forget_widths() -> None:
    """Forget the text widths the report fonts measured (see ``_MeasuringTTFont``)."""
    for name in _FILES:
        font = pdfmetrics.getFont(name)
        if isinstance(font, _MeasuringTTFont):
            font.forget_widths()
