"""The report catalogue is complete in English, French and Spanish; dates, numbers, amounts and units follow the
report's language, never the process locale."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime, timedelta, timezone
from fractions import Fraction
from pathlib import Path

import pytest

from c102desk.i18n import glossary
from c102desk.report import text as report_text
from c102desk.report.text import CATALOGUE, EN, LANGUAGES, amount, format_date, format_datetime, percent, t, with_unit

REPORT_PACKAGE = Path(report_text.__file__).parent


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name} | set(re.findall(r"%\((\w+)\)s", text))


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_key_exists_in_the_language_with_the_same_fields(lang: str) -> None:
    missing = sorted(set(EN) - set(CATALOGUE[lang]))
    extra = sorted(set(CATALOGUE[lang]) - set(EN))
    assert not missing and not extra, (missing, extra)
    differing = [key for key in EN if _fields(EN[key]) != _fields(CATALOGUE[lang][key])]
    assert not differing, differing
    empty = [key for key, value in CATALOGUE[lang].items() if not value.strip()]
    assert not empty, empty


def test_glossary_terms_referenced_by_the_report_exist() -> None:
    terms = set(glossary())
    refs = {ref for table in CATALOGUE.values() for value in table.values()
            for ref in re.findall(r"\[\[([a-z0-9_.]+)(?:\|lower)?\]\]", value)}
    assert refs and refs <= terms, refs - terms
    assert "bénéficiaire type" in t("close.level", "fr", needed="1", required="45 %", earnings="2")
    assert "beneficiario tipo" in t("close.level", "es", needed="1", required="45 %", earnings="2")


def test_dates_are_written_in_the_report_language() -> None:
    day = datetime(2026, 11, 24, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    assert format_date(day, "en") == "24 November 2026"
    assert format_date(day, "fr") == "24 novembre 2026"
    assert format_date(day, "es") == "24 de noviembre de 2026"
    assert format_date(day.replace(day=1), "fr") == "1er novembre 2026"
    assert format_datetime(day, "fr") == "24 novembre 2026 à 14:05 (UTC+01:00)"
    assert format_datetime(day.astimezone(UTC), "es") == "24 de noviembre de 2026, a las 13:05 (UTC)"


def test_numbers_amounts_and_units_follow_the_language() -> None:
    assert amount(2600, "MDL", "month", "en") == "2,600 MDL per month"
    assert amount(Fraction(26005, 10), "MDL", "month", "fr") == "2\u202f600,5 MDL par mois"
    assert amount(1234567, "SLD", "year", "es") == "1.234.567 SLD por año"
    assert percent(Fraction(4795, 100), "fr") == "47,95\u202f%"
    assert percent(Fraction(4795, 100), "es") == "47,95 %"
    assert with_unit(1, "weeks", "es") == "1 semana" and with_unit(26, "weeks", "fr") == "26 semaines"
    assert with_unit(Fraction(3, 2), "years", "fr") == "1,5 an" and with_unit(Fraction(3, 2), "years", "en") == \
        "1.5 years"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_french_typography_keeps_the_colon_with_its_word(lang: str) -> None:
    text = t("part.legal_basis", lang, citation="X")
    assert (" :" in text) is False
    if lang == "fr":
        assert "\u00a0:" in text


def test_nothing_in_the_report_reads_the_process_locale() -> None:
    """Month names, separators and units come from the catalogue: no locale module, no strftime (%B, %x …
    follow LC_TIME), no locale-aware number formatting ("{:n}")."""
    offenders = []
    for path in sorted(REPORT_PACKAGE.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for pattern in (r"\bimport locale\b", r"\bfrom locale\b", r"\.strftime\(", r"\{[^{}]*:n\}",
                        r"getdefaultlocale|getlocale|setlocale", r"os\.environ"):
            if re.search(pattern, source):
                offenders.append(f"{path.name}: {pattern}")
    assert not offenders, offenders


def test_lists_of_chosen_options_are_punctuated_per_language() -> None:
    from c102desk.questionnaire import load_questionnaire
    from c102desk.report.model import format_value

    questionnaire = load_questionnaire()
    question = questionnaire.by_id["X.coverage.relies_on"]
    chosen = [question.options[0].value, question.options[1].value]
    french = format_value(questionnaire, question, chosen, {}, "fr")
    assert "\u202f; " in french and french.count(";") == 1
    assert "; " in format_value(questionnaire, question, chosen, {}, "es")
    assert "\u202f" not in format_value(questionnaire, question, chosen, {}, "en")
