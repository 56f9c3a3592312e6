"""From requirement verdicts to a Part verdict (engine-contract.md §2, "Part status")."""

from __future__ import annotations

from collections import defaultdict

from c102desk.engine.results import BEST_FIRST, PartStatus, Requirement, Status, best_of


def effective_statuses(requirements: list[Requirement]) -> list[tuple[str, Status]]:
    """One status per required item: a single requirement, or a group of alternatives (its best member)."""
    groups: dict[str, list[Requirement]] = defaultdict(list)
    out: list[tuple[str, Status]] = []
    for req in requirements:
        if not req.required:
            continue
        if req.group:
            groups[req.group].append(req)
        else:
            out.append((req.id, req.status))
    for members in groups.values():
        status = best_of([m.status for m in members])
        label = "|".join(m.id for m in members)
        out.append((label, status))
    return out


def part_status(requirements: list[Requirement], answered: bool) -> PartStatus:
    """not_assessed, then not_compliant, insufficient_information, compliant_with_review, compliant."""
    if not answered:
        return PartStatus.NOT_ASSESSED
    statuses = {status for _, status in effective_statuses(requirements)}
    if Status.NOT_MET in statuses:
        return PartStatus.NOT_COMPLIANT
    if Status.INSUFFICIENT in statuses:
        return PartStatus.INSUFFICIENT
    if Status.NEEDS_REVIEW in statuses:
        return PartStatus.COMPLIANT_WITH_REVIEW
    return PartStatus.COMPLIANT


def rests_on_article_3(requirements: list[Requirement]) -> bool:
    """True when a group's verdict comes from an Article 3 alternative that its other members do not match."""
    groups: dict[str, list[Requirement]] = defaultdict(list)
    for req in requirements:
        if req.group and req.required:
            groups[req.group].append(req)
    for members in groups.values():
        with_art3 = best_of([m.status for m in members])
        without = best_of([m.status for m in members if not m.article_3])
        if with_art3 is Status.NOT_APPLICABLE:
            continue
        if without is Status.NOT_APPLICABLE or BEST_FIRST.index(with_art3) < BEST_FIRST.index(without):
            return True
    return False


def failing_ids(requirements: list[Requirement]) -> list[str]:
    """The ids of required items that are not met (a group fails only when no alternative holds)."""
    failing: list[str] = []
    for label, status in effective_statuses(requirements):
        if status is Status.NOT_MET:
            failing.extend(label.split("|"))
    return failing
