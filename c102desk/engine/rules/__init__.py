"""The rules of each Part, one module per Part (requirements.md §5.2)."""

from __future__ import annotations

from collections.abc import Callable

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement
from c102desk.engine.rules import (
    part_viii,
    part_xi,
    part_xii,
    part_xiii,
    part_xiv,
)

BRANCH_RULES: dict[str, Callable[[Context], list[Requirement]]] = {
    "VIII": part_viii.requirements,
}

__all__ = ["BRANCH_RULES", "part_xi", "part_xii", "part_xiii", "part_xiv"]
