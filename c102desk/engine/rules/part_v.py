"""The earnings rule of Art 60(2) for Part X, until Part X moves to its rule file (Art 26(3) is in
resources/rules/v2/part_V.yaml)."""

from __future__ import annotations

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.engine.rulekit import yes_rule
from c102desk.i18n import Msg


def earnings_rule(ctx: Context, rule_id: str, article: str, prefix: str, label: Msg) -> Requirement:
    """Arts 26(3) and 60(2): suspension only for prescribed gainful activity; reduction only for earnings
    (contributory benefit) or earnings or means (non-contributory benefit) above a prescribed amount.

    ``label`` names the benefit (a ``lvl.label.*`` message: bare in English, with its article in French and
    Spanish)."""
    has_q, only_q = f"{prefix}.has_test", f"{prefix}.only_permitted"
    qids = (has_q, only_q)
    has_test = ctx.flag(has_q)
    if has_test is False:
        return Requirement(rule_id, article, Status.MET, Msg("v.earn.no_test", label=label, article=article),
                           {"test": False}, qids)
    if has_test is None:
        return Requirement(rule_id, article, Status.INSUFFICIENT,
                           Msg("v.earn.test_unknown", label=label, question=has_q, article=article), {}, qids)
    rule = yes_rule(
        ctx, rule_id, article, only_q,
        met=Msg("v.earn.met", label=label, article=article),
        not_met=Msg("v.earn.not_met", label=label, article=article),
        unknown=Msg("v.earn.unknown", label=label, article=article, question=only_q),
    )
    rule.questions = qids
    rule.values = {"test": True, "only_permitted": ctx.flag(only_q)}
    return rule
