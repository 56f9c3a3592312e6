"""The rules as data: the rule files of resources/rules/ and the one interpreter that runs them.

``part_requirements(ctx, part)`` evaluates one Part's rules; ``load_rulebook()`` reads and checks the files once.
"""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.level_records import BenefitSpec
from c102desk.engine.results import Requirement
from c102desk.engine.rulebook import calculators
from c102desk.engine.rulebook.interpreter import PartRun
from c102desk.engine.rulebook.loader import RuleFileError, load_rulebook
from c102desk.engine.rulebook.model import CalculatorStep


def has_part(part: str) -> bool:
    return part in load_rulebook().parts


def part_requirements(ctx: Context, part: str) -> list[Requirement]:
    """The requirements of ``part`` for the assessment ``ctx``, in the order its rule file lists them."""
    return PartRun(ctx, load_rulebook().parts[part]).requirements()




def benefit_spec(rule_id: str) -> BenefitSpec:
    """The periodical benefit a Part's rule file names for its level rule ``rule_id`` (e.g. ``III.LVL``)."""
    for part in load_rulebook().parts.values():
        for step in part.steps:
            if isinstance(step, CalculatorStep) and step.calculator == "benefit_level" and step.args["id"] == rule_id:
                return calculators.benefit_spec(step.args)
    raise KeyError(rule_id)


__all__ = ["RuleFileError", "benefit_spec", "has_part", "load_rulebook", "part_requirements"]
