# mypy: disable-error-code="import-untyped"
# (reportlab ships no type information)
"""The report's Paragraph skips reportlab's markup parser: its fragments must be the ones the parser makes."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Paragraph as ReportlabParagraph

from c102desk.report.fast_paths.paragraphs import Paragraph, _markup_frags
from c102desk.report.styles import make_styles

TEXTS = [
    "Plain text, with a no-break\u00a0space",
    "<b>P2-01</b><br/>Article 8",
    "<b>P2-01</b><br/>Article 8<br/><font color='#5b6b7d'>Alternative</font>",
    "Label: <b>12\u00a0%</b><br/><i>Law 12 &amp; 13, art. 4</i>",
    "Label: <b>12\u00a0%</b><br/><i>Law 99 &amp; 100, art. 7</i>",  # the same shape, other texts
    "Question &lt;1&gt;<br/><font color='#5b6b7d' size=7>II.scheme.kind</font>",
    "<b>A</b><b>B</b> C<br/><br/>D",
    "  spaces\n  and lines  <b> bold </b>  ",
    "[I] <i>Interpretation</i> &#8212; &quot;quoted&quot;",
]


def _frags(paragraph: Any) -> list[dict[str, Any]]:
    return [vars(frag) for frag in paragraph.frags]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("style_name", ["cell", "body", "cell_bold"])
def test_fragments_are_the_parsers(text: str, style_name: str) -> None:
    style = getattr(make_styles(), style_name)
    ours, theirs = Paragraph(text, style), ReportlabParagraph(text, style)
    assert ours.text == theirs.text
    assert _frags(ours) == _frags(theirs)


@pytest.mark.parametrize("text", [text for text in TEXTS if "<" in text or "&" in text])
def test_marked_up_texts_take_the_shortcut(text: str) -> None:
    assert _markup_frags(text, make_styles().cell) is not None


def test_text_is_cleaned_as_reportlab_cleans_it() -> None:
    from reportlab.platypus.paragraph import cleanBlockQuotedText as reportlab_clean

    from c102desk.report.fast_paths.paragraphs import cleanBlockQuotedText

    samples = ["plain", "  leading and trailing  ", "two  spaces\tand a tab", "line\nbreaks\r\n\nhere ",
               "83,33\u202f% exigé", "a\u00a0b  c", "\u2003em space\u3000ideographic", "", "   ", "\n\n",
               "x\x1cy\x1fz\x85w", "mixed\u00a0no-break\u202fnarrow  and\nnew line"]
    for text in samples:
        assert cleanBlockQuotedText(text) == reportlab_clean(text), repr(text)
