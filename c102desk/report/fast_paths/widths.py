# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""The report fonts remember the text widths they measured (with the fast paths off, reportlab measures each
time), and take their parsed tables from the compiled cache (``font_tables``)."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

from c102desk.report import font_tables
from c102desk.report.fast_paths import enabled


class MeasuringTTFont(TTFont):
    """A TTFont that remembers the widths it measured.

    reportlab measures every word each time it breaks a paragraph's lines, and the space between words, with a
    pure-Python sum over the characters: a full report asks ~30,000 times for ~3,700 different (text, size)
    pairs. The width is reportlab's own, computed once; ``forget_widths`` empties the memory (each report
    starts afresh, so it stays small). Texts of several words are measured each time.
    """

    def __init__(self, name: str, filename: str) -> None:
        # TTFont.__init__ (reportlab 4–5) but for the face, whose parsed tables come from the compiled cache
        # (font_tables); tests/report/test_font_tables.py compares the two fonts attribute by attribute.
        self.fontName = name
        self.face = font_tables.face(Path(filename))
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob)
        self._widths: dict[tuple[str, float], float] = {}

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str) or not enabled() or text.find(" ", 1, -1) >= 0:
            # Only words are remembered: a text of several words (a line being drawn) is seldom measured twice,
            # and remembering every line kept the text of a whole report alive.
            return float(super().stringWidth(text, size, encoding))
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = float(super().stringWidth(text, size, encoding))
        return width

    def forget_widths(self) -> None:
        self._widths.clear()
