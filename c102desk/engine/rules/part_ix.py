"""Part IX — Invalidity benefit (Arts 53–58)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.coverage import ACTIVE, EMPLOYEES, INDUSTRIAL, RESIDENTS_MEANS, Alternative, coverage_requirements
from c102desk.engine.level import BenefitSpec, level_requirement
from c102desk.engine.qualifying import QualifyingSpec, qualifying_requirements
from c102desk.engine.results import Requirement, Status
from c102desk.engine.review import review_requirement
from c102desk.engine.rulekit import yes_rule
from c102desk.i18n import Msg, Pct
from c102desk.numbers import to_json_number

COVERAGE = (
    Alternative("a", "IX.COV.A", "55(a)", EMPLOYEES),
    Alternative("b", "IX.COV.B", "55(b)", ACTIVE),
    Alternative("c", "IX.COV.C", "55(c)", RESIDENTS_MEANS),
    Alternative("d", "IX.COV.D", "55(d)", INDUSTRIAL),
)
BENEFIT = BenefitSpec(
    part="IX", rule_id="IX.LVL", article="56", prefix="IX.benefit", schedule_percent=40,
    beneficiary="sb.man_wife_two_children", label="lvl.label.invalidity", children=True,
    means_tested_allowed=True, safe_harbour_article="55(b)",
    means_coverage_question="IX.coverage.residents_means_tested",
)
QUALIFYING = QualifyingSpec(
    "IX", "57", full_years=15, full_residence_years=10, reduced_years=5, alt_years=5, alt_residence_years=5,
    proportional_base_assumption="A.PROP.IX",
)


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "IX", COVERAGE),
        contingency(ctx),
        level_requirement(ctx, BENEFIT),
        *qualifying_requirements(ctx, QUALIFYING),
        duration(ctx),
        review_requirement(ctx, "IX"),
    ]


def contingency(ctx: Context) -> Requirement:
    """Art 54: inability to engage in any gainful activity, to a prescribed extent, likely to be permanent or
    persisting after sickness benefit ends."""
    degree = ctx.number("IX.contingency.degree_percent")
    if degree is None:
        met, not_met = Msg("ix.cont.met"), Msg("ix.cont.not_met")
    else:
        met = Msg("ix.cont.met_degree", degree=Pct(degree))
        not_met = Msg("ix.cont.not_met_degree", degree=Pct(degree))
    rule = yes_rule(ctx, "IX.CONT", "54", "IX.contingency.covered", met=met, not_met=not_met)
    rule.questions = ("IX.contingency.covered", "IX.contingency.degree_percent")
    if degree is not None:
        rule.values["degree_percent"] = to_json_number(degree)
    return rule


def duration(ctx: Context) -> Requirement:
    """Art 58: throughout the contingency or until an old-age benefit becomes payable."""
    rid, article, question = "IX.DUR", "58", "IX.duration.paid_until"
    answer = ctx.choice(question)
    values = {"paid_until": answer}
    if answer == "throughout":
        return Requirement(rid, article, Status.MET, Msg("ix.dur.throughout"), values, (question,))
    if answer == "until_old_age":
        return Requirement(rid, article, Status.MET, Msg("ix.dur.until_old_age"), values, (question,))
    if answer == "limited":
        return Requirement(rid, article, Status.NOT_MET, Msg("ix.dur.limited"), values, (question,))
    return Requirement(rid, article, Status.INSUFFICIENT, Msg("ix.dur.missing", question=question), {},
                       (question,))
