"""Check the signature of a c102desk report: who signed, when, the certificate's fingerprint, and whether the
document is intact.

A report is intact only when pyHanko's overall verdict (``bottom_line``) holds: the digest matches, the
signature is valid, it covers the entire file and nothing was changed after it (ecosystem notes §1: never check
``valid`` alone; an incremental update can change the pages while the signature itself stays valid). There is
no trust list offline, so the signer's own certificate is the trust anchor; the receiver confirms the printed
fingerprint with the signer by another channel.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from c102desk.errors import C102Error


class NotASignedReportError(C102Error):
    """The file is not a PDF, has no signature, or is not a c102desk report."""


@dataclass
class Verification:
    signer: str
    organisation: str
    signing_time: datetime | None
    fingerprint: str
    intact: bool
    valid: bool
    whole_document: bool
    modification_level: str
    report_fingerprint: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary_lines(self) -> list[str]:
        when = self.signing_time.isoformat(timespec="seconds") if self.signing_time else "not stated"
        verdict = "VALID and INTACT" if self.ok else "NOT VALID or ALTERED: " + "; ".join(self.problems)
        return [
            f"signer: {self.signer}" + (f" ({self.organisation})" if self.organisation else ""),
            f"signing time (as stated by the signer): {when}",
            f"certificate SHA-256 fingerprint: {self.fingerprint}",
            f"verdict: {verdict}",
        ]


def verify_pdf(path: str | Path) -> Verification:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise NotASignedReportError(f"{path}: cannot be read ({exc.strerror})") from None
    return verify_bytes(data, str(path))


def verify_bytes(data: bytes, source: str = "<input>") -> Verification:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from c102desk.report.attachments import ASSESSMENT_NAME, read_attachments, report_meta
    from c102desk.signing.identity import fingerprint_sha256

    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise NotASignedReportError(f"{source}: not a PDF file")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        if b"/ByteRange" in data:
            return _damaged(f"the signed PDF cannot be read any more ({exc})")
        raise NotASignedReportError(f"{source}: not a readable PDF ({exc})") from None
    if not signatures:
        raise NotASignedReportError(f"{source}: the PDF carries no signature")
    signature = signatures[-1] if len(signatures) > 1 else signatures[0]
    cert = signature.signer_cert
    from cryptography import x509

    crypto_cert = x509.load_der_x509_certificate(cert.dump())
    fingerprint = fingerprint_sha256(crypto_cert)
    subject = cert.subject.native
    context = ValidationContext(trust_roots=[cert], allow_fetching=False)
    problems: list[str] = []
    try:
        status = validate_pdf_signature(signature, context)
        intact, valid = bool(status.intact), bool(status.valid)
        coverage = status.coverage.name if status.coverage is not None else "UNKNOWN"
        level = status.modification_level.name if status.modification_level is not None else "UNKNOWN"
        bottom_line = bool(status.bottom_line)
        signing_time = status.signer_reported_dt
    except Exception as exc:  # pyHanko raises many kinds on a mangled CMS; every one means "not valid"
        intact = valid = bottom_line = False
        coverage = level = "UNKNOWN"
        signing_time = None
        problems.append(f"the signature cannot be checked ({type(exc).__name__}: {exc})")
    if not intact:
        problems.append("the signed content was altered (digest mismatch)")
    if not valid:
        problems.append("the cryptographic signature is not valid")
    if coverage != "ENTIRE_FILE":
        problems.append("the signature does not cover the whole file: something was added after signing")
    if level not in ("NONE",):
        problems.append(f"the document was modified after signing (modification level {level})")
    if not bottom_line and not problems:
        problems.append("pyHanko's overall verdict is negative")

    try:
        files = read_attachments(data)
    except ValueError:
        files = {}
    meta = None
    if ASSESSMENT_NAME in files:
        try:
            meta = report_meta(data)
        except ValueError:
            meta = None
    elif not problems:
        raise NotASignedReportError(f"{source}: a signed PDF, but not a c102desk report (no assessment attached)")
    printed = meta.get("signer_fingerprint_sha256") if meta else None
    if printed and printed != fingerprint:
        problems.append("the report names another certificate than the one that signed it")
    return Verification(
        signer=str(subject.get("common_name", "")), organisation=str(subject.get("organization_name", "")),
        signing_time=signing_time, fingerprint=fingerprint, intact=intact, valid=valid,
        whole_document=coverage == "ENTIRE_FILE", modification_level=level,
        report_fingerprint=printed if isinstance(printed, str) else None, problems=problems,
    )


def _damaged(reason: str) -> Verification:
    return Verification(signer="", organisation="", signing_time=None, fingerprint="", intact=False, valid=False,
                        whole_document=False, modification_level="UNKNOWN", report_fingerprint=None,
                        problems=[reason])
