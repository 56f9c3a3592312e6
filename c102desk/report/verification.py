"""Verify a c102desk report, and take the assessment out of one for import only when it is intact.

``c102desk.signing.verify`` checks every signature of the file; here, on top, the file must be a c102desk report
(an assessment attached) whose first signature — the author's — is by the certificate the report itself
names. ``c102desk verify``, ``c102desk import report.pdf`` and the app's Verify a report… and import all go
through ``verify_report``: one judgement, said in the same words (engine-contract.md §3, docs/signatures.md).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from c102desk.errors import AssessmentFileError
from c102desk.i18n import Msg
from c102desk.report.attachments import ASSESSMENT_NAME, read_attachments, report_meta
from c102desk.signing.verify import (
    Changes,
    NotASignedReportError,
    SignatureCheck,
    SignedPdf,
    UnsignedPdfError,
    check_pdf,
)

INDENT = "  "


class ReportRefusedError(AssessmentFileError):
    """A report PDF is not imported: it is not intact, or it is unsigned and that was not allowed."""


class UnsignedReportError(ReportRefusedError):
    """A report PDF without any signature, which was not allowed in."""


@dataclass(frozen=True)
class ReportCheck:
    """Every signature of a report, and what is wrong with the report as a c102desk report."""

    source: str
    pdf: SignedPdf
    problems: tuple[Msg, ...] = ()

    @property
    def signatures(self) -> tuple[SignatureCheck, ...]:
        return self.pdf.signatures

    @property
    def ok(self) -> bool:
        return self.pdf.ok and not self.problems

    def all_problems(self) -> list[Msg]:
        return [*self.pdf.all_problems(), *self.problems]

    def lines(self, lang: str = "en") -> list[str]:
        """The text ``c102desk verify`` prints (docs/signatures.md)."""
        def say(key: str, **params: object) -> str:
            return Msg(key, **params).render(lang)

        count = len(self.signatures)
        out = [say("verify.file", source=self.source), say("verify.count", count=str(count))]
        for check in self.signatures:
            state = say("verify.state_ok" if check.ok else "verify.state_bad")
            heading = "verify.heading_certifying" if check.certifies else "verify.heading"
            out.append(say(heading, number=str(check.number), count=str(count), state=state))
            out.extend(INDENT + line for line in signature_lines(check, lang))
        for problem in (*self.pdf.problems, *self.problems):
            out.append(say("verify.problem", problem=problem))
        if self.ok:
            out.append(say("verify.verdict_ok"))
        else:
            out.append(say("verify.verdict_bad", problems=Msg.join(self.all_problems(), "; ")))
        return out


def signature_lines(check: SignatureCheck, lang: str = "en") -> list[str]:
    """One signature as lines: signer, role, stated time, fingerprint, validity, what changed after, problems."""
    def say(key: str, **params: object) -> str:
        return Msg(key, **params).render(lang)

    signer = check.signer or say("verify.unnamed")
    out = [say("verify.signer_org", name=signer, organisation=check.organisation) if check.organisation
           else say("verify.signer", name=signer)]
    if check.role:
        out.append(say("verify.role", role=check.role))
    out.append(say("verify.time", time=moment_text(check.signing_time) or say("verify.no_time")))
    if check.fingerprint:
        out.append(say("verify.fingerprint", fingerprint=check.fingerprint))
    if check.valid_from is not None and check.valid_until is not None:
        out.append(say("verify.validity", start=check.valid_from.date().isoformat(),
                       end=check.valid_until.date().isoformat()))
    out.append(say("verify.after", what=changes_text(check, lang)))
    out.extend(say("verify.problem", problem=problem) for problem in check.problems)
    if check.technical:
        out.append(say("verify.technical", detail=check.technical))
    return out


def changes_text(check: SignatureCheck, lang: str = "en") -> str:
    """What was changed in the file after this signature, in words ("only signature 2 was added")."""
    if check.changes_after is Changes.NONE:
        return Msg("changes.none").render(lang)
    if check.changes_after is Changes.SIGNATURES:
        if not check.later_signatures:
            return Msg("changes.signature_data").render(lang)
        if len(check.later_signatures) == 1:
            return Msg("changes.one_signature", number=str(check.later_signatures[0])).render(lang)
        return Msg("changes.signatures", numbers=", ".join(str(n) for n in check.later_signatures)).render(lang)
    return Msg("changes.other").render(lang)


def moment_text(when: datetime | None) -> str:
    """A stated time as ISO 8601 with its offset (the same in every language)."""
    return when.isoformat(timespec="seconds") if when is not None else ""


def verify_report_bytes(data: bytes, source: str = "<input>") -> ReportCheck:
    """Check a report PDF. ``NotASignedReportError`` when it is no PDF, carries no signature, or is signed and
    intact but is not a c102desk report; any other problem is in the result (``ok`` false)."""
    checked = check_pdf(data, source)
    try:
        files = read_attachments(data)
    except ValueError:
        files = {}
    problems: list[Msg] = []
    if ASSESSMENT_NAME not in files:
        if checked.ok:
            raise NotASignedReportError(Msg("report_check.not_c102", source=source))
        return ReportCheck(source, checked)
    try:
        meta = report_meta(data)
    except ValueError:
        meta = None
    named = meta.get("signer_fingerprint_sha256") if meta else None
    first = checked.signatures[0] if checked.signatures else None
    if isinstance(named, str) and first is not None and first.fingerprint and named != first.fingerprint:
        problems.append(Msg("report_check.other_signer"))
    return ReportCheck(source, checked, tuple(problems))


def verify_report(path: str | Path) -> ReportCheck:
    return verify_report_bytes(read_report(path), str(path))


def report_language(data: bytes, default: str = "en") -> str:
    """The language the report was written in (its description), ``default`` when it does not say."""
    try:
        meta = report_meta(data)
    except ValueError:
        meta = None
    lang = meta.get("lang") if meta else None
    return lang if isinstance(lang, str) and lang else default


# --------------------------------------------------------------------- import


@dataclass(frozen=True)
class ReportForImport:
    """The assessment attached to a report, with the check that allowed it in (None: unsigned, allowed)."""

    assessment: bytes
    check: ReportCheck | None

    @property
    def unsigned(self) -> bool:
        return self.check is None


def assessment_for_import(path: str | Path, *, allow_unsigned: bool = False) -> ReportForImport:
    """The assessment attached to a report PDF, when every signature of the report holds.

    A report that is not intact is refused, saying why (``ReportRefusedError``); an unsigned one too unless
    ``allow_unsigned``; a PDF that is no c102desk report is an ``AssessmentFileError``."""
    source = str(path)
    data = read_report(path)
    try:
        check: ReportCheck | None = verify_report_bytes(data, source)
    except UnsignedPdfError:
        check = None
    except NotASignedReportError as exc:
        raise AssessmentFileError(exc.args[0] if exc.args else str(exc)) from None
    if check is not None and not check.ok:
        raise ReportRefusedError(Msg("import.refused", source=source,
                                     reasons=Msg.join(check.all_problems(), "; ")))
    try:
        found = read_attachments(data).get(ASSESSMENT_NAME)
    except ValueError as exc:
        raise AssessmentFileError(Msg("import.unreadable", source=source, detail=str(exc))) from None
    if found is None:
        raise AssessmentFileError(Msg("report_check.not_c102", source=source))
    if check is None and not allow_unsigned:
        raise UnsignedReportError(Msg("import.unsigned", source=source))
    return ReportForImport(found, check)


@dataclass(frozen=True)
class ExtractedReport:
    """``assessment_for_import``'s result, with the assessment written to a temporary file for the store."""

    file: Path
    report: ReportForImport


