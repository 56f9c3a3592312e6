# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""``c102desk import report.pdf`` brings the assessment attached to a report back into the store — only when every
signature in it holds: an altered, re-signed, byte-flipped, attachment-swapped or unsigned report is refused
with a reason and exit status 2, and the store is left as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from c102desk.assessment import read_assessment
from c102desk.cli import main
from c102desk.report.attachments import ASSESSMENT_NAME
from c102desk.signing.identity import Identity
from c102desk.store import Store
from tests.report.fixtures import example_path
from tests.signing import forge


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return forge.make_identity(tmp_path_factory.mktemp("other"), "Mallory Other")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A store that already holds one assessment, to see that a refused import leaves it as it was."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.import_file(example_path("northland-all-parts"))
    return folder


def _library(data: Path) -> list[tuple[str, str, str]]:
    with Store.open(data) as store:
        return [(i.id, i.title, i.changed) for i in store.list_assessments()]


def _refused(path: Path, data: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    before = _library(data)
    assert main(["import", str(path), "--data-dir", str(data), *extra]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    assert _library(data) == before
    return captured.err


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


def test_a_report_from_the_store_shows_notes_citations_and_evidence_captions_and_hashes(tmp_path: Path) -> None:
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
        store.set_evidence_caption(new_id, ref, "Gaceta Oficial 2020")
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
    assert text.count("Gaceta Oficial 2020") == 2  # what the file is, beside the answer and in the annex's list
    assert hashlib.sha256(b"the law, as published").hexdigest() in text.replace(" ", "")
    attached = json.loads(read_attachments(pdf)[ASSESSMENT_NAME])
    assert attached["answer_details"]["I.stats.employees"]["note"] == "Encuesta de hogares, cuadro 4"


def _signed(signed_report: Callable[[str, str], Path]) -> bytes:
    return signed_report("southland-blocked", "en").read_bytes()


def test_a_report_altered_and_re_signed_by_another_key_is_refused(
        signed_report: Callable[[str, str], Path], other: Identity, tmp_path: Path, data: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forge.add_signature(forge.overlay_page(_signed(signed_report)), other))
    err = _refused(forged, data, capsys)
    assert "not imported, because this report is not intact" in err
    assert "signature 1: the document was changed after this signature, and not only by adding signatures" in err
    assert "Ask the sender for the original signed file" in err


def test_an_attached_assessment_swapped_after_signing_is_refused(
        signed_report: Callable[[str, str], Path], other: Identity, tmp_path: Path, data: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    forged_assessment = example_path("northland-all-parts").read_bytes()
    swapped = tmp_path / "swapped.pdf"
    swapped.write_bytes(forge.swap_attachment(_signed(signed_report), ASSESSMENT_NAME, forged_assessment))
    assert "not intact" in _refused(swapped, data, capsys)
    resigned = tmp_path / "swapped-and-re-signed.pdf"
    resigned.write_bytes(forge.add_signature(swapped.read_bytes(), other))
    assert "not intact" in _refused(resigned, data, capsys)


def test_a_flipped_byte_inside_the_signed_range_is_refused(
        signed_report: Callable[[str, str], Path], tmp_path: Path, data: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(forge.flip_byte_in_signed_range(_signed(signed_report)))
    assert "the signed content was altered" in _refused(flipped, data, capsys)


def test_an_unsigned_forgery_is_refused_unless_forced_with_a_warning(
        tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unsigned = tmp_path / "unsigned.pdf"
    assert main(["report", str(example_path("southland-blocked")), "--out", str(unsigned)]) == 0
    err = _refused(unsigned, data, capsys)
    assert "carries no signature" in err
    assert "--force-unsigned" in err

    before = _library(data)
    assert main(["import", str(unsigned), "--data-dir", str(data), "--force-unsigned"]) == 0
    captured = capsys.readouterr()
    assert "warning" in captured.err and "carries no signature" in captured.err
    new_id = captured.out.strip()
    assert len(_library(data)) == len(before) + 1
    with Store.open(data) as store:
        assert store.answers(new_id) == read_assessment(example_path("southland-blocked")).answers


def test_force_unsigned_does_not_let_an_altered_report_in(
        signed_report: Callable[[str, str], Path], tmp_path: Path, data: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(forge.overlay_page(_signed(signed_report)))
    assert "not intact" in _refused(altered, data, capsys, "--force-unsigned")


def test_a_genuine_countersigned_report_is_imported(
        signed_report: Callable[[str, str], Path], other: Identity, tmp_path: Path, data: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    countersigned = tmp_path / "countersigned.pdf"
    countersigned.write_bytes(forge.add_signature(_signed(signed_report), other, "Countersignature"))
    assert main(["import", str(countersigned), "--data-dir", str(data)]) == 0
    new_id = capsys.readouterr().out.strip()
    with Store.open(data) as store:
        assert store.answers(new_id) == read_assessment(example_path("southland-blocked")).answers
