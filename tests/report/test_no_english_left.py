# mypy: disable-error-code="import-untyped"
"""A report made in French or Spanish has no English left in it, apart from proper names and the signer's data.

Each example assessment is reported in fr and es (signed, through ``c102desk report``), the text is extracted
from the PDF, the proper names are taken out, and what remains is searched for frequent English words and phrases
that are not French or Spanish words, matched as whole words, case-insensitive.

Taken out as proper names (and why):
- the country and the title of the assessment, the assessors, the signer's name, organisation, role and e-mail:
  names, and the signer's own data;
- the assessor's free-text answers (question types ``text`` and ``legal_citation``: titles of national laws,
  names of schemes, statistical sources), notes and legal citations: the assessor's words, quoted as written;
  c102desk cannot translate a country's legislation;
- question, requirement and assumption ids, file names, SHA-256 digests and the certificate fingerprint.

When the test fails, its message says where each English word comes from: the report's own wording, or an engine
explanation, assumption or questionnaire text that is not yet translated (with its id), so that the gap can be
sent to whoever owns it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from pypdf import PdfReader

from c102desk.assessment import read_assessment
from c102desk.assessment.file_format import AssessmentFile
from c102desk.engine import evaluate
from c102desk.i18n import catalog_keys, template, text_in
from c102desk.questionnaire.model import QuestionType
from tests.report.fixtures import EXAMPLES, SIGNER_NAME, example_path

LANGS = ("fr", "es")

# Frequent English words that are neither French nor Spanish words (checked per language below).
ENGLISH_WORDS = (
    "the", "and", "of", "with", "which", "would", "should", "must", "shall", "been", "has", "have", "this", "that",
    "these", "those", "than", "from", "into", "when", "where", "whether", "only", "each", "every", "any", "not",
    "yet", "is", "are", "was", "be", "by", "for", "to", "at", "it", "its", "their", "they", "if", "in", "per",
    "or", "on", "an", "as", "no", "can", "cannot", "could", "will", "may", "does", "who", "what", "how", "also",
    "because", "without", "within", "between", "under", "after", "before", "until", "during", "there", "such",
    "same", "both", "either", "neither", "other", "then", "more", "less", "least", "all", "none", "some", "yes",
    "benefit", "benefits", "required", "requirement", "requirements", "protected", "persons", "employees",
    "employee", "employer", "employers", "employment", "qualifying", "schedule", "met", "insufficient", "review",
    "answer", "answers", "assessment", "assessed", "assessor", "coverage", "earnings", "wage", "wages",
    "contingency", "sickness", "unemployment", "old-age", "injury", "maternity", "invalidity", "survivors",
    "widow", "wife", "child", "children", "family", "allowance", "allowances", "care", "medical", "scheme",
    "schemes", "income", "insurance", "unknown", "given", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "skilled", "labourer", "ceiling", "percentage", "rate", "rates", "level", "paid",
    "payment", "payments", "periodical", "residents", "resident", "members", "law", "laws", "provision",
    "provisions", "information", "organisation", "convention", "report", "draft", "status", "contents", "annex",
    "method", "assumption", "assumptions", "interpretation", "unverified", "evidence", "file", "files", "country",
    "title", "generated", "signed", "certificate", "fingerprint", "summary", "ratify", "gap", "gaps", "close",
    "amend", "raise", "explanation", "calculation", "legal", "citation", "note", "question", "questions",
    "article", "page", "date", "signature", "final",
)
# Words above that are also ordinary words of the report's language, so that they say nothing about English:
ALSO_NATIVE = {
    # French: "on" (pronoun), "an" (year), "as" (tu as), "or" (conjunction), "met" (il met), and nouns spelt as in
    # English: information, organisation, provision(s), question(s), note, article, page, date, signature, final.
    "fr": {"on", "an", "as", "or", "met", "information", "organisation", "provision", "provisions", "question",
           "questions", "note", "article", "page", "date", "signature", "final", "convention"},
    # Spanish: "no" (no), "final", "legal", and "note"/"date" are not Spanish but "no" is the negation itself.
    "es": {"no", "final", "legal"},
}
# Case-sensitive English patterns: a Part or Article written the English way (French and Spanish write
# "Partie/Parte" and "art."/"artículo").
ENGLISH_PATTERNS = (
    re.compile(r"\bParts? (?:[IVX]+)\b"),
    re.compile(r"\bArts? \d"),
    re.compile(r"\bArticles? \d"),
    re.compile(r"\b(?:not yet|at least|more than|less than|of the|not met|is met|are met|for review)\b", re.I),
)
ID_PATTERNS = (
    re.compile(r"\b(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|A)\.[A-Za-z0-9_.]*[A-Za-z0-9_]"),  # ids
    re.compile(r"\b[0-9a-fA-F]{64}\b"),  # SHA-256
    re.compile(r"\b(?:[0-9A-F]{2}:){31}[0-9A-F]{2}\b"),  # certificate fingerprint
    re.compile(r"\S+\.(?:json|pdf|p12)\b"),  # file names
    re.compile(r"\S+@\S+"),  # e-mail addresses
)


_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")


def english_words(lang: str) -> frozenset[str]:
    return frozenset(ENGLISH_WORDS) - ALSO_NATIVE[lang]


def ngrams(texts: Iterable[str]) -> set[tuple[str, ...]]:
    """Word trigrams of ``texts`` (and short texts whole), lower case: what a shielded word's context must be."""
    found: set[tuple[str, ...]] = set()
    for text in texts:
        words = [w.lower() for w in _TOKEN.findall(text)]
        if len(words) < 3:
            found.add(tuple(words))
        found.update(tuple(words[i:i + 3]) for i in range(len(words) - 2))
    return found


