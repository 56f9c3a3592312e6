"""Part XI rules (being written)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement


def answered(ctx: Context) -> bool:
    return ctx.part_answered("XI") or any(r.method for r in ctx.level_records)


def requirements(ctx: Context, accepted: list[str]) -> list[Requirement]:
    return []
