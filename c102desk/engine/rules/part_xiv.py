"""Part XIV — Miscellaneous provisions (Arts 73–77): the annual report (Art 76) and seafarers (Art 77)."""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import checklist_rule, informational
from c102desk.i18n import Msg
from c102desk.numbers import to_json_number

ITEMS_Q = "XIV.report.items"
CASH_PARTS = ("III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def requirements(ctx: Context, accepted: list[str]) -> list[Requirement]:
    return [report(ctx, accepted), seafarers(ctx)]


def _flag(ctx: Context, question_id: str) -> bool | None:
    """A yes/no answer of another Part's question; None when it does not exist (yet) or is unanswered."""
    return ctx.flag(question_id) if question_id in ctx.questionnaire.by_id else None


def _number(ctx: Context, question_id: str) -> Fraction | None:
    return ctx.number(question_id) if question_id in ctx.questionnaire.by_id else None


def _required_items(ctx: Context, accepted: list[str]) -> tuple[dict[str, str], list[Msg]]:
    """The Art 76(1) items the Parts that could be accepted need, and why [I] A.XIV.REPORT."""
    chosen = ctx.choices(ITEMS_Q) or []
    keys = ["laws", "persons_protected"]
    reasons: list[Msg] = []
    if not accepted:
        reasons.append(Msg("xiv.reason.none_accepted"))
    if any(p in CASH_PARTS for p in accepted) or not accepted:
        keys.append("benefit_rates")
    days_test = _number(ctx, "III.duration.benefit_days_year") is not None
    if "III" in accepted and ctx.article_3_declared and days_test and "sickness_18_2a_not_used" not in chosen:
        keys.append("sickness_duration")
        reasons.append(Msg("xiv.reason.sickness"))
    graded = False if _flag(ctx, "IV.duration.limited") is False else _flag(ctx, "IV.duration.graded")
    if "IV" in accepted and graded is not False and "unemployment_not_graded" not in chosen:
        keys.append("unemployment_duration")
        reasons.append(Msg("xiv.reason.graded" if graded else "xiv.reason.graded_unknown"))
    keys.append("financing")
    return {k: Msg(f"xiv.item.{k}") for k in keys}, reasons


def report(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 76(1): the annual report gives the laws and the statistics on persons protected, benefit rates,
    Art 18(2)(a), Art 24(2) and Art 71(2); [I] only the items the acceptable Parts use are required."""
    assumption = ctx.assume("A.XIV.REPORT")
    required, reasons = _required_items(ctx, accepted)
    req = checklist_rule(ctx, "XIV.REPORT", "76(1)", ITEMS_Q, required_items=required,
                         what=Msg("xiv.report.what"))
    parts = Msg.join(accepted, ", ") if accepted else Msg("xiv.none")
    scope = Msg.join([Msg("xiv.report.parts", parts=parts), *reasons])
    req.explanation = Msg("xiv.report.scope", text=req.explanation, scope=scope)
    req.values["accepted_parts"] = list(accepted)
    req.values["required_items"] = list(required)
    req.questions = (ITEMS_Q, "XIV.report.non_accepted_parts")
    req.assumptions = (assumption.id,)
    return req


def seafarers(ctx: Context) -> Requirement:
    """Art 77(2): seafarers and sea-fishermen may be left out of the coverage denominators (informational)."""
    rid, article = "XIV.SEAF", "77(2)"
    qids = ("I.stats.exclude_seafarers", "I.stats.seafarers")
    exclude = ctx.flag("I.stats.exclude_seafarers")
    number = ctx.number("I.stats.seafarers")
    values: dict[str, object] = {"excluded": exclude,
                                 "seafarers": to_json_number(number) if number is not None else None}
    if exclude is True and number is not None:
        req = Requirement(rid, article, Status.MET, Msg("xiv.seaf.met", number=number), values, qids)
    elif exclude is True:
        req = Requirement(rid, article, Status.INSUFFICIENT, Msg("xiv.seaf.missing"), values, qids)
    else:
        req = Requirement(rid, article, Status.NOT_APPLICABLE, Msg("xiv.seaf.not_excluded"), values, qids)
    return informational(req)
