"""Read and check assessment files (engine-contract.md §1).

Every problem becomes one ``AssessmentFileError`` whose message names the file and the offending key or value,
in words an assessor understands; its type says which kind of problem it is (errors.py). Numbers are read as
``Decimal`` so that thresholds compare exactly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c102desk.assessment.errors import (
    CutShortError,
    FileTooLargeError,
    NewerFormatError,
    NotAnAssessmentError,
    RefusedContentsError,
    UnknownQuestionnaireError,
)
from c102desk.assessment.limits import MAX_FILE_BYTES, load_json, read_limited
from c102desk.assessment.schema_check import conforms
from c102desk.errors import QuestionnaireError
from c102desk.questionnaire import CURRENT_VERSION, load_questionnaire
from c102desk.questionnaire.migration import upgrade_answers
from c102desk.questionnaire.model import Questionnaire, Severity
from c102desk.resources import resource_path

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

FORMAT = "c102-assessment"
FORMAT_VERSION = 1
SCHEMA_FILE = "c102-assessment.schema.json"
_VERSION_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,31}")


@dataclass
class AssessmentFile:
    """An assessment file as read: the questionnaire version, the answers and what the file says about them."""

    questionnaire_version: str
    answers: dict[str, Any]
    country: str = ""
    title: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # The questionnaire version the file was written for, when its answers were carried forward to the current one.
    migrated_from: str | None = None

    @property
    def questionnaire(self) -> Questionnaire:
        return load_questionnaire(self.questionnaire_version)


@cache
def assessment_schema() -> dict[str, Any]:
    with resource_path("schema", SCHEMA_FILE).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def read_assessment(path: str | Path) -> AssessmentFile:
    """Read an assessment file from disk (see ``parse_assessment``)."""
    path = Path(path)
    return parse_assessment(read_limited(path), str(path))


def parse_assessment(data: bytes | str, source: str = "<input>") -> AssessmentFile:
    """Parse and fully validate an assessment: its limits (limits.py), format, version, schema, question ids and
    value types."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise FileTooLargeError(source, "the file is too large for an assessment file")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":  # the last character's bytes cut off
                raise CutShortError(source, "not UTF-8 text (the file seems cut off)") from None
            raise NotAnAssessmentError(source, "not a c102desk assessment file (not UTF-8 text)") from None
    else:
        text = data
    raw = load_json(text, source)
    if not isinstance(raw, dict):
        raise NotAnAssessmentError(source, "not a c102desk assessment file (expected a JSON object)")
    if "format" not in raw:
        raise NotAnAssessmentError(source, "not a c102desk assessment file ('format' is missing)")
    if raw["format"] != FORMAT:
        raise NotAnAssessmentError(source, f"'format' is {raw['format']!r}, expected {FORMAT!r}")
    version = raw.get("format_version")
    if version is None:
        raise RefusedContentsError(source, "'format_version' is missing", "format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise RefusedContentsError(source, f"'format_version' must be a whole number, got {version!r}",
                                   "format_version")
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            source, f"'format_version' {version} is newer than this program reads ({FORMAT_VERSION}); "
            "please update c102desk", version)
    if version < 1:
        raise RefusedContentsError(source, f"'format_version' {version} is not valid", "format_version")
    if "answers" not in raw:
        raise RefusedContentsError(source, "'answers' is missing", "answers")
    if not isinstance(raw["answers"], dict):
        raise RefusedContentsError(source, "'answers' must be an object mapping question ids to values", "answers")
    q_version = raw.get("questionnaire_version", CURRENT_VERSION)
    unknown = f"'questionnaire_version' {q_version!r} is not known to this program"
    # A version names a folder: nothing else may come in.
    if not isinstance(q_version, str) or not _VERSION_NAME.fullmatch(q_version):
        raise RefusedContentsError(source, unknown, "questionnaire_version")
    try:
        questionnaire = load_questionnaire(q_version)
    except QuestionnaireError:
        raise UnknownQuestionnaireError(source, unknown, q_version) from None
    errors = [i for i in questionnaire.check_answers(raw["answers"]) if i.severity is Severity.ERROR]
    if errors:
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise RefusedContentsError(source, f"answers: {errors[0].message}{more}", f"answers/{errors[0].question_id}")
    _check_schema(raw, source)
    extra = {k: v for k, v in raw.items() if k not in {"format", "format_version", "questionnaire_version",
                                                       "country", "title", "answers"}}
    # An older questionnaire's answers are carried forward through its declared migration (no id changes meaning):
    # the assessment continues in the current questionnaire, whose new questions are unanswered.
    answers, migrated_from = dict(raw["answers"]), None
    if str(q_version) != CURRENT_VERSION:
        answers = upgrade_answers(str(q_version), answers, CURRENT_VERSION)
        migrated_from, q_version = str(q_version), CURRENT_VERSION
    return AssessmentFile(
        questionnaire_version=str(q_version),
        answers=answers,
        country=str(raw.get("country", "")),
        title=str(raw.get("title", "")),
        extra=extra,
        migrated_from=migrated_from,
    )


@cache
def _validator() -> Draft202012Validator:
    """The schema read and its validator built once per process (read-only: safe to share between threads)."""
    import jsonschema

    return jsonschema.Draft202012Validator(assessment_schema())


def _check_schema(raw: dict[str, Any], source: str) -> None:
    if conforms(raw, assessment_schema()):
        return  # known valid without jsonschema (schema_check.py); anything else is jsonschema's to judge
    import jsonschema

    validator = _validator()
    error = jsonschema.exceptions.best_match(validator.iter_errors(_plain(raw)))
    if error is None:
        return
    where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
    raise RefusedContentsError(source, f"{where}: {error.message}", where)


def _plain(value: Any) -> Any:
    """jsonschema does not count Decimal as a JSON number; give it floats for the structural check only."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
