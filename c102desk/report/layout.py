# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""Page layout: the cover and body page templates, running header and footer, "Page X of Y", the table of
contents entries and PDF bookmarks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Frame, PageTemplate

from c102desk.report import fast_paths, fonts
from c102desk.report.attachments import Attachment
from c102desk.report.embedded_files import attach
from c102desk.report.fast_paths.contents import ContentsTable, OnePassContents
from c102desk.report.fast_paths.paragraphs import Paragraph
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

__all__ = ["ContentsTable", "Paragraph", "ReportDocTemplate", "numbered_canvas"]


class ReportDocTemplate(OnePassContents):
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


def numbered_canvas(page_label: str, attachments: Sequence[Attachment] = ()) -> type[rl_canvas.Canvas]:
    """A canvas class that writes "Page X of Y" on every body page once the total is known, and the
    ``attachments`` as the PDF's embedded files."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", fonts.BODY)  # else Helvetica is listed, unembedded
            kwargs.setdefault("initialFontSize", 9)
            flate_alone = fast_paths.enabled()
            # reportlab's page compression adds ASCII85 after Flate: a quarter more bytes, and in pure Python
            # (without rl_accel) ~15 ms of a full report. With it off, every stream reportlab leaves unfiltered
            # (pages, fonts, their ToUnicode maps) gets the document's default filter: Flate alone.
            if flate_alone:
                kwargs["pageCompression"] = 0
            super().__init__(*args, **kwargs)
            if flate_alone:
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
            pages, self._saved_pages = self._saved_pages, []
            pages.reverse()
            while pages:  # each page's state let go once written: its content is not kept twice
                self.__dict__.update(pages.pop())
                self._draw_page_number(total)
                super().showPage()
            attach(self._doc, attachments)
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
