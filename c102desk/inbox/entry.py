"""One received file: its verdict (verified with ``report.verification``, the one verifier of reports), who signed
it, and what the attached assessment and evaluation say (country, revision, date, verdict per Part,
ratification answer and blockers).

``read_entry`` reads the file once, keeps its SHA-256 and a summary, and lets the bytes go: an inbox of hundreds
of reports never holds more than one PDF in memory. Analysts' exports read an intact file again and use it only
when its bytes still have that SHA-256 (``attachments_if_unchanged``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from c102desk.i18n import Msg
from c102desk.report.attachments import ASSESSMENT_NAME, EVALUATION_NAME, REPORT_META_NAME, read_attachments
from c102desk.report.verification import ReportCheck, read_report, verify_report_bytes
from c102desk.signing.verify import NotASignedReportError, UnsignedPdfError

PARTS: tuple[str, ...] = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
BRANCHES: tuple[str, ...] = PARTS[:9]  # Parts II–X, the ones a State accepts (Art 2)


class Verdict(StrEnum):
    """What the inbox says of a file (docs/inbox-and-exports.md)."""

    INTACT = "intact"  # a c102desk report whose every signature holds (``c102desk verify`` exits 0)
    ALTERED = "altered"  # a signature fails, or the file was changed after one (``verify`` exits 1)
    UNSIGNED = "unsigned"  # a c102desk report (an assessment attached) that carries no signature
    NOT_A_REPORT = "not_a_report"  # not a PDF, or a PDF that is not a c102desk report
    UNREADABLE = "unreadable"  # the file itself cannot be read (permissions, a disk error)


@dataclass(frozen=True)
class Signer:
    """One signature, in signing order, as ``c102desk verify`` states it."""

    number: int
    name: str
    organisation: str
    role: str  # as the signer claims it
    signing_time: datetime | None  # as the signer's computer stated it
    fingerprint: str  # SHA-256 of the certificate
    certifies: bool  # the author's certification
    ok: bool

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "name": self.name, "organisation": self.organisation, "role": self.role,
                "signing_time": self.signing_time.isoformat(timespec="seconds") if self.signing_time else None,
                "fingerprint_sha256": self.fingerprint, "certifies": self.certifies, "valid": self.ok}


@dataclass(frozen=True)
class Contents:
    """What the attached files say. Read from every report with an assessment attached; the inbox shows the
    verdicts only of reports that are not altered."""

    country: str
    title: str
    assessment_id: str | None
    revision: int | None
    assessment_status: str | None  # draft / final
    generated: datetime | None  # when the report was written (its description)
    language: str
    questionnaire_version: str
    parts: dict[str, str]  # Part → status value (engine-contract.md §2)
    ratification: str | None  # possible / not_possible / not_yet_determinable
    acceptable: tuple[str, ...] = ()  # Parts II–X that could be accepted now
    blockers: tuple[str, ...] = ()  # requirement ids that stop ratification
    articles: dict[str, str] = field(default_factory=dict)  # the blockers' articles, by requirement id
    article_3_declaration_needed: bool = False

    def blocker_names(self, lang: str = "en") -> list[str]:
        """What stops ratification, in words: "Employees' share of the cost (Art 71(2))"."""
        from c102desk.i18n import verdicts

        return [verdicts.requirement_named(b, self.articles[b], lang) if b in self.articles
                else verdicts.requirement_name(b, lang) for b in self.blockers]

    @property
    def day(self) -> date | None:
        """The report's date, as its author's computer had it."""
        return self.generated.date() if self.generated is not None else None


@dataclass(frozen=True)
class ReportEntry:
    """A received report as the inbox lists it: the file, its verdict, its signers and its problems."""

    path: Path
    name: str  # relative to the inbox folder
    size: int
    sha256: str
    verdict: Verdict
    signers: tuple[Signer, ...] = ()
    problems: tuple[Msg, ...] = ()  # why it is altered, unreadable or not a report
    contents: Contents | None = None
    region: str | None = None  # filled in by the scan (``regions``)
    iso: str = ""  # the country's ISO code when known

    @property
    def shows_verdicts(self) -> bool:
        """Whether the Part verdicts may be shown: not for an altered file (nothing says who wrote them)."""
        return self.contents is not None and self.verdict in (Verdict.INTACT, Verdict.UNSIGNED)

    def with_region(self, region: str | None, iso: str) -> ReportEntry:
        return ReportEntry(self.path, self.name, self.size, self.sha256, self.verdict, self.signers, self.problems,
                           self.contents, region, iso)


def read_entry(path: Path, name: str | None = None) -> ReportEntry:
    """Verify one file and read its summary. Never raises for a bad file: the verdict says what it is."""
    name = name or path.name
    try:
        data = read_report(path, name)  # a file far larger than any report is not read (MAX_REPORT_BYTES)
    except NotASignedReportError as exc:
        return ReportEntry(path, name, 0, "", Verdict.UNREADABLE, problems=(exc.args[0],))
    digest = hashlib.sha256(data).hexdigest()
    size = len(data)
    try:
        check = verify_report_bytes(data, name)
    except UnsignedPdfError:
        contents = read_contents(data)
        if contents is None:
            return ReportEntry(path, name, size, digest, Verdict.NOT_A_REPORT,
                               problems=(Msg("report_check.not_c102", source=name),))
        return ReportEntry(path, name, size, digest, Verdict.UNSIGNED, contents=contents,
                           problems=(Msg("sig.no_signature", source=name),))
    except NotASignedReportError as exc:
        problem = exc.args[0] if exc.args and isinstance(exc.args[0], Msg) else Msg("report_check.not_c102",
                                                                                  source=name)
        return ReportEntry(path, name, size, digest, Verdict.NOT_A_REPORT, problems=(problem,))
    verdict = Verdict.INTACT if check.ok else Verdict.ALTERED
    return ReportEntry(path, name, size, digest, verdict, signers=_signers(check),
                       problems=tuple(check.all_problems()), contents=read_contents(data))


def _signers(check: ReportCheck) -> tuple[Signer, ...]:
    return tuple(Signer(s.number, s.signer, s.organisation, s.role, s.signing_time, s.fingerprint, s.certifies,
                        s.ok) for s in check.signatures)


def attached_files(data: bytes) -> dict[str, bytes]:
    """The attached assessment, evaluation and description, as bytes (those attached)."""
    try:
        files = read_attachments(data)
    except ValueError:
        return {}
    return {name: files[name] for name in (ASSESSMENT_NAME, EVALUATION_NAME, REPORT_META_NAME) if name in files}


def attached_json(data: bytes | dict[str, bytes]) -> dict[str, Any]:
    """The attached assessment, evaluation and description, parsed (those that are JSON objects)."""
    files = attached_files(data) if isinstance(data, bytes) else data
    found: dict[str, Any] = {}
    for name, raw in files.items():
        try:
            value = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(value, dict):
            found[name] = value
    return found


def read_contents(data: bytes) -> Contents | None:
    """The summary of a report's attachments; None when no assessment is attached."""
    attached = attached_json(data)
    assessment = attached.get(ASSESSMENT_NAME)
    if assessment is None:
        return None
    return contents_of(assessment, attached.get(EVALUATION_NAME) or {}, attached.get(REPORT_META_NAME) or {})


