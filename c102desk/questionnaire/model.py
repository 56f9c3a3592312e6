"""Typed objects of the questionnaire, built once at load from the data files."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from c102desk.i18n import Msg, text_in
from c102desk.numbers import to_fraction
from c102desk.questionnaire.conditions import Condition

PART_IDS: tuple[str, ...] = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
BRANCH_PART_IDS: tuple[str, ...] = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
CROSS_CUTTING_PART_IDS: tuple[str, ...] = ("XI", "XII", "XIII", "XIV")
# Art 2(a)(ii): at least three of Parts II–X, at least one of them among these "core" Parts.
CORE_PART_IDS: tuple[str, ...] = ("IV", "V", "VI", "IX", "X")
MIN_ACCEPTED_PARTS = 3


class QuestionType(StrEnum):
    YES_NO = "yes_no"  # true / false, or null for "unknown"
    NUMBER = "number"  # a count or a duration, with a unit
    PERCENTAGE = "percentage"  # given in percent: 45 means 45 %
    AMOUNT = "amount"  # money, per the period named by the question
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    TEXT = "text"
    LEGAL_CITATION = "legal_citation"


NUMERIC_TYPES = frozenset({QuestionType.NUMBER, QuestionType.PERCENTAGE, QuestionType.AMOUNT})


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Option:
    """One of the choices of a question."""

    value: str
    label: str


@dataclass(frozen=True)
class Validation:
    """Hard limits (an answer outside them is refused) and soft limits (the assessor is warned)."""

    minimum: Fraction | None = None
    maximum: Fraction | None = None
    integer: bool = False
    warn_below: Fraction | None = None
    warn_above: Fraction | None = None
    warning: str | None = None


@dataclass(frozen=True)
class Issue:
    """Something wrong with an answer: a value out of range, a warning of the questionnaire."""

    question_id: str
    severity: Severity
    message: str  # a Msg (translatable) for the checks below; a questionnaire's own warning is plain English


@dataclass(frozen=True)
class Question:
    """A question of the questionnaire, with its article, its help and when it is asked."""

    id: str
    part: str
    section: str
    type: QuestionType
    label: str
    help: str
    article: str
    unit: str | None = None
    period: str | None = None
    options: tuple[Option, ...] = ()
    relevant: Condition | None = None
    validation: Validation = field(default_factory=Validation)
    assumption: str | None = None

    def is_relevant(self, answers: Mapping[str, Any]) -> bool:
        return self.relevant is None or self.relevant.evaluate(answers)

    def option_values(self) -> tuple[str, ...]:
        return tuple(o.value for o in self.options)

    def check(self, value: object) -> list[Issue]:
        """Validate one answer value: type errors and hard limits are errors, soft limits warnings."""
        if value is None:
            return []
        error = self._type_error(value)
        if error:
            return [Issue(self.id, Severity.ERROR, error)]
        if self.type not in NUMERIC_TYPES:
            return []
        assert isinstance(value, int | float | Decimal)
        number = to_fraction(value)
        v = self.validation
        # A year is written without separators ("1950", not "1,950"), in the messages as in the field.
        shown: Any = (lambda n: format(n, "f") if isinstance(n, Decimal) else str(n)) if self.unit == "year" else (
            lambda n: n)
        if v.integer and number.denominator != 1:
            return [Issue(self.id, Severity.ERROR, Msg("answer.whole_number", question=self.id, value=shown(value)))]
        if v.minimum is not None and number < v.minimum:
            return [Issue(self.id, Severity.ERROR,
                          Msg("answer.at_least", question=self.id, limit=shown(v.minimum), value=shown(value)))]
        if v.maximum is not None and number > v.maximum:
            return [Issue(self.id, Severity.ERROR,
                          Msg("answer.at_most", question=self.id, limit=shown(v.maximum), value=shown(value)))]
        low = v.warn_below is not None and number < v.warn_below
        high = v.warn_above is not None and number > v.warn_above
        if low or high:
            # The questionnaire's own warning is translated by Questionnaire.warning_text (it knows the texts).
            message = v.warning or Msg("answer.unusual", question=self.id, value=value)
            return [Issue(self.id, Severity.WARNING, message)]
        return []

    def _type_error(self, value: object) -> Msg | None:
        if self.type is QuestionType.YES_NO:
            ok = isinstance(value, bool)
        elif self.type in NUMERIC_TYPES:
            ok = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
        elif self.type is QuestionType.CHOICE:
            ok = isinstance(value, str) and value in self.option_values()
        elif self.type is QuestionType.MULTI_CHOICE:
            ok = (
                isinstance(value, list)
                and all(isinstance(v, str) and v in self.option_values() for v in value)
                and len(set(value)) == len(value)
            )
        else:
            ok = isinstance(value, str)
        if ok:
            return None  # the message is made only for a wrong value (every answer of a file is checked)
        values = ", ".join(self.option_values())
        if self.type is QuestionType.YES_NO:
            expected = Msg("answer.expected.yes_no")
        elif self.type in NUMERIC_TYPES:
            expected = Msg("answer.expected.number")
        elif self.type is QuestionType.CHOICE:
            expected = Msg("answer.expected.one_of", values=values)
        elif self.type is QuestionType.MULTI_CHOICE:
            expected = Msg("answer.expected.list_of", values=values)
        else:
            expected = Msg("answer.expected.text")
        return Msg("answer.expected", question=self.id, expected=expected, value=repr(value))


@dataclass(frozen=True)
class Section:
    """A section of a Part's questionnaire and its questions."""

    id: str
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class PartDefinition:
    """A Part of the Convention as the questionnaire asks about it."""

    id: str
    title: str
    articles: str
    intro: str
    sections: tuple[Section, ...]

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions


