"""Every dataclass of c102desk says in a docstring what it is. Besides what it tells a reader, that keeps ``inspect``
(with ``ast``, ``dis``, ``tokenize``) out of the command line's start: ``dataclasses`` imports it only to write a
``__doc__`` for a class without one (c102desk/dataclass_code.py, docs/performance.md §9)."""

from __future__ import annotations

import ast
from pathlib import Path

import c102desk

PACKAGE = Path(c102desk.__file__).parent


def _is_dataclass_decorator(node: ast.expr) -> bool:
    target = node.func if isinstance(node, ast.Call) else node
    return (isinstance(target, ast.Name) and target.id == "dataclass") or (
        isinstance(target, ast.Attribute) and target.attr == "dataclass")


def test_every_dataclass_has_a_docstring() -> None:
    found, undocumented = 0, []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(map(_is_dataclass_decorator, node.decorator_list)):
                found += 1
                if not ast.get_docstring(node):
                    undocumented.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}")
    assert found > 100  # the scan sees the package's dataclasses
    assert undocumented == []
