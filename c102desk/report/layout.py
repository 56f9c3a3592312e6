# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""Page layout: the cover and body page templates, running header and footer, "Page X of Y", the table of
contents entries and PDF bookmarks."""

from __future__ import annotations

import re
import weakref
from ast import literal_eval
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText as _reportlab_clean
from reportlab.platypus.paraparser import ParaParser
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.rl_config import _FUZZ

from c102desk.report import fonts
from c102desk.report.plain_lines import draw_plain_lines, one_line_wrap
from c102desk.report.styles import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SIGNATURE_BOX,
)

# What ``Paragraph.wrap`` (and the ``breakLines`` it calls) leaves on the paragraph for ``split`` and ``draw``.
_WRAP_STATE = ("width", "_wrapWidths", "blPara", "height", "frags", "_width_max", "_splitLongWordCount",
               "_hyphenations")


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
    leaves the same state and writes the same PDF operators as reportlab, without its general machinery.
    """

    def __init__(self, text: str, style: Any = None, bulletText: str | None = None, **kw: Any) -> None:
        plain = _plain_frags(text, style) if style is not None and not kw and isinstance(text, str) else None
        if plain is None:
            super().__init__(text, style, bulletText, **kw)
            return
        cleaned, frags = plain
        super().__init__(cleaned, style, bulletText, frags=frags)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size: tuple[float, float]
        if availWidth < _FUZZ:
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
        cache[availWidth] = {name: state[name] for name in _WRAP_STATE if name in state}
        return size

    def drawOn(self, canvas: rl_canvas.Canvas, x: float, y: float, _sW: float = 0) -> None:
        if not draw_plain_lines(self, canvas, x, y, _sW):
            super().drawOn(canvas, x, y, _sW)


