# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""The report's Paragraph: reportlab's, with its text parsed without the markup parser when that gives the same
fragments, its line breaks kept per width, and plain paragraphs laid out and drawn by ``plain_lines``.

With the fast paths off (``c102desk.report.fast_paths``) it is reportlab's Paragraph in every respect.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText as _reportlab_clean
from reportlab.platypus.paraparser import ParaParser
from reportlab.rl_config import _FUZZ

from c102desk.report.fast_paths import enabled
from c102desk.report.fast_paths.plain_lines import draw_plain_lines, one_line_wrap
from c102desk.report.fast_paths.split_lines import WRAP_STATE, give_rest_its_lines

# Per style, the fragment reportlab's parser makes of a text without markup: plain texts are cut from it.
_PLAIN_FRAG: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
# Per style and markup skeleton (the text with each run of characters between tags replaced by _DATA), the
# fragments reportlab's parser made of the skeleton; an empty list when the skeleton cannot serve as a template.
_SKELETON_FRAGS: weakref.WeakKeyDictionary[Any, dict[str, list[Any]]] = weakref.WeakKeyDictionary()
_MARKUP = re.compile(r"(<[^<>]*>|&[^;&<>\s]*;)")  # a tag or an entity: what the parser sees besides text
_DATA = "\ue000"  # a private-use character, standing for a run of text in a skeleton


def cleanBlockQuotedText(text: str) -> str:
    """reportlab's ``cleanBlockQuotedText``: the text's words joined by single spaces. Without a no-break space
    in the text, reportlab splits it with ``str.split()`` itself, so joining that split gives the same text
    without its many small steps (it ran for every paragraph of the report)."""
    if "\xa0" in text:
        return str(_reportlab_clean(text))
    return " ".join(text.split())


def _plain_frags(text: str, style: Any) -> tuple[str, list[Any]] | None:
    """The cleaned text and the fragments reportlab's parser would make of ``text`` when it has neither markup
    nor entity (the parser makes a fragment of each entity); None otherwise. The parser (an HTMLParser per
    paragraph) costs more than all the rest of building the story, and most paragraphs are plain text."""
    if "<" in text or "&" in text:
        return _markup_frags(text, style)
    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return None
    template = _PLAIN_FRAG.get(style)
    if template is None:
        _, frags, _ = ParaParser().parse("x", style)
        if not frags or len(frags) != 1:
            return None
        template = _PLAIN_FRAG[style] = frags[0]
    return cleaned, [template.clone(text=cleaned)]


def _markup_frags(text: str, style: Any) -> tuple[str, list[Any]] | None:
    """The cleaned text and the fragments reportlab's parser would make of a text with markup, or None.

    The report's marked-up texts repeat a few shapes (``<b>id</b><br/>article``, ``label: <b>value</b>`` …).
    The parser turns each run of text between tags or entities into one fragment, the text as it is, with the
    attributes of the tags around it. So it parses each shape once per style, with a stand-in for every run of
    text, and the paragraphs of that shape get copies of those fragments with their own text. A shape whose
    fragments do not hold the stand-ins one for one is left to the parser.
    """
    cleaned = cleanBlockQuotedText(text)
    if not cleaned or _DATA in cleaned or getattr(style, "textTransform", None) is not None:
        return None
    pieces = _MARKUP.split(cleaned)  # text, tag or entity, text, …
    runs = [piece for piece in pieces[0::2] if piece]
    if any(c in run for run in runs for c in "<>&"):
        return None  # a stray character the parser may read otherwise
    skeleton = "".join(_DATA if index % 2 == 0 and piece else piece for index, piece in enumerate(pieces))
    shapes = _SKELETON_FRAGS.get(style)
    if shapes is None:
        shapes = _SKELETON_FRAGS[style] = {}
    template = shapes.get(skeleton)
    if template is None:
        _, frags, bullet_frags = ParaParser().parse(skeleton, style)
        usable = (frags is not None and not bullet_frags
                  and [f.text for f in frags if _DATA in f.text] == [_DATA] * len(runs))
        template = shapes[skeleton] = frags if usable else []
    if not template:
        return None
    texts = iter(runs)
    return cleaned, [frag.clone(text=next(texts)) if frag.text == _DATA else frag.clone() for frag in template]


class Paragraph(_Paragraph):
    """A reportlab Paragraph that parses its text without the markup parser and breaks its lines once per
    width.

    Plain text (no tags) gives one fragment of the style's font and colour: it is cut from the fragment the
    parser made once for that style, the same attributes with this text. Marked-up text gets copies of the
    fragments the parser made once of its shape (``_markup_frags``).

    reportlab wraps a table cell's paragraph each time it sizes the table, each time it splits it across pages
    and again to draw it: the same line breaking for the same width, several times per paragraph. ``wrap``
    depends only on the width (and on the paragraph's frags and style, which do not change after the first wrap),
    so the state it leaves is kept per width and restored. The line breaks, and so the PDF, are the same.

    A plain text that fits on one line is laid out, and a plain text drawn, by a shortcut (``plain_lines``) that
    leaves the same state and writes the same PDF operators as reportlab, without its general machinery. When a
    paragraph is split (a long cell over pages), the rest keeps the lines it had (``split_lines``).
    """

    def __init__(self, text: str, style: Any = None, bulletText: str | None = None, **kw: Any) -> None:
        plain = (_plain_frags(text, style) if enabled() and style is not None and not kw and isinstance(text, str)
                 else None)
        if plain is None:
            super().__init__(text, style, bulletText, **kw)
            return
        cleaned, frags = plain
        super().__init__(cleaned, style, bulletText, frags=frags)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size: tuple[float, float]
        if availWidth < _FUZZ or not enabled():
            size = super().wrap(availWidth, availHeight)
            return size
        state = self.__dict__
        cache: dict[float, dict[str, Any]] | None = state.get("_wrap_cache")
        if cache is None:
            cache = state["_wrap_cache"] = {}
        saved = cache.get(availWidth)
        if saved is not None:
            state.update(saved)
            return self.width, self.height
        size = (self.width, self.height) if one_line_wrap(self, availWidth) else super().wrap(availWidth, availHeight)
        cache[availWidth] = {name: state[name] for name in WRAP_STATE if name in state}
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """reportlab's split; the rest gets the lines this paragraph has from the split on, ready for its wrap at
        this paragraph's width, instead of being broken into lines again (``split_lines``)."""
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) == 2 and isinstance(parts[1], Paragraph) and "_wrap_cache" in self.__dict__ and enabled():
            state = give_rest_its_lines(self, parts[0], parts[1])
            if state is not None:
                parts[1].__dict__["_wrap_cache"] = {state["width"]: state}
        return parts

    def drawOn(self, canvas: rl_canvas.Canvas, x: float, y: float, _sW: float = 0) -> None:
        if not enabled() or not draw_plain_lines(self, canvas, x, y, _sW):
            super().drawOn(canvas, x, y, _sW)
