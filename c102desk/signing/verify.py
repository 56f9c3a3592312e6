# mypy: disable-error-code="import-untyped"
# (asn1crypto ships no type information)
"""Check every signature of a signed PDF with pyHanko's validation: who signed, in what role, when (as stated),
the certificate's fingerprint, and what was changed after each signature.

For each signature pyHanko checks the digest (*intact*), the cryptographic value (*valid*), the signer's
certificate — its validity period at the signing time the signer states and its digitalSignature key usage —
and, by its difference analysis of every later revision, what was changed after it and whether the author's
certification (DocMDP) allows that. A signature is good when pyHanko's overall verdict (``bottom_line``) holds
and nothing but signatures was added after it (ecosystem notes §1: never look at ``valid`` alone; an
incremental update can change the pages while the signature itself stays valid). The file is good when every
signature is, none of an earlier revision has gone missing, and each signature of the file could be read.

There is no trust list offline: each signer's own certificate is the trust anchor of its signature, with the
certificate's validity period as the anchor's, so the receiver confirms the printed fingerprints with the
signers by another channel. Without a time-stamp authority the signing time is the one the signer's computer
stated; the certificate is checked at that moment.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from c102desk.errors import C102Error
from c102desk.i18n import Msg

# pyHanko logs each failed check with a traceback; without a handler Python would print them on stderr. What
# matters reaches the user as the result's problems.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

REQUIRED_KEY_USAGE = "digital_signature"


class NotASignedReportError(C102Error):
    """The file is not a PDF, or carries no signature at all."""


class UnsignedPdfError(NotASignedReportError):
    """A readable PDF without any signature."""


class Changes(Enum):
    """What was changed in the file after a signature."""

    NONE = "none"  # nothing: the signature covers the whole file
    SIGNATURES = "signatures"  # only signatures (and their empty fields or validation data) were added
    OTHER = "other"  # anything else: pages, attached files, annotations …


@dataclass(frozen=True)
class SignatureCheck:
    """One signature, in signing order (``number`` counts from 1)."""

    number: int
    field_name: str
    signer: str
    organisation: str
    role: str  # as the signer claims it (CAdES signer-attributes), "" when none
    signing_time: datetime | None  # as the signer's computer stated it
    fingerprint: str
    valid_from: datetime | None
    valid_until: datetime | None
    certifies: bool  # a certification (author's) signature, with DocMDP permissions
    intact: bool
    valid: bool
    certificate_ok: bool
    changes_after: Changes
    later_signatures: tuple[int, ...]
    problems: tuple[Msg, ...]
    technical: str = ""  # pyHanko's own words when something is wrong, for experts

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class SignedPdf:
    """Every signature of a file, and the problems of the file as a whole."""

    signatures: tuple[SignatureCheck, ...]
    problems: tuple[Msg, ...] = ()

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and not self.problems and all(s.ok for s in self.signatures)

    def all_problems(self) -> list[Msg]:
        """The file's problems, then each signature's, numbered."""
        found = list(self.problems)
        for check in self.signatures:
            found.extend(Msg("sig.numbered_problem", number=check.number, problem=p) for p in check.problems)
        return found


def check_pdf(data: bytes, source: str = "<input>", *, now: datetime | None = None) -> SignedPdf:
    """Check every signature of ``data``. ``NotASignedReportError`` when it is no PDF or carries no signature;
    a PDF that carries signatures but cannot be read any more is a result with a problem, not an error."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise NotASignedReportError(Msg("sig.not_pdf", source=source))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        filled = list(enumerate_sig_fields(reader, filled_status=True))
        embedded = list(reader.embedded_signatures)
        all_fields = {str(name) for name, _, _ in enumerate_sig_fields(reader)}
    except Exception as exc:  # pyHanko raises many kinds on a mangled file; all mean "cannot be read"
        if b"/ByteRange" in data:
            return SignedPdf((), (Msg("sig.unreadable_file", detail=_short(exc)),))
        if isinstance(exc, PdfError | ValueError | KeyError | TypeError | AttributeError):
            raise NotASignedReportError(Msg("sig.not_readable_pdf", source=source, detail=_short(exc))) from None
        raise
    if not filled:
        raise UnsignedPdfError(Msg("sig.no_signature", source=source))
    moment = now or datetime.now(UTC)
    revisions = [sig.signed_revision for sig in embedded]
    checks = tuple(
        _check_signature(sig, number, revisions, all_fields, moment)
        for number, sig in enumerate(embedded, start=1)
    )
    problems: list[Msg] = []
    if len(embedded) < len(filled):
        problems.append(Msg("sig.unknown_kind", count=len(filled) - len(embedded)))
    if _signatures_gone(reader, embedded):
        problems.append(Msg("sig.removed"))
    return SignedPdf(checks, tuple(problems))