def contents_of(assessment: dict[str, Any], evaluation: dict[str, Any], meta: dict[str, Any]) -> Contents:
    info = _dict(assessment.get("assessment"))
    parts = {part: str(value.get("status")) for part, value in _dict(evaluation.get("parts")).items()
             if isinstance(value, dict) and isinstance(value.get("status"), str)}
    ratification = _dict(evaluation.get("ratification"))
    revision = info.get("revision")
    blockers = tuple(str(b) for b in ratification.get("blocking") or () if isinstance(b, str))
    return Contents(
        country=_text(assessment.get("country")),
        title=_text(assessment.get("title")),
        assessment_id=_text(info.get("id")) or None,
        revision=revision if isinstance(revision, int) and not isinstance(revision, bool) else None,
        assessment_status=_text(info.get("status")) or None,
        generated=_moment(meta.get("generated")),
        language=_text(meta.get("lang")) or _text(evaluation.get("language")),
        questionnaire_version=_text(evaluation.get("questionnaire_version")
                                    or assessment.get("questionnaire_version")),
        parts=parts,
        ratification=_text(ratification.get("status")) or (
            None if "possible" not in ratification else "possible" if ratification["possible"] else "not_possible"),
        acceptable=tuple(str(p) for p in ratification.get("parts") or () if isinstance(p, str)),
        blockers=blockers,
        articles=_articles(evaluation, set(blockers)),
        article_3_declaration_needed=ratification.get("article_3_declaration_needed") is True,
    )


def attachments_if_unchanged(entry: ReportEntry) -> dict[str, bytes] | None:
    """The attachments of an entry's file, read again, when its bytes are still those that were verified."""
    try:
        data = entry.path.read_bytes()
    except OSError:
        return None
    if not entry.sha256 or hashlib.sha256(data).hexdigest() != entry.sha256:
        return None
    return attached_files(data)


def _articles(evaluation: dict[str, Any], wanted: set[str]) -> dict[str, str]:
    """The article of each requirement in ``wanted``, from the evaluation (Parts, then the ratification's)."""
    found: dict[str, str] = {}
    groups = [_dict(p).get("requirements") for p in _dict(evaluation.get("parts")).values()]
    groups.append(_dict(evaluation.get("ratification")).get("requirements"))
    for group in groups:
        for requirement in group if isinstance(group, list) else ():
            rid = _dict(requirement).get("id")
            if rid in wanted and isinstance(requirement.get("article"), str):
                found[rid] = requirement["article"]
    return found


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
