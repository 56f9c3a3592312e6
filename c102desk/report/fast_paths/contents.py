# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""The report built in one drawn pass: the table of contents laid out with its entries known from the story, its
page numbers drawn last (``ContentsTable``, ``OnePassContents.multiBuild``). The PDF is the one reportlab's own
passes make.

With the fast paths off (``c102desk.report.fast_paths``) reportlab's ``multiBuild`` makes its passes.
"""

from __future__ import annotations

from ast import literal_eval
from collections.abc import Callable
from typing import Any

from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from c102desk.report.fast_paths import enabled
from c102desk.report.fast_paths.pass_edits import PassEdits


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


class OnePassContents(BaseDocTemplate):
    """A doc template whose ``multiBuild`` draws the report once. A subclass provides ``_headings(story)``: the
    (level, text, bookmark key) entries its ``afterFlowable`` will make."""

    def multiBuild(self, story: list[Flowable] | Callable[[], list[Flowable]], maxPasses: int = 10,
                   **buildKwds: Any) -> int:
        """One drawn pass, with the page numbers of the table of contents drawn last.

        reportlab builds the whole report once to learn on which page each heading falls, then again with the
        contents filled in. But the contents' size depends only on its entries' levels and texts, which the story
        holds (the headings, ``_headings``): laid out with them, the contents already has its final size, so the
        pages after it are the final ones, and only the page numbers after its entries wait, drawn with
        placeholders and put right before the PDF is written (``ContentsTable``; the canvas keeps every page until
        then, ``numbered_canvas``). The PDF is the one reportlab's two passes make. Should the pass meet other
        headings than expected, reportlab's passes follow.

        ``story`` may be a function that makes the story: the pass then uses up the list it makes, so that each
        flowable is freed once it is drawn (with its paragraphs and their lines; a list of flowables kept for a
        second pass keeps them all, with every line of a report of a thousand pages), and another pass, when
        needed, gets a story made again. A pass's edits hold their flowables weakly (``pass_edits``).
        """
        make_story = story if callable(story) else lambda: story[:]
        flowables = make_story()
        indexing = [flowable for flowable in flowables if flowable.isIndexing()]
        contents = indexing[0] if len(indexing) == 1 and isinstance(indexing[0], ContentsTable) else None
        if contents is None or not enabled():
            return int(super().multiBuild(flowables, maxPasses, **buildKwds))
        self._indexingFlowables = indexing  # notify() hands them the headings
        self._doSave = 0
        edits = PassEdits()  # what the pass leaves to undo (e.g. ``_postponed`` marks), as reportlab keeps them
        self._multiBuildEdits = edits.record
        contents.beforeBuild()
        contents.expect(self._headings(flowables))
        contents.defer_page_numbers = True
        try:
            self.build(flowables, **buildKwds)  # reportlab takes each flowable off the list as it lays it out
        finally:
            contents.defer_page_numbers = False
            del self._multiBuildEdits
        contents.afterBuild()
        if contents.found_expected():
            contents.draw_page_numbers(self.canv)
            self.canv.save()
            return 1
        edits.undo()
        return 1 + int(super().multiBuild(make_story(), maxPasses, **buildKwds))
