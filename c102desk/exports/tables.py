"""The analysts' tables: what each sheet (XLSX) or file (CSV) holds, one typed value per cell.

Long format, one row per thing: an assessment (``assessments``), a requirement of an assessment
(``requirements``), a figure the engine computed for a requirement (``figures``), an answer (``answers``).
Cells are Python values of their column's type — ``str``, ``int``, ``Decimal``/``float``, ``bool``, ``date`` —
or ``None`` for an empty cell; the writers turn them into typed XLSX cells or documented CSV text
(docs/inbox-and-exports.md). Headers are stable English snake_case names for scripts; names of statuses,
requirements and questions are in the export's language beside the codes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from c102desk.i18n import verdicts
from c102desk.regions import region_name


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATE = "date"
    STATUS = "status"  # a code of a closed list (the engine's statuses): typed as text, checked on entry in XLSX
    VALUE = "value"  # the cell's own type (an answer, a figure): number, boolean or text


@dataclass(frozen=True)
class Column:
    """A column of an exported table: its name, the kind of its values and its width."""

    name: str
    kind: Kind
    width: int = 14  # characters, for XLSX


@dataclass(frozen=True)
class Sheet:
    """An exported table: a sheet of the workbook, or one CSV file."""

    name: str  # the XLSX sheet's name and the CSV file's suffix
    columns: tuple[Column, ...]


REQUIREMENT_STATUSES = ("met", "not_met", "needs_review", "insufficient_information", "not_applicable")
PART_STATUSES = ("not_assessed", "not_compliant", "insufficient_information", "compliant_with_review", "compliant")
RATIFICATION_STATUSES = ("possible", "not_possible", "not_yet_determinable")
PARTS = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")

_WHO = (Column("source", Kind.TEXT, 28), Column("assessment_id", Kind.TEXT, 12), Column("country", Kind.TEXT, 20))

ASSESSMENTS = Sheet("assessments", (
    *_WHO, Column("iso_code", Kind.TEXT, 6), Column("region", Kind.TEXT, 18), Column("title", Kind.TEXT, 28),
    Column("revision", Kind.INTEGER, 8), Column("assessment_status", Kind.TEXT, 10), Column("date", Kind.DATE, 11),
    Column("verification", Kind.TEXT, 11), Column("signers", Kind.TEXT, 36),
    Column("ratification", Kind.STATUS, 18), Column("ratification_label", Kind.TEXT, 28),
    Column("parts_acceptable", Kind.TEXT, 16), Column("blockers", Kind.TEXT, 24),
    Column("article_3_declaration_needed", Kind.BOOLEAN, 10), Column("questionnaire_version", Kind.TEXT, 8),
    *(Column(f"part_{p}", Kind.STATUS, 14) for p in PARTS),
))
REQUIREMENTS = Sheet("requirements", (
    *_WHO, Column("region", Kind.TEXT, 18), Column("revision", Kind.INTEGER, 8), Column("date", Kind.DATE, 11),
    Column("part", Kind.TEXT, 6), Column("part_status", Kind.STATUS, 14), Column("requirement_id", Kind.TEXT, 16),
    Column("requirement", Kind.TEXT, 40), Column("article", Kind.TEXT, 10), Column("status", Kind.STATUS, 14),
    Column("status_label", Kind.TEXT, 18), Column("superseded", Kind.BOOLEAN, 10),
    Column("informational", Kind.BOOLEAN, 10), Column("article_3_alternative", Kind.BOOLEAN, 10),
    Column("figure", Kind.NUMBER, 10), Column("threshold", Kind.NUMBER, 10), Column("figure_name", Kind.TEXT, 18),
    Column("explanation", Kind.TEXT, 60),
))
FIGURES = Sheet("figures", (
    *_WHO, Column("part", Kind.TEXT, 6), Column("requirement_id", Kind.TEXT, 16),
    Column("figure", Kind.TEXT, 28), Column("value", Kind.VALUE, 14),
))
ANSWERS = Sheet("answers", (
    *_WHO, Column("part", Kind.TEXT, 6), Column("question_id", Kind.TEXT, 28), Column("question", Kind.TEXT, 50),
    Column("type", Kind.TEXT, 12), Column("value", Kind.VALUE, 16), Column("value_label", Kind.TEXT, 24),
    Column("unit", Kind.TEXT, 10), Column("not_known", Kind.BOOLEAN, 9),
))
SHEETS = (ASSESSMENTS, REQUIREMENTS, FIGURES, ANSWERS)
STATUS_CHOICES: dict[str, tuple[str, ...]] = {
    "ratification": RATIFICATION_STATUSES, "part_status": PART_STATUSES, "status": REQUIREMENT_STATUSES,
    **{f"part_{p}": PART_STATUSES for p in PARTS},
}

# The main figure of a requirement and the threshold it is measured against, when the engine computed them (the
# calculation records' values): a coverage share, a replacement rate, a period against its limit.
HEADLINES: tuple[tuple[str, str], ...] = (
    ("percent", "threshold_percent"), ("replacement_percent", "required_percent"), ("value", "limit"),
)


@dataclass(frozen=True)
class Assessed:
    """One assessment as the analysts' tables see it: who and when, and its evaluation (the engine's JSON)."""

    source: str  # the report's file name, or "library"
    assessment_id: str
    country: str
    title: str
    evaluation: Mapping[str, Any]
    answers: Mapping[str, Any]
    questionnaire: Any = None  # the questionnaire the answers belong to (labels, types), when known
    iso: str = ""
    region: str | None = None
    revision: int | None = None
    assessment_status: str | None = None
    day: date | None = None
    verification: str = ""  # intact / unsigned for a received report; "" for the library
    signers: tuple[str, ...] = field(default_factory=tuple)


def _who(item: Assessed) -> list[Any]:
    return [item.source, item.assessment_id or None, item.country or None]


def assessment_row(item: Assessed, lang: str) -> list[Any]:
    ratification = _mapping(item.evaluation.get("ratification"))
    parts = _mapping(item.evaluation.get("parts"))
    status = _str(ratification.get("status"))
    return [
        *_who(item), item.iso or None, region_name(item.region, lang) if item.region
        else None, item.title, item.revision, item.assessment_status, item.day, item.verification or None,
        "; ".join(item.signers) or None, status, verdicts.ratification_status(status, lang) if status else None,
        ", ".join(str(p) for p in ratification.get("parts") or []) or None,
        ", ".join(str(b) for b in ratification.get("blocking") or []) or None,
        ratification.get("article_3_declaration_needed") is True,
        _str(item.evaluation.get("questionnaire_version")),
        *(_str(_mapping(parts.get(p)).get("status")) for p in PARTS),
    ]


def _requirements(item: Assessed) -> Iterator[tuple[str, str | None, Mapping[str, Any]]]:
    """(Part, Part status, requirement) for every requirement: Parts II–XIV, then the ratification's (Part I)."""
    parts = _mapping(item.evaluation.get("parts"))
    for part in PARTS:
        result = _mapping(parts.get(part))
        for requirement in result.get("requirements") or []:
            if isinstance(requirement, Mapping):
                yield part, _str(result.get("status")), requirement
    for requirement in _mapping(item.evaluation.get("ratification")).get("requirements") or []:
        if isinstance(requirement, Mapping):
            yield "I", None, requirement


