# mypy: disable-error-code="import-untyped"
# (reportlab ships no type information)
"""The table of contents in one pass: the report built in a single drawn pass, its contents' page numbers
drawn last, is the PDF that reportlab's own passes make; the numbers, the contents' links and the outline all
lead to the pages of the headings."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from c102desk.assessment import read_assessment
from c102desk.engine import evaluate
from c102desk.report.builder import render_pdf
from c102desk.report.layout import ReportDocTemplate
from c102desk.report.model import ReportInput
from tests.report.fixtures import example_path


def _render(monkeypatch: pytest.MonkeyPatch, lang: str) -> tuple[bytes, list[int]]:
    """The report's PDF and the number of passes its build took."""
    assessment = read_assessment(example_path("northland-all-parts"))
    data = ReportInput(assessment=assessment, evaluation=evaluate(assessment.answers, assessment.questionnaire),
                       lang=lang, generated=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    passes: list[int] = []
    multi_build = ReportDocTemplate.multiBuild

    def counting(self: ReportDocTemplate, *args: Any, **kwargs: Any) -> int:
        passes.append(multi_build(self, *args, **kwargs))
        return passes[-1]

    with monkeypatch.context() as patch:
        patch.setattr(ReportDocTemplate, "multiBuild", counting)
        return render_pdf(data), passes


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_pass_gives_the_pdf_of_reportlabs_passes(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no creation date or random document id
    one_pass, passes = _render(monkeypatch, lang)
    assert passes == [1]
    # Announcing no heading makes the single pass meet unexpected ones, so reportlab's passes follow.
    monkeypatch.setattr(ReportDocTemplate, "_headings", staticmethod(lambda story: []))
    reportlab_passes, passes = _render(monkeypatch, lang)
    assert passes[0] > 1
    assert one_pass == reportlab_passes


def test_contents_numbers_links_and_outline_lead_to_the_headings_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf, _ = _render(monkeypatch, "en")
    reader = PdfReader(io.BytesIO(pdf))
    page_of = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages, start=1)
               if page.indirect_reference is not None}

    def flat(outline: list[Any]) -> list[Any]:
        return [leaf for item in outline for leaf in (flat(item) if isinstance(item, list) else [item])]

    outline_pages = [page_of[item.page.idnum] for item in flat(reader.outline)]
    contents = reader.pages[1]
    printed = [int(n) for n in re.findall(r"(?:\.\s+)+(\d+)\s*$", contents.extract_text(), re.MULTILINE)]
    links: Any = contents["/Annots"]
    linked = [page_of[link.get_object()["/Dest"][0].idnum] for link in links]
    assert len(outline_pages) > 20
    assert printed == outline_pages
    assert linked == [page for page in outline_pages for _ in (1, 2)]  # the number's link, then the title's
    text = reader.pages[outline_pages[-1] - 1].extract_text()
    assert flat(reader.outline)[-1].title in text
    assert len(set(outline_pages)) > 10  # not every heading on one page
