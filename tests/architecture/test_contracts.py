"""The import contracts of docs/architecture.md ([tool.importlinter] in pyproject.toml) hold, and they do catch a
wrong import: one placed in a copy of the package, inside a function body, breaks the contract it violates."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import c102desk

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = REPO / "pyproject.toml"
# import-linter is in the ``dev`` extra: without it this test fails (a missing checker is not a kept contract).
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _contracts() -> dict[str, dict[str, object]]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    return {contract["id"]: contract for contract in config["contracts"]}


def _lint_imports(package_parent: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the package found first under ``package_parent``, with the repository's contracts."""
    assert LINT_IMPORTS.is_file(), f"import-linter is not installed next to {sys.executable} (pip install -e .[dev])"
    env = {**os.environ, "PYTHONPATH": str(package_parent), "COLUMNS": "300", "NO_COLOR": "1"}
    return subprocess.run([str(LINT_IMPORTS), "--config", str(PYPROJECT), "--no-cache"], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False, timeout=300)


def _status(output: str, name: str) -> str:
    """KEPT or BROKEN, as the report's summary says of the contract called ``name``."""
    lines = [line for line in output.splitlines() if line.startswith(name + " ")]
    assert lines, f"{name!r} is not in the report:\n{output}"
    return lines[0].rsplit(" ", 1)[-1]


def test_the_contracts_hold() -> None:
    result = _lint_imports(REPO, REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    for contract in _contracts().values():
        assert _status(result.stdout, str(contract["name"])) == "KEPT"


def test_every_top_level_module_has_its_layer() -> None:
    """A new package or module of c102desk is placed in the layers (else nothing would check its imports)."""
    layers = _contracts()["layers"]["layers"]
    assert isinstance(layers, list)
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    found = {f"c102desk.{info.name}" for info in pkgutil.iter_modules(c102desk.__path__)}
    assert found - placed == set(), "add these to the layers contract in pyproject.toml and docs/architecture.md"
    assert placed - found == set()


WRONG_IMPORTS = {
    # contract id: (module of the copy, what is added to it, what the report names)
    "layers": ("team/compare.py", "def _wrong():\n    from c102desk.ui import app\n",
               "c102desk.team.compare -> c102desk.ui.app"),
    "qt": ("engine/results.py", "def _wrong():\n    from PySide6 import QtCore\n",
           "c102desk.engine.results -> PySide6"),
    "signing": ("signing/__init__.py", "def _wrong():\n    from c102desk.report import builder\n",
                "c102desk.signing -> c102desk.report.builder"),
    "acyclic": ("engine/version.py", "def _wrong():\n    from c102desk.engine import evaluate\n",
                ".version -> .evaluate"),
}


@pytest.mark.parametrize("contract_id", sorted(WRONG_IMPORTS))
def test_a_wrong_import_inside_a_function_breaks_its_contract(tmp_path: Path, contract_id: str) -> None:
    module, added, named = WRONG_IMPORTS[contract_id]
    copy = tmp_path / "c102desk"
    shutil.copytree(Path(c102desk.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + "\n\n" + added, encoding="utf-8")
    result = _lint_imports(tmp_path, tmp_path)
    assert result.returncode != 0, result.stdout + result.stderr
    contracts = _contracts()
    assert _status(result.stdout, str(contracts[contract_id]["name"])) == "BROKEN"
    assert named in result.stdout
    if contract_id == "layers":  # the copy was checked, not the repository's package, and only what is wrong broke
        assert _status(result.stdout, str(contracts["qt"]["name"])) == "BROKEN"  # the UI brings Qt into the team
        assert _status(result.stdout, str(contracts["signing"]["name"])) == "KEPT"
