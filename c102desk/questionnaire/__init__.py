"""The C102 questionnaire: versioned data under resources/questionnaire, loaded into typed objects."""

from c102desk.questionnaire.loader import CURRENT_VERSION, load_questionnaire
from c102desk.questionnaire.model import Question, Questionnaire, QuestionType

__all__ = ["CURRENT_VERSION", "Question", "QuestionType", "Questionnaire", "load_questionnaire"]
