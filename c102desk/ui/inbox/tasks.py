"""The slow work of Received reports… besides the verification, as plain functions for ``TaskRunner`` (off the
GUI thread, no widget): the analysts' tables of the reports shown, and the summary PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from c102desk.inbox.entry import ReportEntry


@dataclass(frozen=True)
class Exported:
    """What the inbox's export wrote, and the reports left out."""

    files: tuple[Path, ...]
    assessments: int
    changed: tuple[str, ...]  # reports changed on disk since they were verified: left out


def export_tables(entries: list[ReportEntry], out: Path, fmt: str, lang: str) -> Exported:
    from c102desk.exports import write_tables
    from c102desk.inbox.tables import assessed

    changed: list[ReportEntry] = []
    written = write_tables(assessed(entries, changed), out, fmt, lang, title="Received C102 gap assessments")
    return Exported(written.files, written.assessments, tuple(e.name for e in changed))


def write_summary(entries: list[ReportEntry], out: Path, lang: str, folder: str) -> Path:
    from c102desk.inbox.summary_pdf import write_summary as write

    write(entries, out, lang, folder=folder)
    return out
