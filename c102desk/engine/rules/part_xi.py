"""Part XI — Standards to be complied with by periodical payments (Arts 65–67 and the Schedule).

The benefit tests themselves are made by each Part's level rule (``<Part>.LVL``, c102desk.engine.level) and
recorded in ``ctx.level_records``. Here they are gathered per §5.2 id. [I] A.PART_XI.SCOPE: Art 2(a)(iii)
binds a Member to the provisions of Part XI relevant to the Parts it accepts, so only the benefits of the
Parts that could be accepted decide a status; every benefit's result is still listed in ``by_benefit``.
"""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.level import EARNINGS_RELATED, FLAT_RATE, LevelRecord
from c102desk.engine.results import Requirement, Status, worst_of
from c102desk.engine.rulekit import not_applicable, yes_rule

LONG_TERM_PARTS = ("V", "VI", "IX", "X")
ADEQUACY_GROUP = "XI.67.c"
_WORDS = {
    Status.MET: "passes",
    Status.NOT_MET: "fails",
    Status.NEEDS_REVIEW: "is for review",
    Status.INSUFFICIENT: "lacks information",
    Status.NOT_APPLICABLE: "does not apply",
}


def answered(ctx: Context) -> bool:
    return ctx.part_answered("XI") or any(r.method for r in ctx.level_records)


def requirements(ctx: Context, accepted: list[str]) -> list[Requirement]:
    return [
        benefit_test(ctx, accepted, "XI.65.TEST", "65(1)", "earnings-related benefit at previous earnings"),
        benefit_test(ctx, accepted, "XI.65.CEIL", "65(3)", "earnings-related benefit with a ceiling, at the "
                                                            "skilled manual male employee's wage"),
        benefit_test(ctx, accepted, "XI.66.TEST", "66(1)", "flat-rate benefit against the labourer's wage"),
        benefit_test(ctx, accepted, "XI.67.SCALE", "67(a)", "means-tested benefit on a prescribed scale"),
        benefit_test(ctx, accepted, "XI.67.DISREGARD", "67(b)", "means-tested benefit reduced only above "
                                                                 "substantial disregards"),
        benefit_test(ctx, accepted, "XI.67.ADEQ", "67(c)", "means-tested benefit adequate and not below the "
                                                            "Art 66 benefit", group=ADEQUACY_GROUP),
        benefit_test(ctx, accepted, "XI.67.SAFE", "67(d)", "30 % safe harbour for means-tested benefits",
                     group=ADEQUACY_GROUP),
        time_basis(ctx, accepted),
        other_beneficiaries(ctx, accepted),
        skilled_wage(ctx, accepted),
        review(ctx, accepted),
    ]


def _methods(ctx: Context, accepted: list[str]) -> set[str]:
    """The calculation methods used by the benefits of the Parts that could be accepted."""
    return {r.method for r in ctx.level_records if r.spec.part in accepted and r.method}


def _effective(record: LevelRecord, test_id: str) -> Status:
    """A benefit's status for one test; Art 67(d) deems 67(c) met when the safe harbour is passed."""
    status = record.tests[test_id].status
    safe = record.tests.get("XI.67.SAFE")
    if test_id == "XI.67.ADEQ" and safe is not None and safe.status is Status.MET:
        return Status.MET
    return status


def benefit_test(ctx: Context, accepted: list[str], test_id: str, article: str, what: str,
                 group: str | None = None) -> Requirement:
    """One Part XI test (Arts 65(1), 65(3), 66(1), 67(a)–(d)) over every benefit that uses it; the benefits of
    the Parts that could be accepted decide (worst of them), the others are listed only [I]."""
    records = [r for r in ctx.level_records if test_id in r.tests]
    scope = [ctx.assume("A.PART_XI.SCOPE").id] if records else []
    by_benefit = {r.spec.rule_id: r.tests[test_id].status.value for r in records}
    decisive = [r for r in records if r.spec.part in accepted]
    others = [r for r in records if r.spec.part not in accepted]
    statuses = [_effective(r, test_id) for r in decisive]
    status = worst_of(statuses)
    lines = []
    for record, effective in zip(decisive, statuses, strict=True):
        test = record.tests[test_id]
        line = f"{record.spec.rule_id} (Part {record.spec.part}) {_WORDS[effective]}: {test.explanation}"
        if effective is not test.status:
            line += " — deemed met, as the 30 % safe harbour of Art 67(d) is passed"
        lines.append(line)
    not_counted = [
        f"{r.spec.rule_id} {_WORDS[r.tests[test_id].status]} (Part {r.spec.part} could not be accepted now, "
        f"see {r.spec.rule_id})" for r in others
    ]
    if not decisive:
        head = f"no benefit of a Part that could be accepted is tested under Art {article} ({what})"
    else:
        head = f"Art {article} ({what}), for the Parts that could be accepted [I]: " + "; ".join(lines)
    text = head + (". Not counted: " + "; ".join(not_counted) if not_counted else "")
    values: dict[str, object] = {
        "by_benefit": by_benefit,
        "decisive": [r.spec.rule_id for r in decisive],
        "accepted_parts": list(accepted),
    }
    if test_id == "XI.67.ADEQ":
        values["deemed_met_by_67d"] = [r.spec.rule_id for r, s in zip(decisive, statuses, strict=True)
                                       if s is not r.tests[test_id].status]
    questions = tuple(dict.fromkeys(q for r in decisive for q in r.tests[test_id].questions))
    assumptions = tuple(dict.fromkeys(
        [*scope, *(a for r in decisive for a in r.tests[test_id].assumptions)]))
    return Requirement(test_id, article, status, text, values, questions, group=group, assumptions=assumptions)