def requirement_rows(item: Assessed, lang: str) -> Iterator[list[Any]]:
    for part, part_status, requirement in _requirements(item):
        rid, status = _str(requirement.get("id")), _str(requirement.get("status"))
        superseded = requirement.get("superseded") is True
        values = _mapping(requirement.get("values"))
        figure, threshold, figure_name = headline(values)
        yield [
            *_who(item), region_name(item.region, lang) if item.region else None,
            item.revision, item.day, part, part_status, rid, verdicts.requirement_name(rid, lang),
            _str(requirement.get("article")), status,
            verdicts.requirement_status(status, lang, superseded=superseded) if status else None, superseded,
            requirement.get("informational") is True, requirement.get("article_3_alternative") is True,
            figure, threshold, figure_name, _str(requirement.get("explanation")),
        ]


def figure_rows(item: Assessed) -> Iterator[list[Any]]:
    for part, _status, requirement in _requirements(item):
        for name, value in flatten(_mapping(requirement.get("values"))):
            yield [*_who(item), part, _str(requirement.get("id")), name,
                   cell_value(value)]


def answer_rows(item: Assessed, lang: str) -> Iterator[list[Any]]:
    questionnaire = item.questionnaire
    for qid, value in item.answers.items():
        question = _question(questionnaire, qid)
        label = questionnaire.label(question, lang) if question is not None else None
        qtype = str(question.type) if question is not None else None
        unit = (question.unit or None) if question is not None else None
        yield [*_who(item), question.part if question is not None else
               qid.split(".", 1)[0], qid, label, qtype, cell_value(value),
               _option_labels(questionnaire, question, value, lang), unit, value is None]


def _question(questionnaire: Any, qid: str) -> Any:
    if questionnaire is None:
        return None
    try:
        return questionnaire.question(qid)
    except KeyError:
        return None


def _option_labels(questionnaire: Any, question: Any, value: Any, lang: str) -> str | None:
    if question is None or not question.options:
        return None
    chosen = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return "; ".join(questionnaire.option_label(question, str(v), lang) for v in chosen) or None


def headline(values: Mapping[str, Any]) -> tuple[Any, Any, str | None]:
    """The main figure, its threshold and the figure's name (a dotted path for a nested test)."""
    flat = dict(flatten(values))
    for figure_key, threshold_key in HEADLINES:
        for name, value in flat.items():
            if (name == figure_key or name.endswith("." + figure_key)) and _is_number(value):
                prefix = name[: -len(figure_key)]
                threshold = flat.get(prefix + threshold_key)
                return value, threshold if _is_number(threshold) else None, name
    return None, None, None


def flatten(values: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """A requirement's figures as (dotted name, value); a nested test's figures under its name."""
    for key, value in values.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from flatten(value, name + ".")
        else:
            yield name, value


def cell_value(value: Any) -> Any:
    """A JSON value as one typed cell: numbers and booleans stay, a list is its items joined by "; "."""
    if isinstance(value, list):
        return "; ".join(str(cell_value(v)) for v in value) or None
    if isinstance(value, Mapping):
        return "; ".join(f"{k}={cell_value(v)}" for k, v in value.items()) or None
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""
