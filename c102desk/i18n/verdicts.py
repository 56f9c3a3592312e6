"""The verdicts' names in each language (``resources/i18n/verdicts.yaml``), and the requirements' names
(``resources/i18n/engine/requirements.yaml``): the one place the app, the report and
the text output take them from.

Statuses are passed as their JSON values (``"met"``, ``"compliant"``, ``"possible"``) so that this layer needs no
engine import. A status the catalogue does not name yet (a new one the engine added) is shown as its value with
spaces, never an error: ``tests/test_translations.py`` fails until it has a name in every language.
"""

from __future__ import annotations

import re

from c102desk.i18n.catalogue import DEFAULT_LANGUAGE, has_key, template
from c102desk.i18n.typography import typeset

MARKS = ("I", "U")
_MARK = re.compile(r"\[(I|U)(?:\]|[\s\u202f]*:)")


def _word(key: str, status: str, lang: str) -> str:
    return template(key, lang) if has_key(key) else status.replace("_", " ")


def requirement_status(status: str, lang: str = DEFAULT_LANGUAGE, *, superseded: bool = False) -> str:
    """"Met", "Satisfaite", "Cumplido"…; "Not needed" for an alternative another one of its group already meets."""
    if superseded:
        status = "superseded"
    return _word(f"verdict.requirement.{status}", status, lang)


def requirement_status_meaning(status: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """What a requirement verdict means, for a scale or a tooltip."""
    return _word(f"verdict.requirement.{status}.meaning", status, lang)


def part_status(status: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """"Compliant", "Conforme"…"""
    return _word(f"verdict.part.{status}", status, lang)


def ratification_status(status: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """"Ratification possible", "Ratification not yet possible", "Ratification not yet determinable"."""
    return _word(f"verdict.ratification.{status}", status, lang)


def ratification_short(status: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The same answer in a cell under a "Ratification" heading: "Possible", "Not yet possible", …"""
    return _word(f"verdict.ratification_short.{status}", status, lang)


def marks_in(text: str) -> list[str]:
    """The marks ([I], [U]) a text carries, in the order of ``MARKS``."""
    found = set(_MARK.findall(text))
    return [mark for mark in MARKS if mark in found]


def mark_meaning(mark: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """What ``[I]`` or ``[U]`` means, to be shown wherever the mark is."""
    return template(f"verdict.mark.{mark}", lang)


def requirement_name(requirement_id: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The short name of a requirement (``resources/i18n/engine/requirements.yaml``), e.g. "Waiting period". A
    requirement without a name yet shows its id (``tests/test_translations.py`` fails until it has one)."""
    key = f"requirement.{requirement_id}"
    return template(key, lang) if has_key(key) else requirement_id


def article(article_ref: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """"Art 9(a)", "art. 9(a)"."""
    return template("cite.article", lang).format(article=article_ref)


def requirement_named(requirement_id: str, article_ref: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """"Waiting period (Art 18(1))": how a requirement is named in a sentence or a list."""
    return template("verdict.requirement_named", lang).format(name=requirement_name(requirement_id, lang),
                                                            article=article(article_ref, lang))


def missing_line(part_title: str, status: str, requirement_ids: tuple[str, ...] | list[str],
                 lang: str = DEFAULT_LANGUAGE) -> str:
    """One thing that keeps the answer on ratification open: a Part, its verdict and, when some of its
    requirements lack information, their names."""
    status_word = part_status(status, lang)
    if not requirement_ids or status == "not_assessed":  # a Part not assessed: every requirement of it is open
        return template("verdict.ratification.missing_part", lang).format(part=part_title, status=status_word)
    names = typeset(", ", lang).join(requirement_name(r, lang) for r in requirement_ids)
    return template("verdict.ratification.missing_requirements", lang).format(part=part_title, status=status_word,
                                                                              requirements=names)


def missing_heading(lang: str = DEFAULT_LANGUAGE) -> str:
    return template("verdict.ratification.missing", lang)
