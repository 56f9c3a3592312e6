"""Load and validate the questionnaire data files into typed objects.

Layout of ``resources/questionnaire/<version>/``: ``manifest.yaml`` names the version, the Part files in
order and the templates file. A Part file holds sections of questions; a section entry is either a question
or ``{include: TEMPLATE, with: {PARAM: VALUE}}``, which expands a shared block (coverage alternatives, a
periodical benefit) with ``${PARAM}`` placeholders filled in. Template questions may carry
``when: PARAM`` to be kept only when that parameter is true.

An older version may be ``derived_from`` a newer one (its manifest says so): it is then rebuilt from the
newer version's files less the questions the declared migration added (c102desk.questionnaire.migration).

Every problem is reported as ``QuestionnaireError`` naming the file, the question and what is wrong.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterator, Mapping
from fractions import Fraction
from functools import cache
from pathlib import Path
from string import Template
from typing import Any

from c102desk import compiled_cache, yaml_files
from c102desk.errors import QuestionnaireError
from c102desk.numbers import to_fraction
from c102desk.questionnaire import conditions, model
from c102desk.questionnaire import files as questionnaire_files
from c102desk.questionnaire import migration as migration_module
from c102desk.questionnaire.conditions import parse_condition
from c102desk.questionnaire.files import read_yaml
from c102desk.questionnaire.migration import migration
from c102desk.questionnaire.model import (
    PART_IDS,
    Option,
    PartDefinition,
    Question,
    Questionnaire,
    QuestionType,
    Section,
    Validation,
)
from c102desk.resources import resource_path

CURRENT_VERSION = "2"

_ID_PATTERN = re.compile(r"^(XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.[a-z0-9_]+(\.[a-z0-9_]+)*$")
_QUESTION_KEYS = {
    "id", "type", "label", "help", "article", "unit", "period", "options", "relevant", "validation",
    "assumption", "when",
}
_REQUIRED_KEYS = ("id", "type", "label", "help", "article")
_VALIDATION_KEYS = {"min", "max", "integer", "warn_below", "warn_above", "warning"}
_PERCENT_DEFAULTS = Validation(minimum=Fraction(0), maximum=Fraction(100))
_NONNEGATIVE = Validation(minimum=Fraction(0))
# A count of persons: no country has ten billion people; a longer figure is a typing slip (10^27 employees).
_PERSONS = Validation(minimum=Fraction(0), maximum=Fraction(10**10))


def questionnaire_dir(version: str) -> Path:
    return resource_path("questionnaire", f"v{version}")


def available_versions() -> list[str]:
    root = resource_path("questionnaire")
    return sorted(p.name[1:] for p in root.iterdir() if p.is_dir() and p.name.startswith("v"))


def load_questionnaire(version: str = CURRENT_VERSION) -> Questionnaire:
    """Load one questionnaire version (kept for the process: the data files do not change while it runs; one
    copy per version, whether the version is named or left to its default).

    Parsing and checking the ~30 YAML files of a version takes longer than all the rest of ``c102desk
    evaluate``, so the checked questionnaire is also kept between runs in the compiled cache, under a key made of
    the questionnaire files and this loader's code: any change to either, or a file added, rebuilds it
    (``c102desk.compiled_cache``)."""
    return _loaded(version)


@cache
def _loaded(version: str) -> Questionnaire:
    folder = questionnaire_dir(version)
    if not folder.is_dir():
        raise QuestionnaireError(f"questionnaire version {version!r} is not installed (no folder {folder})")
    return compiled_cache.cached(
        f"questionnaire-v{version}", cache_sources(), lambda: _load(version, folder),
        modules=("c102desk.questionnaire",),
        check=lambda found: isinstance(found, Questionnaire) and found.version == version,
    )


def forget_loaded() -> None:
    """Drop the questionnaires this process keeps (for tests and tools that change the data files in place)."""
    _loaded.cache_clear()


def cache_sources() -> list[Path]:
    """What a cached questionnaire is made from: every file of every version (an older version is derived from
    a newer one) and the code that reads them."""
    code = compiled_cache.module_files(sys.modules[__name__], conditions, migration_module, model,
                                        questionnaire_files, yaml_files)
    return compiled_cache.files_under(resource_path("questionnaire")) + code


def _load(version: str, folder: Path) -> Questionnaire:
    manifest = _read_yaml(folder / "manifest.yaml")
    if not isinstance(manifest, Mapping) or str(manifest.get("version")) != version:
        raise QuestionnaireError(f"{folder / 'manifest.yaml'}: 'version' must be {version!r}")
    if manifest.get("derived_from") is not None:
        return _derived(version, load_questionnaire(str(manifest["derived_from"])))
    templates_raw = _read_yaml(folder / str(manifest.get("templates", "templates.yaml")))
    if not isinstance(templates_raw, Mapping):
        raise QuestionnaireError(f"{folder}/templates file must be a mapping of template name to questions")
    part_files = manifest.get("parts")
    if not isinstance(part_files, list):
        raise QuestionnaireError(f"{folder / 'manifest.yaml'}: 'parts' must list the Part files")
    parts = tuple(_load_part(folder / str(name), templates_raw) for name in part_files)
    ids = [p.id for p in parts]
    if ids != list(PART_IDS):
        raise QuestionnaireError(f"{folder / 'manifest.yaml'}: Parts must be {', '.join(PART_IDS)} in order, got {ids}")
    by_id: dict[str, Question] = {}
    for part in parts:
        for question in part.questions():
            if question.id in by_id:
                raise QuestionnaireError(f"{folder}: question {question.id}: id used twice")
            by_id[question.id] = question
    for question in by_id.values():
        if question.relevant is None:
            continue
        for ref in question.relevant.question_ids():
            if ref not in by_id:
                raise QuestionnaireError(
                    f"{folder}/part_{question.part}.yaml: question {question.id}: "
                    f"relevance condition refers to unknown question {ref!r}"
                )
    texts = _load_translations(folder / "i18n", parts, by_id)  # checked now, whatever language is used later
    by_language: dict[str, dict[tuple[str, str, str, str], str]] = {lang: {} for lang in TRANSLATED_LANGUAGES}
    for key, text in texts.items():
        by_language[key[0]][key] = text
    sources = cache_sources()
    for lang, found in by_language.items():
        compiled_cache.store(_texts_entry(version, lang), sources, found)
    return Questionnaire(version=version, parts=parts, by_id=by_id, texts=_Texts(version, by_language))


def _texts_entry(version: str, lang: str) -> str:
    return f"questionnaire-v{version}-{lang}"


class _Texts(Mapping[tuple[str, str, str, str], str]):
    """A questionnaire's French and Spanish texts, each language read when first asked for: the compiled cache
    keeps one entry per language beside the questionnaire's, so that a program in English reads none of them.
    Kept in the cache as its version alone (``__getstate__``)."""

    def __init__(self, version: str, loaded: dict[str, dict[tuple[str, str, str, str], str]] | None = None) -> None:
        self.version = version
        self._languages = dict(loaded or {})

    def _language(self, lang: str) -> dict[tuple[str, str, str, str], str]:
        found = self._languages.get(lang)
        if found is None:
            found = self._languages[lang] = _translations(self.version, lang) if lang in TRANSLATED_LANGUAGES else {}
        return found

    def get(self, key: tuple[str, str, str, str], default: Any = None) -> Any:
        return self._language(key[0]).get(key, default)

    def __getitem__(self, key: tuple[str, str, str, str]) -> str:
        return self._language(key[0])[key]

    def __iter__(self) -> Iterator[tuple[str, str, str, str]]:
        for lang in TRANSLATED_LANGUAGES:
            yield from self._language(lang)

    def __len__(self) -> int:
        return sum(len(self._language(lang)) for lang in TRANSLATED_LANGUAGES)

    def __getstate__(self) -> dict[str, Any]:
        return {"version": self.version}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.version, self._languages = state["version"], {}


def _translations(version: str, lang: str) -> dict[tuple[str, str, str, str], str]:
    """One language's texts of a questionnaire version, from the compiled cache or read again with the rest."""
    def read() -> dict[tuple[str, str, str, str], str]:
        questionnaire = load_questionnaire(version)
        texts = _load_translations(questionnaire_dir(version) / "i18n", questionnaire.parts, questionnaire.by_id)
        return {key: text for key, text in texts.items() if key[0] == lang}

    return compiled_cache.cached(_texts_entry(version, lang), cache_sources(), read, modules=(),
                                 check=lambda found: isinstance(found, dict))


