"""The signatures of a report: what each signature block says and where it goes on the cover, in the report's
language; ``c102desk.signing.sign`` does the PDF work.

The author's block fills the framed box the cover page draws (``styles.SIGNATURE_BOX``).
"""

from __future__ import annotations

from c102desk.i18n import Msg
from c102desk.report.model import SignerInfo
from c102desk.report.styles import SIGNATURE_BOX
from c102desk.report.text import t
from c102desk.signing.identity import Identity
from c102desk.signing.sign import Field, Stamp, sign_pdf

AUTHOR_FIELD = "C102Signature"
# The stamp sits inside the frame the cover draws, 2 pt from its lines.
AUTHOR_BOX = (SIGNATURE_BOX[0] + 2, SIGNATURE_BOX[1] + 2, SIGNATURE_BOX[2] - 2, SIGNATURE_BOX[3] - 2)


def signer_info(identity: Identity, role: str = "") -> SignerInfo:
    """What the report prints about its signer: the certificate's names, the role given or the certificate's."""
    return SignerInfo(name=identity.name, organisation=identity.organisation, role=role or identity.title,
                      email=identity.email, country=identity.country, fingerprint_sha256=identity.fingerprint)


def stamp_text(role: str, lang: str) -> str:
    """The block's text in pyHanko's template (it fills in the signer and the time)."""
    return t("stamp.text", lang, role=(role or t("stamp.no_role", lang)).replace("%", "%%"))


def sign_report(pdf: bytes, identity: Identity, *, role: str = "", lang: str = "en") -> bytes:
    """The author's signature of a freshly built report, in the cover's signature box."""
    role = role or identity.title
    return sign_pdf(
        pdf, identity, field=Field(AUTHOR_FIELD, AUTHOR_BOX, page=0), stamp_look=Stamp(stamp_text(role, lang)),
        role=role, reason=Msg("report_sig.reason_author").render(lang), location=identity.country,
    )
