"""The numbers behind a verdict, and what would close a gap, in words for the comparison tables.

The figures are the engine's own calculation records (``Requirement.calculations``): nothing is computed here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from c102desk.engine.calculations import CoverageCalculation, ReplacementCalculation
from c102desk.engine.gaps import closing_action as gap_action
from c102desk.engine.results import Evaluation, PartStatus, Requirement, Status
from c102desk.i18n import Amount, Pct, list_separator, question_ids_in, text, text_in
from c102desk.i18n.verdicts import requirement_name
from c102desk.questionnaire.model import Question, Questionnaire
from c102desk.report.text import question_label, t


def calculations(req: Requirement, lang: str) -> list[str]:
    """The coverage and replacement-rate calculations of a requirement, one line each, as the engine made them."""
    lines: list[str] = []
    for calc in req.calculations:
        if isinstance(calc, CoverageCalculation):
            lines.append(t("calc.coverage", lang, protected=calc.protected, total=calc.total,
                           percent=Pct(calc.share, calc.threshold), threshold=Pct(calc.threshold)))
        elif isinstance(calc, ReplacementCalculation) and calc.benefit is not None and calc.base is not None:
            figures = {"benefit": Amount(calc.benefit), "base": Amount(calc.base),
                       "percent": Pct(calc.ratio, calc.required), "required": Pct(calc.required)}
            if calc.with_family_allowances:
                line = t("calc.level_fa", lang, fa_during=Amount(calc.family_allowance_during),
                         fa_at_work=Amount(calc.family_allowance_at_work), **figures)
            else:
                line = t("calc.level", lang, **figures)
            if calc.test != req.id:
                line = t("calc.labelled", lang, label=requirement_name(calc.test, lang), calc=line)
            lines.append(line)
    return lines


def closing_action(req: Requirement, questionnaire: Questionnaire, answers: dict[str, Any], lang: str) -> str | None:
    """For a requirement that is not met, needs review or lacks data: what the country or assessor can do."""
    if req.status is Status.NOT_MET:
        action = gap_action(req)
        return text_in(action, lang) if action is not None else t("close.generic", lang, article=req.article)
    if req.status is Status.INSUFFICIENT:
        quoted = [text("quote", lang, text=question_label(questionnaire, q, lang))
                  for q in missing_questions(req, questionnaire, answers)]
        explanation = req.text(lang)
        if not quoted or all(q in explanation for q in quoted):
            return None  # nothing to ask, or the explanation already quotes each question
        return t("close.missing_answers", lang, questions=list_separator(lang).join(quoted))
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
