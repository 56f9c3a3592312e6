"""Part XIII — Common provisions (Arts 69–72): suspension, appeal, financing, responsibility, administration."""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status, worst_of
from c102desk.engine.rulekit import not_applicable, yes_rule
from c102desk.i18n import Msg, Pct, catalog_keys
from c102desk.numbers import percent, to_json_number

EMPLOYEE_SHARE_LIMIT = Fraction(50)
SEPARATE_BRANCH_Q = "VI.scheme.separate_branch"
GROUNDS_Q = "XIII.suspension.grounds"
RESOURCES = {
    "XIII.financing.employee_contributions": Msg("xiii.fin.resource.employees"),
    "XIII.financing.employer_contributions": Msg("xiii.fin.resource.employers"),
    "XIII.financing.state_financing": Msg("xiii.fin.resource.state"),
    "XIII.financing.other_resources": Msg("xiii.fin.resource.other"),
}


def requirements(ctx: Context) -> list[Requirement]:
    return [
        suspension(ctx),
        appeal(ctx),
        collective_financing(ctx),
        employee_share(ctx),
        actuarial(ctx),
        responsibility(ctx),
        administration(ctx),
    ]


def suspension(ctx: Context) -> Requirement:
    """Art 69: benefit may be suspended only on the grounds (a)–(j), besides the earnings rules of Arts 26(3)
    and 60(2); any other ground fails."""
    rid, article = "XIII.SUSP", "69"
    qids = (GROUNDS_Q, "XIII.suspension.other_grounds")
    chosen = ctx.choices(GROUNDS_Q)
    if chosen is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("xiii.susp.missing", question=GROUNDS_Q), {}, qids)
    allowed = [c for c in chosen if c not in ("other", "none")]
    values: dict[str, object] = {"grounds": chosen}
    if "other" in chosen:
        other = ctx.text("XIII.suspension.other_grounds")
        values["other_grounds"] = other
        text = Msg("xiii.susp.other", other=other or Msg("xiii.susp.other_undescribed"))
        return Requirement(rid, article, Status.NOT_MET, text, values, qids)
    if "none" in chosen and allowed:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("xiii.susp.contradiction"), values, qids)
    if not allowed:
        return Requirement(rid, article, Status.MET, Msg("xiii.susp.none"), values, qids)
    listed = Msg.join([_ground_label(c) for c in allowed])
    return Requirement(rid, article, Status.MET, Msg("xiii.susp.allowed", grounds=listed), values, qids)


def _ground_label(value: str) -> str:
    """The translated label of a suspension ground (the questionnaire's English label of XIII.suspension.grounds)."""
    key = f"xiii.ground.{value}"
    return Msg(key) if key in catalog_keys() else value


def appeal(ctx: Context) -> Requirement:
    """Art 70: a right of appeal against refusal and on quality or quantity; it may be replaced for medical care
    run by a government department (70(2)) and is not needed before a special tribunal (70(3))."""
    rid, article = "XIII.APPEAL", "70"
    qids = ("XIII.appeal.right", "XIII.appeal.medical_complaints", "XIII.appeal.special_tribunal")
    right = ctx.flag("XIII.appeal.right")
    medical = ctx.flag("XIII.appeal.medical_complaints")
    tribunal = ctx.flag("XIII.appeal.special_tribunal")
    values = {"right_of_appeal": right, "medical_complaints": medical, "special_tribunal": tribunal}
    if right is True:
        return Requirement(rid, "70(1)", Status.MET, Msg("xiii.appeal.met"), values, qids)
    if right is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("xiii.appeal.unknown"), values, qids)
    if medical is True:
        return Requirement(rid, "70(2)", Status.MET, Msg("xiii.appeal.medical"), values, qids)
    if tribunal is True:
        return Requirement(rid, "70(3)", Status.MET, Msg("xiii.appeal.tribunal"), values, qids)
    if medical is False and tribunal is False:
        return Requirement(rid, article, Status.NOT_MET, Msg("xiii.appeal.not_met"), values, qids)
    return Requirement(rid, article, Status.INSUFFICIENT, Msg("xiii.appeal.exception_unknown"), values, qids)


def collective_financing(ctx: Context) -> Requirement:
    """Art 71(1): costs borne collectively by contributions or taxes or both, avoiding hardship to persons of
    small means."""
    collective = yes_rule(
        ctx, "XIII.FIN.COLL", "71(1)", "XIII.financing.collective",
        met=Msg("xiii.fin.coll.met"),
        not_met=Msg("xiii.fin.coll.not_met"),
    )
    hardship = yes_rule(
        ctx, "XIII.FIN.COLL", "71(1)", "XIII.financing.no_hardship",
        met=Msg("xiii.fin.hardship.met"),
        not_met=Msg("xiii.fin.hardship.not_met"),
    )
    status = worst_of([collective.status, hardship.status])
    text = Msg("xiii.fin.coll", collective=collective.explanation, hardship=hardship.explanation)
    values = {"collective": collective.values["answer"], "no_hardship": hardship.values["answer"]}
    return Requirement("XIII.FIN.COLL", "71(1)", status, text, values,
                       ("XIII.financing.collective", "XIII.financing.no_hardship"))


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


def actuarial(ctx: Context) -> Requirement:
    """Art 71(3): actuarial studies and calculations on financial equilibrium, periodically and in any event
    before any change in benefits, contribution rates or taxes."""
    periodic = yes_rule(
        ctx, "XIII.FIN.ACT", "71(3)", "XIII.financing.actuarial_periodic",
        met=Msg("xiii.fin.act.periodic.met"),
        not_met=Msg("xiii.fin.act.periodic.not_met"),
    )
    before = yes_rule(
        ctx, "XIII.FIN.ACT", "71(3)", "XIII.financing.actuarial_before_changes",
        met=Msg("xiii.fin.act.before.met"),
        not_met=Msg("xiii.fin.act.before.not_met"),
    )
    last = ctx.number("XIII.financing.last_actuarial_study")
    if last is None:
        text = Msg("xiii.fin.act", periodic=periodic.explanation, before=before.explanation)
    else:
        year = str(last.numerator) if last.denominator == 1 else last  # a year is written without separators
        text = Msg("xiii.fin.act.last", periodic=periodic.explanation, before=before.explanation, year=year)
    values = {"periodic": periodic.values["answer"], "before_changes": before.values["answer"],
              "last_study_year": to_json_number(last) if last is not None else None}
    return Requirement("XIII.FIN.ACT", "71(3)", worst_of([periodic.status, before.status]), text, values,
                       (*periodic.questions, *before.questions, "XIII.financing.last_actuarial_study"))


def responsibility(ctx: Context) -> Requirement:
    """Art 71(3) and 72(2): the State's general responsibility for the due provision of benefits and for the
    proper administration of the institutions and services."""
    benefits = yes_rule(
        ctx, "XIII.RESP", "71(3)", "XIII.responsibility.benefits",
        met=Msg("xiii.resp.benefits.met"),
        not_met=Msg("xiii.resp.benefits.not_met"),
    )
    admin = yes_rule(
        ctx, "XIII.RESP", "72(2)", "XIII.responsibility.administration",
        met=Msg("xiii.resp.admin.met"),
        not_met=Msg("xiii.resp.admin.not_met"),
    )
    values = {"benefits": benefits.values["answer"], "administration": admin.values["answer"]}
    return Requirement("XIII.RESP", "71(3), 72(2)", worst_of([benefits.status, admin.status]),
                       Msg("xiii.resp", benefits=benefits.explanation, admin=admin.explanation), values,
                       (*benefits.questions, *admin.questions))


def administration(ctx: Context) -> Requirement:
    """Art 72(1): unless run by a publicly regulated institution or a government department responsible to a
    legislature, representatives of the protected persons participate in management or are consulted."""
    rid, article = "XIII.ADMIN.PART", "72(1)"
    qids = ("XIII.admin.model", "XIII.admin.participation")
    model = ctx.choice("XIII.admin.model")
    if model in ("government_department", "regulated_institution"):
        who = Msg(f"xiii.admin.who.{model}")
        return not_applicable(rid, article, Msg("xiii.admin.exempt", who=who), questions=qids)
    if model is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("xiii.admin.unknown"), {}, qids)
    req = yes_rule(
        ctx, rid, article, "XIII.admin.participation",
        met=Msg("xiii.admin.met"),
        not_met=Msg("xiii.admin.not_met"),
    )
    req.questions = qids
    return req
