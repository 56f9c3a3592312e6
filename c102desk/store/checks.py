"""What every change to the store checks before it writes, written once for every writer (the answer writer,
the ORM writes, merges and reviews): the assessment may be changed, a value fits its question, texts keep
within the assessment file's limits (so that every export imports again)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from c102desk.errors import QuestionnaireError
from c102desk.store.errors import (
    AssessmentInTrashError,
    AssessmentIsFinalError,
    InvalidAnswerError,
    StoreError,
    UnknownAssessmentError,
)
from c102desk.store.records import CONFIDENCE_MARKS, STATUS_FINAL

if TYPE_CHECKING:
    from c102desk.questionnaire.model import Questionnaire


def refuse_unknown(assessment_id: str) -> UnknownAssessmentError:
    return UnknownAssessmentError(f"no assessment with id {assessment_id!r} in the local store")


def check_writable(assessment_id: str, status: str, trashed_at: str | None, *,
                   to_do: str = "start a new revision to change it") -> None:
    """A final assessment is read-only (its changes go into a new revision); one in the trash is restored
    first. ``to_do`` says what to do instead, in the words of the change refused."""
    if status == STATUS_FINAL:
        raise AssessmentIsFinalError(f"assessment {assessment_id} is final and cannot be changed; {to_do}")
    if trashed_at is not None:
        raise AssessmentInTrashError(f"assessment {assessment_id} is in the trash; restore it first")


def check_confidence(confidence: Any) -> None:
    if confidence is not None and confidence not in CONFIDENCE_MARKS:
        raise InvalidAnswerError(f"confidence must be one of {', '.join(CONFIDENCE_MARKS)}, got {confidence!r}")


def check_value(version: str, question_id: str, value: Any) -> None:
    """The value fits the question (its type, range, options) and the assessment file's limits."""
    from c102desk.assessment.limits import value_problem
    from c102desk.questionnaire.model import Severity

    question = questionnaire(version).by_id.get(question_id)
    if question is None:
        raise InvalidAnswerError(f"unknown question id {question_id!r} (questionnaire version {version})")
    errors = [i.message for i in question.check(value) if i.severity is Severity.ERROR]
    if errors:
        raise InvalidAnswerError(errors[0])
    problem = value_problem(value)
    if problem is not None:
        raise InvalidAnswerError(f"{question_id}: {problem}")


def check_texts(**fields: tuple[Any, str]) -> None:
    """What the store saves keeps within the assessment file's limits, so that every export imports again:
    ``field=(text, kind)``, the kind naming the limit (assessment/limits.py); anything not a text (None, "keep
    as it is") is not checked."""
    from c102desk.assessment.limits import TEXT_LIMITS, text_problem

    for name, (text, kind) in fields.items():
        if isinstance(text, str):
            problem = text_problem(text, TEXT_LIMITS[kind])
            if problem is not None:
                raise InvalidAnswerError(f"{name.replace('_', ' ')}: {problem}")


def load_questionnaire(version: str) -> Questionnaire:
    from c102desk.questionnaire import load_questionnaire as load  # YAML and the model: not before the first paint

    return load(version)


def questionnaire(version: str) -> Questionnaire:
    """The questionnaire of an assessment; a version this program does not know is a ``StoreError``."""
    try:
        return load_questionnaire(version)
    except QuestionnaireError:
        raise StoreError(f"questionnaire version {version!r} is not known to this program") from None
