"""An answer's value in words, as the assessor gave it: Yes / No / Not known, the option's label, numbers in the
locale (years without separators). Used where values are shown outside their editor (the answer's history)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from c102desk.questionnaire.model import Question, Questionnaire, QuestionType
from c102desk.ui.assessment.locale_numbers import format_number


def figure_text(number: Fraction, locale: QLocale | None = None) -> str:
    """An exact figure (e.g. of a consistency check) in the locale, with two decimals at most."""
    if number.denominator == 1:
        return format_number(number.numerator, locale or QLocale())
    rounded = round(Decimal(number.numerator) / Decimal(number.denominator), 2).normalize()
    return format_number(rounded, locale or QLocale())


def value_text(questionnaire: Questionnaire, question: Question, value: Any, lang: str,
               locale: QLocale | None = None) -> str:
    if value is None:
        if question.type is QuestionType.YES_NO:
            return QCoreApplication.translate("ValueText", "not known")
        return QCoreApplication.translate("ValueText", "(no answer)")
    if question.type is QuestionType.YES_NO:
        if isinstance(value, bool):
            return QCoreApplication.translate("ValueText", "Yes") if value else QCoreApplication.translate(
                "ValueText", "No")
        return str(value)
    if question.type is QuestionType.CHOICE:
        return questionnaire.option_label(question, str(value), lang)
    if question.type is QuestionType.MULTI_CHOICE and isinstance(value, list):
        labels = [questionnaire.option_label(question, str(v), lang) for v in value]
        return "; ".join(labels) if labels else QCoreApplication.translate("ValueText", "(none ticked)")
    if question.type in (QuestionType.NUMBER, QuestionType.PERCENTAGE, QuestionType.AMOUNT):
        shown = format_number(value, locale or QLocale(), grouped=question.unit != "year")
        return f"{shown} %" if question.type is QuestionType.PERCENTAGE else shown
    return str(value)