def find_english(text: str, lang: str, shield: set[tuple[str, ...]] | None = None,
                 edges: frozenset[str] = frozenset()) -> list[str]:
    """Each English word or phrase found, with a little context. A word whose context (a word trigram around it,
    or the whole of a short text) is in ``shield`` belongs to a quoted text and is passed over: matching by words
    rather than by whole strings survives the line breaks and page breaks text extraction puts into a quote."""
    shield = shield or set()
    tokens = list(_TOKEN.finditer(text))
    words = [m.group(0).lower() for m in tokens]
    starts = {m.start(): i for i, m in enumerate(tokens)}

    def shielded(first: int, last: int) -> bool:
        """Some window of one to three words holding words[first..last] is a shielded n-gram."""
        for size in (1, 2, 3):
            for lo in range(last - size + 1, first + 1):
                if lo >= 0 and lo + size <= len(words) and tuple(words[lo:lo + size]) in shield:
                    return True
        return first == last and words[first] in edges

    hits = []
    english = english_words(lang)

    def report(start: int, end: int, first: int, last: int) -> None:
        if not shielded(first, last):
            hits.append(f"{text[start:end]!r} in …{text[max(0, start - 40):end + 40]}…")

    for i, match in enumerate(tokens):
        if words[i] in english:
            report(match.start(), match.end(), i, i)
    for pattern in ENGLISH_PATTERNS:
        for match in pattern.finditer(text):
            first = starts.get(match.start(), 0)
            last = max([i for i, m in enumerate(tokens) if m.start() < match.end()] or [first])
            report(match.start(), match.end(), first, last)
    return hits


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def proper_names(assessment: AssessmentFile) -> list[str]:
    """The strings a report quotes as given: names, the assessor's free text, the signer's data."""
    names = [assessment.country, assessment.title, SIGNER_NAME, "Ministère du Travail et de la Sécurité sociale",
             "Chargée de mission", "amelie@example.org"]
    for qid, value in assessment.answers.items():
        question = assessment.questionnaire.by_id.get(qid)
        if question is not None and question.type in (QuestionType.TEXT, QuestionType.LEGAL_CITATION) \
                and isinstance(value, str):
            names.append(value)
    details = assessment.extra.get("answer_details", {})
    for detail in details.values() if isinstance(details, dict) else []:
        names += [str(detail.get(k, "")) for k in ("legal_citation", "note")]
    for item in assessment.extra.get("evidence", []) or []:
        names.append(str(item.get("name", "")))
    for person in assessment.extra.get("assessors", []) or []:
        names += [str(person.get(k, "")) for k in ("name", "role", "organisation")]
    # The product and the standards it names: c102desk, PAdES, SHA-256, the CEACR's acronym, UTC.
    names += ["c102desk", "PAdES", "SHA-256", "CEACR", "UTC", "PDF"]
    return sorted({" ".join(n.split()) for n in names if n and n.strip()}, key=len, reverse=True)


def without_proper_names(text: str, assessment: AssessmentFile, lang: str) -> str:
    lines = [line for line in text.splitlines()
             if not re.match(r"^\s*(?:c102desk \S+ · |Page \d+ (?:sur|of) \d+|Página \d+ de \d+)", line)]
    flat = " ".join(" ".join(lines).split())
    for name in proper_names(assessment):
        flat = flat.replace(name, " ")
    for pattern in ID_PATTERNS:
        flat = pattern.sub(" ", flat)
    return flat