def _derived(version: str, newer: Questionnaire) -> Questionnaire:
    """An older version rebuilt from a newer one: its questions less those the migration added, under their old
    ids, with their texts. A kept question may not depend on an added one (it would never be shown)."""
    step = migration(version)
    unknown = sorted((step.added | set(step.renamed.values())) - set(newer.by_id))
    if unknown:
        raise QuestionnaireError(f"migration from version {version}: unknown questions {unknown}")
    parts = []
    for part in newer.parts:
        sections = []
        for section in part.sections:
            kept = tuple(dataclasses.replace(q, id=step.old_id(q.id)) for q in section.questions
                         if q.id not in step.added)
            if kept:
                sections.append(dataclasses.replace(section, questions=kept))
        parts.append(dataclasses.replace(part, sections=tuple(sections)))
    by_id = {q.id: q for p in parts for q in p.questions()}
    for question in by_id.values():
        refs = set(question.relevant.question_ids()) if question.relevant else set()
        if refs - set(by_id):
            raise QuestionnaireError(f"version {version} (derived from {newer.version}): question {question.id} "
                                     f"depends on {sorted(refs - set(by_id))}, which version {version} lacks")
    renamed_back = {new: old for old, new in step.renamed.items()}
    texts = {(lang, kind, renamed_back.get(key, key), name): text
             for (lang, kind, key, name), text in newer.texts.items()
             if kind not in ("q", "opt") or key not in step.added}
    return Questionnaire(version=version, parts=tuple(parts), by_id=by_id, texts=texts)