class _PageNumberCanvas:
    """Stands for the canvas in reportlab's ``drawTOCEntryEnd`` (the dots and page number after an entry of the
    table of contents): it keeps what that callback draws instead of drawing it, so that the same code can draw an
    entry before its page is known and again once it is. Everything else is read from the real canvas."""

    # reportlab's own methods, run on this object: the text object and the link rectangle it computes then use
    # the position and the transformation kept here, those of the moment the entry was drawn.
    beginText = rl_canvas.Canvas.beginText
    absolutePosition = rl_canvas.Canvas.absolutePosition
    _absRect = rl_canvas.Canvas._absRect

    def __init__(self, canvas: rl_canvas.Canvas, text_position: dict[str, Any], matrix: tuple[float, ...]) -> None:
        self._canvas = canvas
        self._curr_tx_info = text_position
        self._currentMatrix = matrix
        self.code: list[str] = []
        self.links: list[tuple[str, str, list[float], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._canvas, name)

    def drawText(self, text_object: Any) -> None:
        self.code.append(str(text_object.getCode()))

    def linkRect(self, contents: str, destinationname: str, Rect: Any = None, addtopage: int = 1,
                 name: str | None = None, relative: int = 1, **kw: Any) -> None:
        self.links.append((contents, destinationname, list(self._absRect(Rect, relative)), kw))


class _LaterPageNumber:
    """One entry's page number drawn with a placeholder: where its code sits in the page's content stream and
    the rectangle of its link, both put right by ``draw`` once the page is known."""

    def __init__(self, draw: Any, kind: str, label: str, canvas: rl_canvas.Canvas) -> None:
        self._draw, self._kind = draw, kind
        self._level_and_key = label.split(",", 1)[1]  # reportlab's label is "page,level,key"
        self.key = literal_eval(label.split(",", 2)[2])
        self._text_position = dict(canvas._curr_tx_info)
        self._matrix = canvas._currentMatrix
        drawn = self._replay(canvas, label)
        self._code: list[str] = canvas._code  # the list the canvas keeps as this page's content
        self._index = len(self._code)
        self._code.extend(drawn.code)
        self._rects: list[list[float]] = []
        for contents, destination, rect, kw in drawn.links:
            # The annotation is made now, in the order reportlab makes it; it formats its rectangle only when the
            # PDF is written, so this list is filled in with the right numbers before then.
            canvas.linkRect(contents, destination, rect, relative=0, **kw)
            self._rects.append(rect)

    def _replay(self, canvas: rl_canvas.Canvas, label: str) -> _PageNumberCanvas:
        stand_in = _PageNumberCanvas(canvas, self._text_position, self._matrix)
        self._draw(stand_in, self._kind, label)
        return stand_in

    def draw(self, canvas: rl_canvas.Canvas, page: int) -> None:
        drawn = self._replay(canvas, f"{page},{self._level_and_key}")
        if len(drawn.code) != 1 or len(drawn.links) != len(self._rects):
            raise AssertionError("the contents entry drew differently with its page number")
        self._code[self._index] = drawn.code[0]
        for rect, (_, _, final, _) in zip(self._rects, drawn.links, strict=True):
            rect[:] = final


class ContentsTable(TableOfContents):
    """reportlab's table of contents, which can also be drawn before the pages of its entries are known.

    Laid out with its entries' levels and texts (``expect``), it has its final size whatever the page numbers,
    since the dots and the number after each entry are drawn by a callback that takes no room in the line. With
    ``defer_page_numbers`` on, that callback draws a placeholder number and keeps its place (``_LaterPageNumber``);
    ``draw_page_numbers`` then draws the right ones there, before the canvas writes the PDF.
    """

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.defer_page_numbers = False
        self._later: list[_LaterPageNumber] = []

    def expect(self, entries: list[tuple[int, str, str]]) -> None:
        """Lay out as if the last pass had found these (level, text, key) entries, on pages not known yet."""
        self._lastEntries = [(level, text, 0, key) for level, text, key in entries]

    def found_expected(self) -> bool:
        """Whether the pass just built met the headings ``expect`` announced, in the same order."""
        return [(e[0], e[1], e[3]) for e in self._entries] == [(e[0], e[1], e[3]) for e in self._lastEntries]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if self.defer_page_numbers:
            draw = self.canv.getNamedCB("drawTOCEntryEnd")  # the callback reportlab's wrap just registered

            def draw_later(canvas: rl_canvas.Canvas, kind: str, label: str) -> None:
                self._later.append(_LaterPageNumber(draw, kind, label, canvas))

            self.canv.setNamedCB("drawTOCEntryEnd", draw_later)
        return size

    def draw_page_numbers(self, canvas: rl_canvas.Canvas) -> None:
        pages = {key: page for _, _, page, key in self._entries}
        for later in self._later:
            later.draw(canvas, pages[later.key])
        self._later = []


class ReportDocTemplate(BaseDocTemplate):
    """A4 report: a cover page (signature box, no running header) then body pages; H1/H2 feed the contents."""

    def __init__(self, filename: Any, *, header: str, footer: str, page_label: str, signature_label: str,
                 **kw: Any) -> None:
        super().__init__(filename, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_LEFT,
                         rightMargin=MARGIN_LEFT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        self.header_text = header
        self.footer_text = footer
        self.page_label = page_label
        self.signature_label = signature_label
        cover_bottom = SIGNATURE_BOX[3] + 10 * mm
        cover = Frame(MARGIN_LEFT, cover_bottom, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - cover_bottom,
                      id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                     id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover], onPage=self._draw_cover),
            PageTemplate(id="body", frames=[body], onPage=self._draw_running),
        ])
        self._bookmark = 0

    def multiBuild(self, story: list[Flowable], maxPasses: int = 10, **buildKwds: Any) -> int:
        """One drawn pass, with the page numbers of the table of contents drawn last.

        reportlab builds the whole report once to learn on which page each heading falls, then again with the
        contents filled in. But the contents' size depends only on its entries' levels and texts, which the story
        holds (the headings, ``_headings``): laid out with them, the contents already has its final size, so the
        pages after it are the final ones, and only the page numbers after its entries wait, drawn with
        placeholders and put right before the PDF is written (``ContentsTable``; the canvas keeps every page until
        then, ``numbered_canvas``). The PDF is the one reportlab's two passes make. Should the pass meet other
        headings than expected, reportlab's passes follow.
        """
        indexing = [flowable for flowable in story if flowable.isIndexing()]
        contents = indexing[0] if len(indexing) == 1 and isinstance(indexing[0], ContentsTable) else None
        if contents is None:
            return int(super().multiBuild(story, maxPasses, **buildKwds))
        self._indexingFlowables = indexing  # notify() hands them the headings
        self._doSave = 0
        edits: list[tuple[Any, ...]] = []  # what a pass leaves to undo (e.g. ``_postponed`` marks), as reportlab
        self._multiBuildEdits = edits.append
        contents.beforeBuild()
        contents.expect(self._headings(story))
        contents.defer_page_numbers = True
        try:
            self.build(story[:], **buildKwds)
        finally:
            contents.defer_page_numbers = False
            del self._multiBuildEdits
        contents.afterBuild()
        if contents.found_expected():
            contents.draw_page_numbers(self.canv)
            self.canv.save()
            return 1
        for edit in edits:
            edit[0](*edit[1:])
        return 1 + int(super().multiBuild(story, maxPasses, **buildKwds))

    @staticmethod
    def _headings(story: list[Flowable]) -> list[tuple[int, str, str]]:
        """The entries ``afterFlowable`` will make of the story's headings: (level, text, bookmark key)."""
        entries: list[tuple[int, str, str]] = []
        for flowable in story:
            level = _heading_level(flowable)
            if level is not None:
                entries.append((level, flowable.getPlainText(), f"h{len(entries) + 1}"))
        return entries

    def _draw_cover(self, canv: rl_canvas.Canvas, doc: Any) -> None:
        x1, y1, x2, y2 = SIGNATURE_BOX
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.rect(x1, y1, x2 - x1, y2 - y1)
        canv.setFont(fonts.BODY, 7.5)
        canv.setFillColor(RULE)
        canv.drawString(x1, y2 + 3, self.signature_label)
        canv.restoreState()

    def _draw_running(self, canv: rl_canvas.Canvas, doc: Any) -> None:
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        top = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
        canv.line(MARGIN_LEFT, top - 2, PAGE_WIDTH - MARGIN_LEFT, top - 2)
        canv.setFont(fonts.BODY, 7.5)
        canv.setFillColor(RULE)
        canv.drawString(MARGIN_LEFT, top + 2, self.header_text)
        bottom = MARGIN_BOTTOM - 10 * mm
        canv.line(MARGIN_LEFT, bottom + 9, PAGE_WIDTH - MARGIN_LEFT, bottom + 9)
        canv.drawString(MARGIN_LEFT, bottom, self.footer_text)
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        level = _heading_level(flowable)
        if level is None:
            return
        text = flowable.getPlainText()
        self._bookmark += 1
        key = f"h{self._bookmark}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))

    def beforeDocument(self) -> None:
        self._bookmark = 0


