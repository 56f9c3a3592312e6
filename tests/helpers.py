"""Shared helpers of the engine tests: a country's Part I data and a one-call evaluation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from c102desk.engine import Evaluation, evaluate
from c102desk.engine.results import Requirement, Status
from c102desk.questionnaire import load_questionnaire


def part_i(**overrides: Any) -> dict[str, Any]:
    """Denominators and reference wages of an imaginary country (1 M employees, 3 M residents)."""
    answers: dict[str, Any] = {
        "I.stats.employees": 1_000_000,
        "I.stats.employees_industrial_20plus": 200_000,
        "I.stats.residents": 3_000_000,
        "I.stats.economically_active": 1_400_000,
        "I.stats.children_residents": 900_000,
        "I.wages.time_basis": "month",
        "I.wages.skilled_wage": 1250,
        "I.wages.labourer_wage": 800,
        "I.wages.family_allowance": 100,
        "I.wages.same_time_basis": True,
    }
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def run(answers: dict[str, Any]) -> Evaluation:
    """Evaluate after checking every answer against the questionnaire, as the command line does."""
    questionnaire = load_questionnaire()
    errors = [i.message for i in questionnaire.check_answers(answers) if i.severity.value == "error"]
    assert not errors, errors
    return evaluate(answers, questionnaire)


def req(answers: dict[str, Any], requirement_id: str) -> Requirement:
    return run(answers).requirement(requirement_id)


def status(answers: dict[str, Any], requirement_id: str) -> Status:
    return req(answers, requirement_id).status


def d(text: str) -> Decimal:
    """A JSON number as the file reader produces it."""
    return Decimal(text)
