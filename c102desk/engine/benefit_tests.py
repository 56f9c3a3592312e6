"""Part XI's benefit tests (Arts 65(1), 65(3), 66(1), 67(a)–(d)) gathered over every periodical benefit.

The tests themselves are made by each Part's level rule (``<Part>.LVL``, c102desk.engine.level) and recorded in
``ctx.level_records``; here each is gathered under its §5.2 id. [I] A.PART_XI.SCOPE: Art 2(a)(iii) binds a Member
to the provisions of Part XI relevant to the Parts it accepts, so only the benefits of the Parts that could be
accepted decide a status; every benefit's result is still listed in ``by_benefit``. The other rules of Part XI
are in resources/rules/v2/part_XI.yaml.
"""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.level_records import LevelRecord
from c102desk.engine.results import Requirement, Status, worst_of
from c102desk.i18n import Msg

# The seven tests: id, article, what the test is (a message key), group of alternatives.
TESTS: tuple[tuple[str, str, str, str | None], ...] = (
    ("XI.65.TEST", "65(1)", "xi.what.65_test", None),
    ("XI.65.CEIL", "65(3)", "xi.what.65_ceil", None),
    ("XI.66.TEST", "66(1)", "xi.what.66_test", None),
    ("XI.67.SCALE", "67(a)", "xi.what.67_scale", None),
    ("XI.67.DISREGARD", "67(b)", "xi.what.67_disregard", None),
    ("XI.67.ADEQ", "67(c)", "xi.what.67_adeq", "XI.67.c"),
    ("XI.67.SAFE", "67(d)", "xi.what.67_safe", "XI.67.c"),
)
_WORDS = {
    Status.MET: Msg("xi.word.met"),
    Status.NOT_MET: Msg("xi.word.not_met"),
    Status.NEEDS_REVIEW: Msg("xi.word.needs_review"),
    Status.INSUFFICIENT: Msg("xi.word.insufficient"),
    Status.NOT_APPLICABLE: Msg("xi.word.not_applicable"),
}


def answered(ctx: Context) -> bool:
    """Part XI is assessed when it has answers or when some benefit's level was tested."""
    return ctx.part_answered("XI") or any(r.method for r in ctx.level_records)


def benefit_tests(ctx: Context) -> list[Requirement]:
    """The seven tests, each over the benefits of every Part, for the Parts that could be accepted."""
    return [benefit_test(ctx, ctx.accepted, test_id, article, Msg(what), group=group)
            for test_id, article, what, group in TESTS]


def methods_used(ctx: Context) -> set[str]:
    """The calculation methods used by the benefits of the Parts that could be accepted."""
    return {r.method for r in ctx.level_records if r.spec.part in ctx.accepted and r.method}


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
