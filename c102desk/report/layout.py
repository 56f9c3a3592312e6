# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""Page layout: the cover and body page templates, running header and footer, "Page X of Y", the table of
contents entries and PDF bookmarks."""

from __future__ import annotations

import weakref
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser
from reportlab.rl_config import _FUZZ

from c102desk.report import fonts
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


def _plain_frags(text: str, style: Any) -> tuple[str, list[Any]] | None:
    """The cleaned text and the fragments reportlab's parser would make of ``text`` when it has neither markup
    nor entity (the parser makes a fragment of each entity); None otherwise. The parser (an HTMLParser per
    paragraph) costs more than all the rest of building the story, and most paragraphs are plain text."""
    if "<" in text or "&" in text:
        return None
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


class Paragraph(_Paragraph):
    """A reportlab Paragraph that parses plain text without the markup parser and breaks its lines once per
    width.

    Plain text (no tags) gives one fragment of the style's font and colour: it is cut from the fragment the
    parser made once for that style, the same attributes with this text.

    reportlab wraps a table cell's paragraph each time it sizes the table, each time it splits it across pages
    and again to draw it, and ``multiBuild`` lays the whole report out twice for the table of contents: the same
    line breaking for the same width, about six times per paragraph. ``wrap`` depends only on the width (and on
    the paragraph's frags and style, which do not change after the first wrap), so the state it leaves is kept
    per width and restored. The line breaks, and so the PDF, are the same.
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
        size = super().wrap(availWidth, availHeight)
        cache[availWidth] = {name: state[name] for name in _WRAP_STATE if name in state}
        return size


def _no_draw(*args: Any, **kwargs: Any) -> None:
    return None


class LayoutFrame(Frame):
    """A Frame that, while its document lays out without drawing (``ReportDocTemplate.layout_only``), places the
    flowables (wrap, split, space before and after: what decides the pages) but does not draw them."""

    def _add(self, flowable: Flowable, canv: rl_canvas.Canvas, trySplit: int = 0) -> int:
        added: int
        state = getattr(flowable, "__dict__", None)
        if (state is None or "drawOn" in state
                or not getattr(getattr(canv, "_doctemplate", None), "layout_only", False)):
            added = super()._add(flowable, canv, trySplit)
            return added
        # Shadows the method on this instance for this one call (through __dict__: a Drawing refuses setattr).
        state["drawOn"] = _no_draw
        try:
            added = super()._add(flowable, canv, trySplit)
        finally:
            state.pop("drawOn", None)
        return added

    add = _add


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
        cover = LayoutFrame(MARGIN_LEFT, cover_bottom, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - cover_bottom,
                      id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = LayoutFrame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                     id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover], onPage=self._draw_cover),
            PageTemplate(id="body", frames=[body], onPage=self._draw_running),
        ])
        self._bookmark = 0
        self.layout_only = False

    def multiBuild(self, story: list[Flowable], maxPasses: int = 10, **buildKwds: Any) -> int:
        """reportlab's two passes for the table of contents, the first without drawing.

        reportlab lays the whole report out and draws it once to learn on which page each heading falls, throws
        that canvas away, and builds again with the contents filled in. Here that first pass only places the
        flowables (``LayoutFrame``) and records the headings; the passes that follow are reportlab's own, and
        the one it saves is drawn in full. The pages and the PDF are the same.
        """
        indexing = [flowable for flowable in story if flowable.isIndexing()]
        self._indexingFlowables = indexing  # notify() hands them the headings
        self._doSave = 0
        edits: list[tuple[Any, ...]] = []  # what a pass leaves to undo (e.g. ``_postponed`` marks), as reportlab
        self._multiBuildEdits = edits.append
        self.layout_only = True
        try:
            for flowable in indexing:
                flowable.beforeBuild()
            self.build(story[:], **buildKwds)
            for flowable in indexing:
                flowable.afterBuild()
        finally:
            self.layout_only = False
            del self._multiBuildEdits
        for edit in edits:
            edit[0](*edit[1:])
        return 1 + int(super().multiBuild(story, maxPasses, **buildKwds))

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
        if not isinstance(flowable, Paragraph):
            return
        level = {"H1": 0, "H2": 1}.get(flowable.style.name)
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


def numbered_canvas(page_label: str) -> type[rl_canvas.Canvas]:
    """A canvas class that writes "Page X of Y" on every body page once the total is known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", fonts.BODY)  # else Helvetica is listed, unembedded
            kwargs.setdefault("initialFontSize", 9)
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
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
