"""Part XII — Equality of treatment of non-national residents (Art 68)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import not_applicable
from c102desk.i18n import Msg


def requirements(ctx: Context) -> list[Requirement]:
    return [residents(ctx), nationals_of_members(ctx)]


def residents(ctx: Context) -> Requirement:
    """Art 68(1): non-national residents have the same rights as nationals; special rules are allowed only for
    benefits paid wholly or mainly from public funds and for transitional schemes."""
    rid, article = "XII.EQ.RES", "68(1)"
    qids = ("XII.residents.equal_treatment", "XII.residents.differences_confined", "XII.residents.differences")
    equal = ctx.flag("XII.residents.equal_treatment")
    confined = ctx.flag("XII.residents.differences_confined")
    described = ctx.text("XII.residents.differences")
    values = {"equal_treatment": equal, "differences_confined": confined, "differences": described}
    if equal is True:
        return Requirement(rid, article, Status.MET, Msg("xii.res.equal"), values, qids)
    if equal is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("xii.res.unknown"), values, qids)
    if confined is True:
        text = Msg("xii.res.confined")
        return Requirement(rid, article, Status.MET, text, values, qids)
    if confined is False:
        text = Msg("xii.res.not_confined")
        if described:
            text = Msg("xii.res.not_confined_described", text=text, described=described)
        return Requirement(rid, article, Status.NOT_MET, text, values, qids)
    return Requirement(rid, article, Status.INSUFFICIENT, Msg("xii.res.confined_unknown"), values, qids)


def nationals_of_members(ctx: Context) -> Requirement:
    """Art 68(2): under contributory schemes protecting employees, nationals of another Member that accepted the
    Part have the same rights as nationals, possibly subject to a reciprocity agreement."""
    rid, article = "XII.EQ.NAT", "68(2)"
    qids = ("XII.nationals.contributory_schemes", "XII.nationals.treatment", "XII.nationals.agreements")
    contributory = ctx.flag("XII.nationals.contributory_schemes")
    if contributory is False:
        return not_applicable(rid, article, Msg("xii.nat.none"), questions=qids)
    if contributory is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("xii.nat.schemes_unknown"), {}, qids)
    treatment = ctx.choice("XII.nationals.treatment")
    values = {"treatment": treatment, "agreements": ctx.text("XII.nationals.agreements")}
    if treatment == "equal":
        return Requirement(rid, article, Status.MET, Msg("xii.nat.equal"), values, qids)
    if treatment == "reciprocity":
        return Requirement(rid, article, Status.MET, Msg("xii.nat.reciprocity"), values, qids)
    if treatment == "not_equal":
        return Requirement(rid, article, Status.NOT_MET, Msg("xii.nat.not_equal"), values, qids)
    return Requirement(rid, article, Status.INSUFFICIENT, Msg("xii.nat.unknown"), values, qids)
