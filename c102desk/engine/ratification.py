"""Art 2: could the country ratify, with which Parts, and what stops it (engine-contract.md §2)."""

from __future__ import annotations

from c102desk.engine.aggregate import failing_ids
from c102desk.engine.context import Context
from c102desk.engine.results import ACCEPTABLE_PART_STATUSES, PartResult, PartStatus, Ratification, Requirement
from c102desk.engine.rules import general
from c102desk.questionnaire.model import (
    BRANCH_PART_IDS,
    CORE_PART_IDS,
    CROSS_CUTTING_PART_IDS,
    MIN_ACCEPTED_PARTS,
)


def acceptable_parts(parts: dict[str, PartResult]) -> list[str]:
    """Parts II–X that could be accepted now: compliant, or compliant with only review items left."""
    return [p for p in BRANCH_PART_IDS if parts[p].status in ACCEPTABLE_PART_STATUSES]


def ratify(ctx: Context, parts: dict[str, PartResult]) -> Ratification:
    accepted = acceptable_parts(parts)
    core = [p for p in accepted if p in CORE_PART_IDS]
    requirements: list[Requirement] = general.requirements(ctx, parts, accepted)
    blocking: list[str] = []
    if len(accepted) < MIN_ACCEPTED_PARTS:
        blocking.append("I.RAT.COUNT")
    if not core:
        blocking.append("I.RAT.CORE")
    cross_ok = True
    for part_id in CROSS_CUTTING_PART_IDS:
        if parts[part_id].status is PartStatus.NOT_COMPLIANT:
            cross_ok = False
            blocking.extend(failing_ids(parts[part_id].requirements))
    return Ratification(
        possible=len(accepted) >= MIN_ACCEPTED_PARTS and bool(core) and cross_ok,
        parts=accepted,
        blocking=blocking,
        article_3_declaration_needed=any(parts[p].article_3 for p in accepted),
        requirements=requirements,
    )
