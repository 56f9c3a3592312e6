# mypy: disable-error-code="import-untyped"
# (asn1crypto ships no type information)
"""What an attacker (or an unlucky disk) does to a signed report, and certificates that should not sign.

Every change here is made the way a real tool would make it: an incremental update written by pyHanko's own
writer, a signature made by pyHanko, a byte flipped in the file. The tests then check that ``verify`` and
``import`` see it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers import pdf_signer

from c102desk.signing.identity import Identity
from c102desk.signing.sign import pyhanko_signer

NOW = dt.datetime.now(dt.UTC)


def make_identity(folder: Path, name: str, *, not_before: dt.datetime | None = None,
                  not_after: dt.datetime | None = None, digital_signature: bool = True, key_usage: bool = True,
                  passphrase: bytes = b"forge passphrase") -> Identity:
    """A P-256 key and a self-signed certificate written as ``folder/<name>.p12``, with the validity and key
    usage asked for (the defaults make a good signing certificate)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"{name}'s organisation")])
    builder = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - dt.timedelta(days=1))
        .not_valid_after(not_after or NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    if key_usage:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=digital_signature, content_commitment=True, key_encipherment=not digital_signature,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
    certificate = builder.sign(key, hashes.SHA256())
    path = folder / f"{name.replace(' ', '-')}.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        name.encode(), key, certificate, None, serialization.BestAvailableEncryption(passphrase)))
    return Identity(path=path, key=key, certificate=certificate, chain=())


def add_signature(pdf: bytes, identity: Identity, field: str = "Tamper") -> bytes:
    """Another signature appended by pyHanko itself, invisible, with no check of the certificate: what any
    tool holding a key can do."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES)
    signers.PdfSigner(meta, signer=pyhanko_signer(identity)).sign_pdf(writer, output=(out := io.BytesIO()))
    return out.getvalue()


def overlay_page(pdf: bytes, page: int = 0) -> bytes:
    """An incremental update that paints a red block over a page: the signed bytes stay as they were."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    overlay = generic.StreamObject(stream_data=b"q 1 0 0 rg 50 400 300 80 re f Q")
    writer.add_stream_to_page(page, writer.add_object(overlay))  # type: ignore[no-untyped-call]
    return _written(writer)


def swap_attachment(pdf: bytes, name: str, data: bytes) -> bytes:
    """An incremental update that replaces the attached file ``name`` with ``data``."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    pairs = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    for index in range(0, len(pairs), 2):
        if str(pairs[index]) == name:
            spec = pairs[index + 1].get_object()
            stream = embed.EmbeddedFileObject.from_file_data(writer, data=data, mime_type="application/json")
            spec["/EF"].get_object()["/F"] = writer.add_object(stream)
            writer.update_container(spec)
            return _written(writer)
    raise AssertionError(f"{name} is not attached")


def drop_signature_fields(pdf: bytes) -> bytes:
    """An incremental update that removes every signature field (form and page widgets alike)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    form = writer.root["/AcroForm"]
    form["/Fields"] = generic.ArrayObject()
    writer.update_container(form)
    for page_ref in writer.root["/Pages"]["/Kids"]:
        page = page_ref.get_object()
        if "/Annots" in page:
            kept = [a for a in page["/Annots"] if a.get_object().get("/FT") != "/Sig"]
            page["/Annots"] = generic.ArrayObject(kept)
            writer.update_container(page)
    return _written(writer)


def flip_byte_in_signed_range(pdf: bytes) -> bytes:
    """One bit changed inside a page content stream of the first revision, far from any signature."""
    data = bytearray(pdf)
    position = data.index(b"stream", len(data) // 4) + 40
    data[position] ^= 0x01
    return bytes(data)


def _written(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


@contextmanager
def signing_clock(monkeypatch: pytest.MonkeyPatch, moment: dt.datetime) -> Iterator[None]:
    """pyHanko states ``moment`` as the signing time (it reads the system clock through its own module)."""

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Clock:
            return cls.fromtimestamp(moment.timestamp(), tz)

    with monkeypatch.context() as patch:
        patch.setattr(pdf_signer, "datetime", Clock)
        yield
