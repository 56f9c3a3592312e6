# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""The report's content: text extraction finds the country, every Part heading and the signer, in en/fr/es;
the attachments bring back the assessment and its evaluation; the fonts cover French and Spanish."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from c102desk.assessment import read_assessment
from c102desk.engine import evaluate
from c102desk.report import attachments
from c102desk.report.text import part_heading, t
from c102desk.resources import resource_path
from tests.report.fixtures import EXAMPLES, SIGNER_NAME, example_path

PARTS = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def normalised(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_text_has_country_every_part_heading_and_signer(signed_report: Callable[[str, str], Path],
                                                        lang: str) -> None:
    path = signed_report("midland-three-parts", lang)
    text = normalised(pdf_text(path))
    assert "Midland (fictional)" in text
    for part in PARTS:
        assert normalised(part_heading(part, lang)) in text, part_heading(part, lang)
    assert SIGNER_NAME in text
    assert normalised(t("summary.title", lang)) in text
    assert normalised(t("toc.title", lang)) in text


def test_french_and_spanish_headings_use_the_conventions_terms(signed_report: Callable[[str, str], Path]) -> None:
    fr = normalised(pdf_text(signed_report("midland-three-parts", "fr")))
    es = normalised(pdf_text(signed_report("midland-three-parts", "es")))
    assert "Partie VII — Prestations aux familles" in fr
    assert "Partie III — Indemnités de maladie" in fr
    assert "Parte III — Prestaciones monetarias de enfermedad" in es
    assert "Parte X — Prestaciones de sobrevivientes" in es


@pytest.mark.parametrize("example", EXAMPLES)
def test_attachments_hold_the_assessment_and_its_evaluation(signed_report: Callable[[str, str], Path],
                                                           example: str) -> None:
    pdf = signed_report(example, "en").read_bytes()
    files = attachments.read_attachments(pdf)
    assert files[attachments.ASSESSMENT_NAME] == example_path(example).read_bytes()
    assessment = read_assessment(example_path(example))
    expected = evaluate(assessment.answers, assessment.questionnaire).to_json()
    attached = json.loads(files[attachments.EVALUATION_NAME])
    assert {p: v["status"] for p, v in attached["parts"].items()} == \
        {p: v["status"] for p, v in expected["parts"].items()}
    assert attached["ratification"]["possible"] == expected["ratification"]["possible"]
    meta = json.loads(files[attachments.REPORT_META_NAME])
    assert meta["format"] == "c102-report"
    assert meta["signer_fingerprint_sha256"]


def test_every_font_is_embedded(signed_report: Callable[[str, str], Path]) -> None:
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts not installed")
    out = subprocess.run(["pdffonts", str(signed_report("southland-blocked", "fr"))], capture_output=True,
                         text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    used = [r for r in rows if r[0] != "Helvetica"]  # reportlab declares Helvetica but draws no text with it
    assert used and all("yes" in r[-5:-3] for r in used), out


@pytest.mark.parametrize("font", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansCondensed.ttf",
                                  "DejaVuSansCondensed-Bold.ttf", "DejaVuSansMono.ttf", "C102StampSans.ttf"])
def test_fonts_cover_french_and_spanish(font: str) -> None:
    cmap = TTFont(str(resource_path("fonts", font))).getBestCmap()
    assert all(ord(c) in cmap for c in "éèêàçœÉÇñÑáíóúü€≥≤«»—’")
    assert resource_path("fonts", "LICENSE-DejaVu.txt").is_file()


def test_stamp_font_has_1000_units_per_em() -> None:
    assert TTFont(str(resource_path("fonts", "C102StampSans.ttf")))["head"].unitsPerEm == 1000


def test_stamp_font_kerns_through_the_legacy_table() -> None:
    # With a GPOS table, fontTools' subsetter decompiles it at every signature (~20 ms) even to drop it.
    font = TTFont(str(resource_path("fonts", "C102StampSans.ttf")))
    assert "GPOS" not in font
    assert "kern" in font


def test_report_texts_come_from_the_catalogue() -> None:
    assert t("summary.title", "es") == "Resumen ejecutivo"
