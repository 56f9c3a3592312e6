"""Signing identities: a key and certificate in a passphrase-protected PKCS#12 file.

An assessor either creates one here (a self-signed certificate naming them, their organisation, country and
e-mail, for digital signatures and non-repudiation) or imports a PKCS#12 issued by their ministry. Either way
the file lives in ``<data folder>/signing/identity.p12`` unless another path is given.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from c102desk.errors import C102Error
from c102desk.i18n import Msg

IDENTITY_FILE = "identity.p12"
VALID_YEARS = 5


class SigningError(C102Error):
    """A signing identity cannot be created, read or used."""


class WrongPassphraseError(SigningError):
    """The passphrase does not open the PKCS#12 file."""


class UnusableCertificateError(SigningError):
    """The certificate may not sign now: expired, not yet valid, or not for digital signatures."""


@dataclass(frozen=True)
class Identity:
    """An opened signing identity: the key, the certificate and what the report prints about it."""

    path: Path
    key: Any
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    @property
    def fingerprint(self) -> str:
        return fingerprint_sha256(self.certificate)

    @property
    def name(self) -> str:
        return _attr(self.certificate, NameOID.COMMON_NAME)

    @property
    def organisation(self) -> str:
        return _attr(self.certificate, NameOID.ORGANIZATION_NAME)

    @property
    def title(self) -> str:
        """The role the certificate names (its ``title`` attribute), "" when none."""
        return _attr(self.certificate, NameOID.TITLE)

    @property
    def email(self) -> str:
        return _attr(self.certificate, NameOID.EMAIL_ADDRESS)

    @property
    def country(self) -> str:
        return _attr(self.certificate, NameOID.COUNTRY_NAME)


def default_identity_path(data_folder: Path) -> Path:
    """Where the signing identity of a data folder (the store's folder, already resolved) is kept."""
    return Path(data_folder) / "signing" / IDENTITY_FILE


def fingerprint_sha256(certificate: x509.Certificate) -> str:
    """The certificate's SHA-256 fingerprint as colon-separated hex pairs, the form viewers show."""
    return ":".join(f"{b:02X}" for b in certificate.fingerprint(hashes.SHA256()))


def certificate_problem(certificate: x509.Certificate, at: dt.datetime) -> Msg | None:
    """Why ``certificate`` may not sign at the moment ``at`` (None when it may): outside its validity period,
    or without the digitalSignature key usage (RFC 5280 §4.2.1.3; a certificate without a key usage extension
    does not say it is for signatures either, and is refused too)."""
    if at < certificate.not_valid_before_utc:
        return Msg("cert.not_yet_valid", date=_day(certificate.not_valid_before_utc))
    if at > certificate.not_valid_after_utc:
        return Msg("cert.expired", date=_day(certificate.not_valid_after_utc))
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return Msg("cert.no_key_usage")
    if not usage.digital_signature:
        return Msg("cert.no_digital_signature")
    return None


def check_can_sign(identity: Identity, at: dt.datetime | None = None) -> None:
    """Raise ``UnusableCertificateError`` when the identity's certificate may not sign at ``at`` (now)."""
    problem = certificate_problem(identity.certificate, at or dt.datetime.now(dt.UTC))
    if problem is not None:
        raise UnusableCertificateError(Msg("cert.refused", path=str(identity.path), problem=problem))


def _day(moment: dt.datetime) -> str:
    """A date as ISO 8601 (2026-03-01, UTC): unambiguous in every language."""
    return moment.astimezone(dt.UTC).date().isoformat()


def _attr(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    found = certificate.subject.get_attributes_for_oid(oid)
    value = found[0].value if found else ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def create_identity(path: Path, passphrase: bytes, *, name: str, organisation: str = "", country: str = "",
                    email: str = "", role: str = "", now: dt.datetime | None = None) -> Identity:
    """Create a P-256 key and a self-signed certificate, and write them to ``path`` encrypted with
    ``passphrase``. An existing file is never overwritten."""
    if not name.strip():
        raise SigningError("a signing identity needs the signer's name")
    if not passphrase:
        raise SigningError("a signing identity needs a passphrase")
    if len(country) not in (0, 2):
        raise SigningError(f"country must be a two-letter ISO 3166 code (e.g. FR, SN, PE), not {country!r}")
    if path.exists():
        raise SigningError(f"{path}: a signing identity already exists there; choose another path")
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip())]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if role:
        attributes.append(x509.NameAttribute(NameOID.TITLE, role))
    if country:
        attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, country.upper()))
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attributes)
    start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(minutes=5)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False,
        ), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    certificate = builder.sign(key, hashes.SHA256())
    blob = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, certificate, None, serialization.BestAvailableEncryption(passphrase)
    )
    _write_private(path, blob)
    return Identity(path=path, key=key, certificate=certificate, chain=())


def load_identity(path: Path, passphrase: bytes, *, now: dt.datetime | None = None) -> Identity:
    """Open a PKCS#12 file to sign with: a wrong passphrase is a ``WrongPassphraseError``, a certificate that
    may not sign now (``certificate_problem``) an ``UnusableCertificateError``, each with a plain message."""
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"{path}: no such signing identity file") from None
    except OSError as exc:
        raise SigningError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(blob, passphrase)
    except ValueError as exc:
        if "password" in str(exc).lower() or "mac" in str(exc).lower():
            raise WrongPassphraseError(
                f"{path}: the passphrase is wrong; the signing identity was not opened and nothing was written"
            ) from None
        raise SigningError(f"{path}: not a PKCS#12 signing identity ({exc})") from None
    if key is None or certificate is None:
        raise SigningError(f"{path}: the PKCS#12 file holds no private key and certificate")
    identity = Identity(path=path, key=key, certificate=certificate, chain=tuple(chain))
    check_can_sign(identity, now)
    return identity


def import_identity(source: Path, target: Path, passphrase: bytes, *, now: dt.datetime | None = None) -> Identity:
    """Check that ``source`` opens with ``passphrase`` (e.g. a PKCS#12 from the ministry) and that its
    certificate may sign now, then copy it."""
    identity = load_identity(source, passphrase, now=now)
    if target.exists():
        raise SigningError(f"{target}: a signing identity already exists there; choose another path")
    _write_private(target, source.read_bytes())
    return Identity(path=target, key=identity.key, certificate=identity.certificate, chain=identity.chain)


def _write_private(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(blob)
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise SigningError(f"{path}: cannot be written ({exc.strerror})") from None


__all__ = ["Identity", "SigningError", "UnusableCertificateError", "WrongPassphraseError", "certificate_problem",
           "check_can_sign", "create_identity", "default_identity_path", "fingerprint_sha256", "import_identity",
           "load_identity"]
