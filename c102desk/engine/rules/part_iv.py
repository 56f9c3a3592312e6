"""Part IV — Unemployment benefit (Arts 19–24)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.coverage import EMPLOYEES, INDUSTRIAL, RESIDENTS_MEANS, Alternative, coverage_requirements
from c102desk.engine.level import BenefitSpec, level_requirement
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import (
    abuse_rule,
    duration_rule,
    informational,
    limit_rule,
    not_applicable,
    yes_rule,
)
from c102desk.i18n import Msg

# Art 21 has no alternative based on the economically active population.
COVERAGE = (
    Alternative("a", "IV.COV.A", "21(a)", EMPLOYEES),
    Alternative("b", "IV.COV.B", "21(b)", RESIDENTS_MEANS),
    Alternative("c", "IV.COV.C", "21(c)", INDUSTRIAL),
)
BENEFIT = BenefitSpec(
    part="IV", rule_id="IV.LVL", article="22", prefix="IV.benefit", schedule_percent=45,
    beneficiary="sb.man_wife_two_children", label="lvl.label.unemployment", children=True,
    means_tested_allowed=True, safe_harbour_article=None,  # Art 67(d) names no Part IV comparator [I]
    means_coverage_question="IV.coverage.residents_means_tested",
)
DURATION_GROUP = "duration_employees"
EMPLOYEE_WEEKS = 13
RESIDENT_WEEKS = 26
MAX_WAITING_DAYS = 7


def requirements(ctx: Context) -> list[Requirement]:
    coverage = coverage_requirements(ctx, "IV", COVERAGE)
    relied = {r.id for r in coverage if r.status is not Status.NOT_APPLICABLE}
    employees = bool(relied & {"IV.COV.A", "IV.COV.C"})
    residents = "IV.COV.B" in relied
    return [
        *coverage,
        yes_rule(
            ctx, "IV.CONT", "20", "IV.contingency.capable_available",
            met=Msg("iv.contingency.met"),
            not_met=Msg("iv.contingency.not_met"),
        ),
        level_requirement(ctx, BENEFIT),
        abuse_rule(ctx, "IV.QP", "23", "IV.qp.months"),
        duration_employees(ctx, employees),
        duration_average(ctx, employees),
        duration_residents(ctx, residents),
        waiting_period(ctx),
        seasonal(ctx),
    ]


def duration_employees(ctx: Context, relied_on: bool) -> Requirement:
    """Art 24(1)(a): where classes of employees are protected, at least 13 weeks within 12 months."""
    rid, article = "IV.DUR.EMP", "24(1)(a)"
    if not relied_on:
        return not_applicable(rid, article, Msg("iv.dur_emp.not_relied"), group=DURATION_GROUP,
                              questions=("IV.duration.limited", "IV.duration.max_weeks"))
    return duration_rule(ctx, rid, article, "IV.duration", min_weeks=EMPLOYEE_WEEKS,
                         what=Msg("iv.dur_emp.what"), group=DURATION_GROUP)


def duration_average(ctx: Context, relied_on: bool) -> Requirement:
    """Art 24(2): where duration is graded by contribution length or benefit already received, Art 24(1)(a) is
    deemed met if the average duration is at least 13 weeks within 12 months."""
    rid, article = "IV.DUR.AVG", "24(2)"
    qids = ("IV.duration.graded", "IV.duration.average_weeks")
    if not relied_on:
        return not_applicable(rid, article, Msg("iv.dur_avg.not_relied"), group=DURATION_GROUP,
                              questions=qids)
    if ctx.flag("IV.duration.graded") is not True:
        return not_applicable(rid, article, Msg("iv.dur_avg.not_graded"),
                              group=DURATION_GROUP, questions=qids)
    return limit_rule(ctx, rid, article, "IV.duration.average_weeks", limit=EMPLOYEE_WEEKS, at_most=False,
                      what=Msg("iv.dur_avg.what"), unit="weeks",
                      group=DURATION_GROUP, questions=("IV.duration.graded",))


def duration_residents(ctx: Context, relied_on: bool) -> Requirement:
    """Art 24(1)(b): where all residents with limited means are protected, at least 26 weeks within 12 months."""
    rid, article = "IV.DUR.RES", "24(1)(b)"
    if not relied_on:
        return not_applicable(rid, article, Msg("iv.dur_res.not_relied"),
                              questions=("IV.means_duration.limited", "IV.means_duration.max_weeks"))
    return duration_rule(ctx, rid, article, "IV.means_duration", min_weeks=RESIDENT_WEEKS,
                         what=Msg("iv.dur_res.what"))


def waiting_period(ctx: Context) -> Requirement:
    """Art 24(3): at most the first 7 days of each case unpaid; days before and after a short temporary job
    count as the same case."""
    rule = limit_rule(ctx, "IV.WAIT", "24(3)", "IV.duration.waiting_days", limit=MAX_WAITING_DAYS, at_most=True,
                      what=Msg("iv.wait.what"), unit="days", questions=("IV.duration.linked_cases",))
    days = ctx.number("IV.duration.waiting_days")
    if rule.status is not Status.MET or days is None or days == 0:
        return rule
    linked = ctx.flag("IV.duration.linked_cases")
    rule.values["linked_cases"] = linked
    if linked is False:
        rule.status = Status.NEEDS_REVIEW
        rule.assumptions = (ctx.assume("A.IV.LINKED_CASES").id,)
        rule.explanation = Msg("iv.wait.not_linked", text=rule.explanation)
    elif linked is True:
        rule.explanation = Msg("iv.wait.linked", text=rule.explanation)
    return rule


def seasonal(ctx: Context) -> Requirement:
    """Art 24(4): duration and waiting period may be adapted for seasonal workers (informational)."""
    rid, article = "IV.SEAS", "24(4)"
    rules = ctx.flag("IV.duration.seasonal_rules")
    qids = ("IV.duration.seasonal_rules", "IV.duration.seasonal_description")
    if rules is True:
        req = Requirement(rid, article, Status.NEEDS_REVIEW,
                          Msg("iv.seasonal.special"), {"seasonal_rules": True},
                          qids)
    elif rules is False:
        req = Requirement(rid, article, Status.MET, Msg("iv.seasonal.general"), {"seasonal_rules": False}, qids)
    else:
        req = not_applicable(rid, article, Msg("iv.seasonal.unknown"),
                             questions=qids)
    return informational(req)