TRANSLATED_LANGUAGES = ("fr", "es")


def _load_translations(folder: Path, parts: tuple[PartDefinition, ...],
                       by_id: Mapping[str, Question]) -> dict[tuple[str, str, str, str], str]:
    """French and Spanish texts, one file per Part: ``i18n/part_<P>.yaml`` (see docs in the folder's README)."""
    texts: dict[tuple[str, str, str, str], str] = {}
    if not folder.is_dir():
        return texts
    part_ids = {p.id: p for p in parts}
    for path in sorted(folder.glob("part_*.yaml")):
        raw = _read_yaml(path) or {}
        if not isinstance(raw, Mapping):
            raise QuestionnaireError(f"{path}: must be a mapping")
        part_id = path.stem.removeprefix("part_")
        if part_id not in part_ids:
            raise QuestionnaireError(f"{path}: no Part {part_id!r}")
        for field_name in ("title", "intro"):
            for lang, text in _langs(path, f"part {field_name}", (raw.get("part") or {}).get(field_name)):
                texts[(lang, "part", part_id, field_name)] = text
        section_ids = {s.id for s in part_ids[part_id].sections}
        for section_id, entry in (raw.get("sections") or {}).items():
            if section_id not in section_ids:
                raise QuestionnaireError(f"{path}: unknown section {section_id!r}")
            for lang, text in _langs(path, f"section {section_id}", entry):
                texts[(lang, "section", part_id, section_id)] = text
        for qid, entry in (raw.get("questions") or {}).items():
            question = by_id.get(qid)
            if question is None or question.part != part_id:
                raise QuestionnaireError(f"{path}: question {qid}: not a question of Part {part_id}")
            for field_name in ("label", "help", "assumption", "warning"):
                if field_name == "assumption" and entry.get(field_name) and not question.assumption:
                    raise QuestionnaireError(f"{path}: question {qid}: has no assumption to translate")
                if field_name == "warning" and entry.get(field_name) and not question.validation.warning:
                    raise QuestionnaireError(f"{path}: question {qid}: has no warning to translate")
                for lang, text in _langs(path, f"question {qid} {field_name}", entry.get(field_name)):
                    texts[(lang, "q", qid, field_name)] = text
            values = set(question.option_values())
            for value, option in (entry.get("options") or {}).items():
                if str(value) not in values:
                    raise QuestionnaireError(f"{path}: question {qid}: unknown option {value!r}")
                for lang, text in _langs(path, f"question {qid} option {value}", option):
                    texts[(lang, "opt", qid, str(value))] = text
    return texts


