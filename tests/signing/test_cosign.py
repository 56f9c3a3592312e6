"""The tripartite co-signature: the author certifies the report allowing further signatures, the employers' and
the workers' representatives each add theirs with ``c102desk cosign``, and ``verify`` lists every signer — and
says so when something but signatures was changed after one. pyHanko's own validator, pdfsig and qpdf agree."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter

from c102desk.cli import main
from c102desk.report.signatures import COSIGN_BOXES
from c102desk.report.verification import verify_report
from c102desk.signing.identity import Identity
from c102desk.signing.sign import pyhanko_signer
from c102desk.signing.verify import Changes
from tests.report.fixtures import SIGNER_NAME, example_path
from tests.signing import forge
from tests.signing.independent import needs_pdfsig, needs_qpdf, pdfsig, pyhanko_verdicts, qpdf_check

EMPLOYERS, WORKERS = "Représentant des employeurs", "Workers' representative"


@pytest.fixture(scope="module")
def signers_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cosigners")
    (folder / "pass.txt").write_text("forge passphrase\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def employer(signers_folder: Path) -> Identity:
    return forge.make_identity(signers_folder, "Kofi Mensah")


@pytest.fixture(scope="module")
def worker(signers_folder: Path) -> Identity:
    return forge.make_identity(signers_folder, "María José Núñez")


def cosign(source: Path, identity: Identity, role: str, out: Path, folder: Path) -> int:
    return main(["cosign", str(source), "--sign", str(identity.path), "--passphrase-file",
                 str(folder / "pass.txt"), "--role", role, "--out", str(out)])


@pytest.fixture(scope="module")
def three(signed_report: Callable[[str, str], Path], employer: Identity, worker: Identity, signers_folder: Path,
          tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The report after the employers' co-signature, and after the workers' too."""
    folder = tmp_path_factory.mktemp("three")
    two, three = folder / "two.pdf", folder / "three.pdf"
    assert cosign(signed_report("midland-three-parts", "fr"), employer, EMPLOYERS, two, signers_folder) == 0
    assert cosign(two, worker, WORKERS, three, signers_folder) == 0
    return two, three


def test_the_author_certifies_allowing_signatures_and_leaves_two_visible_fields(
        signed_report: Callable[[str, str], Path]) -> None:
    with signed_report("midland-three-parts", "fr").open("rb") as handle:
        reader = PdfFileReader(handle)
        [author] = reader.embedded_signatures
        assert author.docmdp_level is MDPPerm.FILL_FORMS  # not NO_CHANGES: the others may sign after
        empty = list(fields.enumerate_sig_fields(reader, filled_status=False))
        boxes = [tuple(float(v) for v in field.get_object()["/Rect"]) for _name, _value, field in empty]
    assert len(empty) == 2
    assert boxes == [tuple(float(round(v)) for v in box) for box in COSIGN_BOXES]


def test_a_three_signature_report_verifies_with_every_signer_and_role(
        three: tuple[Path, Path], identity: Identity, employer: Identity, worker: Identity,
        capsys: pytest.CaptureFixture[str]) -> None:
    _two, report = three
    assert main(["verify", str(report)]) == 0
    out = capsys.readouterr().out
    assert "signatures: 3" in out
    assert "signature 1 of 3 (certifies the report): VALID" in out
    assert "signature 2 of 3: VALID" in out and "signature 3 of 3: VALID" in out
    for name in (SIGNER_NAME, "Kofi Mensah", "María José Núñez"):
        assert f"signer: {name}" in out
    for role in ("Chargée de mission", EMPLOYERS, WORKERS):
        assert f"role (as stated by the signer): {role}" in out
    for person in (identity, employer, worker):
        assert f"certificate SHA-256 fingerprint: {person.fingerprint}" in out
    assert out.count("signing time (as stated by the signer's computer): 20") == 3
    assert "changed after it: only signatures 2, 3 were added" in out
    assert "changed after it: only signature 3 was added" in out
    assert "verdict: VALID and INTACT" in out
    checks = verify_report(report).signatures
    assert [c.changes_after for c in checks] == [Changes.SIGNATURES, Changes.SIGNATURES, Changes.NONE]


def test_pyhanko_itself_validates_all_three_signatures(three: tuple[Path, Path]) -> None:
    verdicts = pyhanko_verdicts(three[1])
    assert [v.signer for v in verdicts] == [SIGNER_NAME, "Kofi Mensah", "María José Núñez"]
    assert all(v.bottom_line and v.intact and v.valid and v.docmdp_ok for v in verdicts)
    assert [v.modification_level for v in verdicts] == ["FORM_FILLING", "FORM_FILLING", "NONE"]


