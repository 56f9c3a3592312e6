"""The engine's entry point: evaluate an answer set against every Part of C102."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from c102desk.engine import benefit_tests, rulebook
from c102desk.engine.aggregate import mark_superseded, part_status, rests_on_article_3
from c102desk.engine.context import Context
from c102desk.engine.question_words import name_questions
from c102desk.engine.ratification import acceptable_parts, ratify
from c102desk.engine.results import Evaluation, PartResult, Requirement
from c102desk.questionnaire import CURRENT_VERSION, load_questionnaire
from c102desk.questionnaire.migration import upgrade_answers
from c102desk.questionnaire.model import BRANCH_PART_IDS, Questionnaire


def _result(part_id: str, requirements: list[Requirement], answered: bool) -> PartResult:
    mark_superseded(requirements)
    return PartResult(part_id, part_status(requirements, answered), rests_on_article_3(requirements), requirements)


def evaluate(answers: Mapping[str, Any], questionnaire: Questionnaire | None = None, *,
             migrated_from: str | None = None) -> Evaluation:
    """Evaluate answers (question id → value). Answers must have been validated against the questionnaire.

    Answers of an older questionnaire version are first carried forward, through its declared migration, to the
    current version (whose questions the rules read); the evaluation then names both versions. ``migrated_from``
    names the older version when the caller has carried the answers forward itself (the file reader does).
    """
    if questionnaire is None or questionnaire.version != CURRENT_VERSION:
        if questionnaire is not None:
            migrated_from = questionnaire.version
            answers = upgrade_answers(questionnaire.version, answers, CURRENT_VERSION)
        questionnaire = load_questionnaire(CURRENT_VERSION)
    ctx = Context.build(questionnaire, answers)
    parts: dict[str, PartResult] = {}
    for part_id in BRANCH_PART_IDS:
        parts[part_id] = _result(part_id, rulebook.part_requirements(ctx, part_id), ctx.part_answered(part_id))
    accepted = acceptable_parts(parts)
    ctx.accepted = accepted
    parts["XI"] = _result("XI", rulebook.part_requirements(ctx, "XI"), benefit_tests.answered(ctx))
    parts["XII"] = _result("XII", rulebook.part_requirements(ctx, "XII"), ctx.part_answered("XII"))
    parts["XIII"] = _result("XIII", rulebook.part_requirements(ctx, "XIII"), ctx.part_answered("XIII"))
    parts["XIV"] = _result("XIV", rulebook.part_requirements(ctx, "XIV"), ctx.part_answered("XIV"))
    ratification = ratify(ctx, parts)
    used = [ctx.assumptions[a] for a in sorted(ctx.used_assumptions)]
    evaluation = Evaluation(
        parts=parts,
        ratification=ratification,
        questionnaire_version=questionnaire.version,
        assumptions=[{"id": a.id, "tag": a.tag, "text": a.text} for a in used],
        migrated_from=migrated_from,
    )
    return name_questions(evaluation, questionnaire)  # readers see the questions' words, never their ids
