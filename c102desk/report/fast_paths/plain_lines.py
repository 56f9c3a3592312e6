# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""A shortcut for the report's many plain paragraphs, above all the one-line ones (status words, table headings,
ids, short values).

About half the report's table cells hold one short plain text that fits on one line. reportlab breaks each into
lines with its general algorithm (``breakLines``) and draws it through a text object (``drawPara``: state saved
and restored, colour, font, text, each through several calls), and this per-paragraph machinery costs more than
the text itself. For such a paragraph, ``one_line_wrap`` computes the line break reportlab's own would (the same
widths, added in the same order, against the same limit), and ``draw_plain_lines`` writes the content stream
reportlab writes for a plain paragraph, one line or more, operator for operator. Anything else (markup, a line
that needs its spaces shrunk, indents, bullets, borders, other alignments, non-TrueType fonts …) is left to
reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import paragraph as rl_paragraph

_SOFT_HYPHEN = "\xad"  # reportlab may hyphenate there: left to it


def _style_allows(style: Any) -> bool:
    """Whether reportlab lays out a one-fragment paragraph of this style as the plain case this module copies."""
    return (style.alignment == TA_LEFT and not style.wordWrap and not style.endDots and not style.shaping
            and not style.leftIndent and not style.rightIndent and not style.firstLineIndent
            and not style.backColor and not (style.borderColor and style.borderWidth)
            and getattr(style, "autoLeading", "") in ("", "off", None))


def one_line_wrap(paragraph: Any, avail_width: float) -> bool:
    """Lay ``paragraph`` out as ``Paragraph.wrap`` would when its one plain fragment fits on one line, leaving
    the same state on it (``blPara``, ``height`` …); False, changing nothing, in any other case."""
    frags = paragraph.frags
    style = paragraph.style
    if (len(frags) != 1 or paragraph.bulletText is not None or getattr(paragraph, "_offsets", None)
            or getattr(paragraph, "autoLeading", "") not in ("", "off", None) or not _style_allows(style)):
        return False
    frag = frags[0]
    text = getattr(frag, "text", None)
    if (not isinstance(text, str) or _SOFT_HYPHEN in text or frag.link or frag.us_lines or frag.rise
            or hasattr(frag, "cbDefn") or hasattr(frag, "backColor")):
        return False
    words = rl_paragraph.split(rl_paragraph.strip(text))
    if not words:
        return False
    font_name, font_size = frag.fontName, frag.fontSize
    encoding = paragraph.encoding
    # breakLines, word by word: a word fits when the line so far, a space and the word stay within the width
    # plus the shrinkage allowed for the spaces already on the line.
    space = stringWidth(" ", font_name, font_size, encoding)
    shrink = style.spaceShrinkage * space
    current = -space
    for count, word in enumerate(words):
        current = current + space + stringWidth(word, font_name, font_size, encoding)
        if current > avail_width + shrink * count:
            return False  # a line break (or, for a first word too long, a split) reportlab would make
    ascent, descent = getAscentDescent(font_name, font_size)
    paragraph.width = avail_width
    paragraph._wrapWidths = [avail_width, avail_width]
    paragraph._width_max = max(current, 0)
    paragraph._splitLongWordCount = paragraph._hyphenations = 0
    paragraph.blPara = frag.clone(kind=0, lines=[(avail_width - current, words)], ascent=ascent, descent=descent,
                                  fontSize=font_size)
    paragraph.height = style.leading
    return True


# The PDF operators of a fill colour, of a font size and leading: as reportlab formats them, once each.
_FILL: dict[tuple[float, float, float], str] = {}
_FONT_SIZE: dict[tuple[float, float], str] = {}
# Coordinates as reportlab writes them (``fp_str`` formats each number on its own and joins them with spaces):
# a table's columns and rows put the same x and y on many lines, and fp_str is pure Python.
_NUMBERS: dict[float, str] = {}


def number(value: float) -> str:
    """``fp_str(value)``, remembered."""
    text = _NUMBERS.get(value)
    if text is None:
        if len(_NUMBERS) > 50_000:
            _NUMBERS.clear()
        text = _NUMBERS[value] = fp_str(value)
    return text


def draw_plain_lines(paragraph: Any, canvas: Any, x: float, y: float, s_w: float = 0) -> bool:
    """Draw a plain paragraph (one fragment: reportlab's "kind 0" lines) with its lower left corner at (x, y)
    (``s_w``: the room left beside it, for its ``hAlign``), writing what ``Flowable.drawOn`` and
    ``Paragraph.drawPara`` write for it; False, drawing nothing, when it is not such a paragraph."""
    para = paragraph.blPara
    if para.kind != 0 or not para.lines or getattr(paragraph, "_showBoundary", False):
        return False
    color = para.textColor
    font = getFont(para.fontName)
    # A line that is too long has its spaces shrunk, and hyphenated or split words are str subclasses: reportlab's.
    if (any(extra_space <= -1e-8 or any(type(word) is not str for word in words) for extra_space, words in para.lines)
            or paragraph.bulletText or getattr(paragraph, "_offsets", None)
            or para.us_lines or para.link or not _style_allows(paragraph.style)
            or getattr(paragraph, "autoLeading", "") not in ("", "off", None)
            or not getattr(font, "_dynamicFont", False) or not isinstance(color, Color)
            or isinstance(color, CMYKColor) or getattr(canvas, "_enforceColorSpace", None)
            or color.alpha not in (None, 1) or canvas._extgstate._d.get("ca", 1) != 1 or not canvas.bottomup):
        return False
    # drawPara's paragraph-level quirks: its first baseline, its text object's preformatted flag
    if rl_paragraph.paraFontSizeHeightOffset:
        baseline = paragraph.height - para.fontSize
    else:
        baseline = paragraph.height - getattr(para, "ascent", para.fontSize)
    if "preformatted" in type(paragraph).__name__.lower():
        return False
    rgb = (color.red, color.green, color.blue)
    fill = _FILL.get(rgb)
    if fill is None:
        fill = _FILL[rgb] = f"{fp_str(rgb)} rg"
    leading = paragraph.style.leading
    size = _FONT_SIZE.get((para.fontSize, leading))
    if size is None:
        size = _FONT_SIZE[(para.fontSize, leading)] = f"{fp_str(para.fontSize)} Tf {fp_str(leading)} TL"
    doc = canvas._doc
    shown = []
    subset_now = -1  # the text object's subset: a font operator is written where it changes, even within a line
    for _, words in para.lines:
        for subset, chunk in font.splitString(" ".join(words), doc):
            if subset != subset_now:
                shown.append(f"{font.getSubsetInternalName(subset, doc)} {size}")
                subset_now = subset
            shown.append(f"({canvas._escape(chunk)}) Tj")
        shown[-1] += " T*"
    if color.alpha is not None:
        doc.ensureMinPdfVersion("transparency")  # as setFillColor's setFillAlpha does, though it writes nothing
    x = paragraph._hAlignAdjust(x, s_w)
    canvas._code += ["q", f"1 0 0 1 {number(x)} {number(y)} cm", "q", fill,
                     f"BT 1 0 0 1 {number(paragraph.style.leftIndent)} {number(baseline)} Tm {' '.join(shown)} ET",
                     "Q", "Q"]
    return True
