"""The third-party software c102desk uses or ships, and its licences (plain Python, no Qt).

The list is data: ``resources/licenses/third-party.yaml``. A component's full licence text comes from, first
match wins: the text shipped under ``resources/`` (Qt's LGPL, the DejaVu licence); the licence files the
self-contained installer copied into ``resources/licenses/bundled/<distribution>/``; the licence files of the
installed distribution (pip installs them with each package).
"""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from c102desk.resources import resource_path

NOTICES_FILE = ("licenses", "third-party.yaml")
BUNDLED_DIR = ("licenses", "bundled")  # filled by build_installer.py, absent elsewhere
_LICENCE_FILE_WORDS = ("LICEN", "COPYING", "NOTICE", "AUTHORS")


@dataclass(frozen=True)
class Component:
    """A component c102desk ships, with its licence and where its text is."""

    name: str
    licence: str  # an SPDX expression
    copyright: str
    homepage: str
    distribution: str | None = None
    also: tuple[str, ...] = ()  # further distributions under the same entry (e.g. shiboken6 with PySide6)
    text: str | None = None  # a licence text under resources/
    also_text: str | None = None
    note: str = ""
    scope: str = "all"  # "all" or "bundle" (only in the self-contained installers)

    @property
    def distributions(self) -> tuple[str, ...]:
        return ((self.distribution,) if self.distribution else ()) + self.also

    def version(self) -> str | None:
        """The installed version of its distribution, if the installation records it."""
        if self.distribution is None:
            return None
        try:
            return importlib.metadata.version(self.distribution)
        except importlib.metadata.PackageNotFoundError:
            return None

    def is_present(self) -> bool:
        """Whether this installation has it: not a Python package, or installed, or carried by the bundle
        (tzdata, for one, is installed on Windows only)."""
        if self.distribution is None or self.version() is not None:
            return True
        return resource_path(*BUNDLED_DIR, normalised(self.distribution)).is_dir()

    def licence_texts(self) -> list[tuple[str, str]]:
        """(title, full text) of each of its licence files found in this installation; empty when none is."""
        texts = [(name, resource_path(*name.split("/")).read_text(encoding="utf-8"))
                 for name in (self.text, self.also_text) if name is not None]
        for distribution in self.distributions:
            texts += _bundled_texts(distribution) or _installed_texts(distribution)
        if not self.distributions:  # e.g. Python itself, whose licence the installer build copies
            texts += _bundled_texts(self.name)
        return texts


def _bundled_texts(distribution: str) -> list[tuple[str, str]]:
    folder = resource_path(*BUNDLED_DIR, normalised(distribution))
    if not folder.is_dir():
        return []
    return [(f"{distribution}: {path.relative_to(folder).as_posix()}", path.read_text(encoding="utf-8",
                                                                                   errors="replace"))
            for path in sorted(folder.rglob("*")) if path.is_file()]


def licence_files(distribution: str) -> list[tuple[str, Path]]:
    """(name inside the distribution's metadata, path on disk) of the installed distribution's licence files."""
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        return []
    found = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith((".dist-info", ".egg-info")):
            continue
        relative = "/".join(parts[1:])
        if relative.startswith("licenses/") or any(word in file.name.upper() for word in _LICENCE_FILE_WORDS):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append((relative.removeprefix("licenses/"), path))
    return found


def _installed_texts(distribution: str) -> list[tuple[str, str]]:
    return [(f"{distribution}: {name}", path.read_text(encoding="utf-8", errors="replace"))
            for name, path in licence_files(distribution)]


def normalised(distribution: str) -> str:
    """A distribution name as a folder name (PEP 503: lower case, runs of -_. as one dash)."""
    out: list[str] = []
    for char in distribution.lower():
        if char in "-_.":
            if not out or out[-1] != "-":
                out.append("-")
        else:
            out.append(char)
    return "".join(out)


@cache
def components() -> tuple[Component, ...]:
    """Every listed component, in the file's order (the most important first)."""
    with resource_path(*NOTICES_FILE).open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return tuple(Component(**{**entry, "also": tuple(entry.get("also", ()))}) for entry in data["components"])


def render_markdown(listed: tuple[Component, ...]) -> str:
    """THIRD-PARTY-NOTICES.md: what is used, under which licence, where the full texts are."""
    lines = [
        "# Third-party software in c102desk",
        "",
        "<!-- Written by tools/update_notices.py from third-party.yaml: edit that file, then rerun the tool. -->",
        "",
        "c102desk itself is released under the MIT licence (`LICENSE`). It uses the software below, each under",
        "its own licence. The full licence texts are installed with each Python package (its `.dist-info`",
        "folder); the self-contained installers carry them in `licenses/bundled/`; Qt's LGPL and the GPL it",
        "builds on, and the DejaVu fonts' licence, are in this folder and in `fonts/`. The About dialog",
        "(Help ▸ About c102desk) lists them too.",
        "",
        "| component | licence | copyright | home page |",
        "|---|---|---|---|",
    ]
    for component in listed:
        name = component.name + (" (self-contained installers only)" if component.scope == "bundle" else "")
        lines.append(f"| {name} | {component.licence} | {component.copyright} | {component.homepage} |")
    lines += ["", "## Notes", ""]
    for component in listed:
        if component.note:
            lines.append(f"- **{component.name}**: {' '.join(component.note.split())}")
    return "\n".join(lines) + "\n"
