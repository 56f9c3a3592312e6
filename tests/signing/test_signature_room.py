# mypy: disable-error-code="import-untyped"
# (asn1crypto ships no type information)
"""The room reserved for the signature holds it, for a large RSA key with a chain of issuers too."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from c102desk.assessment.file_format import parse_assessment
from c102desk.report.builder import build_report
from c102desk.report.model import signer_info
from c102desk.report.signatures import sign_report
from c102desk.signing.identity import Identity
from c102desk.signing.sign import signature_room
from tests.report.fixtures import example_path


def _certificate(subject: str, issuer: str, key: rsa.RSAPrivateKey, signer: rsa.RSAPrivateKey) -> x509.Certificate:
    now = datetime.now(UTC)
    return (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject),
                                     x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ministère " * 6)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer),
                                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ministère " * 6)]))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.KeyUsage(  # a signing certificate, as a ministry issues it (only its use matters)
                digital_signature=True, content_commitment=True, key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=subject != "Amélie Diop", crl_sign=False, encipher_only=False,
                decipher_only=False), critical=True)
            .sign(signer, hashes.SHA256()))


def test_a_4096_bit_rsa_identity_with_two_issuers_signs_within_the_room(tmp_path: Path) -> None:
    root_key, middle_key, key = (rsa.generate_private_key(65537, 4096) for _ in range(3))
    root = _certificate("Root CA", "Root CA", root_key, root_key)
    middle = _certificate("Ministry CA", "Root CA", middle_key, root_key)
    leaf = _certificate("Amélie Diop", "Ministry CA", key, middle_key)
    identity = Identity(path=tmp_path / "unused.p12", key=key, certificate=leaf, chain=(middle, root))
    raw = example_path("midland-three-parts").read_bytes()
    pdf = build_report(parse_assessment(raw, "midland"), signer=signer_info(identity, "Analyst"), source=raw)

    signed = sign_report(pdf, identity, role="Analyst")

    signature = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    trusted = asn1_x509.Certificate.load(root.public_bytes(Encoding.DER))
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[trusted]))
    assert status.intact and status.valid
    # with pyHanko's own margin of half as much again
    assert 3 * len(signature.signed_data.dump()) < signature_room(identity, "Analyst")
