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


# A requirement with one of these statuses was actually tested against national law.
TESTED = frozenset({Status.MET, Status.NOT_MET, Status.NEEDS_REVIEW})


def part_status(requirements: list[Requirement], answered: bool) -> PartStatus:
    """not_assessed, then not_compliant, insufficient_information, compliant_with_review, compliant.

    Nothing tested is not compliance: a Part none of whose requirements could be tested (all not applicable or
    unanswered) is ``not_assessed``, however many of its questions have an answer.
    """
    if not answered:
        return PartStatus.NOT_ASSESSED
    statuses = {status for _, status in effective_statuses(requirements)}
    if Status.NOT_MET in statuses:
        return PartStatus.NOT_COMPLIANT
    if not statuses & TESTED:
        return PartStatus.NOT_ASSESSED
    if Status.INSUFFICIENT in statuses:
        return PartStatus.INSUFFICIENT
    if Status.NEEDS_REVIEW in statuses:
        return PartStatus.COMPLIANT_WITH_REVIEW
    return PartStatus.COMPLIANT


def mark_superseded(requirements: list[Requirement]) -> None:
    """Flag the alternatives that are not needed because another member of their group is met.

    Their own status is kept (a reader sees "not needed", never a failure); not-applicable members are left alone.
    """
    groups: dict[str, list[Requirement]] = defaultdict(list)
    for req in requirements:
        if req.group and req.required:
            groups[req.group].append(req)
    for members in groups.values():
        if any(m.status is Status.MET for m in members):
            for member in members:
                member.superseded = member.status not in (Status.MET, Status.NOT_APPLICABLE)


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
