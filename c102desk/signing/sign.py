# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""Sign a PDF: PAdES B-B with a visible signature block, the signer's role as a claimed CAdES attribute.

What the block says and where it goes are the caller's (``Stamp``, ``Field``): this module knows nothing of the
report. The first signature of a report may *certify* it (DocMDP) while allowing further signatures — the
co-signatures of a tripartite dialogue — and create their empty fields at once: pyHanko's difference analysis
accepts new *visible* signature fields after a certification only when they were there before it (stricter
than Acrobat, and right). A co-signature fills the next empty field, or adds an invisible one when none is left.

The stamp uses an embedded TTF with 1000 units per em (``stamp_font``) through pyHanko's
``GlyphAccumulatorFactory``: without it pyHanko falls back to Courier and garbles accented names, and with a
2048-unit font it spreads the letters apart (ecosystem notes §1). Signing is the last write to the file.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from asn1crypto import cms as asn1_cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko import stamp
from pyhanko.pdf_utils import layout, text
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.ades.api import CAdESSignedAttrSpec, SignerAttrSpec
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko_certvalidator.registry import SimpleCertificateStore

from c102desk.gc_pause import collector_paused
from c102desk.i18n import Msg
from c102desk.signing.identity import Identity, SigningError, check_can_sign
from c102desk.signing.stamp_font import stamp_font_path

STAMP_FONT_SIZE = 8
FRAME_COLOUR = (0x9A / 255, 0xA8 / 255, 0xB8 / 255)  # the grey of the report's own rules
# What a certification leaves allowed: filling in forms and signing (ISO 32000-1 §12.8.2.2, P=2). Not
# NO_CHANGES, which would forbid the co-signatures of the employers' and workers' representatives.
CERTIFY_PERMISSIONS = MDPPerm.FILL_FORMS

Box = tuple[float, float, float, float]  # x1, y1, x2, y2 in points, origin bottom left


@dataclass(frozen=True)
class Stamp:
    """The visible block: pyHanko's text template (it fills in ``%(signer)s`` and ``%(ts)s``; a literal per cent
    sign is ``%%``), with a thin frame or without. ``margin`` is the room between the text and the box in points
    (None: pyHanko's layout); pyHanko shrinks the text to fit what is left."""

    text: str
    framed: bool = False
    margin: int | None = None  # None: pyHanko's 10 points


@dataclass(frozen=True)
class Field:
    """A signature field: made with ``box`` on ``page`` when the PDF has no field of that name; invisible when
    ``box`` is None."""

    name: str
    box: Box | None = None
    page: int = 0


class DocumentLockedError(SigningError):
    """The document's certification forbids any further signature."""


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


def sign_pdf(pdf: bytes, identity: Identity, *, field: Field, stamp_look: Stamp, role: str = "", reason: str = "",
             location: str = "", certify: bool = False, empty_fields: Sequence[Field] = (),
             now: dt.datetime | None = None) -> bytes:
    """Return ``pdf`` signed by ``identity`` in ``field`` (an incremental update covering the whole file).

    ``certify`` makes it the author's certification, which allows only form filling and further signatures
    afterwards; ``empty_fields`` are created, unsigned, in the same revision, for those signatures. The
    certificate must be able to sign at ``now`` (``identity.check_can_sign``)."""
    check_can_sign(identity, now)
    with collector_paused():
        return _sign(pdf, identity, field, stamp_look, role, reason, location, certify, empty_fields)


def free_signature_field(pdf: bytes) -> str | None:
    """The name of the first empty signature field of ``pdf``, None when there is none."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        empty = [str(name) for name, _, _ in fields.enumerate_sig_fields(reader, filled_status=False)]
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise SigningError(Msg("sign.unreadable", detail=str(exc))) from None
    return empty[0] if empty else None


def unused_field_name(pdf: bytes, stem: str) -> str:
    """``stem`` followed by the first number no signature field of ``pdf`` is named after."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        taken = {str(name) for name, _, _ in fields.enumerate_sig_fields(reader)}
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise SigningError(Msg("sign.unreadable", detail=str(exc))) from None
    number = 1
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"


