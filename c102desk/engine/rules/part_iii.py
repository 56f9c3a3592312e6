"""Part III — Sickness benefit (Arts 13–18)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.coverage import ACTIVE, EMPLOYEES, INDUSTRIAL, RESIDENTS_MEANS, Alternative, coverage_requirements
from c102desk.engine.level import BenefitSpec, level_requirement
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import abuse_rule, duration_rule, limit_rule, not_applicable
from c102desk.i18n import Msg
from c102desk.numbers import to_json_number

COVERAGE = (
    Alternative("a", "III.COV.A", "15(a)", EMPLOYEES),
    Alternative("b", "III.COV.B", "15(b)", ACTIVE),
    Alternative("c", "III.COV.C", "15(c)", RESIDENTS_MEANS),
    Alternative("d", "III.COV.D", "15(d)", INDUSTRIAL),
)
BENEFIT = BenefitSpec(
    part="III", rule_id="III.LVL", article="16", prefix="III.benefit", schedule_percent=45,
    beneficiary="sb.man_wife_two_children", label="lvl.label.sickness", children=True,
    means_tested_allowed=True, safe_harbour_article="15(b)",
    means_coverage_question="III.coverage.residents_means_tested",
)
DURATION_GROUP = "duration"


def requirements(ctx: Context) -> list[Requirement]:
    return [
        *coverage_requirements(ctx, "III", COVERAGE),
        level_requirement(ctx, BENEFIT),
        abuse_rule(ctx, "III.QP", "17", "III.qp.months"),
        # Art 18(1), tested at the duration guaranteed at the minimum qualifying record [I]
        duration_rule(ctx, "III.DUR", "18(1)", "III.duration", min_weeks=26, what=Msg("iii.duration.what"),
                      group=DURATION_GROUP, guaranteed=True),
        limit_rule(ctx, "III.WAIT", "18(1)", "III.duration.waiting_days", limit=3, at_most=True,
                   what=Msg("iii.wait.what"), unit="days"),
        duration_art3(ctx),
    ]


def duration_art3(ctx: Context) -> Requirement:
    """Art 18(2): with an Article 3 declaration, (a) benefit days a year ≥ 10 × average persons protected,
    or (b) at least 13 weeks per case."""
    rid, article = "III.DUR.ART3", "18(2)"
    qids = ("III.duration.benefit_days_year", "III.duration.average_protected", "III.duration.max_weeks")
    if not ctx.article_3_declared:
        return not_applicable(rid, article, Msg("iii.dur_art3.closed"),
                              group=DURATION_GROUP, article_3=True, questions=qids)
    days = ctx.number("III.duration.benefit_days_year")
    average = ctx.number("III.duration.average_protected")
    if days is not None and average:
        required = 10 * average
        ok = days >= required
        text = Msg("iii.dur_art3.days", days=days, sign="≥" if ok else "<", average=average, required=required)
        values = {"benefit_days": to_json_number(days), "required_days": to_json_number(required)}
        if ok:
            return Requirement(rid, "18(2)(a)", Status.MET, text, values, qids, group=DURATION_GROUP, article_3=True)
        weeks_rule = _thirteen_weeks(ctx)
        if weeks_rule.status is Status.MET:
            return weeks_rule
        return Requirement(rid, "18(2)(a)", Status.NOT_MET, text, values, qids, group=DURATION_GROUP, article_3=True)
    return _thirteen_weeks(ctx)


def _thirteen_weeks(ctx: Context) -> Requirement:
    rule = duration_rule(ctx, "III.DUR.ART3", "18(2)(b)", "III.duration", min_weeks=13, what=Msg("iii.duration.what"),
                         group=DURATION_GROUP, guaranteed=True)
    rule.article_3 = True
    return rule



