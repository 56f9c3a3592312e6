"""Third-party licences: every package the program installs is listed, with its licence text reachable, and the
notices file is current."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

from c102desk.notices import components, licence_files, normalised, render_markdown
from c102desk.resources import resource_path

REPO = Path(__file__).resolve().parent.parent
NOT_SHIPPED = {"c102desk", "pip", "setuptools"}  # the program itself; the installer's tools


def _runtime_closure() -> set[str]:
    """The distributions ``pip install c102desk`` brings, found from the installed metadata (no extras)."""
    seen: set[str] = set()
    todo = ["c102desk"]
    while todo:
        name = normalised(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue  # a requirement of another platform (e.g. tzdata on Windows)
        for requirement in requires:
            spec, _, marker = requirement.partition(";")
            if "extra ==" in marker and not ("opentype" in marker and name == "pyhanko"):
                continue
            if marker.strip() and not _marker_holds(marker):
                continue
            todo.append(re.split(r"[\s\[<>=!~(]", spec.strip(), maxsplit=1)[0])
    return seen - NOT_SHIPPED


def _marker_holds(marker: str) -> bool:
    from packaging.markers import Marker

    return Marker(marker.strip()).evaluate({"extra": "opentype"})


def test_every_installed_dependency_is_listed() -> None:
    listed = {normalised(d) for c in components() for d in c.distributions}
    closure = _runtime_closure()
    assert {"pyside6-essentials", "reportlab", "pyhanko", "sqlalchemy"} <= closure
    assert closure - listed == set()


def test_each_component_has_a_licence_text_here() -> None:
    missing = [c.name for c in components() if c.scope == "all" and c.version() is not None
               and not c.licence_texts()]
    assert missing == []
    qt = components()[0]
    assert qt.distribution == "PySide6-Essentials"
    titles = [title for title, _ in qt.licence_texts()]
    assert titles[:2] == ["licenses/LGPL-3.0-only.txt", "licenses/GPL-3.0-only.txt"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.licence_texts()[0][1]


def test_reportlab_s_licence_is_read_from_its_installed_files() -> None:
    [reportlab] = [c for c in components() if c.distribution == "reportlab"]
    assert licence_files("reportlab")
    assert any("Redistributions" in text for _, text in reportlab.licence_texts())


def test_the_notices_file_is_current() -> None:
    written = resource_path("licenses", "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    assert written == render_markdown(components()), "run: python tools/update_notices.py"


def test_the_licence_file_matches_pyproject() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^license = "MIT"$', pyproject, re.MULTILINE)
    assert (REPO / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