def _check_signature(sig: Any, number: int, revisions: list[int], signature_fields: set[str],
                     now: datetime) -> SignatureCheck:
    from cryptography import x509
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.authority import CertTrustAnchor

    from c102desk.signing.identity import certificate_problem, fingerprint_sha256

    later = tuple(n for n, revision in enumerate(revisions, start=1) if revision > sig.signed_revision)
    field_name = str(sig.field_name or "")
    try:
        cert = sig.signer_cert
        crypto_cert = x509.load_der_x509_certificate(cert.dump())
        stated = sig.self_reported_timestamp
    except Exception as exc:  # a mangled CMS object: nothing more can be said about this signature
        return SignatureCheck(
            number=number, field_name=field_name, signer="", organisation="", role="", signing_time=None,
            fingerprint="", valid_from=None, valid_until=None, certifies=False, intact=False, valid=False,
            certificate_ok=False, changes_after=Changes.OTHER if later else Changes.NONE, later_signatures=later,
            problems=(Msg("sig.unreadable", detail=_short(exc)),), technical=_short(exc),
        )
    subject = cert.subject.native
    at = stated or now
    context = ValidationContext(trust_roots=[CertTrustAnchor(cert, derive_default_quals_from_cert=True)],
                                allow_fetching=False, moment=at)
    problems: list[Msg] = []
    technical: list[str] = []
    role = ""
    try:
        status = validate_pdf_signature(sig, context,
                                        key_usage_settings=KeyUsageConstraints(key_usage={REQUIRED_KEY_USAGE}))
    except Exception as exc:  # pyHanko raises many kinds on a mangled signature; every one means "not valid"
        status = None
        problems.append(Msg("sig.unreadable", detail=_short(exc)))
        technical.append(_short(exc))
    intact = valid = certificate_ok = False
    changes = Changes.OTHER if later else Changes.NONE
    if status is not None:
        intact, valid, certificate_ok = bool(status.intact), bool(status.valid), bool(status.trusted)
        role = _claimed_role(status)
        if not intact:
            problems.append(Msg("sig.digest"))
        elif not valid:
            problems.append(Msg("sig.invalid"))
        elif not certificate_ok:
            wording = certificate_problem(crypto_cert, at)
            problems.append(Msg("sig.certificate", problem=wording) if wording is not None
                            else Msg("sig.certificate_unchecked"))
            technical.append(str(status.trust_problem_indic))
        changes = _changes_after(status, signature_fields, SignatureCoverageLevel, ModificationLevel)
        if changes is Changes.OTHER:
            problems.append(Msg("sig.changed_after"))
            if status.diff_result is not None and not hasattr(status.diff_result, "changed_form_fields"):
                technical.append(_short(status.diff_result))
        elif not status.docmdp_ok:
            problems.append(Msg("sig.not_permitted"))
        if not problems and not status.bottom_line:
            problems.append(Msg("sig.rejected"))
    return SignatureCheck(
        number=number, field_name=field_name, signer=str(subject.get("common_name", "")),
        organisation=str(subject.get("organization_name", "")), role=role, signing_time=stated,
        fingerprint=fingerprint_sha256(crypto_cert), valid_from=crypto_cert.not_valid_before_utc,
        valid_until=crypto_cert.not_valid_after_utc, certifies=sig.docmdp_level is not None, intact=intact,
        valid=valid, certificate_ok=certificate_ok, changes_after=changes, later_signatures=later,
        problems=tuple(problems), technical="; ".join(t for t in technical if t),
    )


def _changes_after(status: Any, signature_fields: set[str], coverage_level: Any, modification_level: Any) -> Changes:
    """Nothing (the signature covers the file), only signatures (pyHanko's analysis finds nothing beyond
    form filling, and every form field it saw filled is a signature field), or something else."""
    if status.coverage == coverage_level.ENTIRE_FILE:
        return Changes.NONE
    if status.coverage != coverage_level.ENTIRE_REVISION:
        return Changes.OTHER
    level = status.modification_level
    if level in (modification_level.NONE, modification_level.LTA_UPDATES):
        return Changes.SIGNATURES
    if level == modification_level.FORM_FILLING:
        changed = getattr(status.diff_result, "changed_form_fields", None)
        if changed is not None and {str(name) for name in changed} <= signature_fields:
            return Changes.SIGNATURES
    return Changes.OTHER


def _claimed_role(status: Any) -> str:
    """The role the signer claims in the CAdES signer-attributes (``signing.sign`` writes it as a directory
    name with a title; a plain text is taken as it is)."""
    assertions = getattr(status, "cades_signer_attrs", None)
    if assertions is None or assertions.claimed_attrs is None:
        return ""
    for attribute in assertions.claimed_attrs:
        if attribute.attr_type.native != "role":
            continue
        for value in attribute.attr_values:
            name = value.native.get("role_name") if isinstance(value.native, dict) else None
            if isinstance(name, dict):
                return ", ".join(str(v) for v in name.values())
            if name:
                return str(name)
    return ""


def _signatures_gone(reader: Any, embedded: Iterable[Any]) -> bool:
    """True when a signature that an earlier revision carried is not among the file's signatures any more
    (its field removed, or its value replaced by a later revision)."""
    from pyhanko.sign.fields import enumerate_sig_fields

    present = {_range(sig.byte_range) for sig in embedded}
    for revision in range(reader.total_revisions):
        resolver = reader.get_historical_resolver(revision)
        for _name, value, _field in enumerate_sig_fields(resolver, filled_status=True):
            if _range(value.get_object().get("/ByteRange")) not in present:
                return True
    return False


def _range(value: Any) -> tuple[int, ...]:
    return tuple(int(v) for v in value) if value is not None else ()


def _short(exc: object) -> str:
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    name = type(exc).__name__
    return f"{name}: {first}"[:300] if first else name
