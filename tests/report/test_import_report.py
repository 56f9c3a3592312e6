# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""``c102desk import report.pdf`` brings the assessment attached to a report back into the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from c102desk.assessment import read_assessment
from c102desk.cli import main
from c102desk.store import Store
from tests.report.fixtures import example_path


def test_import_of_a_signed_report_brings_the_assessment_back(signed_report: Callable[[str, str], Path],
                                                             tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["import", str(signed_report("southland-blocked", "en")), "--data-dir", str(data)]) == 0
    new_id = capsys.readouterr().out.strip()
    original = read_assessment(example_path("southland-blocked"))
    with Store.open(data) as store:
        info = store.assessment(new_id)
        assert info.country == original.country
        assert store.answers(new_id) == original.answers


def test_a_pdf_without_an_assessment_is_refused_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reportlab.pdfgen import canvas

    plain = tmp_path / "plain.pdf"
    drawing = canvas.Canvas(str(plain))
    drawing.drawString(100, 700, "A letter")
    drawing.save()
    data = tmp_path / "data"
    assert main(["import", str(plain), "--data-dir", str(data)]) == 2
    assert "not a c102desk report" in capsys.readouterr().err
    with Store.open(data) as store:
        assert store.list_assessments() == []


def test_a_report_from_the_store_shows_notes_citations_and_evidence_hashes(tmp_path: Path) -> None:
    import hashlib
    import json

    from c102desk.assessment.file_format import parse_assessment
    from c102desk.report.attachments import ASSESSMENT_NAME, read_attachments
    from c102desk.report.builder import build_report
    from c102desk.store.values import dump_json
    from tests.report.test_report_content import normalised

    evidence = tmp_path / "Código de Seguridad Social.pdf"
    evidence.write_bytes(b"the law, as published")
    with Store.open(tmp_path / "data") as store:
        new_id = store.create_assessment(country="Costa Añil", title="Évaluation 2026")
        store.set_answer(new_id, "I.stats.employees", 1000, note="Encuesta de hogares, cuadro 4",
                         legal_citation="Ley 12 de 2020, art. 3")
        ref = store.add_evidence(new_id, evidence)
        store.set_answer(new_id, "II.scheme.legal_basis", "Ley de Salud, arts. 1–9", evidence_ids=[ref])
        document = store.export_document(new_id)
    assessment = parse_assessment(dump_json(document), "store")
    pdf = build_report(assessment, lang="es")
    out = tmp_path / "r.pdf"
    out.write_bytes(pdf)
    from tests.report.test_report_content import pdf_text

    text = normalised(pdf_text(out))
    assert "Costa Añil" in text
    assert "Encuesta de hogares, cuadro 4" in text
    assert "Ley 12 de 2020, art. 3" in text
    assert "Código de Seguridad Social.pdf" in text
    assert hashlib.sha256(b"the law, as published").hexdigest() in text.replace(" ", "")
    attached = json.loads(read_attachments(pdf)[ASSESSMENT_NAME])
    assert attached["answer_details"]["I.stats.employees"]["note"] == "Encuesta de hogares, cuadro 4"
