"""Finding questions by what the assessor remembers of them (no Qt): words of the question or its help text in
the language shown, an article ("Art 18", "art. 65(3)", "18"), or an id ("III.benefit.rate", "benefit.rate").

Words match at the start of a word, without regard to case or accents ("prestation" finds "Prestations",
"periodo" finds "período"); every word typed must be found. Results come in questionnaire order, those whose
label matches first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from c102desk.questionnaire.model import Question, Questionnaire

# "Art 18", "art. 18", "Article 18(2)", "arts 65", "artículo 18", "art 65(3)(a)": an article number, perhaps
# with its paragraphs.
_ARTICLE = re.compile(r"^\s*(?:art(?:icle|ículo|iculo|s)?\.?\s*)?(\d+)((?:\(\w+\))*)\s*$", re.IGNORECASE)
_ID = re.compile(r"^(?:[IVX]+\.)?[a-z0-9_]+(?:\.[a-z0-9_]+)+$|^[IVX]+\.[a-z0-9_.]*$")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Found:
    """A question found by the search, with the words shown for it."""

    question: Question
    label: str  # in the language searched
    part_title: str
    section_title: str


def fold(text: str) -> str:
    """Lower case without accents: what words are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _article_matches(article: str, number: str, paragraphs: str) -> bool:
    """Whether a question's article field (e.g. "65(1), 66(1)", "18(2)") cites the article asked for."""
    for cited in re.split(r"[,;]|\band\b|\bet\b|\by\b", article):
        found = re.match(r"\s*(\d+)((?:\(\w+\))*)", cited)
        if found and found.group(1) == number and found.group(2).startswith(paragraphs):
            return True
    return False


def search(questionnaire: Questionnaire, text: str, lang: str = "en", limit: int = 200) -> list[Found]:
    """The questions matching ``text`` (see the module's docstring); empty text finds nothing."""
    query = text.strip()
    if not query:
        return []
    return list(_search(questionnaire, query, lang))[:limit]


def _search(questionnaire: Questionnaire, query: str, lang: str) -> Iterator[Found]:
    article = _ARTICLE.match(query)
    looks_like_id = bool(_ID.match(query)) and "." in query
    # An id, or its end ("benefit.rate"), from a dot on: "III.benefit.rate" is not "VIII.benefit.rate".
    id_part = re.compile(rf"(?:^|\.){re.escape(query.casefold())}", re.IGNORECASE)
    exact: list[Found] = []
    words = _words(query)
    in_label: list[Found] = []
    in_help: list[Found] = []
    for part in questionnaire.parts:
        part_title = questionnaire.part_title(part.id, lang)
        for section in part.sections:
            section_title = questionnaire.section_title(part.id, section.id, lang)
            for question in section.questions:
                label = questionnaire.label(question, lang)
                found = Found(question, label, part_title, section_title)
                if article is not None:
                    if _article_matches(question.article, article.group(1), article.group(2)):
                        in_label.append(found)
                    continue
                if looks_like_id:
                    if question.id.casefold() == query.casefold():
                        exact.append(found)
                    elif id_part.search(question.id.casefold()):
                        in_label.append(found)
                    continue
                if not words:
                    continue
                label_words = _words(label)
                if all(any(w.startswith(q) for w in label_words) for q in words):
                    in_label.append(found)
                    continue
                everything = label_words + _words(questionnaire.help_text(question, lang)) + _words(section_title)
                if all(any(w.startswith(q) for w in everything) for q in words):
                    in_help.append(found)
    yield from exact
    yield from in_label
    yield from in_help
