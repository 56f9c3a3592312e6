"""Translatable text of the domain (engine explanations, questionnaire texts), without Qt.

A ``Msg`` is a ``str`` (its English rendering, so existing code keeps working) that also remembers its catalogue
key and parameters, and renders in French or Spanish on request. Catalogues live in ``resources/i18n/``, one YAML
file per module, every key with its ``en``, ``fr`` and ``es`` text side by side; the Convention's own terms in the
three languages are in ``resources/i18n/glossary.yaml`` and are referenced from templates as ``[[key]]``.

Numbers are formatted for the language: 1,234.5 (en), 1 234,5 (fr), 1.234,5 (es).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any

import yaml

from c102desk.resources import resource_path

LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
DEFAULT_LANGUAGE = "en"
_GLOSSARY_REF = re.compile(r"\[\[([a-z0-9_.]+)(\|lower)?\]\]")
_TRAILING_NOTE = re.compile(r"\s+\((?:[^()]|\([^()]*\))*\)$")
# Thousands separators and decimal marks (fr: narrow no-break space, as the French typographic norm).
_SEPARATORS = {"en": (",", "."), "fr": ("\u202f", ","), "es": (".", ",")}

# libyaml (C) parser when installed: the same safe loading, ~6× faster than the pure-Python one.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CatalogError(KeyError):
    """A message key or glossary term is missing: a defect, caught by the catalogue tests."""


@cache
def _catalog() -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = {}
    root = resource_path("i18n")  # every catalogue below it: engine/*.yaml, signatures.yaml …; not the glossary
    for path in sorted(p for p in root.rglob("*.yaml") if p != root / "glossary.yaml"):
        with path.open(encoding="utf-8") as handle:
            raw = yaml.load(handle, Loader=_SAFE_LOADER) or {}
        for key, texts in raw.items():
            if key in entries:
                raise CatalogError(f"{path.name}: message key {key!r} defined twice")
            entries[key] = {lang: " ".join(str(text).split()) for lang, text in texts.items()}
    # The engine's documented assumptions carry their own translations (text, text_fr, text_es).
    with resource_path("engine", "assumptions.yaml").open(encoding="utf-8") as handle:
        for item in (yaml.load(handle, Loader=_SAFE_LOADER) or {}).get("assumptions", []):
            entries[f"assumption.{item['id']}"] = {
                lang: " ".join(str(item[field]).split())
                for lang, field in (("en", "text"), ("fr", "text_fr"), ("es", "text_es")) if item.get(field)
            }
    return entries


@cache
def glossary() -> dict[str, dict[str, str]]:
    """The Convention's terms in the three languages (the one place a reviewer checks them)."""
    with resource_path("i18n", "glossary.yaml").open(encoding="utf-8") as handle:
        raw = yaml.load(handle, Loader=_SAFE_LOADER) or {}
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


@cache
def template(key: str, lang: str = DEFAULT_LANGUAGE) -> str:
    entry = _catalog().get(key)
    if entry is None:
        raise CatalogError(f"message key {key!r} is missing")
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return _GLOSSARY_REF.sub(lambda m: _glossary_ref(m, lang), text)


def _glossary_ref(match: re.Match[str], lang: str) -> str:
    text = term(match.group(1), lang)
    return text[:1].lower() + text[1:] if match.group(2) else text


def catalog_keys() -> dict[str, dict[str, str]]:
    return _catalog()


def format_number(value: Fraction | Decimal | int | float, lang: str = DEFAULT_LANGUAGE, decimals: int = 2) -> str:
    """A number for a reader: grouped thousands, at most ``decimals`` decimals, no trailing zeros."""
    frac = value if isinstance(value, Fraction) else Fraction(Decimal(repr(value)) if isinstance(value, float)
                                                                else value)
    thousands, point = _SEPARATORS.get(lang, _SEPARATORS[DEFAULT_LANGUAGE])
    whole = frac.denominator == 1
    text = f"{frac.numerator:,}" if whole else f"{float(frac):,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", point).replace("\0", thousands)


def format_percent(value: Fraction, lang: str = DEFAULT_LANGUAGE, threshold: Fraction | int | None = None) -> str:
    """A percentage that never looks equal to a threshold it differs from, nor to 0 when it is not 0."""
    decimals = 2
    text = format_number(value, lang, decimals)
    while text in ("0", "-0") and value != 0 and decimals < 12:
        decimals += 1
        text = format_number(value, lang, decimals)
    if threshold is not None and Fraction(threshold) != value:
        while text == format_number(Fraction(threshold), lang, decimals) and decimals < 12:
            decimals += 1
            text = format_number(value, lang, decimals)
    space = "\u202f" if lang == "fr" else " "
    return f"{text}{space}%"


def separator(sep: str, lang: str) -> str:
    """A separator between texts as ``lang`` writes it: French typography puts a narrow no-break space before
    ``;``, ``:``, ``!`` and ``?`` (as before the percent sign)."""
    return "\u202f" + sep if lang == "fr" and sep[:1] in (";", ":", "!", "?") else sep


def list_separator(lang: str) -> str:
    """Between the items of a list in running text."""
    return separator("; ", lang)


class Pct:
    """A percentage parameter, with the threshold it is compared to (for the precision shown)."""

    __slots__ = ("threshold", "value")

    def __init__(self, value: Fraction, threshold: Fraction | int | None = None) -> None:
        self.value = value
        self.threshold = threshold

    def render(self, lang: str) -> str:
        return format_percent(self.value, lang, self.threshold)


def _render_param(value: Any, lang: str) -> str:
    if isinstance(value, Msg):
        # A Msg already holds its English text: no need to render it again.
        return str.__str__(value) if lang == DEFAULT_LANGUAGE else value.render(lang)
    if isinstance(value, Pct):
        return value.render(lang)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Fraction | Decimal | int | float):
        return format_number(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(_render_param(v, lang) for v in value)
    return str(value)


class Msg(str):
    """Translatable text: a str holding its English rendering, plus the key and parameters to render others."""

    key: str
    params: Mapping[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Msg:
        obj = super().__new__(cls, _render(key, params, DEFAULT_LANGUAGE))
        obj.key = key
        obj.params = params
        return obj

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return _render(self.key, self.params, lang)

    @classmethod
    def join(cls, items: Iterable[str], sep: str = "; ") -> Msg:
        """Several texts one after another (each translated when it is a Msg); ``sep`` is written as each
        language writes it (``separator``)."""
        return cls("__join__", items=tuple(items), sep=sep)

    def __reduce__(self) -> tuple[Any, ...]:  # keep pickling/copying working for a str subclass
        return (_rebuild, (self.key, dict(self.params)))


def _rebuild(key: str, params: dict[str, Any]) -> Msg:
    return Msg(key, **params)


def _render(key: str, params: Mapping[str, Any], lang: str) -> str:
    if key == "__join__":
        return separator(str(params["sep"]), lang).join(_render_param(item, lang) for item in params["items"])
    rendered = {name: _render_param(value, lang) for name, value in params.items()}
    try:
        return template(key, lang).format_map(rendered)
    except KeyError as exc:
        raise CatalogError(f"message {key!r} ({lang}) uses {exc.args[0]!r}, which is not given") from None


def text_in(value: str, lang: str) -> str:
    """Render any text in ``lang``: a Msg is translated, a plain str is returned as it is."""
    return value.render(lang) if isinstance(value, Msg) else value
