"""Whether national law provides the benefit of a Part at all (``<Part>.scheme.exists``).

The first Article of each of Parts II–X obliges a Member accepting the Part to secure the benefit to the persons
protected. Where national law provides no such benefit the Part is not met: that is a finding, not an
information gap ([I] requirements.md §9, "no scheme is not missing information").
"""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.i18n import Msg

# The Article of each Part that obliges the Member to secure its benefit (Arts 7, 13, 19, 25, 31, 39, 46, 53, 59).
SECURING_ARTICLE = {"II": "7", "III": "13", "IV": "19", "V": "25", "VI": "31", "VII": "39", "VIII": "46",
                    "IX": "53", "X": "59"}


def scheme_requirement(ctx: Context, part: str) -> Requirement | None:
    """``<Part>.SCHEME``: not met when national law has no such benefit; an informational "met" when it has one;
    nothing when the question is unanswered (the Part's other rules then decide alone)."""
    question = f"{part}.scheme.exists"
    exists = ctx.flag(question)
    if exists is None:
        return None
    article = SECURING_ARTICLE[part]
    benefit = Msg(f"scheme.benefit.{part}")
    if exists:
        return Requirement(f"{part}.SCHEME", article, Status.MET, Msg("scheme.exists", benefit=benefit,
                                                                       article=article),
                           {"exists": True}, (question,), required=False)
    return Requirement(f"{part}.SCHEME", article, Status.NOT_MET, Msg("scheme.none", benefit=benefit, article=article),
                       {"exists": False}, (question,))
