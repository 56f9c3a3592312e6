"""The rules as data: the rule files of resources/rules/ and the one interpreter that runs them.

``part_requirements(ctx, part)`` evaluates one Part's rules; ``load_rulebook()`` reads and checks the files once.
"""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement
from c102desk.engine.rulebook.interpreter import PartRun
from c102desk.engine.rulebook.loader import RuleFileError, load_rulebook


def has_part(part: str) -> bool:
    return part in load_rulebook().parts


def part_requirements(ctx: Context, part: str) -> list[Requirement]:
    """The requirements of ``part`` for the assessment ``ctx``, in the order its rule file lists them."""
    return PartRun(ctx, load_rulebook().parts[part]).requirements()


__all__ = ["RuleFileError", "has_part", "load_rulebook", "part_requirements"]
