"""The one loader of the domain's text catalogues (``resources/i18n/``) and of the Convention's glossary.

Every YAML file under ``resources/i18n/`` except ``glossary.yaml`` is a catalogue: a mapping of message key to
its ``en``, ``fr`` and ``es`` texts side by side, with YAML comments for the translator. ``engine/`` holds the
engine's explanations (and ``requirements.yaml``, the requirements' short names), ``report/`` the report's
texts, ``verdicts.yaml`` the names of the verdicts and ``formats.yaml`` dates, units and amounts. A key is
defined once in the whole tree. The documented assumptions (``resources/engine/assumptions.yaml``) carry their
own translations and are read here too, as ``assumption.<id>``.

Texts reference the Convention's own terms as ``[[glossary.key]]`` (``[[key|lower]]`` for a lower-case first
letter); they are expanded, and French typography applied, once per key and language (``template``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from c102desk import compiled_cache, yaml_files
from c102desk.i18n import typography
from c102desk.i18n.typography import typeset
from c102desk.resources import resource_path
from c102desk.yaml_files import load_yaml

LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
DEFAULT_LANGUAGE = "en"
GLOSSARY_FILE = "glossary.yaml"
_GLOSSARY_REF = re.compile(r"\[\[([a-z0-9_.]+)(\|lower)?\]\]")
_TRAILING_NOTE = re.compile(r"\s+\((?:[^()]|\([^()]*\))*\)$")
_SPACES = re.compile(r"[ \t]+")



class CatalogError(KeyError):
    """A message key or glossary term is missing or defined twice: a defect, caught by the catalogue tests."""


def _clean(text: object) -> str:
    """Runs of spaces as one space, each line trimmed; an explicit line break ("\\n") is kept."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in str(text).strip().split("\n"))


def catalogue_files() -> list[Path]:
    root = resource_path("i18n")
    return [p for p in compiled_cache.files_under(root, ".yaml") if p.name != GLOSSARY_FILE or p.parent != root]


def _read(path: Path) -> Any:
    return load_yaml(path)  # (here, not called directly: the compiled cache's tests count the calls)


def cache_sources() -> list[Path]:
    """What the catalogue is made from, for the compiled cache: its files, the assumptions, the glossary and the
    code that reads and prepares them."""
    return [*catalogue_files(), resource_path("engine", "assumptions.yaml"), resource_path("i18n", GLOSSARY_FILE),
            *compiled_cache.module_files(sys.modules[__name__], typography, yaml_files)]


def _is_texts(found: object) -> bool:
    return isinstance(found, dict)


@cache
def _catalog() -> dict[str, dict[str, str]]:
    """Every message in every language, as written (kept between runs in the compiled cache)."""
    return compiled_cache.cached("catalogue", cache_sources(), _read_catalogue, modules=(), check=_is_texts)


def _read_catalogue() -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = {}
    root = resource_path("i18n")
    for path in catalogue_files():
        for key, texts in (_read(path) or {}).items():
            if key in entries:
                raise CatalogError(f"{path.relative_to(root)}: message key {key!r} defined twice")
            if not isinstance(texts, dict):
                raise CatalogError(f"{path.relative_to(root)}: {key!r} must map languages to texts")
            entries[key] = {lang: _clean(text) for lang, text in texts.items()}
    for item in (_read(resource_path("engine", "assumptions.yaml")) or {}).get("assumptions", []):
        entries[f"assumption.{item['id']}"] = {
            lang: _clean(item[field])
            for lang, field in (("en", "text"), ("fr", "text_fr"), ("es", "text_es")) if item.get(field)
        }
    return entries


class _Catalogue(Mapping[str, dict[str, str]]):
    """Every message: key → {language: text as written}. Whether a key is there is answered from the prepared
    texts of the default language (``_templates``); the texts as written, every language of them, are read only
    when asked for (the engine asks only whether a key is there)."""

    def __contains__(self, key: object) -> bool:
        return key in _templates(DEFAULT_LANGUAGE)

    def __getitem__(self, key: str) -> dict[str, str]:
        return _catalog()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(_catalog())

    def __len__(self) -> int:
        return len(_catalog())


def catalog_keys() -> Mapping[str, dict[str, str]]:
    """Every message: key → {language: text as written in the catalogue} (a defect in the catalogue, such as a key
    defined twice, raises CatalogError here)."""
    _templates(DEFAULT_LANGUAGE)
    return _CATALOGUE


_CATALOGUE = _Catalogue()


def forget() -> None:
    """Forget what this process read of the catalogues (the files are read again, or the compiled cache, when
    next needed): for tests that change them."""
    for function in (_catalog, _templates, glossary):
        function.cache_clear()


def has_key(key: str) -> bool:
    return key in _templates(DEFAULT_LANGUAGE)


@cache
def glossary() -> dict[str, dict[str, str]]:
    """The Convention's terms in the three languages (the one place a reviewer checks them)."""
    return compiled_cache.cached("glossary", cache_sources(), _read_glossary, modules=(), check=_is_texts)


def _read_glossary() -> dict[str, dict[str, str]]:
    raw = _read(resource_path("i18n", GLOSSARY_FILE)) or {}
    return {key: {lang: str(text) for lang, text in entry.items() if lang in LANGUAGES}
            for key, entry in raw.items()}


def term(key: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A glossary term as it reads inside a sentence: a closing explanatory parenthesis is left out
    ("wife (maintained by her husband)" reads "wife"); the instrument's titles are kept whole."""
    entry = glossary().get(key)
    if entry is None:
        raise CatalogError(f"glossary term {key!r} is missing")
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    if not key.startswith("instrument."):
        text = _TRAILING_NOTE.sub("", text)
    return text


def expand_terms(text: str, lang: str) -> str:
    """``[[key]]`` and ``[[key|lower]]`` replaced by the glossary's term in ``lang``."""
    def ref(match: re.Match[str]) -> str:
        found = term(match.group(1), lang)
        return found[:1].lower() + found[1:] if match.group(2) else found

    return _GLOSSARY_REF.sub(ref, text)


def template(key: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text of ``key`` in ``lang`` (English when the language lacks it; the tests see that it never does),
    glossary terms expanded and the language's typography applied, before its ``{fields}`` are filled in."""
    found = _templates(lang).get(key, _MISSING)
    if found is _MISSING:
        raise CatalogError(f"message key {key!r} is missing")
    if not isinstance(found, str):
        return _prepare(key, lang)  # a defect of this message (a glossary term missing …): said by the error
    return found


_MISSING = object()


@cache
def _templates(lang: str) -> dict[str, str | None]:
    """Every message of one language prepared (``_prepare``), kept between runs in the compiled cache: a program
    in English reads only the English texts, ready, instead of every catalogue file in every language."""
    return compiled_cache.cached(f"catalogue-{lang}", cache_sources(), lambda: _prepared(lang), modules=(),
                                 check=_is_texts)


def _prepared(lang: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for key in _catalog():
        try:
            out[key] = _prepare(key, lang) or None
        except (CatalogError, KeyError):
            out[key] = None
    return out


def _prepare(key: str, lang: str) -> str:
    entry = _catalog()[key]
    if not entry.get(lang):
        lang = DEFAULT_LANGUAGE
    return typeset(expand_terms(entry[lang], lang), lang)
