"""Part XI — Standards to be complied with by periodical payments (Arts 65–67 and the Schedule).

The benefit tests themselves are made by each Part's level rule (``<Part>.LVL``, c102desk.engine.level) and
recorded in ``ctx.level_records``. Here they are gathered per §5.2 id. [I] A.PART_XI.SCOPE: Art 2(a)(iii)
binds a Member to the provisions of Part XI relevant to the Parts it accepts, so only the benefits of the
Parts that could be accepted decide a status; every benefit's result is still listed in ``by_benefit``.
"""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.level import EARNINGS_RELATED, FLAT_RATE, MEANS_TESTED, LevelRecord
from c102desk.engine.results import Requirement, Status, worst_of
from c102desk.engine.review import ARTICLE as REVIEW_ARTICLE
from c102desk.engine.review import QUESTION as REVIEW_QUESTION
from c102desk.engine.review import parts_under_review
from c102desk.engine.rulekit import not_applicable, yes_rule
from c102desk.i18n import Msg, catalog_keys

ADEQUACY_GROUP = "XI.67.c"
_WORDS = {
    Status.MET: Msg("xi.word.met"),
    Status.NOT_MET: Msg("xi.word.not_met"),
    Status.NEEDS_REVIEW: Msg("xi.word.needs_review"),
    Status.INSUFFICIENT: Msg("xi.word.insufficient"),
    Status.NOT_APPLICABLE: Msg("xi.word.not_applicable"),
}


def answered(ctx: Context) -> bool:
    return ctx.part_answered("XI") or any(r.method for r in ctx.level_records)


