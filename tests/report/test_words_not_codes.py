# mypy: disable-error-code="import-untyped"
"""The report speaks in words: no rule code and no question id in any sentence a reader sees.

Codes stand only in the reference column of the comparison tables and in the annexes, and the report sets them
— and nothing else — in the mono face (c102desk/report/fonts.py). So the test reads every piece of text drawn in
the PDF with the font it is drawn in (pypdf), and looks for codes in all that is not in the mono face. It also
checks that the reference column is there (the codes did not simply vanish), and that the evaluation attached
to the PDF explains in words too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from c102desk.report import fonts
from c102desk.report.attachments import EVALUATION_NAME, read_attachments
from tests.report.fixtures import EXAMPLES
from tests.words import RULE_ID, codes_in

MONO = "DejaVuSansMono"  # the face of fonts.REFERENCE, as the PDF names it


def text_by_face(pdf: Path) -> tuple[str, str]:
    """(what is drawn in any other face, what is drawn in the mono face), page by page."""
    words: list[str] = []
    references: list[str] = []

    def visit(text: str, _cm: object, _tm: object, font: dict[str, object] | None, _size: float) -> None:
        face = str(font.get("/BaseFont", "")) if font else ""
        (references if face.endswith(MONO) else words).append(text)

    for page in PdfReader(str(pdf)).pages:
        page.extract_text(visitor_text=visit)
        words.append("\n")
    return "".join(words), "\n".join(references)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("example", EXAMPLES)
def test_no_code_outside_the_reference_column_and_the_annexes(signed_report: Callable[[str, str], Path],
                                                               example: str, lang: str) -> None:
    assert fonts.REFERENCE  # the face the report keeps for codes
    words, references = text_by_face(signed_report(example, lang))
    assert codes_in(words) == []
    assert RULE_ID.search(references), "the reference column is missing"


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("example", EXAMPLES)
def test_the_attached_evaluation_explains_in_words(signed_report: Callable[[str, str], Path], example: str,
                                                   lang: str) -> None:
    evaluation = json.loads(read_attachments(signed_report(example, lang).read_bytes())[EVALUATION_NAME])
    requirements = [r for part in evaluation["parts"].values() for r in part["requirements"]]
    requirements += evaluation["ratification"]["requirements"]
    assert requirements
    assert {r["id"]: codes_in(r["explanation"]) for r in requirements if codes_in(r["explanation"])} == {}
