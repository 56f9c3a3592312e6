"""The examples evaluate as expected in English, French and Spanish (tests/data/examples-evaluation.json).

The expected file holds, per example, every requirement's status and a SHA-256 of the whole evaluation JSON in each
language (the engine version left out), so that any change of a verdict, an explanation, a figure, a question list
or an assumption fails here. After a deliberate change, regenerate it and review the diff of the statuses:

    .venv/bin/python -m tests.engine.test_examples_evaluation --update
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from c102desk.assessment import read_assessment
from c102desk.engine import evaluate
from c102desk.i18n import LANGUAGES
from c102desk.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "tests" / "data" / "examples-evaluation.json"
EXAMPLES = {
    "midland-three-parts": resource_path("examples", "midland-three-parts.c102.json"),
    "northland-all-parts": resource_path("examples", "northland-all-parts.c102.json"),
    "southland-blocked": resource_path("examples", "southland-blocked.c102.json"),
    "northland-questionnaire-v1": ROOT / "tests" / "data" / "northland-questionnaire-v1.c102.json",
}


def observed(path: Path) -> dict[str, Any]:
    assessment = read_assessment(path)
    evaluation = evaluate(assessment.answers, assessment.questionnaire, migrated_from=assessment.migrated_from)
    requirements = [r for part in evaluation.parts.values() for r in part.requirements]
    requirements += evaluation.ratification.requirements
    digests = {}
    for lang in LANGUAGES:
        doc = {k: v for k, v in evaluation.to_json(lang).items() if k != "engine_version"}
        text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        digests[lang] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return {
        "ratification": evaluation.ratification.status.value,
        "parts": {p: r.status.value for p, r in evaluation.parts.items()},
        "requirements": {r.id: r.status.value for r in requirements},
        "sha256": digests,
    }


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_example_evaluates_as_expected(name: str) -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))[name]
    found = observed(EXAMPLES[name])
    assert found["ratification"] == expected["ratification"]
    assert found["parts"] == expected["parts"]
    assert found["requirements"] == expected["requirements"]
    assert found["sha256"] == expected["sha256"], (
        "the evaluation changed (an explanation, a figure, a question list or an assumption); if deliberate, run "
        "`python -m tests.engine.test_examples_evaluation --update` and review the diff")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python -m tests.engine.test_examples_evaluation --update")
    EXPECTED.write_text(json.dumps({name: observed(path) for name, path in EXAMPLES.items()}, ensure_ascii=False,
                                   indent=1) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED.relative_to(ROOT)}")