def _sign(pdf: bytes, identity: Identity, field: Field, stamp_look: Stamp, role: str, reason: str, location: str,
          certify: bool, empty_fields: Sequence[Field]) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    existing = {str(name) for name, _, _ in fields.enumerate_sig_fields(writer)}
    for spec in (field, *empty_fields):
        if spec.name not in existing:
            fields.append_signature_field(writer, _field_spec(spec))
    attributes = None
    if role:
        claimed = asn1_cms.AttCertAttribute({"type": "role", "values": [asn1_cms.RoleSyntax({
            "role_name": asn1_x509.GeneralName(name="directory_name", value=asn1_x509.Name.build({"title": role})),
        })]})
        attributes = CAdESSignedAttrSpec(signer_attributes=SignerAttrSpec(claimed_attrs=[claimed], certified_attrs=[]))
    meta = signers.PdfSignatureMetadata(
        field_name=field.name, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES,
        reason=reason or None, name=identity.name or None, location=location or None,
        certify=certify, docmdp_permissions=CERTIFY_PERMISSIONS, cades_signed_attr_spec=attributes,
    )
    style = stamp.TextStampStyle(
        stamp_text=stamp_look.text,
        timestamp_format="%Y-%m-%d %H:%M:%S UTC%z",  # ISO date and an explicit offset, the same in every language
        border_width=1 if stamp_look.framed else 0,
        border_color=FRAME_COLOUR,
        background=None,
        text_box_style=text.TextBoxStyle(
            font=_InMemoryGlyphAccumulatorFactory(str(stamp_font_path()), font_size=STAMP_FONT_SIZE),
            font_size=STAMP_FONT_SIZE, leading=STAMP_FONT_SIZE + 3,
            box_layout_rule=None if stamp_look.margin is None else layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins.uniform(stamp_look.margin)),  # type: ignore[no-untyped-call]
        ),
    )
    out = io.BytesIO()
    try:
        signers.PdfSigner(meta, signer=pyhanko_signer(identity), stamp_style=style).sign_pdf(
            writer, output=out, bytes_reserved=signature_room(identity, role))
    except PyHankoSigningError as exc:
        if "forbids all changes" in str(exc):
            raise DocumentLockedError(Msg("sign.locked")) from None
        raise SigningError(Msg("sign.failed", detail=str(exc))) from None
    return out.getvalue()


def _field_spec(spec: Field) -> fields.SigFieldSpec:
    if spec.box is None:
        return fields.SigFieldSpec(spec.name, on_page=spec.page)
    x1, y1, x2, y2 = (round(v) for v in spec.box)
    return fields.SigFieldSpec(spec.name, on_page=spec.page, box=(x1, y1, x2, y2))


def signature_room(identity: Identity, role: str = "") -> int:
    """The hex digits to reserve in the PDF for the signature (a CMS object, written in hex).

    Left to itself, pyHanko builds and encodes a whole throwaway signature to measure it, a third of the signing
    time. The CMS object holds the certificates, the signature value and signed attributes of a fixed shape
    (content type, signing time, message digest, signing certificate: an issuer name and a serial, which are
    part of a certificate; the claimed role, whose text is counted four times) and their algorithm identifiers:
    counting the certificates twice, a signature value of a quarter of the key size (an RSA signature is an
    eighth, an ECDSA one about two) and 2 KiB for the rest bounds it with room to spare. The unused room is
    zeros, as with pyHanko's own estimate.
    """
    der = serialization.Encoding.DER
    certificates = sum(len(c.public_bytes(der)) for c in (identity.certificate, *identity.chain))
    key_bits = int(getattr(identity.key, "key_size", 4096))
    return 2 * (2 * certificates + key_bits // 4 + 64 + 2048 + 4 * len(role.encode("utf-8")))
