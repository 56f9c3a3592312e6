"""``c102desk.signing`` sits below the report and the store: it imports none of them, nor the interface or the
command line — not at the top of a module and not inside a function either (issue 19)."""

from __future__ import annotations

import ast
from pathlib import Path

import c102desk.signing

ABOVE = ("c102desk.report", "c102desk.store", "c102desk.ui", "c102desk.cli")


def imported_modules(source: str) -> set[str]:
    """Every module an ``import`` or ``from … import`` names anywhere in ``source`` (function bodies too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_signing_imports_nothing_above_it() -> None:
    folder = Path(c102desk.signing.__file__).parent
    wrong = {
        f"{path.name}: {name}"
        for path in folder.glob("*.py")
        for name in imported_modules(path.read_text(encoding="utf-8"))
        if name.startswith(ABOVE)
    }
    assert not wrong


def test_the_check_sees_an_import_inside_a_function() -> None:
    source = "def f():\n    from c102desk.report.styles import SIGNATURE_BOX\n    return SIGNATURE_BOX\n"
    assert "c102desk.report.styles" in imported_modules(source)
