"""Part V rules (being written)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement


def requirements(ctx: Context) -> list[Requirement]:
    return []
