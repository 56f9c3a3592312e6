"""Review of current long-term payments (Arts 65(10) and 66(8)): which Parts the clause reaches.

The clause is part of Arts 65 and 66: current periodical payments for old age, employment injury (except
incapacity for work), invalidity and death of the breadwinner, computed under those Articles, are reviewed
after substantial changes in the general level of earnings that result from substantial changes in the cost
of living. Art 67 (means-tested benefits) has no such clause, so a Part whose long-term benefits are all
means-tested has nothing to review under it; the Committee of Experts still asks how such benefits keep their
value ([I] requirements.md §9), which the explanation says.

The shared question is asked once, in Part XI; each Part's ``<Part>.REVIEW`` (the ``review`` template of
resources/rules/v2/templates.yaml) and Part XI's ``XI.REVIEW`` read it, asking this module whether the clause
reaches the Part. The benefits' methods come from the level rules (``ctx.level_records``), so a Part's review
rule runs after its level rules.
"""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.level import EARNINGS_RELATED, FLAT_RATE, MEANS_TESTED

# The long-term benefits of each Part (their level rule ids): for Part VI, not the incapacity benefit.
LONG_TERM_BENEFITS: dict[str, tuple[str, ...]] = {
    "V": ("V.LVL",),
    "VI": ("VI.LVL.INVAL", "VI.LVL.SURV"),
    "IX": ("IX.LVL",),
    "X": ("X.LVL",),
}


def clause_applies(ctx: Context, part: str) -> bool:
    """Whether Arts 65(10)/66(8) reach the Part: some long-term benefit is (or may be) computed under Art 65 or
    66. Only a Part whose long-term benefits are all means-tested (Art 67) is outside the clause."""
    if part not in LONG_TERM_BENEFITS:
        return False
    methods = [r.method for r in ctx.level_records if r.spec.rule_id in LONG_TERM_BENEFITS[part]]
    if any(m in (EARNINGS_RELATED, FLAT_RATE) for m in methods):
        return True
    return not (methods and all(m == MEANS_TESTED for m in methods))


def parts_under_review(ctx: Context, parts: list[str]) -> list[str]:
    """The Parts among ``parts`` whose current long-term payments the clause covers."""
    return [p for p in parts if clause_applies(ctx, p)]
