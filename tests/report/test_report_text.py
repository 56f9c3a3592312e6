"""The report's words come from the one catalogue, in the report's language, never from the process locale.

(The catalogue's completeness in three languages is tested in tests/test_translations.py; numbers, dates and
units in tests/test_numbers.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from c102desk import i18n
from c102desk.i18n import glossary
from c102desk.report import text as report_text
from c102desk.report.text import LANGUAGES, t

REPORT_PACKAGE = Path(report_text.__file__).parent
I18N_PACKAGE = Path(i18n.__file__).parent


def test_glossary_terms_are_expanded_in_the_report_language() -> None:
    assert "bénéficiaire type" in t("intro.text", "fr", version="1")
    assert "beneficiario tipo" in t("intro.text", "es", version="1")
    assert "[[" not in t("intro.text", "fr", version="1") and "xi.standard_beneficiary" in glossary()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_french_typography_keeps_the_colon_with_its_word(lang: str) -> None:
    text = t("part.legal_basis", lang, citation="X")
    assert (" :" in text) is False
    if lang == "fr":
        assert "\u202f:" in text


def test_nothing_in_the_report_reads_the_process_locale() -> None:
    """Month names, separators and units come from the catalogue: no locale module, no strftime (%B, %x …
    follow LC_TIME), no locale-aware number formatting ("{:n}"), in the report or in the formats it uses."""
    offenders = []
    for path in sorted([*REPORT_PACKAGE.glob("*.py"), *I18N_PACKAGE.glob("*.py")]):
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


def test_the_questionnaires_words_are_set_with_french_typography() -> None:
    """The questionnaire's French texts are written with plain spaces; the report prints them with the narrow
    no-break space before "?", ":" and "%" (one rule, ``c102desk.i18n.typeset``), as it prints its own texts."""
    from c102desk.questionnaire import load_questionnaire
    from c102desk.report.model import format_value
    from c102desk.report.text import option_label, question_label

    questionnaire = load_questionnaire()
    question = questionnaire.by_id["V.scheme.exists"]
    assert questionnaire.label(question, "fr").endswith(" vieillesse ?")  # as written in resources/
    assert question_label(questionnaire, question, "fr").endswith(" vieillesse\u202f?")
    assert question_label(questionnaire, question, "es") == questionnaire.label(question, "es")
    coverage = questionnaire.by_id["II.coverage.relies_on"]
    assert option_label(questionnaire, coverage, "d", "fr").startswith("(d) Article 3\u202f: au moins 50\u202f%")
    assert format_value(questionnaire, coverage, "d", {}, "fr") == option_label(questionnaire, coverage, "d", "fr")
    assert "\u202f" not in format_value(questionnaire, coverage, "d", {}, "en")
