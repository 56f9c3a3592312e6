"""English, French and Spanish: every questionnaire text, catalogue message (engine, report, verdicts, formats) and
assumption exists in each language; the catalogue has each key once and the same fields in every language."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import Any

import pytest
import yaml

from c102desk.assessment import read_assessment
from c102desk.engine import evaluate
from c102desk.i18n import LANGUAGES, CatalogError, Msg, catalog_keys, catalogue, catalogue_files, glossary
from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.model import QuestionType
from c102desk.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = ("fr", "es")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_question_has_french_and_spanish_texts() -> None:
    questionnaire = load_questionnaire()
    missing = []
    for part in questionnaire.parts:
        for lang in TRANSLATED:
            if (lang, "part", part.id, "title") not in questionnaire.texts:
                missing.append(f"{lang} Part {part.id} title")
            if part.intro and (lang, "part", part.id, "intro") not in questionnaire.texts:
                missing.append(f"{lang} Part {part.id} intro")
            for section in part.sections:
                if (lang, "section", part.id, section.id) not in questionnaire.texts:
                    missing.append(f"{lang} section {part.id}/{section.id}")
        for question in part.questions():
            for lang in TRANSLATED:
                for field in ("label", "help"):
                    if (lang, "q", question.id, field) not in questionnaire.texts:
                        missing.append(f"{lang} {question.id} {field}")
                for field, english in (("assumption", question.assumption), ("warning", question.validation.warning)):
                    if english and (lang, "q", question.id, field) not in questionnaire.texts:
                        missing.append(f"{lang} {question.id} {field}")
                if question.type in (QuestionType.CHOICE, QuestionType.MULTI_CHOICE):
                    for option in question.options:
                        if (lang, "opt", question.id, option.value) not in questionnaire.texts:
                            missing.append(f"{lang} {question.id} option {option.value}")
    assert not missing, f"{len(missing)} missing, e.g. {missing[:10]}"


def test_every_message_exists_in_every_language_with_the_same_placeholders() -> None:
    problems = []
    for key, texts in catalog_keys().items():
        if set(texts) - set(LANGUAGES):
            problems.append(f"{key}: unknown languages {sorted(set(texts) - set(LANGUAGES))}")
        for lang in LANGUAGES:
            if not texts.get(lang):
                problems.append(f"{key}: no {lang}")
                continue
            if lang != "en" and _placeholders(texts[lang]) != _placeholders(texts["en"]):
                problems.append(f"{key}: {lang} placeholders differ from en")
    assert not problems, problems[:20]


class _StrictLoader(yaml.SafeLoader):
    """Refuses a key written twice in one mapping (PyYAML silently keeps the last one)."""


def _no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"{key!r} defined twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


@pytest.mark.parametrize("path", catalogue_files(), ids=lambda p: p.name)
def test_no_catalogue_file_defines_a_key_twice(path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_StrictLoader)
    assert isinstance(data, dict) and data


def test_a_key_defined_in_two_files_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    shutil.copytree(resource_path("i18n"), tmp_path / "i18n")
    (tmp_path / "engine").mkdir()
    shutil.copy(resource_path("engine", "assumptions.yaml"), tmp_path / "engine")
    (tmp_path / "i18n" / "again.yaml").write_text('report.doc.title: {en: "x", fr: "x", es: "x"}\n',
                                                 encoding="utf-8")
    monkeypatch.setenv("C102DESK_RESOURCES", str(tmp_path))
    catalogue.forget()
    try:
        with pytest.raises(CatalogError, match=r"report\.doc\.title"):
            catalog_keys()
    finally:
        monkeypatch.undo()
        catalogue.forget()
    assert "report.doc.title" in catalog_keys()


def test_every_message_key_used_in_the_code_exists() -> None:
    keys = set(catalog_keys())
    pattern = re.compile(r"""Msg\(\s*"([a-z0-9_.]+)\"""")
    missing = []
    for path in (ROOT / "c102desk").rglob("*.py"):
        for key in pattern.findall(path.read_text(encoding="utf-8")):
            if key not in keys:
                missing.append(f"{path.relative_to(ROOT)}: {key}")
    assert not missing, missing


def test_glossary_terms_used_in_messages_exist() -> None:
    terms = set(glossary())
    refs = re.compile(r"\[\[([a-z0-9_.]+)(?:\|lower)?\]\]")
    missing = [f"{key}: {ref}" for key, texts in catalog_keys().items() for text in texts.values()
               for ref in refs.findall(text) if ref not in terms]
    assert not missing, missing


