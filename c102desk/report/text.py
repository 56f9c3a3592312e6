"""The report's words: ``t(key, lang)`` is the catalogue text ``report.<key>`` (``resources/i18n/report/``).

Everything else a report writes in a language — numbers, amounts, units, dates, the verdicts' names, the
Convention's terms, French typography — comes from ``c102desk.i18n``, the same place the engine and the app
take it from. Nothing here reads the process locale, so a report reads the same whatever the language of the
interface or of the machine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from c102desk.i18n import LANGUAGES, term, text, typeset

if TYPE_CHECKING:
    from c102desk.questionnaire.model import Question, Questionnaire

__all__ = ["LANGUAGES", "option_label", "part_heading", "part_title", "question_label", "t"]

PREFIX = "report."


def t(key: str, lang: str = "en", **values: Any) -> str:
    """The report text ``key`` (catalogue key ``report.<key>``) in ``lang``, with ``{name}`` fields filled in."""
    return text(PREFIX + key, lang, **values)


def part_title(part: str, lang: str = "en") -> str:
    """The Convention's title of a Part in ``lang`` (glossary ``part.*``), e.g. ``part_title("VII", "fr")`` →
    "Prestations aux familles"."""
    return term(f"part.{part}", lang).split(" — ", 1)[-1]


def part_heading(part: str, lang: str = "en") -> str:
    return t("part.chapter", lang, part=part, title=part_title(part, lang))


# The questionnaire's texts are written with plain spaces (resources/questionnaire/*/i18n): the report sets them
# as its own texts are set, with the narrow no-break space French puts before "?" and ":".


def question_label(questionnaire: Questionnaire, question: Question, lang: str = "en") -> str:
    """A question's words as the report prints them."""
    return typeset(questionnaire.label(question, lang), lang)


def option_label(questionnaire: Questionnaire, question: Question, value: str, lang: str = "en") -> str:
    """An answer option's words as the report prints them."""
    return typeset(questionnaire.option_label(question, value, lang), lang)