def _langs(path: Path, where: str, entry: Any) -> list[tuple[str, str]]:
    if entry is None:
        return []
    if not isinstance(entry, Mapping) or set(entry) - set(TRANSLATED_LANGUAGES):
        raise QuestionnaireError(f"{path}: {where}: give a mapping of {', '.join(TRANSLATED_LANGUAGES)} to text")
    return [(str(lang), " ".join(str(text).split())) for lang, text in entry.items() if text]


def _read_yaml(path: Path) -> Any:
    return read_yaml(path)  # (a function of this module's, which the compiled cache's tests count the calls of)


def _load_part(path: Path, templates: Mapping[str, Any]) -> PartDefinition:
    raw = _read_yaml(path)
    if not isinstance(raw, Mapping):
        raise QuestionnaireError(f"{path}: must be a mapping with 'part', 'title' and 'sections'")
    part_id = str(raw.get("part", ""))
    if part_id not in PART_IDS:
        raise QuestionnaireError(f"{path}: 'part' must be one of {', '.join(PART_IDS)}, got {part_id!r}")
    sections = []
    for index, section_raw in enumerate(raw.get("sections") or []):
        if not isinstance(section_raw, Mapping) or "id" not in section_raw or "title" not in section_raw:
            raise QuestionnaireError(f"{path}: section #{index + 1} needs 'id' and 'title'")
        entries = _expand(path, section_raw.get("questions") or [], templates)
        questions = tuple(_build_question(path, part_id, str(section_raw["id"]), q) for q in entries)
        sections.append(Section(id=str(section_raw["id"]), title=str(section_raw["title"]), questions=questions))
    return PartDefinition(
        id=part_id,
        title=str(raw.get("title", "")),
        articles=str(raw.get("articles", "")),
        intro=str(raw.get("intro", "")).strip(),
        sections=tuple(sections),
    )