@dataclass(frozen=True)
class Questionnaire:
    """The questions, with their French and Spanish texts (``texts``; English is in the questions themselves).

    ``texts`` keys: ``(lang, "q", question_id, "label"|"help")``, ``(lang, "opt", question_id, value)``,
    ``(lang, "part", part_id, "title"|"intro")`` and ``(lang, "section", part_id, section_id)``.
    """

    version: str
    parts: tuple[PartDefinition, ...]
    by_id: Mapping[str, Question]
    texts: Mapping[tuple[str, str, str, str], str] = field(default_factory=dict)

    def label(self, question: Question, lang: str = "en") -> str:
        return self.texts.get((lang, "q", question.id, "label"), question.label)

    def help_text(self, question: Question, lang: str = "en") -> str:
        return self.texts.get((lang, "q", question.id, "help"), question.help)

    def assumption_text(self, question: Question, lang: str = "en") -> str | None:
        """The question's [I]/[U] note (how the engine reads it), in ``lang``; None when it has none."""
        if question.assumption is None:
            return None
        return self.texts.get((lang, "q", question.id, "assumption"), question.assumption)

    def warning_text(self, question: Question, lang: str = "en") -> str | None:
        """The question's own warning for an unusual value, in ``lang``; None when it has none."""
        if question.validation.warning is None:
            return None
        return self.texts.get((lang, "q", question.id, "warning"), question.validation.warning)

    def issue_text(self, question: Question, issue: Issue, lang: str = "en") -> str:
        """What ``question.check`` found, in ``lang``: the questionnaire's own warning from its translations, any
        other issue from the message catalogue."""
        own = self.warning_text(question, lang) if issue.severity is Severity.WARNING else None
        return own if own is not None else text_in(issue.message, lang)

    def option_label(self, question: Question, value: str, lang: str = "en") -> str:
        english = next((o.label for o in question.options if o.value == value), value)
        return self.texts.get((lang, "opt", question.id, value), english)

    def part_title(self, part_id: str, lang: str = "en") -> str:
        return self.texts.get((lang, "part", part_id, "title"), self.part(part_id).title)

    def part_intro(self, part_id: str, lang: str = "en") -> str:
        return self.texts.get((lang, "part", part_id, "intro"), self.part(part_id).intro)

    def section_title(self, part_id: str, section_id: str, lang: str = "en") -> str:
        english = next(s.title for s in self.part(part_id).sections if s.id == section_id)
        return self.texts.get((lang, "section", part_id, section_id), english)

    def question(self, question_id: str) -> Question:
        return self.by_id[question_id]

    def part(self, part_id: str) -> PartDefinition:
        for part in self.parts:
            if part.id == part_id:
                return part
        raise KeyError(part_id)

    def questions(self) -> Iterator[Question]:
        for part in self.parts:
            yield from part.questions()

    def check_answers(self, answers: Mapping[str, object]) -> list[Issue]:
        """Validate a whole answer set: unknown ids and type/limit errors first, then warnings."""
        issues: list[Issue] = []
        for question_id, value in answers.items():
            question = self.by_id.get(question_id)
            if question is None:
                issues.append(Issue(question_id, Severity.ERROR, f"unknown question id {question_id!r}"))
                continue
            issues.extend(question.check(value))
        return issues
