# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""The rest of a split paragraph keeps the lines it already has.

A table cell that runs over several pages (a long note in the annex) is one paragraph. At each page reportlab
splits it: the first part keeps the lines that fit, and the rest is a new paragraph of the remaining words that
reportlab breaks into lines again, all of them, when the table is sized for the next page. A note of ten pages
was so broken into lines 10 + 9 + … + 1 times over: the cost of a report grew with the square of its notes'
length (docs/performance.md).

Line breaking is greedy: from the first word of a line, the words that fit decide the line, whatever came before.
So the rest of a paragraph, broken again at the same width, gets the lines it had in the paragraph, from the
split on. ``give_rest_its_lines`` hands those lines to the rest, in the state ``Paragraph.wrap`` would leave, so
that the paragraph's wrap finds them ready (``paragraphs.Paragraph`` keeps wrap states per width). It reproduces what
breaking again gives, quirk included: when the split follows a line ended by ``<br/>``, the rest begins with that
line break, which reportlab's line breaking turns into an empty first line.

Only the plain case is handled, the one the report's cells are: no indents, bullet, hyphenation, soft hyphens,
words split for being too long, images, right-to-left or shaped text, automatic leading. Anything else is left to
reportlab, which breaks the rest into lines again. ``tests/report/test_split_lines.py`` compares, split by split,
the state given here with the state reportlab's own line breaking leaves.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.platypus import paragraph as rl_paragraph

# What ``Paragraph.wrap`` (and the ``breakLines`` it calls) leaves on the paragraph for ``split`` and ``draw``: the
# state given here, and the one ``paragraphs.Paragraph`` keeps per width.
WRAP_STATE = ("width", "_wrapWidths", "blPara", "height", "frags", "_width_max", "_splitLongWordCount",
              "_hyphenations")

_FK_TEXT = rl_paragraph._FK_TEXT
_FK_BREAK = rl_paragraph._FK_BREAK
_PLAIN_WORDS = (list, rl_paragraph._HSFrag)  # a word, and a word followed by a space; no split or injected words


def _style_allows(paragraph: Any) -> bool:
    style = paragraph.style
    return (not style.leftIndent and not style.rightIndent and not style.firstLineIndent
            and not style.wordWrap and not style.endDots and not style.shaping
            and not getattr(style, "hyphenationLang", "") and not style.uriWasteReduce
            and not style.embeddedHyphenation and paragraph.bulletText is None
            and getattr(paragraph, "autoLeading", getattr(style, "autoLeading", "")) in ("", "off", None))


def give_rest_its_lines(whole: Any, first: Any, rest: Any) -> dict[str, Any] | None:
    """The wrap state of ``rest`` (the second part ``whole.split`` made, ``first`` being the first) at the width
    ``whole`` was last wrapped to: the lines ``whole`` has from the split on. None when the case is not the plain
    one this module copies; the rest is then broken into lines by reportlab when it is wrapped."""
    para = whole.blPara
    lines = para.lines
    count = len(first.blPara.lines)
    if (not 0 < count < len(lines) or first.blPara.lines[-1] is not lines[count - 1] or not _style_allows(whole)
            or not _style_allows(rest) or type(lines) is not list):
        return None
    width = whole.width
    if whole._wrapWidths != [width, width]:
        return None
    if para.kind == 0:
        blpara = _plain_rest(whole, rest, lines[count:])
    elif para.kind == 1:
        blpara = _marked_up_rest(whole, rest, lines, count)
    else:
        return None
    if blpara is None:
        return None
    rest_lines = blpara.lines
    return {
        "width": width, "_wrapWidths": [width, width], "blPara": blpara,
        "height": len(rest_lines) * rest.style.leading, "frags": rest.frags if para.kind == 0 else list(rest.frags),
        # the widest line (reportlab keeps it; only its chart labels read it)
        "_width_max": max([0, *(_line_width(line, width, para.kind) for line in rest_lines)]),
        "_splitLongWordCount": 0, "_hyphenations": 0,
    }


def _line_width(line: Any, width: float, kind: int) -> float:
    return float(width - line[0] if kind == 0 else line.maxWidth - line.extraSpace)


def _plain_rest(whole: Any, rest: Any, lines: list[Any]) -> Any:
    """One-fragment paragraph: the rest is one fragment holding the remaining words (``_split_blParaSimple``)."""
    frags = rest.frags
    if len(frags) != 1 or hasattr(frags[0], "text") or not hasattr(frags[0], "words"):
        return None
    frag = frags[0]
    if (hasattr(frag, "cbDefn") or hasattr(frag, "backColor")
            or any(type(word) is not str or rl_paragraph._shy in word for _, words in lines for word in words)):
        return None
    if frag.words != [word for _, words in lines for word in words]:
        return None
    ascent, descent = getAscentDescent(frag.fontName, frag.fontSize)
    return frag.clone(kind=0, lines=[(extra, list(words)) for extra, words in lines], ascent=ascent,
                      descent=descent, fontSize=frag.fontSize)


def _marked_up_rest(whole: Any, rest: Any, lines: list[Any], count: int) -> Any:
    """Several fragments: the rest holds the processed words from the split line's first one
    (``_split_blParaProcessed``); each line keeps its words, its first word's index moves back by the offset."""
    start = lines[count].sFW
    words = whole.frags
    if not rl_paragraph._processed_frags(words) or rest.frags != words[start:] or not rest.frags:
        return None
    for word in rest.frags:
        if type(word) not in _PLAIN_WORDS or len(word) < 2:
            return None
        for frag, _ in word[1:]:
            if frag._fkind not in (_FK_TEXT, _FK_BREAK) or hasattr(frag, "cbDefn"):
                return None
    out: list[Any] = []
    first_word = rest.frags[0]
    first_frag = first_word[1][0]
    if first_frag._fkind == _FK_BREAK:
        # The rest begins with the line break that ended the first part: breaking it into lines gives it a line
        # of its own, as reportlab does (an empty line, at the width of the others).
        font = first_word[-1][0]
        ascent, descent = getAscentDescent(font.fontName, font.fontSize)
        out.append(rl_paragraph.FragLine(
            extraSpace=whole.width - 0, wordCount=0, lineBreak=not whole.style.justifyBreaks,
            words=[first_frag.clone()], fontSize=font.fontSize, ascent=ascent, descent=descent,
            maxWidth=whole.width, sFW=0))
    for line in lines[count:]:
        fields = dict(line.__dict__)
        fields["sFW"] = line.sFW - start
        out.append(rl_paragraph.FragLine(**fields))
    return rl_paragraph.ParaLines(kind=1, lines=out)
