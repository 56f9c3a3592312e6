"""The signatures of a report: what each signature block says and where it goes on the cover, in the report's
language; ``c102desk.signing.sign`` does the PDF work.

The author's signature *certifies* the report, allowing only further signatures afterwards (DocMDP, form filling
and signing), and creates two empty fields beside its own box for the co-signatures of the tripartite dialogue —
the employers' and the workers' representatives. A co-signature fills the next empty field, or is invisible when
none is left (a fourth signer); every signature, visible or not, is listed by ``c102desk verify``.

The author's block fills the framed box the cover page draws (``styles.SIGNATURE_BOX``); the co-signatures'
blocks, framed by their own stamp, stack in the free space to its left, which the cover keeps empty.
"""

from __future__ import annotations

from c102desk.i18n import Msg
from c102desk.report.styles import MARGIN_LEFT, SIGNATURE_BOX
from c102desk.report.text import t
from c102desk.report.verification import ReportCheck, report_language, verify_report_bytes
from c102desk.signing.identity import Identity, SigningError
from c102desk.signing.sign import Box, Field, Stamp, free_signature_field, sign_pdf, unused_field_name
from c102desk.signing.verify import UnsignedPdfError

AUTHOR_FIELD = "C102Signature"
COSIGN_FIELD = "C102CoSignature"
# The stamp sits inside the frame the cover draws, 2 pt from its lines.
AUTHOR_BOX: Box = (SIGNATURE_BOX[0] + 2, SIGNATURE_BOX[1] + 2, SIGNATURE_BOX[2] - 2, SIGNATURE_BOX[3] - 2)
_GAP = 12.0  # points between the co-signature boxes and the author's
_LEFT, _RIGHT = MARGIN_LEFT, SIGNATURE_BOX[0] - _GAP
_MIDDLE = (SIGNATURE_BOX[1] + SIGNATURE_BOX[3]) / 2
# Two co-signature boxes, upper then lower, together as tall as the author's box.
COSIGN_BOXES: tuple[Box, ...] = (
    (_LEFT, _MIDDLE + 3, _RIGHT, SIGNATURE_BOX[3]),
    (_LEFT, SIGNATURE_BOX[1], _RIGHT, _MIDDLE - 3),
)
COSIGN_MARGIN = 3  # points of room inside a co-signature's frame


class CosignRefusedError(SigningError):
    """A report is not co-signed: it is not intact, or not signed by its author yet."""


def stamp_text(role: str, lang: str) -> str:
    """The block's text in pyHanko's template (it fills in the signer and the time)."""
    return t("stamp.text", lang, role=(role or t("stamp.no_role", lang)).replace("%", "%%"))


def cosign_fields() -> list[Field]:
    return [Field(f"{COSIGN_FIELD}{number}", box, page=0) for number, box in enumerate(COSIGN_BOXES, start=1)]


def sign_report(pdf: bytes, identity: Identity, *, role: str = "", lang: str = "en") -> bytes:
    """The author's signature of a freshly built report, in the cover's signature box: it certifies the report,
    allowing co-signatures, whose empty fields it creates."""
    role = role or identity.title
    return sign_pdf(
        pdf, identity, field=Field(AUTHOR_FIELD, AUTHOR_BOX, page=0), stamp_look=Stamp(stamp_text(role, lang)),
        role=role, reason=Msg("report_sig.reason_author").render(lang), location=identity.country,
        certify=True, empty_fields=cosign_fields(),
    )


def cosign_report(pdf: bytes, identity: Identity, *, role: str, lang: str | None = None,
                  source: str = "<input>") -> tuple[bytes, ReportCheck]:
    """Add ``identity``'s signature, in ``role``, to a signed report whose every signature holds.

    The block is written in the report's language unless ``lang`` says otherwise. Returns the co-signed PDF and
    its check (every signature again, the new one included); nothing is returned that does not verify."""
    if not role.strip():
        raise CosignRefusedError(Msg("cosign.no_role"))
    try:
        before = verify_report_bytes(pdf, source)
    except UnsignedPdfError:
        raise CosignRefusedError(Msg("cosign.unsigned", source=source)) from None
    if not before.ok:
        raise CosignRefusedError(Msg("cosign.not_intact", source=source,
                                     reasons=Msg.join(before.all_problems(), "; ")))
    language = lang or report_language(pdf)
    name = free_signature_field(pdf) or unused_field_name(pdf, COSIGN_FIELD)
    signed = sign_pdf(
        pdf, identity, field=Field(name), stamp_look=Stamp(stamp_text(role, language), framed=True,
                                                           margin=COSIGN_MARGIN),
        role=role.strip(), reason=Msg("report_sig.reason_cosign", role=role.strip()).render(language),
        location=identity.country,
    )
    after = verify_report_bytes(signed, source)
    if not after.ok:  # never hand back a file that does not verify
        raise SigningError(Msg("cosign.did_not_verify", reasons=Msg.join(after.all_problems(), "; ")))
    return signed, after
