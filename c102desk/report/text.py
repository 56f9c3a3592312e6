"""The report's words: ``t(key, lang)`` is the catalogue text ``report.<key>`` (``resources/i18n/report/``).

Everything else a report writes in a language — numbers, amounts, units, dates, the verdicts' names, the
Convention's terms, French typography — comes from ``c102desk.i18n``, the same place the engine and the app
take it from. Nothing here reads the process locale, so a report reads the same whatever the language of the
interface or of the machine.
"""

from __future__ import annotations

from typing import Any

from c102desk.i18n import LANGUAGES, term, text

__all__ = ["LANGUAGES", "part_heading", "part_title", "t"]

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
