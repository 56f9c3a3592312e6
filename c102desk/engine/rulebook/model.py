"""Typed objects of the rule files (resources/rules/<version>/), built once at load.

A *rule* decides one requirement of the Convention: a ladder of *outcomes* tried in order, the first whose
condition holds giving the status, the explanation and the figures shown. A rule may first name values
(``let``) and decide *checks* — smaller ladders whose results its outcomes combine or pass on. A *calculation*
step hands a Part's arithmetic (coverage percentages, the level of benefits, qualifying periods) to Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from c102desk.engine.results import Status
from c102desk.engine.rulebook.expressions import Expr
from c102desk.questionnaire.conditions import Condition


@dataclass(frozen=True)
class Outcome:
    """One rung of a ladder. ``when`` None: the last rung, taken when no earlier one was.

    ``result`` names a check whose result this outcome passes on: its status, text, values, assumptions and
    calculation, unless the outcome gives its own (``values``, ``assumptions`` and ``calculation`` replace the
    check's; ``add_values`` are added to its values). ``calculation`` names the record of the arithmetic behind
    the verdict (c102desk.engine.calculations), whose figures are the outcome's values unless it gives others.
    """

    when: Condition | None
    status: Status | None = None
    combine: tuple[str, tuple[str, ...]] | None = None  # ("worst_of" | "best_of", check names)
    result: str | None = None
    text: Expr | None = None
    values: tuple[tuple[str, Expr], ...] | None = None
    add_values: tuple[tuple[str, Expr], ...] = ()
    assumptions: tuple[str, ...] | None = None
    calculation: Expr | None = None
    article: str | None = None
    informational: bool | None = None
    omit: bool = False  # no requirement at all (e.g. the scheme question unanswered)


@dataclass(frozen=True)
class Ladder:
    """A rule's outcomes, tried in order: the first whose condition holds decides."""

    outcomes: tuple[Outcome, ...]
    let: tuple[tuple[str, Expr], ...] = ()
    checks: tuple[Check, ...] = ()
    values: tuple[tuple[str, Expr], ...] = ()  # the default values of every outcome that names none
    assumptions: tuple[str, ...] = ()  # the default assumptions of every outcome that names none
    article: str | None = None


@dataclass(frozen=True)
class Check:
    """A named sub-decision of a rule, with its own ladder of outcomes."""

    name: str
    ladder: Ladder


@dataclass(frozen=True)
class Rule:
    """One requirement (its §5.2 id) and the ladder that decides it."""

    id: str
    article: str
    ladder: Ladder
    file: str
    questions: tuple[str, ...]  # derived from everything the rule reads, in the order it is written
    assumptions_named: tuple[str, ...]  # every assumption the rule may rely on (for the listing)
    group: str | None = None
    article_3: bool = False
    informational: bool = False
    # When the rule's status is this one, it is its Part's only finding and the Part's other rules are not run
    # (a Part whose benefit national law does not provide at all).
    only_finding_when: Status | None = None
    title: str = ""  # the docstring-like note of the rule file, for the listing


@dataclass(frozen=True)
class CalculatorStep:
    """A step computed in Python (a named calculator producing the requirements ``ids``)."""

    calculator: str
    args: dict[str, Any]
    ids: tuple[str, ...]
    file: str
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartRules:
    """A Part's rule file: its rules and calculator steps, in the order they run."""

    part: str
    file: str
    steps: tuple[Rule | CalculatorStep, ...]
    note: str = ""


@dataclass(frozen=True)
class RuleBook:
    """Every Part's rules, for one questionnaire version."""

    version: str
    questionnaire_version: str
    parts: dict[str, PartRules] = field(default_factory=dict)

    def rule(self, rule_id: str) -> Rule:
        for part in self.parts.values():
            for step in part.steps:
                if isinstance(step, Rule) and step.id == rule_id:
                    return step
        raise KeyError(rule_id)
