"""A certificate that is expired, not yet valid, or not meant for digital signatures cannot be imported as a
signing identity, nor sign a report: a clear message, exit status 2, nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.signing.identity import UnusableCertificateError, certificate_problem, default_identity_path
from c102desk.signing.sign import Field, Stamp, sign_pdf
from tests.report.fixtures import example_path
from tests.signing import forge

DAY = dt.timedelta(days=1)
BAD = {
    "expired": ({"not_before": forge.NOW - 30 * DAY, "not_after": forge.NOW - DAY}, "the certificate expired on"),
    "not_yet_valid": ({"not_before": forge.NOW + DAY, "not_after": forge.NOW + 30 * DAY},
                      "the certificate is valid only from"),
    "no_digital_signature": ({"digital_signature": False}, "not meant for digital signatures"),
    "no_key_usage": ({"key_usage": False}, "it has no key usage"),
}


def _passphrase_file(folder: Path) -> Path:
    path = folder / "pass.txt"
    path.write_text("forge passphrase\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", BAD)
def test_keys_import_refuses_a_certificate_that_cannot_sign(kind: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    options, wording = BAD[kind]
    bad = forge.make_identity(tmp_path, "Bad Certificate", **options)  # type: ignore[arg-type]
    data = tmp_path / "data"
    status = main(["keys", "import", str(bad.path), "--passphrase-file", str(_passphrase_file(tmp_path)),
                   "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert status == 2
    assert wording in err and "so it cannot sign" in err
    assert "Traceback" not in err
    assert not default_identity_path(data).exists()


@pytest.mark.parametrize("kind", BAD)
def test_signing_with_a_certificate_that_cannot_sign_writes_nothing(kind: str, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    options, wording = BAD[kind]
    bad = forge.make_identity(tmp_path, "Bad Certificate", **options)  # type: ignore[arg-type]
    out = tmp_path / "out"
    out.mkdir()
    status = main(["report", str(example_path("midland-three-parts")), "--out", str(out / "r.pdf"),
                   "--sign", str(bad.path), "--passphrase-file", str(_passphrase_file(tmp_path))])
    assert status == 2
    assert wording in capsys.readouterr().err
    assert list(out.iterdir()) == []
    with pytest.raises(UnusableCertificateError):  # the signing function itself refuses too
        sign_pdf(b"%PDF-1.7 not even read", bad, field=Field("S"), stamp_look=Stamp("x"))


def test_a_certificate_may_sign_from_its_first_to_its_last_second(tmp_path: Path) -> None:
    identity = forge.make_identity(tmp_path, "Good", not_before=forge.NOW - DAY, not_after=forge.NOW + DAY)
    certificate = identity.certificate
    assert certificate_problem(certificate, certificate.not_valid_before_utc) is None
    assert certificate_problem(certificate, certificate.not_valid_after_utc) is None
    assert certificate_problem(certificate, certificate.not_valid_after_utc + dt.timedelta(seconds=1)) is not None
    assert certificate_problem(certificate, certificate.not_valid_before_utc - dt.timedelta(seconds=1)) is not None
