"""Signing identities: created self-signed with the right key usage, or imported from a ministry PKCS#12."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID

from c102desk.cli import main
from c102desk.signing.identity import (
    SigningError,
    WrongPassphraseError,
    default_identity_path,
    import_identity,
    load_identity,
)
from tests.report.fixtures import PASSPHRASE


def test_keys_create_writes_a_protected_pkcs12_in_the_data_folder(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("s3cret\n", encoding="utf-8")
    data = tmp_path / "data"
    assert main(["keys", "create", "--name", "José Peña", "--organisation", "Ministerio de Trabajo",
                 "--country", "PE", "--email", "jose@example.org", "--role", "Asesor",
                 "--passphrase-file", str(secret), "--data-dir", str(data)]) == 0
    path = default_identity_path(data)
    assert path.is_file()
    assert "fingerprint" in capsys.readouterr().out
    identity = load_identity(path, b"s3cret")
    cert = identity.certificate
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "José Peña"
    assert cert.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "PE"
    assert (identity.organisation, identity.title, identity.email) == ("Ministerio de Trabajo", "Asesor",
                                                                      "jose@example.org")
    with pytest.raises(WrongPassphraseError):
        load_identity(path, b"nope")
    # never overwritten
    assert main(["keys", "create", "--name", "X", "--passphrase-file", str(secret), "--data-dir", str(data)]) == 2


def test_import_a_ministry_pkcs12(identity: object, tmp_path: Path) -> None:
    from c102desk.signing.identity import Identity

    assert isinstance(identity, Identity)
    target = tmp_path / "kept" / "identity.p12"
    imported = import_identity(identity.path, target, PASSPHRASE)
    assert imported.fingerprint == identity.fingerprint
    assert target.read_bytes() == identity.path.read_bytes()
    with pytest.raises(WrongPassphraseError):
        import_identity(identity.path, tmp_path / "other.p12", b"wrong")
    assert not (tmp_path / "other.p12").exists()
    with pytest.raises(SigningError):
        load_identity(tmp_path / "missing.p12", PASSPHRASE)