@needs_pdfsig
@needs_qpdf
def test_pdfsig_and_qpdf_read_the_three_signatures(three: tuple[Path, Path]) -> None:
    found = pdfsig(three[1])
    assert [s.signer for s in found] == [SIGNER_NAME, "Kofi Mensah", "María José Núñez"]
    assert [s.field for s in pdfsig(three[1], empty=True)] == ["C102Signature", "C102CoSignature1",
                                                               "C102CoSignature2"]  # none left empty
    assert [s.validation for s in found] == ["Signature is Valid."] * 3
    assert [s.total_document for s in found] == [False, False, True]
    code, text = qpdf_check(three[1])
    assert code == 0, text


def test_an_edit_after_the_second_signature_is_reported_as_such(
        three: tuple[Path, Path], worker: Identity, signers_folder: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    two, _three = three
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(forge.overlay_page(two.read_bytes()))

    assert main(["verify", str(edited)]) == 1
    out = capsys.readouterr().out
    assert out.count("changed after it: other things than signatures — the document was altered") == 2
    assert "signature 1 of 2 (certifies the report): NOT VALID" in out and "signature 2 of 2: NOT VALID" in out
    assert [v.bottom_line for v in pyhanko_verdicts(edited)] == [False, False]

    # c102desk refuses to co-sign it; a signature added by another tool does not make it whole again
    refused = tmp_path / "refused.pdf"
    assert cosign(edited, worker, WORKERS, refused, signers_folder) == 2
    assert "not signed, because this report is not intact" in capsys.readouterr().err
    assert not refused.exists()
    signed_after = tmp_path / "signed-after-the-edit.pdf"
    signed_after.write_bytes(forge.add_signature(edited.read_bytes(), worker))
    assert main(["verify", str(signed_after)]) == 1
    out = capsys.readouterr().out
    assert out.count("changed after it: other things than signatures") == 2
    assert "signature 3 of 3: VALID" in out  # the last one, made after the edit, covers what it saw
    checks = verify_report(signed_after).signatures
    assert [c.changes_after for c in checks] == [Changes.OTHER, Changes.OTHER, Changes.NONE]


def test_a_fourth_signature_is_invisible_but_listed(three: tuple[Path, Path], employer: Identity,
                                                    signers_folder: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    four = tmp_path / "four.pdf"
    assert cosign(three[1], employer, "Observer", four, signers_folder) == 0
    assert "signature 4 of 4 added: Kofi Mensah, as Observer" in capsys.readouterr().out
    result = verify_report(four)
    assert result.ok
    assert [s.role for s in result.signatures][-1] == "Observer"
    assert all(v.bottom_line for v in pyhanko_verdicts(four))


def test_cosign_may_write_over_the_report_itself(signed_report: Callable[[str, str], Path], employer: Identity,
                                                 signers_folder: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(signed_report("southland-blocked", "en").read_bytes())
    assert cosign(report, employer, EMPLOYERS, report, signers_folder) == 0
    assert len(verify_report(report).signatures) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_cosign_refuses_what_cannot_be_co_signed(signed_report: Callable[[str, str], Path], employer: Identity,
                                                 signers_folder: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    unsigned = tmp_path / "unsigned.pdf"
    assert main(["report", str(example_path("southland-blocked")), "--out", str(unsigned)]) == 0
    assert cosign(unsigned, employer, EMPLOYERS, out, signers_folder) == 2
    assert "its author signs it first" in capsys.readouterr().err

    assert cosign(signed_report("southland-blocked", "en"), employer, "  ", out, signers_folder) == 2
    assert "give the role you sign in" in capsys.readouterr().err

    locked = tmp_path / "locked.pdf"  # certified by another tool with no change allowed at all
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned.read_bytes()))
    meta = signers.PdfSignatureMetadata(field_name="Author", subfilter=SigSeedSubFilter.PADES, certify=True,
                                        docmdp_permissions=MDPPerm.NO_CHANGES)
    signers.PdfSigner(meta, signer=pyhanko_signer(employer)).sign_pdf(writer, output=(buffer := io.BytesIO()))
    locked.write_bytes(buffer.getvalue())
    assert cosign(locked, employer, EMPLOYERS, out, signers_folder) == 2
    assert "no change allowed after it" in capsys.readouterr().err

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    assert main(["cosign", str(signed_report("southland-blocked", "en")), "--sign", str(employer.path),
                 "--passphrase-file", str(wrong), "--role", EMPLOYERS, "--out", str(out)]) == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    assert not out.exists()
