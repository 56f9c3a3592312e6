"""Small builders for the Python calculators' requirements (Part XI's tests of Art 67, the coverage and
qualifying calculators): a yes/no fact, and a requirement that does not apply. The rules themselves are in
resources/rules/ (c102desk.engine.rulebook), where the same shapes are templates.
"""

from __future__ import annotations

from collections.abc import Sequence

from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status
from c102desk.i18n import Msg


def yes_rule(
    ctx: Context,
    rule_id: str,
    article: str,
    question_id: str,
    *,
    met: str,
    not_met: str,
    unknown: str | None = None,
    no_status: Status = Status.NOT_MET,
    required: bool = True,
    group: str | None = None,
) -> Requirement:
    """A requirement decided by one yes/no answer: yes meets it, no fails it (or ``no_status``)."""
    value = ctx.flag(question_id)
    if value is True:
        status, text = Status.MET, met
    elif value is False:
        status, text = no_status, not_met
    else:
        status = Status.INSUFFICIENT
        text = unknown or Msg("rule.not_answered", question=question_id, article=article)
    return Requirement(
        rule_id, article, status, text, {"answer": value}, (question_id,), group=group, required=required
    )


def not_applicable(rule_id: str, article: str, reason: str, *, group: str | None = None,
                   article_3: bool = False, questions: Sequence[str] = ()) -> Requirement:
    return Requirement(
        rule_id, article, Status.NOT_APPLICABLE, reason, {}, tuple(questions), group=group, article_3=article_3
    )
