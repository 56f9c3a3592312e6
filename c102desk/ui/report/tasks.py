"""The slow work of the report dialogs, as plain functions for ``TaskRunner`` (they run off the GUI thread and
never touch a widget): build a report from the store, sign and write it, co-sign one, create or import an
identity.

The report is built from the same bytes an export of the assessment would write, so the assessment attached to
the PDF imports back as that file. Signing opens the identity first: a wrong passphrase fails before anything is
built or written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from c102desk import files
from c102desk.errors import C102Error
from c102desk.store import Store
from c102desk.ui.widgets.answers import NewIdentity

if TYPE_CHECKING:
    from c102desk.report.verification import ReportCheck


class ReportWriteError(C102Error):
    """The report file cannot be written (a folder that does not exist, no permission, a full disk …)."""


@dataclass(frozen=True)
class SignWith:
    """The signing identity and role a report is signed with."""

    identity: Path
    passphrase: bytes
    role: str = ""


@dataclass(frozen=True)
class SavedReport:
    """A report written, and its signer's fingerprint when signed."""

    path: Path
    fingerprint: str | None  # the certificate's SHA-256 fingerprint when signed


@dataclass(frozen=True)
class CosignedReport:
    """A report signed once more, with every signature checked."""

    path: Path
    check: ReportCheck  # every signature of the written file, the new one last


@dataclass(frozen=True)
class Preview:
    """A report built for the preview: the very bytes that Save signs (or writes), and who it names as signer."""

    pdf: bytes
    signer_name: str = ""  # empty when built without a signer (no signature block)


@dataclass(frozen=True)
class IdentityMade:
    """A signing identity created."""

    path: Path
    name: str
    fingerprint: str


def assessment_source(store: Store, assessment_id: str) -> bytes:
    """The assessment file as an export writes it."""
    from c102desk.store.values import dump_json

    return (dump_json(store.export_document(assessment_id), indent=2) + "\n").encode("utf-8")


def build_preview(store: Store, assessment_id: str, lang: str, sign: SignWith | None) -> Preview:
    """The report as it will be saved: with the signer's block and lines when signing (the identity is opened
    with its passphrase: a wrong one fails here, before anything is shown)."""
    from c102desk.assessment.file_format import parse_assessment
    from c102desk.report.builder import build_report
    from c102desk.report.model import signer_info

    signer = None
    if sign is not None:
        from c102desk.signing.identity import load_identity

        # A wrong passphrase, or a certificate that may not sign today, stops here: nothing is built.
        signer = signer_info(load_identity(sign.identity, sign.passphrase), sign.role)
    raw = assessment_source(store, assessment_id)
    pdf = build_report(parse_assessment(raw, assessment_id), lang=lang, signer=signer, source=raw)
    return Preview(pdf, signer.name if signer is not None else "")


def save_previewed(pdf: bytes, lang: str, out: Path, sign: SignWith | None) -> SavedReport:
    """Sign (when asked) and write the bytes that were previewed: what is saved is what was looked at."""
    fingerprint = None
    if sign is not None:
        from c102desk.report import signatures
        from c102desk.signing.identity import load_identity

        identity = load_identity(sign.identity, sign.passphrase)
        pdf = signatures.sign_report(pdf, identity, role=sign.role, lang=lang)
        fingerprint = identity.fingerprint
    write_atomically(out, pdf)
    return SavedReport(out, fingerprint)


def build_and_save(store: Store, assessment_id: str, lang: str, out: Path, sign: SignWith | None) -> SavedReport:
    from c102desk.assessment.file_format import parse_assessment
    from c102desk.report import signatures
    from c102desk.report.builder import build_report
    from c102desk.report.model import signer_info

    identity = None
    if sign is not None:
        from c102desk.signing.identity import load_identity

        # A wrong passphrase, or a certificate that may not sign today, stops here: nothing is built.
        identity = load_identity(sign.identity, sign.passphrase)
    raw = assessment_source(store, assessment_id)
    signer = signer_info(identity, sign.role) if identity is not None and sign is not None else None
    pdf = build_report(parse_assessment(raw, assessment_id), lang=lang, signer=signer, source=raw)
    if identity is not None and sign is not None:
        pdf = signatures.sign_report(pdf, identity, role=sign.role, lang=lang)
    write_atomically(out, pdf)
    return SavedReport(out, identity.fingerprint if identity is not None else None)


def check_report(path: Path) -> ReportCheck:
    from c102desk.report.verification import verify_report

    return verify_report(path)


def cosign_and_save(source: Path, out: Path, sign: SignWith) -> CosignedReport:
    """Add a signature in ``sign.role`` to the report ``source`` and write it to ``out`` (which may be
    ``source``): the passphrase and the certificate are checked first, then every signature of the report."""
    from c102desk.report.signatures import cosign_report
    from c102desk.report.verification import read_report
    from c102desk.signing.identity import load_identity

    identity = load_identity(sign.identity, sign.passphrase)
    signed, check = cosign_report(read_report(source), identity, role=sign.role, source=str(source))
    write_atomically(out, signed)
    return CosignedReport(out, check)


def write_atomically(out: Path, data: bytes) -> None:
    """Write the PDF atomically (nothing is left half-written); problems are a ``ReportWriteError``."""
    files.write_atomically(out, data, error=ReportWriteError)


def create_identity(path: Path, details: NewIdentity) -> IdentityMade:
    from c102desk.signing.identity import create_identity as create

    made = create(path, details.passphrase.encode("utf-8"), name=details.name, organisation=details.organisation,
                  country=details.country, email=details.email, role=details.role)
    return IdentityMade(made.path, made.name, made.fingerprint)


def import_identity(source: Path, target: Path, passphrase: str) -> IdentityMade:
    from c102desk.signing.identity import import_identity as copy_in

    made = copy_in(source, target, passphrase.encode("utf-8"))
    return IdentityMade(made.path, made.name, made.fingerprint)
