"""The cross-country picture: Parts by status across countries (each country once, with its latest intact
report), a country's revisions over time, and the PDF summary that draws them."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from c102desk.inbox import picture
from c102desk.inbox.scan import scan
from c102desk.inbox.summary_pdf import render_summary
from tests.inbox.fixtures import Received


def part_statuses(example: str) -> dict[str, str]:
    from c102desk.assessment import read_assessment
    from c102desk.engine import evaluate
    from c102desk.resources import resource_path

    assessment = read_assessment(resource_path("examples", f"{example}.c102.json"))
    return {p: r.status.value for p, r in evaluate(assessment.answers, assessment.questionnaire).parts.items()}


def test_parts_by_status_counts_each_countrys_latest_intact_report(received_folder: Received) -> None:
    entries = list(scan(received_folder.folder))
    latest = picture.latest_by_country(entries)
    assert sorted(e.name for e in latest) == ["chile-2026.pdf", "senegal-2026.pdf", "viet-nam.pdf"]
    counts = picture.parts_by_status(entries)
    assert counts.countries == 3
    assert all(counts.total(part) == 3 for part in counts.counts)
    # The engine's own verdicts on the examples behind Senegal's second revision, Chile and Viet Nam.
    expected: dict[str, Counter[str]] = {}
    for example in ("northland-all-parts", "southland-blocked", "midland-three-parts"):
        for part, status in part_statuses(example).items():
            expected.setdefault(part, Counter())[status] += 1
    for part, statuses in expected.items():
        assert {s: n for s, n in counts.counts[part].items() if n} == dict(statuses), part


def test_a_countrys_revisions_oldest_first(received_folder: Received) -> None:
    entries = list(scan(received_folder.folder))
    keys = {name: key for key, name, _ in picture.countries(entries)}
    assert set(keys) == {"Chile", "Sénégal", "Viet Nam"}  # the name as the latest report writes it
    assert keys["Sénégal"] == "SN"
    revisions = picture.revisions_of(entries, "SN")
    assert [(r.source, r.revision) for r in revisions] == [("senegal-2025.pdf", 1), ("senegal-2026.pdf", 2)]
    assert revisions[0].parts["III"] == "not_compliant" and revisions[1].parts["III"] == "compliant"
    assert revisions[1].ratification == "possible" and len(revisions[1].acceptable) == 9


def test_altered_and_unsigned_reports_are_not_counted(received_folder: Received) -> None:
    entries = [e for e in scan(received_folder.folder) if e.name in ("chile-2026-altered.pdf",
                                                                   "northland-draft.pdf")]
    assert picture.parts_by_status(entries).countries == 0
    assert picture.countries(entries) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_summary_pdf_lists_the_reports_and_draws_the_chart(received_folder: Received, tmp_path: Path,
                                                               lang: str) -> None:
    entries = list(scan(received_folder.folder))
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(render_summary(entries, lang, folder="received"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    words = {"en": ("Reports received", "The Parts across countries", "Revisions over time", "altered"),
             "fr": ("Rapports reçus", "Les Parties d'un pays à l'autre", "Les révisions au fil du temps", "modifié"),
             "es": ("Informes recibidos", "Las Partes de un país a otro", "Las revisiones a lo largo del tiempo",
                    "alterado")}[lang]
    for word in words:
        assert word in text, word
    for country in ("Chile", "Sénégal", "Viet Nam"):
        assert country in text
    assert "notes.txt" in text
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")
def test_the_chart_is_drawn_in_the_statuses_colours(received_folder: Received, tmp_path: Path) -> None:
    from PIL import Image

    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(render_summary(list(scan(received_folder.folder)), "en"))
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "page")], check=True)
    colours: set[object] = set()
    for page in sorted(tmp_path.glob("page-*.png")):
        found = Image.open(page).convert("RGB").getcolors(maxcolors=1 << 24) or []
        colours |= {colour for _count, colour in found}
    # the bars: compliant (green) and not compliant (red), as the report draws met and not met
    assert (0x3A, 0x8D, 0x47) in colours and (0xC0, 0x39, 0x2B) in colours
