"""``c102desk verify`` checks every signature of a report: an altered and re-signed report is refused, a genuine
countersignature verifies, a signature removed in a later revision is noticed, and the certificate is judged at
the signing time it states. pyHanko's own validator, pdfsig and qpdf are asked too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.report.attachments import ASSESSMENT_NAME
from c102desk.report.verification import verify_report
from c102desk.signing.identity import Identity
from c102desk.signing.verify import Changes
from tests.report.fixtures import SIGNER_NAME
from tests.signing import forge
from tests.signing.independent import needs_pdfsig, needs_qpdf, pdfsig, pyhanko_verdicts, qpdf_check


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return forge.make_identity(tmp_path_factory.mktemp("other"), "Mallory Other")


@pytest.fixture
def report(signed_report: Callable[[str, str], Path]) -> bytes:
    return signed_report("midland-three-parts", "en").read_bytes()


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _verify(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["verify", str(path)])
    return status, capsys.readouterr().out


def test_a_report_altered_and_re_signed_by_another_key_is_refused(
        report: bytes, other: Identity, identity: Identity, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    forged = _write(tmp_path, "forged.pdf", forge.add_signature(forge.overlay_page(report), other))

    status, out = _verify(forged, capsys)

    assert status == 1
    assert "signature 1 of 2 (certifies the report): NOT VALID" in out
    assert "signature 2 of 2: VALID" in out  # the forger's own signature is fine: the report is not
    assert "changed after it: other things than signatures" in out
    assert "NOT VALID or ALTERED" in out
    assert identity.fingerprint in out and other.fingerprint in out
    # pyHanko's own validator agrees: the author's signature does not hold, the forger's does
    first, second = pyhanko_verdicts(forged)
    assert not first.bottom_line and first.modification_level == "OTHER"
    assert second.bottom_line and second.signer == "Mallory Other"


def test_a_genuine_countersignature_verifies_with_both_signers_listed(
        report: bytes, other: Identity, identity: Identity, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    countersigned = _write(tmp_path, "countersigned.pdf", forge.add_signature(report, other, "Countersignature"))

    status, out = _verify(countersigned, capsys)

    assert status == 0, out
    assert "signatures: 2" in out
    assert "signature 1 of 2 (certifies the report): VALID" in out and "signature 2 of 2: VALID" in out
    assert SIGNER_NAME in out and "Mallory Other" in out
    assert identity.fingerprint in out and other.fingerprint in out
    assert "changed after it: only signature 2 was added" in out
    assert "changed after it: nothing" in out
    assert out.count("signing time (as stated by the signer's computer): 20") == 2
    assert "verdict: VALID and INTACT" in out
    result = verify_report(countersigned)
    assert [s.changes_after for s in result.signatures] == [Changes.SIGNATURES, Changes.NONE]
    assert [s.later_signatures for s in result.signatures] == [(2,), ()]
    assert [v.bottom_line for v in pyhanko_verdicts(countersigned)] == [True, True]


@needs_pdfsig
@needs_qpdf
def test_pdfsig_and_qpdf_read_the_countersigned_and_the_forged_report(
        report: bytes, other: Identity, tmp_path: Path) -> None:
    countersigned = _write(tmp_path, "countersigned.pdf", forge.add_signature(report, other, "Countersignature"))
    forged = _write(tmp_path, "forged.pdf", forge.add_signature(forge.overlay_page(report), other))
    for path in (countersigned, forged):
        found = pdfsig(path)
        assert [s.signer for s in found] == [SIGNER_NAME, "Mallory Other"]
        # pdfsig checks each signature's bytes, not what was changed between them: both look valid to it
        assert [s.validation for s in found] == ["Signature is Valid."] * 2
        assert [s.total_document for s in found] == [False, True]
        code, text = qpdf_check(path)
        assert code == 0, text


def test_a_signature_removed_in_a_later_revision_is_noticed(
        report: bytes, other: Identity, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replaced = _write(tmp_path, "replaced.pdf",
                      forge.add_signature(forge.overlay_page(forge.drop_signature_fields(report)), other))

    status, out = _verify(replaced, capsys)

    assert status == 1
    assert "signatures: 1" in out  # only the forger's signature is left in the form
    assert "no longer in it: it was removed or replaced" in out
    assert [v.bottom_line for v in pyhanko_verdicts(replaced)] == [True]  # alone, the forger's looks fine


def test_a_flipped_byte_and_a_swapped_attachment_are_each_caught(
        report: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    flipped = _write(tmp_path, "flipped.pdf", forge.flip_byte_in_signed_range(report))
    status, out = _verify(flipped, capsys)
    assert status == 1
    assert "the signed content was altered" in out
    assert not pyhanko_verdicts(flipped)[0].intact

    swapped = _write(tmp_path, "swapped.pdf", forge.swap_attachment(report, ASSESSMENT_NAME, b"{}"))
    status, out = _verify(swapped, capsys)
    assert status == 1
    assert "the document was changed after this signature" in out
    assert not pyhanko_verdicts(swapped)[0].bottom_line


@pytest.mark.parametrize(("kind", "wording"), [
    ("expired", "the certificate expired on"),
    ("not_yet_valid", "the certificate is valid only from"),
    ("no_digital_signature", "not meant for digital signatures"),
    ("no_key_usage", "it has no key usage"),
])
def test_a_signature_by_a_certificate_that_could_not_sign_is_not_valid(
        kind: str, wording: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unsigned = tmp_path / "unsigned.pdf"
    assert main(["report", str(_example()), "--out", str(unsigned)]) == 0
    day = dt.timedelta(days=1)
    options: dict[str, dict[str, object]] = {
        "expired": {"not_before": forge.NOW - 30 * day, "not_after": forge.NOW - day},
        "not_yet_valid": {"not_before": forge.NOW + day, "not_after": forge.NOW + 30 * day},
        "no_digital_signature": {"digital_signature": False},
        "no_key_usage": {"key_usage": False},
    }
    signer = forge.make_identity(tmp_path, "Bad Certificate", **options[kind])  # type: ignore[arg-type]
    signed = _write(tmp_path, "signed.pdf", forge.add_signature(unsigned.read_bytes(), signer))

    status, out = _verify(signed, capsys)

    assert status == 1
    assert "signer's certificate could not sign at the stated signing time" in out
    assert wording in out


def test_the_certificate_is_judged_at_the_signing_time_it_states(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A certificate that has expired since is still good for a signature made while it was valid."""
    unsigned = tmp_path / "unsigned.pdf"
    assert main(["report", str(_example()), "--out", str(unsigned)]) == 0
    then = dt.datetime(2024, 6, 1, 10, 0, tzinfo=dt.UTC)
    signer = forge.make_identity(tmp_path, "Former Signer", not_before=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
                                 not_after=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    with forge.signing_clock(monkeypatch, then):
        signed = _write(tmp_path, "signed.pdf", forge.add_signature(unsigned.read_bytes(), signer))

    status, out = _verify(signed, capsys)

    assert status == 0, out
    assert "2024-06-01T10:00:00+00:00" in out
    assert "certificate valid from 2024-01-01 to 2025-01-01" in out


def test_verify_speaks_french_and_spanish(report: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "r.pdf", report)
    assert main(["verify", str(path), "--lang", "fr"]) == 0
    assert "VALIDE et INTACT" in capsys.readouterr().out
    assert main(["verify", str(path), "--lang", "es"]) == 0
    assert "VÁLIDO e ÍNTEGRO" in capsys.readouterr().out


def _example() -> Path:
    from tests.report.fixtures import example_path

    return example_path("midland-three-parts")
