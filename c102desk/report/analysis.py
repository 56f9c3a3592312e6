"""The numbers behind a verdict, and what would close a gap, in words for the comparison tables."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from c102desk.engine.results import Evaluation, PartStatus, Requirement, Status
from c102desk.i18n import Pct, amount, colon, list_separator, question_ids_in, text, typeset
from c102desk.i18n.verdicts import requirement_name
from c102desk.questionnaire.model import Question, Questionnaire
from c102desk.report.text import t


def _fraction(value: Any) -> Fraction | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        return Fraction(Decimal(repr(value)))
    if isinstance(value, (int, Decimal, Fraction)):
        return Fraction(value)
    return None


def _level_tests(values: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The benefit-level tests inside a requirement's values (e.g. ``XI.65.TEST``), wherever they are nested."""
    if "replacement_percent" in values and "required_percent" in values:
        yield "", values
    for key, inner in values.items():
        if isinstance(inner, dict):
            for name, found in _level_tests(inner):
                yield name or key, found


def calculations(req: Requirement, lang: str) -> list[str]:
    """The coverage and replacement-rate calculations of a requirement, one line each."""
    lines: list[str] = []
    values = req.values
    protected, total = _fraction(values.get("protected")), _fraction(values.get("total"))
    threshold = _fraction(values.get("threshold_percent"))
    if protected is not None and total and threshold is not None:
        share = protected * 100 / total
        lines.append(t("calc.coverage", lang, protected=protected, total=total, percent=Pct(share, threshold),
                       threshold=Pct(threshold)))
    for name, test in _level_tests(values):
        benefit, earnings = _fraction(test.get("benefit")), _fraction(test.get("earnings"))
        required = _fraction(test.get("required_percent"))
        if benefit is None or not earnings or required is None:
            continue
        rate = benefit * 100 / earnings
        prefix = f"{requirement_name(name, lang)}{colon(lang)} " if name else ""
        lines.append(prefix + t("calc.level", lang, benefit=benefit, earnings=earnings, percent=Pct(rate, required),
                                required=Pct(required)))
    return lines


def closing_action(req: Requirement, questionnaire: Questionnaire, answers: dict[str, Any], lang: str) -> str | None:
    """For a requirement that is not met, needs review or lacks data: what the country or assessor can do."""
    if req.status is Status.NOT_MET:
        values = req.values
        protected, total = _fraction(values.get("protected")), _fraction(values.get("total"))
        threshold = _fraction(values.get("threshold_percent"))
        if protected is not None and total and threshold is not None:
            needed = math.ceil(total * threshold / 100)
            if needed > protected:
                return t("close.coverage", lang, more=needed - protected, needed=needed, total=total,
                         threshold=Pct(threshold))
        for _name, test in _level_tests(values):
            earnings, required = _fraction(test.get("earnings")), _fraction(test.get("required_percent"))
            rate = _fraction(test.get("replacement_percent"))
            if earnings and required is not None and rate is not None and rate < required:
                currency = str(answers.get("I.wages.currency") or "")
                basis = answers.get("I.wages.time_basis")
                period = str(basis) if basis else None
                return t("close.level", lang, needed=amount(earnings * required / 100, currency, period, lang),
                         required=Pct(required), earnings=amount(earnings, currency, period, lang))
        return t("close.generic", lang, article=req.article)
    if req.status is Status.INSUFFICIENT:
        missing = missing_questions(req, questionnaire, answers)
        if missing:
            labels = list_separator(lang).join(
                text("quote", lang, text=typeset(questionnaire.label(q, lang), lang)) for q in missing)
            return t("close.missing_answers", lang, questions=labels)
        return None
    if req.status is Status.NEEDS_REVIEW:
        return t("close.review", lang)
    return None


def missing_questions(req: Requirement, questionnaire: Questionnaire, answers: dict[str, Any]) -> list[Question]:
    """The questions whose answers a requirement lacks: those its explanation names as not yet answered (the
    engine's own account of what is missing), else every question it reads that is asked (relevant) and not
    answered, or answered "not known"."""
    def unanswered(ids: Iterable[str]) -> list[Question]:
        found = [questionnaire.by_id[q] for q in ids if q in questionnaire.by_id and answers.get(q) is None]
        return [q for q in found if q.is_relevant(answers)]

    return unanswered(question_ids_in(req.explanation)) or unanswered(req.questions)


@dataclass(frozen=True)
class InformationRequest:
    """A requirement that lacks information, and the questions that would supply it."""

    requirement: Requirement
    questions: tuple[Question, ...]


@dataclass
class InformationRequests:
    """Per Part (``I`` for the general provisions first), the requirements lacking information; and the Parts not
    assessed at all, for which nothing is asked (the country does not rely on them)."""

    parts: dict[str, list[InformationRequest]] = field(default_factory=dict)
    not_assessed: list[str] = field(default_factory=list)


def information_requests(evaluation: Evaluation, questionnaire: Questionnaire,
                         answers: dict[str, Any]) -> InformationRequests:
    out = InformationRequests()
    groups = [("I", evaluation.ratification.requirements)]
    for part, result in evaluation.parts.items():
        if result.status is PartStatus.NOT_ASSESSED:
            out.not_assessed.append(part)
        else:
            groups.append((part, result.requirements))
    for part, requirements in groups:
        items = [InformationRequest(r, tuple(missing_questions(r, questionnaire, answers)))
                 for r in requirements if r.status is Status.INSUFFICIENT and not r.superseded]
        if items:
            out.parts[part] = items
    return out
