"""Translatable text of the domain (engine explanations, report, verdict names), without Qt.

One mechanism for every domain text: YAML catalogues under ``resources/i18n/`` read by one loader
(``catalogue``), the language's typography written once (``typography``), numbers, units, amounts and dates
written once (``formats``), messages that render in any language (``message``) and the names of the verdicts
(``verdicts``). The questionnaire's own texts live beside the questionnaire (``resources/questionnaire/``);
the interface's fixed texts are Qt ``.ts`` files (``translations/``).
"""

from __future__ import annotations

from c102desk.i18n.catalogue import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    CatalogError,
    catalog_keys,
    catalogue_files,
    expand_terms,
    glossary,
    has_key,
    template,
    term,
)
from c102desk.i18n.formats import (
    amount,
    exact,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    plural_category,
    quantity,
)
from c102desk.i18n.message import (
    Amount,
    Msg,
    Pct,
    Qty,
    QuestionRef,
    Renderable,
    is_question_param,
    question_ids_in,
    render_param,
    text,
    text_in,
    with_question_names,
)
from c102desk.i18n.typography import colon, list_separator, separator, typeset

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "Amount",
    "CatalogError",
    "Msg",
    "Pct",
    "Qty",
    "QuestionRef",
    "Renderable",
    "amount",
    "catalog_keys",
    "catalogue_files",
    "colon",
    "exact",
    "expand_terms",
    "format_date",
    "format_datetime",
    "format_number",
    "format_percent",
    "glossary",
    "has_key",
    "is_question_param",
    "list_separator",
    "plural_category",
    "quantity",
    "question_ids_in",
    "render_param",
    "separator",
    "template",
    "term",
    "text",
    "text_in",
    "typeset",
    "with_question_names",
]
