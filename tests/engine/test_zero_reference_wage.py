"""A reference wage or previous earnings of 0 is no base for a replacement rate (Arts 65, 66): the level tests
lack information instead of dividing by zero, and the answer is flagged as unusual where it is entered."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from c102desk.engine import Evaluation, Status, evaluate
from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.model import Severity

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "northland-all-parts.c102.json"


def _answers(**changes: object) -> dict[str, object]:
    answers = dict(json.loads(EXAMPLE.read_text(encoding="utf-8"))["answers"])
    answers.update(changes)
    return answers


def _status(result: Evaluation, part: str, rule: str) -> Status:
    for requirement in result.parts[part].requirements:
        if requirement.id == rule:
            return requirement.status
    raise AssertionError(f"{rule} not in Part {part}")


@pytest.mark.parametrize("question", ["I.wages.skilled_wage"])
def test_a_zero_skilled_wage_leaves_the_earnings_related_level_without_its_base(question: str) -> None:
    result = evaluate(_answers(**{question: 0, "III.benefit.reference_earnings": None}), load_questionnaire())
    assert _status(result, "III", "III.LVL") is Status.INSUFFICIENT


def test_zero_previous_earnings_are_no_base_either() -> None:
    result = evaluate(_answers(**{"I.wages.skilled_wage": 0, "III.benefit.reference_earnings": 0}),
                      load_questionnaire())
    assert _status(result, "III", "III.LVL") is Status.INSUFFICIENT


@pytest.mark.parametrize("question", ["I.wages.skilled_wage", "I.wages.labourer_wage"])
def test_a_zero_wage_is_flagged_as_unusual_where_it_is_entered(question: str) -> None:
    issues = load_questionnaire().question(question).check(0)
    assert [i.severity for i in issues] == [Severity.WARNING]


def test_the_command_line_evaluates_a_file_with_a_zero_skilled_wage(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["answers"]["I.wages.skilled_wage"] = 0
    path = tmp_path / "zero.c102.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "c102desk", "evaluate", str(path), "--format", "json"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(done.stdout)["parts"]["V"]["status"]
