"""Part I rules (being written)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.results import PartResult, Requirement


def requirements(ctx: Context, parts: dict[str, PartResult], accepted: list[str]) -> list[Requirement]:
    return []
