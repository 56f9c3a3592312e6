"""Questions named by their words: an explanation's question-type parameters (``question``, ``questions``,
``…_question``) hold ids, and readers see each question's label, quoted, in their language instead.

The engine's rules name questions by id (they are the stable keys of the answers); ``name_questions`` runs once
over an evaluation and binds those parameters to the questionnaire that was evaluated, so that every rendering of
an explanation — the JSON ``explanation``, the dashboard, the report, the text output — reads in words.
"""

from __future__ import annotations

from c102desk.engine.results import Evaluation, Requirement
from c102desk.i18n import text, typeset, with_question_names
from c102desk.questionnaire.model import Questionnaire


class QuestionName:
    """One question as it reads inside a sentence: “Waiting period”, « Délai de carence », «Período de espera»."""

    __slots__ = ("question_id", "questionnaire")

    def __init__(self, questionnaire: Questionnaire, question_id: str) -> None:
        self.questionnaire = questionnaire
        self.question_id = question_id

    def render(self, lang: str) -> str:
        question = self.questionnaire.by_id.get(self.question_id)
        if question is None:  # a rule naming a question the questionnaire lacks: a defect the tests catch
            return self.question_id
        return text("quote", lang, text=typeset(self.questionnaire.label(question, lang), lang))

    def __str__(self) -> str:
        return self.render("en")


def name_questions(evaluation: Evaluation, questionnaire: Questionnaire) -> Evaluation:
    """Bind the question-type parameters of every explanation of ``evaluation`` to ``questionnaire``."""
    def name(question_id: str) -> QuestionName:
        return QuestionName(questionnaire, question_id)

    requirements: list[Requirement] = [r for part in evaluation.parts.values() for r in part.requirements]
    requirements += evaluation.ratification.requirements
    for requirement in requirements:
        requirement.explanation = with_question_names(requirement.explanation, name)
    return evaluation
