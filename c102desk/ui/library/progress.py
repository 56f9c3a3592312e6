"""How far an assessment is: answered questions out of those relevant with the current answers (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from c102desk.errors import QuestionnaireError


@dataclass(frozen=True)
class Progress:
    answered: int
    relevant: int

    @property
    def fraction(self) -> float:
        return self.answered / self.relevant if self.relevant else 0.0


def progress_of(answers: Mapping[str, Any], questionnaire_version: str) -> Progress:
    """Answered (an explicit "not known" counts) / relevant questions; the questionnaire is cached."""
    from c102desk.questionnaire import load_questionnaire  # not needed before the library's first paint

    try:
        questionnaire = load_questionnaire(questionnaire_version)
    except QuestionnaireError:
        return Progress(len(answers), 0)
    relevant = [q for q in questionnaire.questions() if q.is_relevant(answers)]
    return Progress(sum(1 for q in relevant if q.id in answers), len(relevant))
