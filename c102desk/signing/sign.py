# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""Sign a report PDF: PAdES B-B with a visible signature block (name, role, date) on the cover page.

The stamp uses an embedded TTF with 1000 units per em (``stamp_font``) through pyHanko's
``GlyphAccumulatorFactory``: without it pyHanko falls back to Courier and garbles accented names, and with a
2048-unit font it spreads the letters apart (ecosystem notes §1). Signing is the last write to the file.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko import stamp
from pyhanko.pdf_utils import text
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko_certvalidator.registry import SimpleCertificateStore

from c102desk.gc_pause import collector_paused
from c102desk.report.styles import SIGNATURE_BOX
from c102desk.report.text import t
from c102desk.signing.identity import Identity
from c102desk.signing.stamp_font import stamp_font_path

FIELD_NAME = "C102Signature"
STAMP_FONT_SIZE = 8


@cache
def _font_bytes(path: str) -> bytes:
    """The stamp font's file, read once per process."""
    return Path(path).read_bytes()


class _InMemoryGlyphAccumulatorFactory(GlyphAccumulatorFactory):
    """pyHanko opens the font file and never closes it (a ResourceWarning); hand it the bytes instead."""

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(_font_bytes(str(self.font_file))),
                                font_size=self.font_size, obj_stream=obj_stream)


def pyhanko_signer(identity: Identity) -> signers.SimpleSigner:
    der = serialization.Encoding.DER
    certificate = asn1_x509.Certificate.load(identity.certificate.public_bytes(der))
    key = asn1_keys.PrivateKeyInfo.load(identity.key.private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in identity.chain]
    return signers.SimpleSigner(signing_cert=certificate, signing_key=key,
                                cert_registry=SimpleCertificateStore.from_certs([certificate, *chain]))  # type: ignore[no-untyped-call]


def sign_report(pdf: bytes, identity: Identity, *, role: str = "", lang: str = "en") -> bytes:
    """Return ``pdf`` signed by ``identity`` (an incremental update covering the whole file)."""
    with collector_paused():
        return _sign_report(pdf, identity, role, lang)


def _sign_report(pdf: bytes, identity: Identity, role: str, lang: str) -> bytes:
    info = identity.signer_info(role)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES,
        reason="C102 gap assessment report", name=info.name,
        location=info.country or None,
    )
    stamp_text = t("stamp.text", lang, role=(info.role or t("stamp.no_role", lang)).replace("%", "%%"))
    style = stamp.TextStampStyle(
        stamp_text=stamp_text,
        timestamp_format="%Y-%m-%d %H:%M:%S UTC%z",  # ISO date and an explicit offset, the same in every language
        border_width=0,
        background=None,
        text_box_style=text.TextBoxStyle(
            font=_InMemoryGlyphAccumulatorFactory(str(stamp_font_path()), font_size=STAMP_FONT_SIZE),
            font_size=STAMP_FONT_SIZE, leading=STAMP_FONT_SIZE + 3,
        ),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    x1, y1, x2, y2 = (round(v) for v in SIGNATURE_BOX)
    fields.append_signature_field(writer, fields.SigFieldSpec(FIELD_NAME, on_page=0, box=(x1 + 2, y1 + 2,
                                                                                          x2 - 2, y2 - 2)))
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=pyhanko_signer(identity), stamp_style=style).sign_pdf(
        writer, output=out, bytes_reserved=signature_room(identity))
    return out.getvalue()


def signature_room(identity: Identity) -> int:
    """The hex digits to reserve in the PDF for the signature (a CMS object, written in hex).

    Left to itself, pyHanko builds and encodes a whole throwaway signature to measure it, a third of the signing
    time. The CMS object holds the certificates, the signature value and signed attributes of a fixed shape
    (content type, signing time, message digest, signing certificate: an issuer name and a serial, which are
    part of a certificate) and their algorithm identifiers: counting the certificates twice, a signature value
    of a quarter of the key size (an RSA signature is an eighth, an ECDSA one about two) and 2 KiB for the rest
    bounds it with room to spare. The unused room is zeros, as with pyHanko's own estimate.
    """
    der = serialization.Encoding.DER
    certificates = sum(len(c.public_bytes(der)) for c in (identity.certificate, *identity.chain))
    key_bits = int(getattr(identity.key, "key_size", 4096))
    return 2 * (2 * certificates + key_bits // 4 + 64 + 2048)