def untranslated_sources(assessment: AssessmentFile, lang: str) -> list[str]:
    """The engine explanations, assumptions and questionnaire texts this report uses that have no ``lang`` text
    yet (their owners' gaps, not the report's)."""
    questionnaire = assessment.questionnaire
    evaluation = evaluate(assessment.answers, questionnaire)
    found = []
    requirements = [r for p in evaluation.parts.values() for r in p.requirements]
    requirements += list(evaluation.ratification.requirements)
    for req in requirements:
        if find_english(req.text(lang), lang):
            found.append(f"engine explanation {req.id}: {req.text(lang)[:90]}")
    for item in evaluation.assumptions:
        text = text_in(item["text"], lang)
        if find_english(text, lang):
            found.append(f"assumption {item['id']}: {text[:90]}")
    texts = questionnaire.texts
    for qid, value in assessment.answers.items():
        question = questionnaire.by_id.get(qid)
        if question is None:
            continue
        if (lang, "q", qid, "label") not in texts:
            found.append(f"questionnaire label {qid} ({lang})")
        values: Iterable[object] = value if isinstance(value, list) else [value]
        for option in values:
            if question.options and (lang, "opt", qid, str(option)) not in texts:
                found.append(f"questionnaire option {qid}={option} ({lang})")
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", EXAMPLES)
def test_no_english_left(signed_report: Callable[[str, str], Path], example: str, lang: str) -> None:
    assessment = read_assessment(example_path(example))
    text = without_proper_names(pdf_text(signed_report(example, lang)), assessment, lang)
    hits = find_english(text, lang, ngrams(proper_names(assessment)))
    if hits:
        sources = untranslated_sources(assessment, lang)
        pytest.fail(f"{len(hits)} English words or phrases in the {lang} report of {example}, e.g.\n  "
                    + "\n  ".join(hits[:25])
                    + f"\n\nUntranslated sources this report uses ({len(sources)}), owned by the engine and "
                      "questionnaire catalogues:\n  " + "\n  ".join(sources[:60]))


def untranslated_texts(assessment: AssessmentFile, lang: str) -> list[str]:
    """The texts of other catalogues (engine explanations, assumptions, questionnaire labels and options) that
    still hold English in ``lang``, as the report prints them."""
    questionnaire = assessment.questionnaire
    evaluation = evaluate(assessment.answers, questionnaire)
    requirements = [r for p in evaluation.parts.values() for r in p.requirements]
    requirements += list(evaluation.ratification.requirements)
    texts = [r.text(lang) for r in requirements] + [text_in(a["text"], lang) for a in evaluation.assumptions]
    for question in questionnaire.questions():
        texts.append(questionnaire.label(question, lang))
        texts += [questionnaire.option_label(question, o.value, lang) for o in question.options]
    found = {" ".join(text.split()) for text in texts if find_english(text, lang)}
    return sorted(found, key=len, reverse=True)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", EXAMPLES)
def test_english_left_comes_only_from_other_catalogues(signed_report: Callable[[str, str], Path], example: str,
                                                       lang: str) -> None:
    """Diagnostic beside the test above (which stays strict): once the not-yet-translated engine, assumption and
    questionnaire texts are also taken out, nothing English is left, so what remains is not the report's."""
    assessment = read_assessment(example_path(example))
    text = without_proper_names(pdf_text(signed_report(example, lang)), assessment, lang)
    foreign = untranslated_texts(assessment, lang)
    # A table row split across two pages can leave one word of a label alone at the top of the next page.
    edges = frozenset(w for text in foreign for w in (_TOKEN.findall(text.lower()) or [""])[::-1][:1]
                      + (_TOKEN.findall(text.lower()) or [""])[:1])
    hits = find_english(text, lang, ngrams([*proper_names(assessment), *foreign]), edges)
    assert not hits, hits[:25]


@pytest.mark.parametrize("lang", LANGS)
def test_report_catalogue_has_no_english(lang: str) -> None:
    """The report's own wording (resources/i18n/report/), the verdicts' names and the formats in French and
    Spanish hold none of the English markers."""
    fields = re.compile(r"\{[a-z_]+\}|%\([a-z]+\)s")  # {country}, and pyHanko's %(signer)s, %(ts)s
    keys = [key for key in catalog_keys() if key.startswith(("report.", "verdict.", "date.", "unit.", "amount."))]
    assert keys
    hits = {key: find_english(fields.sub(" ", template(key, lang)), lang) for key in keys}
    hits = {key: found for key, found in hits.items() if found}
    assert not hits, hits


def test_the_detector_finds_english_and_spares_french_and_spanish() -> None:
    assert find_english(template("report.summary.cannot_ratify", "en"), "fr")
    assert find_english("persons protected 1,150,000 of 2,400,000", "es")
    assert find_english("Legal basis: Part III", "es")
    assert not find_english("Le présent rapport n'est pas signé ; on a un an : la question de l'article 3.", "fr")
    assert not find_english("No se ha dado ninguna respuesta; base legal de la Parte III (art. 3).", "es")
