"""Which region a received report's country belongs to.

An assessment names its country in free text ("Senegal", "Sénégal", "Republic of Korea"). The country is looked
up, in this order:

1. in the user's own grouping (``regions.yaml`` in the data folder: ``country: region`` lines, written by the
   app's *Set region…* or by hand), which can also name groups of its own ("West Africa", "Pilot countries");
2. in the bundled list of the ILO member States (``resources/regions/countries.yaml``: names in English, French
   and Spanish, official names, ISO codes) and the ILO region each belongs to [U].

A country found in neither has no region (the filter lists it under "Region unknown"). Names are compared
without case, accents, punctuation or a closing remark in brackets ("Northland (fictional)" reads "Northland").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from c102desk import files
from c102desk.errors import C102Error
from c102desk.i18n import Msg, template
from c102desk.resources import resource_path

ILO_REGIONS: tuple[str, ...] = ("africa", "americas", "arab_states", "asia_pacific", "europe_central_asia")
USER_REGIONS_FILE = "regions.yaml"
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_NOT_A_LETTER = re.compile(r"[^\w]+")


class RegionsFileError(C102Error):
    """The user's grouping of countries cannot be read or written."""


@dataclass(frozen=True)
class Region:
    """``code`` is one of ``ILO_REGIONS`` or a group the user named; ``iso`` the country's code when known."""

    code: str
    iso: str = ""
    own: bool = False  # from the user's grouping

    def name(self, lang: str = "en") -> str:
        """The region's name in ``lang``: an ILO region in the catalogue's words, a user's group as typed."""
        return template(f"region.{self.code}", lang) if self.code in ILO_REGIONS else self.code


def region_name(code: str | None, lang: str = "en") -> str:
    """A region code's name; "Region unknown" for None."""
    if code is None:
        return template("region.unknown", lang)
    return Region(code).name(lang)


def normalise(country: str) -> str:
    """The comparable form of a country's name: no closing remark in brackets, case, accents or punctuation;
    ``&`` read as "and" (CLDR writes "Trinidad & Tobago")."""
    text = country.strip()
    while True:
        shorter = _BRACKETED.sub("", text)
        if shorter == text or not shorter:
            break
        text = shorter
    return _plain(text)


def _plain(text: str) -> str:
    """``text`` without case, accents or punctuation (a bracket's words kept)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("&", " and ")
    return " ".join(_NOT_A_LETTER.sub(" ", text).split())


@dataclass(frozen=True)
class Country:
    """A country: its ISO code, its region and its names in English, French and Spanish."""

    iso: str
    region: str
    names: dict[str, str]  # en, fr, es


@cache
def countries() -> dict[str, Country]:
    """The bundled ILO member States by ISO code."""
    with resource_path("regions", "countries.yaml").open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle) or {}
    found: dict[str, Country] = {}
    for iso, entry in raw["countries"].items():
        found[str(iso)] = Country(str(iso), str(entry["region"]),
                                  {lang: str(entry[lang]) for lang in ("en", "fr", "es")})
    return found


@cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """Every name, official name and ISO code (alpha-2) to its ISO code: as written (without case, accents and
    punctuation), and without a closing bracket ("Myanmar (Burma)"), the latter only where unambiguous
    ("Congo (Kinshasa)" and "Congo (Brazzaville)" both read "Congo")."""
    with resource_path("regions", "countries.yaml").open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle) or {}
    exact: dict[str, str] = {}
    loose: dict[str, set[str]] = {}
    for iso, entry in raw["countries"].items():
        for name in (iso, entry["en"], entry["fr"], entry["es"], *entry.get("aliases", [])):
            key = _plain(str(name))
            if exact.setdefault(key, str(iso)) != iso:
                raise ValueError(f"countries.yaml: {name!r} names both {exact[key]} and {iso}")
            loose.setdefault(normalise(str(name)), set()).add(str(iso))
    unambiguous = {key: next(iter(codes)) for key, codes in loose.items() if len(codes) == 1 and key not in exact}
    return exact, unambiguous


def country_code(country: str) -> str | None:
    """The ISO code of a country named in any of the three languages, or None."""
    if not country.strip():
        return None
    exact, loose = _index()
    return exact.get(_plain(country)) or exact.get(normalise(country)) or loose.get(normalise(country))


class Regions:
    """The regions of countries: the user's grouping first, then the bundled list."""

    def __init__(self, own: Mapping[str, str] | None = None) -> None:
        self._own = {normalise(k): str(v).strip() for k, v in (own or {}).items() if str(v).strip()}

    def of(self, country: str) -> Region | None:
        key = normalise(country)
        iso = country_code(country) or ""
        own = self._own.get(key)
        if own is not None:
            return Region(_as_code(own), iso, own=True)
        if iso:
            return Region(countries()[iso].region, iso)
        return None

    @property
    def own(self) -> dict[str, str]:
        return dict(self._own)


def _as_code(text: str) -> str:
    """A user's group named like an ILO region ("Africa", "Afrique", "africa") is that region."""
    for code in ILO_REGIONS:
        if text == code or any(normalise(text) == normalise(template(f"region.{code}", lang))
                               for lang in ("en", "fr", "es")):
            return code
    return text


def user_regions_path(data_dir: Path) -> Path:
    return data_dir / USER_REGIONS_FILE


def load_user_regions(path: Path) -> dict[str, str]:
    """The user's grouping (``country: region`` lines); empty when the file does not exist."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise RegionsFileError(Msg("regions.unreadable", path=str(path), reason=exc.strerror or "")) from None
    try:
        raw: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RegionsFileError(Msg("regions.malformed", path=str(path), detail=str(exc).splitlines()[0])
                               ) from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise RegionsFileError(Msg("regions.not_a_list", path=str(path)))
    return {str(k): str(v) for k, v in raw.items() if v is not None}


def save_user_region(path: Path, country: str, region: str | None) -> dict[str, str]:
    """Put ``country`` in ``region`` (None: take it out of the user's grouping) and write the file atomically;
    returns the grouping as written."""
    own = {k: v for k, v in load_user_regions(path).items() if normalise(k) != normalise(country)}
    if region:
        own[country.strip()] = region.strip()
    lines = ["# Your own grouping of countries for Received reports (c102desk): one 'country: region' per line.",
             "# A region is an ILO region (Africa, Americas, Arab States, Asia and the Pacific, Europe and Central",
             "# Asia) or a group of your own."]
    lines += [yaml.safe_dump({k: v}, allow_unicode=True, default_flow_style=False, width=1000).rstrip("\n")
              for k, v in sorted(own.items(), key=lambda item: normalise(item[0]))]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RegionsFileError(Msg("regions.unreadable", path=str(path), reason=exc.strerror or "")) from None
    files.write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"), error=RegionsFileError)
    return own