def time_basis(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 65(4), 66(2): earnings, wages, benefits and family allowances on the same time basis."""
    if not _methods(ctx, accepted):
        return not_applicable("XI.65.TIME", "65(4)", "no periodical payment of a Part that could be accepted is "
                              "tested under Arts 65–67", questions=("I.wages.same_time_basis",))
    return yes_rule(
        ctx, "XI.65.TIME", "65(4)", "I.wages.same_time_basis",
        met="earnings, reference wages, benefits and family allowances are compared on the same time basis "
            "(Arts 65(4), 66(2))",
        not_met="the amounts are not all on the same time basis, as Arts 65(4) and 66(2) require",
    )


def other_beneficiaries(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 65(5), 66(3): benefits of other beneficiaries bear a reasonable relation to the standard
    beneficiary's. [I] A.PART_XI.OTHER: a described yes is accepted, an undescribed yes is reviewed."""
    rid, article = "XI.65.OTHER", "65(5)"
    qids = ("XI.other.reasonable_relation", "XI.other.description")
    if not _methods(ctx, accepted) & {EARNINGS_RELATED, FLAT_RATE}:
        return not_applicable(rid, article, "no earnings-related or flat-rate benefit of a Part that could be "
                              "accepted (Arts 65(5), 66(3))", questions=qids)
    assumption = ctx.assume("A.PART_XI.OTHER")
    answer = ctx.flag("XI.other.reasonable_relation")
    description = ctx.text("XI.other.description")
    values = {"answer": answer, "described": description is not None}
    if answer is None:
        return Requirement(rid, article, Status.INSUFFICIENT, "not yet answered whether other beneficiaries' "
                           "benefits bear a reasonable relation to the standard beneficiary's (Arts 65(5), 66(3))",
                           values, qids, assumptions=(assumption.id,))
    if answer is False:
        return Requirement(rid, article, Status.NOT_MET, "other beneficiaries' benefits do not bear a reasonable "
                           "relation to the standard beneficiary's (Arts 65(5), 66(3))", values, qids,
                           assumptions=(assumption.id,))
    if description is None:
        return Requirement(rid, article, Status.NEEDS_REVIEW, "the assessor judges the relation reasonable, but the "
                           "rules are not described (XI.other.description): for review (Arts 65(5), 66(3)) [I]",
                           values, qids, assumptions=(assumption.id,))
    return Requirement(rid, article, Status.MET, "other beneficiaries' benefits bear a reasonable relation to the "
                       "standard beneficiary's, as described (Arts 65(5), 66(3)) [I]", values, qids,
                       assumptions=(assumption.id,))


def skilled_wage(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 65(6): the skilled manual male employee is chosen in one of the four ways, and his wage given."""
    rid, article = "XI.65.SKILLED", "65(6)"
    qids = ("I.wages.skilled_option", "I.wages.skilled_wage")
    if EARNINGS_RELATED not in _methods(ctx, accepted):
        return not_applicable(rid, article, "no earnings-related benefit of a Part that could be accepted, so no "
                              "skilled wage is needed (Art 65(6))", questions=qids)
    option = ctx.choice("I.wages.skilled_option")
    wage = ctx.number("I.wages.skilled_wage")
    labels = {o.value: o.label for o in ctx.questionnaire.by_id["I.wages.skilled_option"].options}
    values = {"option": option, "wage_given": wage is not None}
    if option is None or wage is None:
        missing = [q for q, v in zip(qids, (option, wage), strict=True) if v is None]
        return Requirement(rid, article, Status.INSUFFICIENT, f"the skilled manual male employee of Art 65(6) is not "
                           f"documented: {', '.join(missing)} not yet given", values, qids)
    return Requirement(rid, article, Status.MET, f"skilled manual male employee chosen under Art 65(6) "
                       f"{labels.get(option, option)}, with a documented wage", values, qids)


def review(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 65(10), 66(8): long-term payments (old age, employment injury except incapacity, invalidity,
    survivors) are reviewed after substantial changes in earnings due to the cost of living."""
    rid, article = "XI.REVIEW", "65(10), 66(8)"
    qid = "XI.review.after_earnings_changes"
    long_term = [p for p in accepted if p in LONG_TERM_PARTS]
    if not long_term:
        return not_applicable(rid, article, "no Part with long-term payments (V, VI, IX, X) could be accepted",
                              questions=(qid,))
    req = yes_rule(
        ctx, rid, article, qid,
        met=f"long-term payments of Parts {', '.join(long_term)} are reviewed after substantial changes in the "
            "general level of earnings due to the cost of living (Arts 65(10), 66(8))",
        not_met=f"long-term payments of Parts {', '.join(long_term)} are not reviewed after substantial changes in "
                "earnings, as Arts 65(10) and 66(8) require",
    )
    method = ctx.choice("XI.review.method")
    last = ctx.text("XI.review.last_adjustment")
    req.values.update({"parts": long_term, "method": method, "last_adjustment": last})
    if req.status is Status.MET and (method or last):
        details = [d for d in (f"method: {method}" if method else None,
                               f"last adjustment: {last}" if last else None) if d]
        req.explanation += f" ({'; '.join(details)})"
    req.questions = (qid, "XI.review.method", "XI.review.last_adjustment")
    return req
