"""The engine's entry point: evaluate an answer set against every Part of C102."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from c102desk.engine.aggregate import part_status, rests_on_article_3
from c102desk.engine.context import Context
from c102desk.engine.ratification import acceptable_parts, ratify
from c102desk.engine.results import Evaluation, PartResult, Requirement
from c102desk.engine.rules import BRANCH_RULES, part_xi, part_xii, part_xiii, part_xiv
from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.model import Questionnaire


def _result(part_id: str, requirements: list[Requirement], answered: bool) -> PartResult:
    return PartResult(part_id, part_status(requirements, answered), rests_on_article_3(requirements), requirements)


def evaluate(answers: Mapping[str, Any], questionnaire: Questionnaire | None = None) -> Evaluation:
    """Evaluate answers (question id → value). Answers must have been validated against the questionnaire."""
    questionnaire = questionnaire or load_questionnaire()
    ctx = Context.build(questionnaire, answers)
    parts: dict[str, PartResult] = {}
    for part_id, rules in BRANCH_RULES.items():
        parts[part_id] = _result(part_id, rules(ctx), ctx.part_answered(part_id))
    accepted = acceptable_parts(parts)
    xi = part_xi.requirements(ctx, accepted)
    parts["XI"] = _result("XI", xi, part_xi.answered(ctx))
    parts["XII"] = _result("XII", part_xii.requirements(ctx), ctx.part_answered("XII"))
    parts["XIII"] = _result("XIII", part_xiii.requirements(ctx), ctx.part_answered("XIII"))
    parts["XIV"] = _result("XIV", part_xiv.requirements(ctx, accepted), ctx.part_answered("XIV"))
    ratification = ratify(ctx, parts)
    used = [ctx.assumptions[a] for a in sorted(ctx.used_assumptions)]
    return Evaluation(
        parts=parts,
        ratification=ratification,
        questionnaire_version=questionnaire.version,
        assumptions=[{"id": a.id, "tag": a.tag, "text": a.text} for a in used],
    )
