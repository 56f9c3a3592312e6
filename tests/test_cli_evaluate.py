"""`c102desk evaluate` (engine-contract.md §2): one JSON document, and exit 2 with one clear message on bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from c102desk.cli import main
from c102desk.store import Store
from tests.helpers import part_i

PARTS = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"]


def write(tmp_path: Path, content: Any, name: str = "a.c102.json") -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def assessment(**answers: Any) -> dict[str, Any]:
    return {"format": "c102-assessment", "format_version": 1, "answers": {**part_i(), **answers}}


def test_json_output_follows_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, assessment())
    assert main(["evaluate", str(path), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "c102-evaluation" and doc["format_version"] == 1
    assert list(doc["parts"]) == PARTS
    for part in doc["parts"].values():
        assert part["status"] in {"not_assessed", "not_compliant", "insufficient_information",
                                  "compliant_with_review", "compliant"}
        assert isinstance(part["article_3"], bool)
        for requirement in part["requirements"]:
            assert {"id", "article", "status", "explanation", "values"} <= set(requirement)
    assert set(doc["ratification"]) >= {"possible", "parts", "blocking", "article_3_declaration_needed"}
    assert doc["ratification"]["possible"] is False


def test_file_with_only_the_required_keys_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, {"format": "c102-assessment", "format_version": 1, "answers": {}})
    assert main(["evaluate", str(path), "--format", "text"]) == 0
    assert "Ratification not yet possible" in capsys.readouterr().out


@pytest.mark.parametrize(("content", "expected"), [
    ("{not json", "not valid JSON"),
    ('{"format": "c102-assessment", "format_version": 1, "answers": {"I.stats.employees": 10', "cut off"),
    ("[1, 2]", "expected a JSON object"),
    ({"answers": {}}, "'format' is missing"),
    ({"format": "something-else", "format_version": 1, "answers": {}}, "'format' is 'something-else'"),
    ({"format": "c102-assessment", "answers": {}}, "'format_version' is missing"),
    ({"format": "c102-assessment", "format_version": 2, "answers": {}}, "newer than this program reads"),
    ({"format": "c102-assessment", "format_version": "1", "answers": {}}, "'format_version' must be a whole number"),
    ({"format": "c102-assessment", "format_version": 1}, "'answers' is missing"),
    ({"format": "c102-assessment", "format_version": 1, "answers": {"III.no_such": 1}},
     "unknown question id 'III.no_such'"),
    ({"format": "c102-assessment", "format_version": 1, "answers": {"I.stats.employees": "many"}},
     "I.stats.employees: expected a number, got 'many'"),
    ({"format": "c102-assessment", "format_version": 1, "answers": {"I.art3.declaration": "yes"}},
     "I.art3.declaration: expected true, false or null"),
    ({"format": "c102-assessment", "format_version": 1, "questionnaire_version": "99", "answers": {}},
     "'questionnaire_version' '99' is not known"),
])
def test_bad_files_exit_2_with_one_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 content: Any, expected: str) -> None:
    path = write(tmp_path, content)
    assert main(["evaluate", str(path), "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in captured.err
    assert str(path) in captured.err
    assert captured.err.count("\n") == 1


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(tmp_path / "nope.json")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_entry_point_runs_as_a_program(tmp_path: Path) -> None:
    path = write(tmp_path, assessment())
    result = subprocess.run([sys.executable, "-m", "c102desk", "evaluate", str(path), "--format", "json"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "c102-evaluation"
    bad = write(tmp_path, "nonsense", "bad.json")
    result = subprocess.run([sys.executable, "-m", "c102desk", "evaluate", str(bad)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "not valid JSON" in result.stderr


# --- questionnaire versions (engine-contract.md §1): a version-1 file still imports and evaluates ---------------

V1_FILE = Path(__file__).resolve().parent / "data" / "northland-questionnaire-v1.c102.json"


def test_every_evaluation_names_its_questionnaire_and_engine_versions(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, assessment())
    assert main(["evaluate", str(path), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["questionnaire_version"] == "2" and doc["engine_version"] == "2"
    assert "questionnaire_migrated_from" not in doc
    assert doc["ratification"]["status"] in {"possible", "not_possible", "not_yet_determinable"}
    assert isinstance(doc["ratification"]["missing"], list)


def test_a_version_1_file_evaluates_with_its_answers_kept_and_new_questions_unanswered(
        capsys: pytest.CaptureFixture[str]) -> None:
    # The Northland example as version 1 shipped it: every Part compliant then.
    assert json.loads(V1_FILE.read_text(encoding="utf-8"))["questionnaire_version"] == "1"
    assert main(["evaluate", str(V1_FILE), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["questionnaire_version"] == "2" and doc["questionnaire_migrated_from"] == "1"
    parts = {p: v["status"] for p, v in doc["parts"].items()}
    # answers kept: the Parts whose requirements did not change stay compliant
    assert {p for p, s in parts.items() if s == "compliant"} >= {"II", "IV", "V", "VI", "VII", "IX", "X", "XII",
                                                                  "XIII", "XIV"}
    # new questions unanswered: what they decide lacks information, and ratification is not yet determinable
    requirements = {r["id"]: r for v in doc["parts"].values() for r in v["requirements"]}
    assert requirements["III.DUR"]["status"] == "insufficient_information"  # is the 52-week maximum guaranteed?
    assert requirements["VIII.AIMS"]["status"] == "insufficient_information"
    assert requirements["XI.65.EARN"]["status"] == "insufficient_information"
    assert doc["ratification"]["status"] == "not_yet_determinable" and doc["ratification"]["possible"] is False
    assert doc["ratification"]["missing"] == [
        {"part": "XI", "status": "insufficient_information", "requirements": ["XI.65.EARN"]}]


def test_a_version_1_file_imports_into_the_current_questionnaire(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(V1_FILE), "--data-dir", str(tmp_path)]) == 0
    new_id = capsys.readouterr().out.strip()
    with Store.open(tmp_path) as store:
        assert store.assessment(new_id).questionnaire_version == "2"
        stored = store.answers(new_id)
    original = json.loads(V1_FILE.read_text(encoding="utf-8"))["answers"]
    assert set(stored) == set(original)
    assert all(stored[k] == v for k, v in original.items() if not isinstance(v, float))
