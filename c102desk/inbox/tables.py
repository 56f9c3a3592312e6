"""The received reports as rows of the analysts' tables (``c102desk.exports``).

Only intact reports go into an export, the chart and the summary: what an altered file says cannot be trusted,
and an unsigned one shows nobody who made it. Each report is read again, one at a time, and used only if its
bytes are still those verified (their SHA-256); a file changed or removed since is left out and named.
The figures are those the signed evaluation states — nothing is evaluated again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from c102desk.errors import AssessmentFileError
from c102desk.exports.tables import Assessed
from c102desk.inbox.entry import ReportEntry, Verdict, attachments_if_unchanged
from c102desk.report.attachments import ASSESSMENT_NAME, EVALUATION_NAME


def analysable(entries: Iterable[ReportEntry]) -> list[ReportEntry]:
    """The entries an analysis counts: intact reports."""
    return [e for e in entries if e.verdict is Verdict.INTACT and e.contents is not None]


def assessed(entries: Iterable[ReportEntry], changed: list[ReportEntry] | None = None) -> Iterator[Assessed]:
    """Each intact report as an ``Assessed``; those changed since they were verified go to ``changed``."""
    for entry in analysable(entries):
        files = attachments_if_unchanged(entry)
        if files is None or ASSESSMENT_NAME not in files:
            if changed is not None:
                changed.append(entry)
            continue
        yield _item(entry, files)


def _item(entry: ReportEntry, files: dict[str, bytes]) -> Assessed:
    from c102desk.assessment.file_format import parse_assessment

    contents = entry.contents
    assert contents is not None
    raw = files[ASSESSMENT_NAME]
    questionnaire: Any = None
    try:
        parsed = parse_assessment(raw, entry.name)
        answers: dict[str, Any] = dict(parsed.answers)
        questionnaire = parsed.questionnaire
    except AssessmentFileError:  # e.g. a newer questionnaire than this program knows: the answers as written
        answers = _json(raw).get("answers") or {}
    return Assessed(
        source=entry.name, assessment_id=contents.assessment_id or "", country=contents.country,
        title=contents.title, evaluation=_json(files.get(EVALUATION_NAME, b"{}")), answers=answers,
        questionnaire=questionnaire, iso=entry.iso, region=entry.region, revision=contents.revision,
        assessment_status=contents.assessment_status, day=contents.day, verification=entry.verdict.value,
        signers=tuple(_signed_by(s) for s in entry.signers),
    )


def _signed_by(signer: Any) -> str:
    text = signer.name or "?"
    return f"{text} ({signer.role})" if signer.role else text


def _json(raw: bytes) -> dict[str, Any]:
    try:
        value = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return value if isinstance(value, dict) else {}
