"""Art 2(a)(ii): the count of the branch Parts that could be accepted — at least three of Parts II–X, at least
one of them IV, V, VI, IX or X. Parts still lacking information are named: they may complete the count."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.results import PartStatus, Requirement, Status
from c102desk.i18n import Msg
from c102desk.questionnaire.model import BRANCH_PART_IDS, CORE_PART_IDS, MIN_ACCEPTED_PARTS


def names(parts: list[str]) -> Msg:
    """Parts named in a sentence ("II, III"), or "none"."""
    return Msg.join(parts, ", ") if parts else Msg("general.none")


def ratification_count(ctx: Context) -> Requirement:
    """Art 2(a)(ii): at least three of Parts II–X must be accepted."""
    parts, accepted = ctx.parts, ctx.accepted
    pending = [p for p in BRANCH_PART_IDS if p in parts and p not in accepted
               and parts[p].status is PartStatus.INSUFFICIENT]
    ok = len(accepted) >= MIN_ACCEPTED_PARTS
    text = Msg("general.rat.count", count=len(accepted), parts=names(accepted), sign="≥" if ok else "<",
               required=MIN_ACCEPTED_PARTS)
    if not ok and pending:
        text = Msg("general.rat.count_pending", text=text, pending=names(pending))
    values = {"parts": accepted, "count": len(accepted), "required": MIN_ACCEPTED_PARTS, "pending": pending}
    return Requirement("I.RAT.COUNT", "2(a)(ii)", Status.MET if ok else Status.NOT_MET, text, values)


def ratification_core(ctx: Context) -> Requirement:
    """Art 2(a)(ii): at least one accepted Part must be IV, V, VI, IX or X."""
    accepted = ctx.accepted
    core = [p for p in accepted if p in CORE_PART_IDS]
    text = Msg("general.rat.core", parts=names(core)) if core else Msg("general.rat.no_core", parts=names(accepted))
    values = {"core_parts": core, "required": 1}
    return Requirement("I.RAT.CORE", "2(a)(ii)", Status.MET if core else Status.NOT_MET, text, values)