def test_every_assumption_is_translated() -> None:
    with resource_path("engine", "assumptions.yaml").open(encoding="utf-8") as handle:
        items = yaml.safe_load(handle)["assumptions"]
    missing = [f"{item['id']} {field}" for item in items for field in ("text_fr", "text_es") if not item.get(field)]
    assert not missing, missing


def _scenarios() -> list[dict[str, Any]]:
    """The examples, and variants that drive rules into their other branches."""
    answer_sets = []
    for path in sorted(resource_path("examples").glob("*.c102.json")):
        answers = read_assessment(path).answers
        answer_sets.append(answers)
        answer_sets.append({k: v for k, v in answers.items() if not k.startswith("I.")})
        answer_sets.append({k: v for k, v in answers.items() if k.split(".")[1] not in ("coverage",)})
        answer_sets.append({**answers, "I.art3.declaration": True})
    answer_sets.append({})
    return answer_sets


@pytest.mark.parametrize("index", range(len(_scenarios())))
def test_every_explanation_is_a_translatable_message(index: int) -> None:
    evaluation = evaluate(_scenarios()[index])
    plain = [r.id for part in evaluation.parts.values() for r in part.requirements
             if not isinstance(r.explanation, Msg)]
    plain += [r.id for r in evaluation.ratification.requirements if not isinstance(r.explanation, Msg)]
    assert not plain, f"explanations still plain English text: {sorted(set(plain))}"
    for lang in LANGUAGES:
        json.dumps(evaluation.to_json(lang))  # every message renders in every language


def test_every_verdict_has_a_name_in_every_language() -> None:
    from c102desk.engine.results import PartStatus, Status
    from c102desk.i18n import has_key

    keys = [f"verdict.requirement.{s.value}" for s in Status] + [f"verdict.part.{s.value}" for s in PartStatus]
    keys += [f"verdict.requirement.{s.value}.meaning" for s in Status]
    keys += ["verdict.requirement.superseded", "verdict.requirement.superseded.meaning"]
    keys += [f"verdict.ratification.{s}" for s in ("possible", "not_possible", "not_yet_determinable")]
    keys += ["verdict.mark.I", "verdict.mark.U"]
    assert [key for key in keys if not has_key(key)] == []


def test_the_verdicts_are_worded_in_one_place() -> None:
    """No second wording of a verdict in the code, the other catalogues or the interface's .ts files: the app,
    the report and the text output all take the words of resources/i18n/verdicts.yaml."""
    from c102desk.i18n.verdicts import part_status, ratification_status, requirement_status

    words = {requirement_status(s, "en") for s in ("met", "not_met", "needs_review", "not_applicable")}
    words |= {part_status(s, "en") for s in ("not_assessed", "not_compliant", "compliant_with_review", "compliant")}
    words |= {ratification_status(s, "en") for s in ("possible", "not_possible")}
    quoted = re.compile("|".join(rf"[\"'>]{re.escape(w)}[\"'<]" for w in sorted(words)))
    places = [*(ROOT / "c102desk").rglob("*.py"), *(ROOT / "translations").glob("*.ts"),
              *(p for p in catalogue_files() if p.name != "verdicts.yaml")]
    found = [f"{p.relative_to(ROOT)}: {m.group(0)}" for p in places
             if "__pycache__" not in p.parts and p.name != "verdicts.py"
             for m in quoted.finditer(p.read_text(encoding="utf-8"))]
    assert not found, found


def _requirement_ids_in_the_engine() -> set[str]:
    """The requirement ids the rules write (string constants), and those the scenarios' evaluations produce."""
    pattern = re.compile(r"\"((?:XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.[A-Z0-9_]+(?:\.[A-Z0-9_]+)*)\"")
    ids = {m for path in (ROOT / "c102desk" / "engine").rglob("*.py") for m in pattern.findall(path.read_text())}
    for answers in _scenarios():
        evaluation = evaluate(answers)
        ids |= {r.id for part in evaluation.parts.values() for r in part.requirements}
        ids |= {r.id for r in evaluation.ratification.requirements}
    return ids


def test_every_requirement_has_a_short_name_in_every_language() -> None:
    from c102desk.i18n import has_key

    ids = _requirement_ids_in_the_engine()
    assert {"III.WAIT", "XI.65.TEST", "V.QP.ALT10", "I.RAT.COUNT"} <= ids
    assert sorted(i for i in ids if not has_key(f"requirement.{i}")) == []


def test_a_requirement_without_a_name_shows_its_id_instead_of_failing() -> None:
    from c102desk.i18n.verdicts import requirement_name, requirement_status

    assert requirement_name("III.WAIT", "fr") == "Délai de carence"
    assert requirement_name("XV.NEW.RULE", "es") == "XV.NEW.RULE"
    assert requirement_status("a_new_status", "fr") == "a new status"
