"""Part XII — Equality of treatment of non-national residents (Art 68)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import not_applicable


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
        return Requirement(rid, article, Status.MET, "non-national residents have the same rights as national "
                           "residents (Art 68(1))", values, qids)
    if equal is None:
        return Requirement(rid, article, Status.INSUFFICIENT, "not yet answered whether non-national residents have "
                           "the same rights as nationals (Art 68(1))", values, qids)
    if confined is True:
        text = ("non-nationals are treated differently only for benefits paid wholly or mainly from public funds or "
                "under transitional schemes, which Art 68(1) allows")
        return Requirement(rid, article, Status.MET, text, values, qids)
    if confined is False:
        text = ("non-nationals are treated differently outside the two exceptions of Art 68(1) (benefits paid wholly "
                "or mainly from public funds; transitional schemes)")
        if described:
            text += f": {described}"
        return Requirement(rid, article, Status.NOT_MET, text, values, qids)
    return Requirement(rid, article, Status.INSUFFICIENT, "non-nationals are treated differently; not yet answered "
                       "whether the differences stay within the exceptions of Art 68(1)", values, qids)


def nationals_of_members(ctx: Context) -> Requirement:
    """Art 68(2): under contributory schemes protecting employees, nationals of another Member that accepted the
    Part have the same rights as nationals, possibly subject to a reciprocity agreement."""
    rid, article = "XII.EQ.NAT", "68(2)"
    qids = ("XII.nationals.contributory_schemes", "XII.nationals.treatment", "XII.nationals.agreements")
    contributory = ctx.flag("XII.nationals.contributory_schemes")
    if contributory is False:
        return not_applicable(rid, article, "no benefit is provided by a contributory scheme protecting employees, "
                              "so Art 68(2) does not apply", questions=qids)
    if contributory is None:
        return Requirement(rid, article, Status.INSUFFICIENT, "not yet answered whether a contributory scheme "
                           "protecting employees provides any benefit (Art 68(2))", {}, qids)
    treatment = ctx.choice("XII.nationals.treatment")
    values = {"treatment": treatment, "agreements": ctx.text("XII.nationals.agreements")}
    if treatment == "equal":
        return Requirement(rid, article, Status.MET, "nationals of other Members that accepted the Part have the "
                           "same rights as nationals under the contributory employee schemes (Art 68(2))", values, qids)
    if treatment == "reciprocity":
        return Requirement(rid, article, Status.MET, "nationals of other Members that accepted the Part have the "
                           "same rights subject to a reciprocity agreement, which Art 68(2) allows", values, qids)
    if treatment == "not_equal":
        return Requirement(rid, article, Status.NOT_MET, "nationals of other Members that accepted the Part are "
                           "treated less favourably than nationals under contributory employee schemes "
                           "(Art 68(2))", values, qids)
    return Requirement(rid, article, Status.INSUFFICIENT, "not yet answered how nationals of other Members are "
                       "treated under the contributory employee schemes (Art 68(2))", values, qids)