def _heading_level(flowable: Flowable) -> int | None:
    """The level in the table of contents of an H1 or H2 heading; None for any other flowable."""
    if not isinstance(flowable, Paragraph):
        return None
    return {"H1": 0, "H2": 1}.get(flowable.style.name)


def numbered_canvas(page_label: str) -> type[rl_canvas.Canvas]:
    """A canvas class that writes "Page X of Y" on every body page once the total is known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", fonts.BODY)  # else Helvetica is listed, unembedded
            kwargs.setdefault("initialFontSize", 9)
            # reportlab's page compression adds ASCII85 after Flate: a quarter more bytes, and in pure Python
            # (without rl_accel) ~15 ms of a full report. With it off, every stream reportlab leaves unfiltered
            # (pages, fonts, their ToUnicode maps) gets the document's default filter: Flate alone.
            kwargs["pageCompression"] = 0
            super().__init__(*args, **kwargs)
            self._doc.defaultStreamFilters = [pdfdoc.PDFZCompress]
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()
            # The document numbers its pages as they are added, here only in ``save``; a bookmark made meanwhile
            # (headings: outline and contents links) names the page by that number, so it must count on.
            self._doc.pageCounter += 1

        def save(self) -> None:
            total = len(self._saved_pages)
            self._doc.pageCounter -= total  # back to the first page, which ``super().showPage`` adds first
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_page_number(total)
                super().showPage()
            super().save()

        def _draw_page_number(self, total: int) -> None:
            page = self._pageNumber
            self.saveState()
            self.setFont(fonts.BODY, 7.5)
            self.setFillColor(RULE)
            label = page_label.format(page=page, total=total)
            self.drawRightString(PAGE_WIDTH - MARGIN_LEFT, MARGIN_BOTTOM - 10 * mm, label)
            self.restoreState()

    return NumberedCanvas