def requirements(ctx: Context, accepted: list[str]) -> list[Requirement]:
    return [
        benefit_test(ctx, accepted, "XI.65.TEST", "65(1)", Msg("xi.what.65_test")),
        benefit_test(ctx, accepted, "XI.65.CEIL", "65(3)", Msg("xi.what.65_ceil")),
        benefit_test(ctx, accepted, "XI.66.TEST", "66(1)", Msg("xi.what.66_test")),
        benefit_test(ctx, accepted, "XI.67.SCALE", "67(a)", Msg("xi.what.67_scale")),
        benefit_test(ctx, accepted, "XI.67.DISREGARD", "67(b)", Msg("xi.what.67_disregard")),
        benefit_test(ctx, accepted, "XI.67.ADEQ", "67(c)", Msg("xi.what.67_adeq"), group=ADEQUACY_GROUP),
        benefit_test(ctx, accepted, "XI.67.SAFE", "67(d)", Msg("xi.what.67_safe"), group=ADEQUACY_GROUP),
        time_basis(ctx, accepted),
        other_beneficiaries(ctx, accepted),
        skilled_wage(ctx, accepted),
        previous_earnings(ctx, accepted),
        labourer(ctx, accepted),
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
        line = Msg("xi.test.line", rule=record.spec.rule_id, part=record.spec.part, word=_WORDS[effective],
                   explanation=test.explanation)
        if effective is not test.status:
            line = Msg("xi.test.deemed_met", line=line)
        lines.append(line)
    not_counted = [
        Msg("xi.test.not_counted_line", rule=r.spec.rule_id, word=_WORDS[r.tests[test_id].status], part=r.spec.part)
        for r in others
    ]
    if not decisive:
        head = Msg("xi.test.none", article=article, what=what)
    else:
        head = Msg("xi.test.head", article=article, what=what, lines=Msg.join(lines))
    text = Msg("xi.test.not_counted", head=head, others=Msg.join(not_counted)) if not_counted else head
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
        return not_applicable("XI.65.TIME", "65(4)", Msg("xi.time.none"), questions=("I.wages.same_time_basis",))
    return yes_rule(
        ctx, "XI.65.TIME", "65(4)", "I.wages.same_time_basis",
        met=Msg("xi.time.met"),
        not_met=Msg("xi.time.not_met"),
    )


def other_beneficiaries(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 65(5), 66(3): benefits of other beneficiaries bear a reasonable relation to the standard
    beneficiary's. [I] A.PART_XI.OTHER: a described yes is accepted, an undescribed yes is reviewed."""
    rid, article = "XI.65.OTHER", "65(5)"
    qids = ("XI.other.reasonable_relation", "XI.other.description")
    if not _methods(ctx, accepted) & {EARNINGS_RELATED, FLAT_RATE}:
        return not_applicable(rid, article, Msg("xi.other.none"), questions=qids)
    assumption = ctx.assume("A.PART_XI.OTHER")
    answer = ctx.flag("XI.other.reasonable_relation")
    description = ctx.text("XI.other.description")
    values = {"answer": answer, "described": description is not None}
    if answer is None:
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("xi.other.unknown"), values, qids,
                           assumptions=(assumption.id,))
    if answer is False:
        return Requirement(rid, article, Status.NOT_MET, Msg("xi.other.not_met"), values, qids,
                           assumptions=(assumption.id,))
    if description is None:
        return Requirement(rid, article, Status.NEEDS_REVIEW, Msg("xi.other.undescribed"), values, qids,
                           assumptions=(assumption.id,))
    return Requirement(rid, article, Status.MET, Msg("xi.other.met"), values, qids, assumptions=(assumption.id,))


def skilled_wage(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 65(6): the skilled manual male employee is chosen in one of the four ways, and his wage given."""
    rid, article = "XI.65.SKILLED", "65(6)"
    qids = ("I.wages.skilled_option", "I.wages.skilled_wage")
    if EARNINGS_RELATED not in _methods(ctx, accepted):
        return not_applicable(rid, article, Msg("xi.skilled.none"), questions=qids)
    option = ctx.choice("I.wages.skilled_option")
    wage = ctx.number("I.wages.skilled_wage")
    values = {"option": option, "wage_given": wage is not None}
    if option is None or wage is None:
        missing = [q for q, v in zip(qids, (option, wage), strict=True) if v is None]
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("xi.skilled.missing", missing_questions=tuple(missing)), values, qids)
    return Requirement(rid, article, Status.MET, Msg("xi.skilled.met", option=_option_label(option)), values, qids)


def previous_earnings(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 65(2): previous earnings are computed by prescribed rules (the basic earnings of an earnings class may
    be used). [I] A.XI.REVALUATION: an average of past earnings that are not revalued understates them, so the
    Schedule rate applied to it does not show the benefit required — sent for review."""
    rid, article = "XI.65.EARN", "65(2)"
    rules_q, basis_q, revalued_q = "XI.earnings.prescribed_rules", "XI.earnings.basis", "XI.earnings.revalued"
    qids = (rules_q, basis_q, revalued_q, "XI.earnings.description")
    if EARNINGS_RELATED not in _methods(ctx, accepted):
        return not_applicable(rid, article, Msg("xi.earn.none"), questions=qids)
    prescribed, basis, revalued = ctx.flag(rules_q), ctx.choice(basis_q), ctx.flag(revalued_q)
    values = {"prescribed_rules": prescribed, "basis": basis, "revalued": revalued}
    if prescribed is False:
        return Requirement(rid, article, Status.NOT_MET, Msg("xi.earn.not_prescribed"), values, qids)
    if prescribed is None or basis is None:
        missing = rules_q if prescribed is None else basis_q
        return Requirement(rid, article, Status.INSUFFICIENT, Msg("xi.earn.unknown", question=missing), values, qids)
    if basis in ("recent_period", "earnings_classes"):
        return Requirement(rid, article, Status.MET, Msg(f"xi.earn.{basis}"), values, qids)
    if basis == "other":
        description = ctx.text("XI.earnings.description")
        return Requirement(rid, article, Status.NEEDS_REVIEW,
                           Msg("xi.earn.other", description=description or Msg("xi.earn.undescribed")), values, qids)
    assumption = ctx.assume("A.XI.REVALUATION").id
    if revalued is True:
        return Requirement(rid, article, Status.MET, Msg("xi.earn.revalued"), values, qids, assumptions=(assumption,))
    if revalued is False:
        return Requirement(rid, article, Status.NEEDS_REVIEW, Msg("xi.earn.not_revalued"), values, qids,
                           assumptions=(assumption,))
    return Requirement(rid, article, Status.INSUFFICIENT, Msg("xi.earn.revaluation_unknown", question=revalued_q),
                       values, qids, assumptions=(assumption,))


def labourer(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 66(4)–(5): the ordinary adult male labourer is a typical unskilled worker in the manufacture of
    machinery other than electrical machinery, or one chosen by the rule of Art 66(5); his wage is the reference
    of flat-rate benefits (Art 66(1)), of the floor of means-tested ones (Art 67(c)) and of the total value of
    family benefits (Art 44)."""
    rid, article = "XI.66.LABOURER", "66(4)–(5)"
    qids = ("I.wages.labourer_option", "I.wages.labourer_wage", "I.wages.labourer_source")
    uses = _methods(ctx, accepted) & {FLAT_RATE, MEANS_TESTED}
    if not uses and "VII" not in accepted:
        return not_applicable(rid, article, Msg("xi.labourer.none"), questions=qids)
    option = ctx.choice("I.wages.labourer_option")
    wage = ctx.number("I.wages.labourer_wage")
    values = {"option": option, "wage_given": wage is not None}
    if option is None or wage is None:
        missing = [q for q, v in zip(qids[:2], (option, wage), strict=True) if v is None]
        return Requirement(rid, article, Status.INSUFFICIENT,
                           Msg("xi.labourer.missing", missing_questions=tuple(missing)), values, qids)
    key = f"xi.labourer_option.{option}"
    label = Msg(key) if key in catalog_keys() else option
    return Requirement(rid, article, Status.MET, Msg("xi.labourer.met", option=label, wage=wage), values, qids)


def _option_label(option: str) -> str:
    """The translated label of an I.wages.skilled_option answer (the questionnaire's English label)."""
    key = f"xi.skilled_option.{option}"
    return Msg(key) if key in catalog_keys() else option


def review(ctx: Context, accepted: list[str]) -> Requirement:
    """Art 65(10), 66(8): long-term payments (old age, employment injury except incapacity, invalidity,
    survivors) computed under Art 65 or 66 are reviewed after substantial changes in earnings due to the cost
    of living; which Parts that covers is decided in one place (c102desk.engine.review)."""
    rid, article = "XI.REVIEW", REVIEW_ARTICLE
    qid = REVIEW_QUESTION
    long_term = parts_under_review(ctx, accepted)
    if not long_term:
        return not_applicable(rid, article, Msg("xi.review.none"), questions=(qid,))
    parts = Msg.join(long_term, ", ")
    req = yes_rule(
        ctx, rid, article, qid,
        met=Msg("xi.review.met", parts=parts),
        not_met=Msg("xi.review.not_met", parts=parts),
    )
    method = ctx.choice("XI.review.method")
    last = ctx.text("XI.review.last_adjustment")
    req.values.update({"parts": long_term, "method": method, "last_adjustment": last})
    if req.status is Status.MET and (method or last):
        details = [d for d in (Msg("xi.review.method", method=_method_label(method)) if method else None,
                               Msg("xi.review.last", last=last) if last else None) if d]
        req.explanation = Msg("xi.review.details", text=req.explanation, details=Msg.join(details))
    req.questions = (qid, "XI.review.method", "XI.review.last_adjustment")
    return req


def _method_label(method: str) -> str:
    """A XI.review.method answer as shown in the explanation (its value in English, translated in fr and es)."""
    key = f"xi.review.method.{method}"
    return Msg(key) if key in catalog_keys() else method
