"""Exports for analysts: assessments as tables a spreadsheet or a statistics program opens (CSV, XLSX).

``write_tables`` writes any number of assessments (one from the library, or every intact report of an inbox)
streaming, one assessment at a time; ``library_assessment`` makes the one of the local store. The tables and
their columns are in ``tables``; docs/inbox-and-exports.md is their reference.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c102desk.errors import C102Error
from c102desk.exports.tables import ANSWERS, ASSESSMENTS, FIGURES, REQUIREMENTS, Assessed
from c102desk.i18n import Msg
from c102desk.regions import Regions

if TYPE_CHECKING:
    from c102desk.store import Store

FORMATS = ("csv", "xlsx")


class ExportError(C102Error):
    """The export cannot be written (a folder that does not exist, no permission, a full disk …)."""


@dataclass(frozen=True)
class Written:
    """What an export wrote: its files and how many assessments they hold."""

    files: tuple[Path, ...]
    assessments: int


def output_files(out: Path, fmt: str) -> tuple[Path, ...]:
    """The files an export to ``out`` writes."""
    if fmt == "csv":
        from c102desk.exports.csv_files import csv_paths

        return tuple(csv_paths(out).values())
    return (out,)


def write_tables(items: Iterable[Assessed], out: Path, fmt: str, lang: str = "en", *,
                 title: str = "C102 gap assessments") -> Written:
    """Write the tables of ``items`` to ``out`` (CSV: ``out`` and the files beside it). Nothing is left behind
    when it fails: ``ExportError`` says why in words."""
    if fmt not in FORMATS:
        raise ExportError(Msg("export.unknown_format", format=fmt))
    out = Path(out)
    if out.is_dir():
        raise ExportError(Msg("export.is_folder", path=str(out)))
    if not out.parent.is_dir():
        raise ExportError(Msg("export.no_folder", path=str(out), folder=str(out.parent)))
    count = 0
    try:
        if fmt == "csv":
            from c102desk.exports.csv_files import csv_tables

            with csv_tables(out) as tables:
                for item in items:
                    _write(tables, item, lang)
                    count += 1
        else:
            from c102desk.exports.xlsx_file import xlsx_tables

            with xlsx_tables(out, title=title) as xlsx:
                for item in items:
                    _write(xlsx, item, lang)
                    count += 1
    except OSError as exc:
        raise ExportError(Msg("export.cannot_write", path=str(out), reason=exc.strerror or str(exc))) from None
    return Written(output_files(out, fmt), count)


def _write(tables: Any, item: Assessed, lang: str) -> None:
    from c102desk.exports.tables import answer_rows, assessment_row, figure_rows, requirement_rows

    tables.row(ASSESSMENTS, assessment_row(item, lang))
    for row in requirement_rows(item, lang):
        tables.row(REQUIREMENTS, row)
    for row in figure_rows(item):
        tables.row(FIGURES, row)
    for row in answer_rows(item, lang):
        tables.row(ANSWERS, row)


def library_assessment(raw: bytes, lang: str = "en", regions: Regions | None = None) -> Assessed:
    """One assessment of the local store (the file its export writes), evaluated now."""
    from c102desk.assessment.file_format import parse_assessment
    from c102desk.engine import evaluate

    assessment = parse_assessment(raw, "library")
    evaluation = evaluate(assessment.answers, assessment.questionnaire, migrated_from=assessment.migrated_from)
    info = assessment.extra.get("assessment")
    info = info if isinstance(info, dict) else {}
    region = (regions or Regions()).of(assessment.country)
    revision = info.get("revision")
    return Assessed(
        source="library", assessment_id=str(info.get("id") or ""), country=assessment.country,
        title=assessment.title, evaluation=evaluation.to_json(lang), answers=assessment.answers,
        questionnaire=assessment.questionnaire, iso=region.iso if region else "",
        region=region.code if region else None,
        revision=revision if isinstance(revision, int) and not isinstance(revision, bool) else None,
        assessment_status=info.get("status") if isinstance(info.get("status"), str) else None,
        day=_day(info.get("changed")),
    )


def export_from_library(store: Store, assessment_id: str, out: Path, fmt: str, lang: str = "en") -> Written:
    """``c102desk export ID --format csv|xlsx``: one assessment of the local store, with the region of its
    country from the user's grouping in the store's folder or the bundled list."""
    from c102desk.regions import load_user_regions, user_regions_path
    from c102desk.store.values import dump_json

    raw = (dump_json(store.export_document(assessment_id), indent=2) + "\n").encode("utf-8")
    regions = Regions(load_user_regions(user_regions_path(store.folder)))
    item = library_assessment(raw, lang, regions)
    return write_tables([item], out, fmt, lang, title=f"C102 gap assessment — {item.country}")


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None
