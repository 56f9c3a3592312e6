"""Signed reports validate with pyHanko's own validator and with poppler's pdfsig; tampering is caught."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from c102desk.cli import main
from c102desk.signing.identity import Identity
from tests.report.fixtures import EXAMPLES, SIGNER_NAME, example_path


def signer_pem(identity: Identity, folder: Path) -> Path:
    from cryptography.hazmat.primitives.serialization import Encoding

    pem = folder / "signer.pem"
    pem.write_bytes(identity.certificate.public_bytes(Encoding.PEM))
    return pem


@pytest.mark.parametrize("example", EXAMPLES)
def test_signed_report_validates_with_pyhanko_itself(signed_report: Callable[[str, str], Path],
                                                     identity: Identity, tmp_path: Path, example: str) -> None:
    root = load_cert_from_pemder(str(signer_pem(identity, tmp_path)))  # type: ignore[no-untyped-call]
    with signed_report(example, "en").open("rb") as handle:
        signatures = PdfFileReader(handle).embedded_signatures
        assert len(signatures) == 1
        status = validate_pdf_signature(signatures[0], ValidationContext(trust_roots=[root], allow_fetching=False))
    assert status.bottom_line
    assert status.intact and status.valid and status.trusted
    assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE
    assert status.signing_cert.subject.native["common_name"] == SIGNER_NAME


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_pdfsig_finds_a_valid_pades_signature_over_the_whole_document(
        signed_report: Callable[[str, str], Path]) -> None:
    out = subprocess.run(["pdfsig", str(signed_report("northland-all-parts", "en"))], capture_output=True,
                         text=True, check=False).stdout
    assert "Signature is Valid" in out
    assert "Total document signed" in out
    assert "ETSI.CAdES.detached" in out
    assert SIGNER_NAME in out


def test_verify_prints_signer_time_fingerprint_and_verdict(signed_report: Callable[[str, str], Path],
                                                           identity: Identity,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(signed_report("midland-three-parts", "en"))]) == 0
    out = capsys.readouterr().out
    assert SIGNER_NAME in out
    assert identity.fingerprint in out
    assert "signing time" in out
    assert "VALID and INTACT" in out


def test_the_fingerprint_is_printed_in_the_report(signed_report: Callable[[str, str], Path],
                                                  identity: Identity) -> None:
    from tests.report.test_report_content import normalised, pdf_text

    assert identity.fingerprint in normalised(pdf_text(signed_report("midland-three-parts", "en")))


def test_one_flipped_byte_inside_the_signed_range_is_caught(signed_report: Callable[[str, str], Path],
                                                           tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(signed_report("southland-blocked", "en").read_bytes())
    start = data.index(b"stream", len(data) // 4) + 40  # inside a page content stream, far from the signature
    data[start] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    assert main(["verify", str(altered)]) == 1
    assert "ALTERED" in capsys.readouterr().out


def test_an_incremental_update_that_changes_the_content_is_reported_altered(
        signed_report: Callable[[str, str], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    signed = signed_report("midland-three-parts", "en").read_bytes()
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    overlay = generic.StreamObject(stream_data=b"q 1 0 0 rg 50 400 300 80 re f Q")
    writer.add_stream_to_page(0, writer.add_object(overlay))  # type: ignore[no-untyped-call]
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    altered = tmp_path / "updated.pdf"
    altered.write_bytes(out.getvalue())
    assert main(["verify", str(altered)]) == 1
    text = capsys.readouterr().out
    assert "the document was changed after this signature" in text


def test_verify_refuses_what_is_not_a_signed_report(tmp_path: Path, signed_report: Callable[[str, str], Path],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    unsigned = tmp_path / "unsigned.pdf"
    assert main(["report", str(example_path("midland-three-parts")), "--out", str(unsigned)]) == 0
    assert main(["verify", str(unsigned)]) == 2
    assert "no signature" in capsys.readouterr().err
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello", encoding="utf-8")
    assert main(["verify", str(text_file)]) == 2
    assert "not a PDF" in capsys.readouterr().err


def test_a_wrong_passphrase_writes_no_file(identity: Identity, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    status = main(["report", str(example_path("northland-all-parts")), "--out", str(out_dir / "r.pdf"),
                   "--sign", str(identity.path), "--passphrase-file", str(wrong)])
    assert status == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []
