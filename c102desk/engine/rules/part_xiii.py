"""Part XIII — Common provisions (Arts 69–72): suspension, appeal, financing, responsibility, administration."""

from __future__ import annotations

from fractions import Fraction

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status, worst_of
from c102desk.engine.rulekit import not_applicable, yes_rule
from c102desk.numbers import fmt_number, fmt_percent, percent, to_json_number

EMPLOYEE_SHARE_LIMIT = Fraction(50)
SEPARATE_BRANCH_Q = "VI.scheme.separate_branch"
GROUNDS_Q = "XIII.suspension.grounds"
RESOURCES = {
    "XIII.financing.employee_contributions": "employees' contributions",
    "XIII.financing.employer_contributions": "employers' contributions",
    "XIII.financing.state_financing": "State financing",
    "XIII.financing.other_resources": "other earmarked resources",
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
        return Requirement(rid, article, Status.INSUFFICIENT, f"the grounds for suspending benefit ({GROUNDS_Q}) are "
                           "not yet given; Art 69 allows only the grounds (a)–(j) and Arts 26(3), 60(2)", {}, qids)
    labels = {o.value: o.label for o in ctx.questionnaire.by_id[GROUNDS_Q].options}
    allowed = [c for c in chosen if c not in ("other", "none")]
    values: dict[str, object] = {"grounds": chosen}
    if "other" in chosen:
        other = ctx.text("XIII.suspension.other_grounds")
        values["other_grounds"] = other
        text = ("national law suspends benefit on a ground outside Art 69 (a)–(j), 26(3) and 60(2): "
                f"{other or 'not described (XIII.suspension.other_grounds)'}")
        return Requirement(rid, article, Status.NOT_MET, text, values, qids)
    if "none" in chosen and allowed:
        return Requirement(rid, article, Status.INSUFFICIENT, "the answer both says there is no suspension ground "
                           "and lists grounds; please correct it (Art 69)", values, qids)
    if not allowed:
        return Requirement(rid, article, Status.MET, "national law has no ground for suspending benefit (Art 69)",
                           values, qids)
    listed = "; ".join(labels.get(c, c) for c in allowed)
    return Requirement(rid, article, Status.MET, f"every suspension ground of national law is allowed by Art 69: "
                       f"{listed}", values, qids)


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
        return Requirement(rid, "70(1)", Status.MET, "every claimant has a right of appeal against refusal of "
                           "benefit and on its quality or quantity (Art 70(1))", values, qids)
    if right is None:
        return Requirement(rid, article, Status.INSUFFICIENT, "not yet answered whether every claimant has a right "
                           "of appeal (Art 70(1))", values, qids)
    if medical is True:
        return Requirement(rid, "70(2)", Status.MET, "the right of appeal lacks only for medical care run by a "
                           "government department responsible to a legislature, where complaints are investigated "
                           "by the appropriate authority (Art 70(2))", values, qids)
    if tribunal is True:
        return Requirement(rid, "70(3)", Status.MET, "claims without appeal are settled by a special social security "
                           "tribunal on which protected persons are represented (Art 70(3))", values, qids)
    if medical is False and tribunal is False:
        return Requirement(rid, article, Status.NOT_MET, "some claimants have no right of appeal, and neither "
                           "exception of Art 70(2) or (3) applies", values, qids)
    return Requirement(rid, article, Status.INSUFFICIENT, "some claimants have no right of appeal; not yet answered "
                       "whether Art 70(2) or (3) applies", values, qids)


def collective_financing(ctx: Context) -> Requirement:
    """Art 71(1): costs borne collectively by contributions or taxes or both, avoiding hardship to persons of
    small means."""
    collective = yes_rule(
        ctx, "XIII.FIN.COLL", "71(1)", "XIII.financing.collective",
        met="benefits and administration are financed collectively by contributions or taxes",
        not_met="benefits or administration are not financed collectively by contributions or taxes (Art 71(1))",
    )
    hardship = yes_rule(
        ctx, "XIII.FIN.COLL", "71(1)", "XIII.financing.no_hardship",
        met="the financing avoids hardship to persons of small means",
        not_met="the financing causes hardship to persons of small means (Art 71(1))",
    )
    status = worst_of([collective.status, hardship.status])
    text = f"{collective.explanation}; {hardship.explanation} (Art 71(1))"
    values = {"collective": collective.values["answer"], "no_hardship": hardship.values["answer"]}
    return Requirement("XIII.FIN.COLL", "71(1)", status, text, values,
                       ("XIII.financing.collective", "XIII.financing.no_hardship"))


def _separate_branch(ctx: Context) -> bool | None:
    """Part VI's answer on a separate employment-injury branch; None if unanswered or not defined (yet)."""
    if SEPARATE_BRANCH_Q not in ctx.questionnaire.by_id:
        return None
    return ctx.flag(SEPARATE_BRANCH_Q)


def _base_checks(ctx: Context) -> tuple[Status, list[str]]:
    """Whether the Art 71(2) figures leave out family benefit and separate-branch employment injury."""
    notes: list[str] = []
    statuses: list[Status] = []
    family = ctx.flag("XIII.financing.excludes_family")
    if family is True:
        statuses.append(Status.MET)
        notes.append("family benefit left out")
    elif family is False:
        statuses.append(Status.NEEDS_REVIEW)
        notes.append("the figures include family benefit, which Art 71(2) leaves out")
    else:
        statuses.append(Status.INSUFFICIENT)
        notes.append("not answered whether family benefit is left out (XIII.financing.excludes_family)")
    injury = ctx.flag("XIII.financing.excludes_employment_injury")
    separate = _separate_branch(ctx)
    if injury is True:
        statuses.append(Status.MET)
        notes.append("employment injury left out")
    elif separate is False:
        statuses.append(Status.MET)
        notes.append("employment injury is not a special branch, so it may be counted with the other benefits")
    elif separate is True and injury is False:
        statuses.append(Status.NEEDS_REVIEW)
        notes.append("the figures include employment injury, which a special branch provides and Art 71(2) leaves "
                     "out")
    elif injury is None:
        statuses.append(Status.INSUFFICIENT)
        notes.append("not answered whether employment injury is left out "
                     "(XIII.financing.excludes_employment_injury)")
    else:
        statuses.append(Status.INSUFFICIENT)
        notes.append(f"the figures include employment injury, and whether a special branch provides it "
                     f"({SEPARATE_BRANCH_Q}) is not known")
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
        return Requirement(rid, article, Status.INSUFFICIENT, f"the financing figures of Art 71(2) are incomplete: "
                           f"{', '.join(missing)} not yet given (enter 0 where there is none)", {}, qids,
                           assumptions=assumptions)
    employees = amounts["XIII.financing.employee_contributions"]
    assert employees is not None
    total = sum((v for v in amounts.values() if v is not None), Fraction(0))
    if total <= 0:
        return Requirement(rid, article, Status.INSUFFICIENT, "the total resources of Art 71(2) are zero", {}, qids,
                           assumptions=assumptions)
    for assumption in assumptions:
        ctx.assume(assumption)
    share = percent(employees, total)
    ok = share <= EMPLOYEE_SHARE_LIMIT
    base_status, notes = _base_checks(ctx)
    parts = ", ".join(f"{label} {fmt_number(amounts[q] or 0)}" for q, label in RESOURCES.items())
    text = (f"employees' contributions {fmt_number(employees)} of {fmt_number(total)} total resources ({parts}) = "
            f"{fmt_percent(share, EMPLOYEE_SHARE_LIMIT)} {'≤' if ok else '>'} {fmt_number(EMPLOYEE_SHARE_LIMIT)} % "
            f"allowed by Art 71(2)")
    investment = ctx.flag("XIII.financing.investment_income_included")
    if investment is not None:
        notes.append(f"investment income {'included' if investment else 'not included'} [I]")
    text += " (" + "; ".join(notes) + ")"
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
        text += "; the share must be computed again on the base Art 71(2) defines"
    return Requirement(rid, article, status, text, values, qids, assumptions=assumptions)


def actuarial(ctx: Context) -> Requirement:
    """Art 71(3): actuarial studies and calculations on financial equilibrium, periodically and in any event
    before any change in benefits, contribution rates or taxes."""
    periodic = yes_rule(
        ctx, "XIII.FIN.ACT", "71(3)", "XIII.financing.actuarial_periodic",
        met="actuarial studies are made periodically",
        not_met="actuarial studies are not made periodically",
    )
    before = yes_rule(
        ctx, "XIII.FIN.ACT", "71(3)", "XIII.financing.actuarial_before_changes",
        met="a study precedes every change in benefits, contribution rates or taxes",
        not_met="changes in benefits, contribution rates or taxes are made without a prior actuarial study",
    )
    last = ctx.number("XIII.financing.last_actuarial_study")
    text = f"{periodic.explanation}; {before.explanation}"
    if last is not None:
        text += f"; last actuarial valuation {int(last) if last.denominator == 1 else fmt_number(last)}"
    text += " (Art 71(3))"
    values = {"periodic": periodic.values["answer"], "before_changes": before.values["answer"],
              "last_study_year": to_json_number(last) if last is not None else None}
    return Requirement("XIII.FIN.ACT", "71(3)", worst_of([periodic.status, before.status]), text, values,
                       (*periodic.questions, *before.questions, "XIII.financing.last_actuarial_study"))


def responsibility(ctx: Context) -> Requirement:
    """Art 71(3) and 72(2): the State's general responsibility for the due provision of benefits and for the
    proper administration of the institutions and services."""
    benefits = yes_rule(
        ctx, "XIII.RESP", "71(3)", "XIII.responsibility.benefits",
        met="the State accepts general responsibility for the due provision of benefits (Art 71(3))",
        not_met="the State does not accept general responsibility for the due provision of benefits (Art 71(3))",
    )
    admin = yes_rule(
        ctx, "XIII.RESP", "72(2)", "XIII.responsibility.administration",
        met="the State accepts general responsibility for proper administration (Art 72(2))",
        not_met="the State does not accept general responsibility for proper administration (Art 72(2))",
    )
    values = {"benefits": benefits.values["answer"], "administration": admin.values["answer"]}
    return Requirement("XIII.RESP", "71(3), 72(2)", worst_of([benefits.status, admin.status]),
                       f"{benefits.explanation}; {admin.explanation}", values,
                       (*benefits.questions, *admin.questions))


def administration(ctx: Context) -> Requirement:
    """Art 72(1): unless run by a publicly regulated institution or a government department responsible to a
    legislature, representatives of the protected persons participate in management or are consulted."""
    rid, article = "XIII.ADMIN.PART", "72(1)"
    qids = ("XIII.admin.model", "XIII.admin.participation")
    model = ctx.choice("XIII.admin.model")
    if model in ("government_department", "regulated_institution"):
        who = ("a government department responsible to a legislature" if model == "government_department"
               else "an institution regulated by the public authorities")
        return not_applicable(rid, article, f"the schemes are administered by {who}, so Art 72(1) does not require "
                              "participation of the protected persons", questions=qids)
    if model is None:
        return Requirement(rid, article, Status.INSUFFICIENT, "not yet answered who administers the schemes "
                           "(Art 72(1))", {}, qids)
    req = yes_rule(
        ctx, rid, article, "XIII.admin.participation",
        met="the schemes are run by another body, and representatives of the protected persons participate in its "
            "management or are consulted (Art 72(1))",
        not_met="the schemes are run by a body that is neither publicly regulated nor a government department, "
                "and the protected persons neither participate in its management nor are consulted (Art 72(1))",
    )
    req.questions = qids
    return req
