"""Art 2: could the country ratify, with which Parts, and what stops it (engine-contract.md §2).

A Member applies Part I, at least three of Parts II–X (one of them IV, V, VI, IX or X), the provisions of Parts XI,
XII and XIII relevant to the Parts it accepts, and Part XIV (Art 2(a)(i)–(iv)). Each condition is met, fails, or
is open (it lacks information or was not assessed):

* ``possible`` — every condition is met;
* ``not_possible`` — a condition fails and no missing answer could change that;
* ``not_yet_determinable`` — nothing is shown to fail, or the only failure is a count of Parts that the Parts
  still lacking information could complete; ``missing`` names what is lacking.

A Part not assessed cannot be counted as met ([I] requirements.md §9): Parts XI–XIV must be assessed and found
compliant (or compliant with review items) for a ratification to be possible.
"""

from __future__ import annotations

from c102desk.engine import rulebook
from c102desk.engine.aggregate import failing_ids
from c102desk.engine.context import Context
from c102desk.engine.results import (
    ACCEPTABLE_PART_STATUSES,
    Missing,
    PartResult,
    PartStatus,
    Ratification,
    RatificationStatus,
    Requirement,
    Status,
)
from c102desk.i18n import Msg
from c102desk.questionnaire.model import (
    BRANCH_PART_IDS,
    CORE_PART_IDS,
    CROSS_CUTTING_PART_IDS,
    MIN_ACCEPTED_PARTS,
)

# Part I requirements that the Convention makes conditions of a ratification: with an Article 3 declaration, the
# declaration itself (Art 3(1)) and the statement in every annual report (Art 3(2)).
PART_I_CONDITIONS = ("I.ART3.DECL", "I.ART3.REPORT")
OPEN_PART_STATUSES = frozenset({PartStatus.NOT_ASSESSED, PartStatus.INSUFFICIENT})


def acceptable_parts(parts: dict[str, PartResult]) -> list[str]:
    """Parts II–X that could be accepted now: compliant, or compliant with only review items left."""
    return [p for p in BRANCH_PART_IDS if parts[p].status in ACCEPTABLE_PART_STATUSES]


def _lacking(result: PartResult) -> tuple[str, ...]:
    """The required requirements of a Part that lack information."""
    return tuple(r.id for r in result.requirements if r.required and r.status is Status.INSUFFICIENT)


def cross_cutting(parts: dict[str, PartResult]) -> Requirement:
    """Art 2(a)(iii)–(iv): Parts XI, XII and XIII (for the Parts accepted) and Part XIV, assessed and met."""
    rid, article = "I.RAT.CROSS", "2(a)(iii)–(iv)"
    states = {p: parts[p].status for p in CROSS_CUTTING_PART_IDS}
    lines = Msg.join((Msg("rat.cross.line", part=p, state=Msg(f"rat.cross.state.{s.value}"))
                      for p, s in states.items()), "; ")
    values = {"parts": {p: s.value for p, s in states.items()}}
    if any(s is PartStatus.NOT_COMPLIANT for s in states.values()):
        status, key = Status.NOT_MET, "rat.cross.not_met"
    elif any(s in OPEN_PART_STATUSES for s in states.values()):
        status, key = Status.INSUFFICIENT, "rat.cross.open"
    else:
        status, key = Status.MET, "rat.cross.met"
    return Requirement(rid, article, status, Msg(key, lines=lines), values)


def ratify(ctx: Context, parts: dict[str, PartResult]) -> Ratification:
    accepted = acceptable_parts(parts)
    core = [p for p in accepted if p in CORE_PART_IDS]
    ctx.parts, ctx.accepted = parts, accepted
    requirements: list[Requirement] = rulebook.part_requirements(ctx, "I")  # Part I (resources/rules/)
    cross = cross_cutting(parts)
    requirements.insert(2, cross)
    blocking: list[str] = []
    missing: list[Missing] = []
    fails = False

    # Art 2(a)(ii): three Parts, one of them a core Part. Parts still lacking information may complete the count.
    count_ok, core_ok = len(accepted) >= MIN_ACCEPTED_PARTS, bool(core)
    if not count_ok:
        blocking.append("I.RAT.COUNT")
    if not core_ok:
        blocking.append("I.RAT.CORE")
    if not (count_ok and core_ok):
        pending = [p for p in BRANCH_PART_IDS if parts[p].status is PartStatus.INSUFFICIENT]
        reachable = (len(accepted) + len(pending) >= MIN_ACCEPTED_PARTS
                     and (core_ok or any(p in CORE_PART_IDS for p in pending)))
        if reachable:
            missing += [Missing(p, parts[p].status.value, _lacking(parts[p])) for p in pending]
        else:
            fails = True

    # Art 2(a)(i) with Art 3: the conditions of Part I.
    for req in requirements:
        if req.id not in PART_I_CONDITIONS:
            continue
        if req.status is Status.NOT_MET:
            blocking.append(req.id)
            fails = True
        elif req.status is Status.INSUFFICIENT and req.id == "I.ART3.REPORT":
            missing.append(Missing("I", Status.INSUFFICIENT.value, (req.id,)))

    # Art 2(a)(iii)–(iv): Parts XI–XIV, for the Parts that could be accepted.
    for part_id in CROSS_CUTTING_PART_IDS:
        result = parts[part_id]
        if result.status is PartStatus.NOT_COMPLIANT:
            blocking.extend(failing_ids(result.requirements))
            fails = True
        elif result.status in OPEN_PART_STATUSES:
            missing.append(Missing(part_id, result.status.value, _lacking(result)))

    if fails:
        status = RatificationStatus.NOT_POSSIBLE
    elif missing:
        status = RatificationStatus.NOT_YET_DETERMINABLE
    else:
        status = RatificationStatus.POSSIBLE
    return Ratification(
        possible=status is RatificationStatus.POSSIBLE,
        parts=accepted,
        blocking=blocking,
        article_3_declaration_needed=any(parts[p].article_3 for p in accepted),
        requirements=requirements,
        status=status,
        missing=missing,
    )