@contextmanager
def extracted_assessment(path: str | Path, *, allow_unsigned: bool = False) -> Iterator[ExtractedReport]:
    """The checked assessment of a report PDF as a temporary ``.c102.json`` file, deleted afterwards."""
    found = assessment_for_import(path, allow_unsigned=allow_unsigned)
    with tempfile.TemporaryDirectory(prefix="c102desk-import-") as folder:
        # The report's name says where the assessment came from in any message; a long one is cut to fit.
        extracted = Path(folder) / f"{Path(path).name[:120]} (attached assessment).c102.json"
        extracted.write_bytes(found.assessment)
        yield ExtractedReport(extracted, found)


# The largest report read: far above any report c102desk writes (the 1,730-page test of docs/performance.md §8
# is a few megabytes, an attached assessment at most 16 MiB), low enough that a huge or endless file (a device,
# a disk image renamed .pdf) is refused before it is read into memory and parsed.
MAX_REPORT_BYTES = 256 * 1024 * 1024


def read_report(path: str | Path, name: str | None = None) -> bytes:
    """A report file's bytes; a file that cannot be read, or is far larger than any report, is a
    ``NotASignedReportError`` with a plain message (naming the file as ``name``, by default its path)."""
    source, shown = Path(path), name or str(path)
    try:
        if source.is_dir():
            raise NotASignedReportError(Msg("sig.cannot_read", source=shown, reason=Msg("sig.is_folder")))
        if source.stat().st_size > MAX_REPORT_BYTES:
            raise _too_large(shown)
        with source.open("rb") as handle:
            data = handle.read(MAX_REPORT_BYTES + 1)  # a device or a pipe reports no size: read only that far
    except OSError as exc:
        raise NotASignedReportError(Msg("sig.cannot_read", source=shown, reason=exc.strerror or "")) from None
    if len(data) > MAX_REPORT_BYTES:
        raise _too_large(shown)
    return data


def _too_large(shown: str) -> NotASignedReportError:
    return NotASignedReportError(Msg("sig.too_large", source=shown, limit=MAX_REPORT_BYTES // 1024 // 1024))
