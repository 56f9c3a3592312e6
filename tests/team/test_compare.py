"""``c102desk diff A B`` and ``team.compare``: what differs between two revisions, two files or a signed report,
each difference with its Part and its question in the reader's language; bad input is exit 2 and no traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from c102desk.cli import main
from c102desk.i18n import format_percent
from c102desk.questionnaire import load_questionnaire
from c102desk.store import Store
from c102desk.team.compare import compare
from c102desk.team.snapshot import snapshot_of_document
from tests.report.fixtures import example_path


@pytest.fixture
def revisions(tmp_path: Path) -> tuple[Path, str, str]:
    """A store with Northland's assessment and a second revision of it where a few things changed."""
    data = tmp_path / "data"
    with Store.open(data) as store:
        first = store.import_file(example_path("northland-all-parts"))
        second = store.new_revision(first)
        store.set_answer(second, "III.benefit.rate", Decimal("30"), note="Cut by the 2026 budget law")
        store.set_answer(second, "I.child.age_limit", 18, confidence="low")
        evidence = tmp_path / "budget-law-2026.pdf"
        evidence.write_bytes(b"%PDF-1.4 the budget law")
        found = store.add_evidence(second, evidence)
        store.set_answer(second, "I.child.school_leaving_age", 16, evidence_ids=[found])
    return data, first, second


def _diff(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["diff", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_two_revisions_compare_answer_by_answer_with_parts_questions_and_verdicts(
        revisions: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    data, first, second = revisions
    status, out, err = _diff(capsys, first, second, "--format", "json", "--lang", "fr", "--data-dir", str(data))
    assert status == 0, err
    found = json.loads(out)
    assert (found["first"]["revision"], found["second"]["revision"]) == (1, 2)
    by_field = {(d["question_id"], d["field"]): d for d in found["answers"]}
    assert set(by_field) == {("III.benefit.rate", "value"), ("III.benefit.rate", "note"),
                             ("I.child.age_limit", "confidence"), ("I.child.school_leaving_age", "evidence")}
    rate = by_field["III.benefit.rate", "value"]
    questionnaire = load_questionnaire()
    assert rate["question"] == questionnaire.label(questionnaire.question("III.benefit.rate"), "fr")
    assert rate["question"] != questionnaire.question("III.benefit.rate").label  # French, not the English label
    assert rate["part"] == "III" and rate["part_title"].startswith("Partie III")
    assert (rate["change"], rate["after"], rate["after_text"]) == ("changed", 30, format_percent(30, "fr"))
    assert by_field["III.benefit.rate", "note"]["after"] == "Cut by the 2026 budget law"
    assert by_field["I.child.age_limit", "confidence"]["after_text"] == "confiance faible"
    assert by_field["I.child.school_leaving_age", "evidence"]["after"] == ["budget-law-2026.pdf"]
    assert [e["name"] for e in found["evidence"]] == ["budget-law-2026.pdf"]
    # 30 % is below Part III's minimum rate (Art 16): its level requirement, and the Part, are no longer met.
    level = [v for v in found["verdicts"] if v["part"] == "III" and v["kind"] == "requirement"]
    assert level and all(v["before"] == "met" and v["after"] == "not_met" for v in level)
    assert any(v["kind"] == "part" and v["part"] == "III" and v["after"] == "not_compliant" for v in found["verdicts"])


def test_the_text_names_questions_in_the_chosen_language(revisions: tuple[Path, str, str],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    data, first, second = revisions
    status, out, _ = _diff(capsys, first, second, "--lang", "es", "--data-dir", str(data))
    assert status == 0
    questionnaire = load_questionnaire()
    assert questionnaire.label(questionnaire.question("III.benefit.rate"), "es") in out
    assert "Cut by the 2026 budget law" in out
    assert f"{format_percent(70, 'es')} → {format_percent(30, 'es')}" in out


def test_a_file_compares_with_a_store_assessment_and_a_signed_report(
        revisions: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        signed_report: Callable[[str, str], Path]) -> None:
    data, _, second = revisions
    status, out, _ = _diff(capsys, str(example_path("northland-all-parts")), second, "--format", "json",
                           "--data-dir", str(data))
    assert status == 0
    assert {d["question_id"] for d in json.loads(out)["answers"]} >= {"III.benefit.rate"}
    status, out, err = _diff(capsys, str(signed_report("northland-all-parts", "en")),
                             str(example_path("northland-all-parts")), "--format", "json")
    assert status == 0, err
    assert json.loads(out)["same"] is True


def test_an_altered_report_is_refused(signed_report: Callable[[str, str], Path], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(signed_report("northland-all-parts", "en").read_bytes())
    at = data.index(b"/Producer")  # inside the signed bytes: the signature no longer holds
    data[at + 1] = ord("Q")
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    status, out, err = _diff(capsys, str(altered), str(example_path("northland-all-parts")))
    assert status == 2 and out == ""
    assert "Traceback" not in err and "altered.pdf" in err


@pytest.mark.parametrize("bad", ["missing.c102.json", "no-such-id", "broken"])
def test_bad_input_is_a_clear_message_and_exit_2(bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if bad == "broken":
        broken = tmp_path / "broken.c102.json"
        broken.write_text('{"format": "c102-assessment", "answers": [', encoding="utf-8")
        bad = str(broken)
    status, out, err = _diff(capsys, bad, str(example_path("midland-three-parts")), "--data-dir", str(tmp_path / "d"))
    assert status == 2 and out == ""
    assert err.startswith("c102desk: ") and "Traceback" not in err
    assert Path(bad).name in err


def test_compare_reports_added_and_removed_answers() -> None:
    def snap(answers: dict[str, Any]) -> Any:
        return snapshot_of_document({"questionnaire_version": "2", "answers": answers}, "x")

    result = compare(snap({"I.child.age_limit": 18}), snap({"I.child.school_leaving_age": 16}))
    changes = {(d.question_id, d.change) for d in result.answers}
    assert changes == {("I.child.age_limit", "removed"), ("I.child.school_leaving_age", "added")}
    assert compare(snap({"I.child.age_limit": 18}), snap({"I.child.age_limit": 18})).same


def test_the_report_shows_the_changes_since_an_earlier_revision(revisions: tuple[Path, str, str], tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess

    data, first, second = revisions
    later = tmp_path / "second.c102.json"
    assert main(["export", second, "--out", str(later), "--data-dir", str(data)]) == 0
    pdf = tmp_path / "report.pdf"
    status = main(["report", str(later), "--out", str(pdf), "--changes-since", first, "--lang", "fr",
                   "--data-dir", str(data)])
    assert status == 0, capsys.readouterr().err
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Annexe D — Modifications depuis la révision 1" in text
    assert "Cut by the 2026 budget law" in text and "budget-law-2026.pdf" in text
    questionnaire = load_questionnaire()
    assert " ".join(questionnaire.label(questionnaire.question("III.benefit.rate"), "fr").split()) in text
    status = main(["report", str(later), "--out", str(tmp_path / "x.pdf"), "--changes-since", "no-such-id",
                   "--data-dir", str(data)])
    assert status == 2 and not (tmp_path / "x.pdf").exists()
    assert "no-such-id" in capsys.readouterr().err
