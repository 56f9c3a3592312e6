"""The evaluation JSON validates against resources/schema/c102-evaluation.schema.json (docs/evaluation-format.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from c102desk.assessment import read_assessment
from c102desk.engine import evaluate
from c102desk.resources import resource_path

DATA = Path(__file__).resolve().parent.parent / "data"
FILES = [*sorted(resource_path("examples").glob("*.c102.json")), DATA / "northland-questionnaire-v1.c102.json"]


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schema", "c102-evaluation.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def evaluation_json(path: Path, lang: str) -> dict[str, Any]:
    assessment = read_assessment(path)
    result = evaluate(assessment.answers, assessment.questionnaire, migrated_from=assessment.migrated_from)
    doc: dict[str, Any] = json.loads(json.dumps(result.to_json(lang)))
    return doc


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_evaluations_follow_the_schema(path: Path, lang: str) -> None:
    errors = sorted(validator().iter_errors(evaluation_json(path, lang)), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]]


def test_an_empty_assessment_follows_the_schema() -> None:
    doc = json.loads(json.dumps(evaluate({}).to_json()))
    assert not list(validator().iter_errors(doc))


def test_the_schema_refuses_an_incoherent_ratification() -> None:
    doc = evaluation_json(FILES[0], "en")
    doc["ratification"]["possible"] = not doc["ratification"]["possible"]
    assert list(validator().iter_errors(doc))