def _expand(path: Path, entries: list[Any], templates: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    out: list[Mapping[str, Any]] = []
    for entry in entries:
        if isinstance(entry, Mapping) and "include" in entry:
            name = str(entry["include"])
            if name not in templates:
                raise QuestionnaireError(f"{path}: unknown template {name!r}")
            params = dict(entry.get("with") or {})
            for item in templates[name]:
                when = item.get("when")
                if when is not None and not params.get(str(when)):
                    continue
                try:
                    out.append(_substitute(item, params))
                except KeyError as exc:
                    raise QuestionnaireError(f"{path}: template {name!r} needs parameter {exc.args[0]!r}") from exc
        elif isinstance(entry, Mapping):
            out.append(entry)
        else:
            raise QuestionnaireError(f"{path}: a question entry must be a mapping, got {entry!r}")
    return out


def _substitute(value: Any, params: Mapping[str, Any]) -> Any:
    if isinstance(value, str):
        whole = re.fullmatch(r"\$\{(\w+)\}", value)
        if whole:
            return params[whole.group(1)]
        return Template(value).substitute({k: str(v) for k, v in params.items()})
    if isinstance(value, list):
        return [_substitute(v, params) for v in value]
    if isinstance(value, Mapping):
        return {k: _substitute(v, params) for k, v in value.items()}
    return value


def _number(path: Path, qid: str, key: str, value: Any) -> Fraction | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise QuestionnaireError(f"{path}: question {qid}: validation '{key}' must be a number")
    return to_fraction(value)


def _build_question(path: Path, part_id: str, section_id: str, raw: Mapping[str, Any]) -> Question:
    qid = str(raw.get("id", "?"))
    where = f"{path}: question {qid}"
    unknown = set(raw) - _QUESTION_KEYS
    if unknown:
        raise QuestionnaireError(f"{where}: unknown keys {sorted(unknown)}")
    for key in _REQUIRED_KEYS:
        if not raw.get(key):
            raise QuestionnaireError(f"{where}: '{key}' is missing")
    if not _ID_PATTERN.match(qid):
        raise QuestionnaireError(f"{where}: id must look like '{part_id}.section.name' (lower case)")
    if qid.split(".", 1)[0] != part_id:
        raise QuestionnaireError(f"{where}: id must start with this file's Part '{part_id}.'")
    try:
        qtype = QuestionType(raw["type"])
    except ValueError:
        kinds = ", ".join(t.value for t in QuestionType)
        raise QuestionnaireError(f"{where}: type {raw['type']!r} is not one of {kinds}") from None
    options: tuple[Option, ...] = ()
    if qtype in (QuestionType.CHOICE, QuestionType.MULTI_CHOICE):
        opts = raw.get("options")
        if not isinstance(opts, list) or not opts:
            raise QuestionnaireError(f"{where}: a {qtype.value} question needs 'options'")
        for opt in opts:
            if not isinstance(opt, Mapping) or not isinstance(opt.get("value"), str) or not opt.get("label"):
                raise QuestionnaireError(f"{where}: each option needs a text 'value' and a 'label' (quote yes/no)")
            if set(opt) != {"value", "label"}:
                raise QuestionnaireError(
                    f"{where}: option {opt['value']!r} has unexpected keys {sorted(set(opt) - {'value', 'label'})} "
                    "(quote a label that contains a comma)"
                )
            options += (Option(value=opt["value"], label=str(opt["label"])),)
        if len({o.value for o in options}) != len(options):
            raise QuestionnaireError(f"{where}: option values must be unique")
    elif "options" in raw:
        raise QuestionnaireError(f"{where}: only choice questions take 'options'")
    if qtype is QuestionType.AMOUNT and not raw.get("period"):
        raise QuestionnaireError(f"{where}: an amount needs its 'period' (e.g. time_basis or year)")
    validation = _build_validation(path, qid, qtype, raw.get("validation"), unit=raw.get("unit"))
    relevant = None
    if raw.get("relevant") is not None:
        try:
            relevant = parse_condition(raw["relevant"])
        except ValueError as exc:
            raise QuestionnaireError(f"{where}: bad relevance condition: {exc}") from exc
    return Question(
        id=qid,
        part=part_id,
        section=section_id,
        type=qtype,
        label=" ".join(str(raw["label"]).split()),
        help=" ".join(str(raw["help"]).split()),
        article=str(raw["article"]),
        unit=str(raw["unit"]) if raw.get("unit") else None,
        period=str(raw["period"]) if raw.get("period") else None,
        options=options,
        relevant=relevant,
        validation=validation,
        assumption=" ".join(str(raw["assumption"]).split()) if raw.get("assumption") else None,
    )


def _build_validation(path: Path, qid: str, qtype: QuestionType, raw: Any, *, unit: object = None) -> Validation:
    if qtype is QuestionType.PERCENTAGE:
        base = _PERCENT_DEFAULTS
    elif qtype is QuestionType.NUMBER and unit == "persons":
        base = _PERSONS
    elif qtype in (QuestionType.NUMBER, QuestionType.AMOUNT):
        base = _NONNEGATIVE
    else:
        base = Validation()
    if raw is None:
        return base
    if not isinstance(raw, Mapping) or set(raw) - _VALIDATION_KEYS:
        raise QuestionnaireError(f"{path}: question {qid}: validation keys must be among {sorted(_VALIDATION_KEYS)}")
    return Validation(
        minimum=_number(path, qid, "min", raw["min"]) if "min" in raw else base.minimum,
        maximum=_number(path, qid, "max", raw["max"]) if "max" in raw else base.maximum,
        integer=bool(raw.get("integer", False)),
        warn_below=_number(path, qid, "warn_below", raw.get("warn_below")),
        warn_above=_number(path, qid, "warn_above", raw.get("warn_above")),
        warning=str(raw["warning"]) if raw.get("warning") else None,
    )
