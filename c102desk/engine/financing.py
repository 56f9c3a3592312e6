"""Art 71(2): the employees' share of the financing — their insurance contributions at most 50 % of the total
resources for the protection of employees and their wives and children, all benefits together except family
benefit and, where it is a separate branch, employment injury. [I] A.ART71.RESOURCES, A.ART71.BASE.

The arithmetic and the check of the base it is made on stay here (the financing calculator of the rule files);
the other rules of Part XIII are in resources/rules/v2/part_XIII.yaml.
"""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status, worst_of
from c102desk.i18n import Msg, Pct
from c102desk.numbers import percent, to_json_number

EMPLOYEE_SHARE_LIMIT = Fraction(50)
SEPARATE_BRANCH_Q = "VI.scheme.separate_branch"
RESOURCES = {
    "XIII.financing.employee_contributions": Msg("xiii.fin.resource.employees"),
    "XIII.financing.employer_contributions": Msg("xiii.fin.resource.employers"),
    "XIII.financing.state_financing": Msg("xiii.fin.resource.state"),
    "XIII.financing.other_resources": Msg("xiii.fin.resource.other"),
}
QUESTIONS = (*RESOURCES, "XIII.financing.excludes_family", "XIII.financing.excludes_employment_injury",
             "XIII.financing.investment_income_included", "XIII.financing.year", SEPARATE_BRANCH_Q)


def _separate_branch(ctx: Context) -> bool | None:
    """Part VI's answer on a separate employment-injury branch; None if unanswered or not defined (yet)."""
    if SEPARATE_BRANCH_Q not in ctx.questionnaire.by_id:
        return None
    return ctx.flag(SEPARATE_BRANCH_Q)


def _base_checks(ctx: Context) -> tuple[Status, list[Msg]]:
    """Whether the Art 71(2) figures leave out family benefit and separate-branch employment injury."""
    notes: list[Msg] = []
    statuses: list[Status] = []
    family = ctx.flag("XIII.financing.excludes_family")
    if family is True:
        statuses.append(Status.MET)
        notes.append(Msg("xiii.base.family_out"))
    elif family is False:
        statuses.append(Status.NEEDS_REVIEW)
        notes.append(Msg("xiii.base.family_in"))
    else:
        statuses.append(Status.INSUFFICIENT)
        notes.append(Msg("xiii.base.family_unknown"))
    injury = ctx.flag("XIII.financing.excludes_employment_injury")
    separate = _separate_branch(ctx)
    if injury is True:
        statuses.append(Status.MET)
        notes.append(Msg("xiii.base.injury_out"))
    elif separate is False:
        statuses.append(Status.MET)
        notes.append(Msg("xiii.base.injury_not_separate"))
    elif separate is True and injury is False:
        statuses.append(Status.NEEDS_REVIEW)
        notes.append(Msg("xiii.base.injury_in"))
    elif injury is None:
        statuses.append(Status.INSUFFICIENT)
        notes.append(Msg("xiii.base.injury_unknown"))
    else:
        statuses.append(Status.INSUFFICIENT)
        notes.append(Msg("xiii.base.branch_unknown", question=SEPARATE_BRANCH_Q))
    return worst_of(statuses), notes


def employee_share(ctx: Context) -> Requirement:
    """Art 71(2): employees' insurance contributions ≤ 50 % of the total resources for the protection of
    employees and their wives and children, all benefits together except family benefit and separate-branch
    employment injury. [I] A.ART71.RESOURCES, A.ART71.BASE."""
    rid, article = "XIII.FIN.EE50", "71(2)"
    assumptions = ("A.ART71.RESOURCES", "A.ART71.BASE")
    qids = (*RESOURCES, "XIII.financing.excludes_family", "XIII.financing.excludes_employment_injury",
            "XIII.financing.investment_income_included", "XIII.financing.year")
    if SEPARATE_BRANCH_Q in ctx.questionnaire.by_id:
        qids += (SEPARATE_BRANCH_Q,)
    amounts = {q: ctx.number(q) for q in RESOURCES}
    missing = [q for q, v in amounts.items() if v is None]
    if missing:
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("xiii.fin.ee50.missing", missing_questions=tuple(missing)), {}, qids,
                           assumptions=assumptions)
    employees = amounts["XIII.financing.employee_contributions"]
    assert employees is not None
    total = sum((v for v in amounts.values() if v is not None), Fraction(0))
    if total <= 0:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("xiii.fin.ee50.zero"), {}, qids,
                           assumptions=assumptions)
    for assumption in assumptions:
        ctx.assume(assumption)
    share = percent(employees, total)
    ok = share <= EMPLOYEE_SHARE_LIMIT
    base_status, notes = _base_checks(ctx)
    parts = Msg.join([Msg("xiii.fin.resource", label=label, amount=amounts[q] or 0) for q, label in RESOURCES.items()],
                     ", ")
    text = Msg("xiii.fin.ee50", employees=employees, total=total, parts=parts, share=Pct(share, EMPLOYEE_SHARE_LIMIT),
               sign="≤" if ok else ">", limit=EMPLOYEE_SHARE_LIMIT)
    investment = ctx.flag("XIII.financing.investment_income_included")
    if investment is not None:
        notes.append(Msg("xiii.fin.investment.included" if investment else "xiii.fin.investment.not_included"))
    text = Msg("xiii.fin.ee50.notes", text=text, notes=Msg.join(notes))
    values: dict[str, object] = {
        "employee_contributions": to_json_number(employees), "total_resources": to_json_number(total),
        "percent": to_json_number(share), "limit_percent": to_json_number(EMPLOYEE_SHARE_LIMIT),
        "separate_employment_injury_branch": _separate_branch(ctx), "investment_income_included": investment,
    }
    if base_status is Status.MET:
        status = Status.MET if ok else Status.NOT_MET
    elif ok:
        status = base_status
    else:
        # Over the limit, but on a base that is not confirmed: the corrected base could change the share [I].
        status = base_status
        text = Msg("xiii.fin.ee50.recompute", text=text)
    return Requirement(rid, article, status, text, values, qids, assumptions=assumptions)
