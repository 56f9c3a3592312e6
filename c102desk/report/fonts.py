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
from reportlab.pdfbase.ttfonts import TTFont

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


class _MeasuringTTFont(TTFont):
    """A TTFont that remembers the widths it measured.

    reportlab measures every word each time it breaks a paragraph's lines, and the space between words, with a
    pure-Python sum over the characters: a full report asks ~30,000 times for ~3,700 different (text, size)
    pairs. The width is reportlab's own, computed once; ``forget_widths`` empties the memory (each report
    starts afresh, so it stays small).
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[tuple[str, float], float] = {}

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            return float(super().stringWidth(text, size, encoding))
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = float(super().stringWidth(text, size, encoding))
        return width

    def forget_widths(self) -> None:
        self._widths.clear()


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
