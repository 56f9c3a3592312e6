"""What the Part XI level tests are run for, and what they found: a benefit's Schedule figure and the sub-tests
made for it. Apart from the calculators (``engine.level``), so that the evaluation's context (``engine.context``),
which collects the records, does not import them."""

from __future__ import annotations

from dataclasses import dataclass, field

from c102desk.engine.results import Requirement


@dataclass(frozen=True)
class BenefitSpec:
    """One periodical benefit of a Part and its Schedule figure."""

    part: str
    rule_id: str
    article: str
    prefix: str
    schedule_percent: int
    beneficiary: str  # message key, e.g. "sb.man_wife_two_children"
    label: str  # message key naming the benefit, e.g. "lvl.label.sickness"
    children: bool = True
    means_tested_allowed: bool = False
    safe_harbour_article: str | None = None
    means_coverage_question: str | None = None


@dataclass
class LevelRecord:
    """The Part XI sub-tests made for one benefit (keyed by their §5.2 ids), for the Part XI verdicts."""

    spec: BenefitSpec
    method: str | None
    tests: dict[str, Requirement] = field(default_factory=dict)
