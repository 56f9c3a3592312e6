"""``c102desk inbox FOLDER``: a block (text) or an object (JSON) per file with its verdict; exit 0 whatever the
files are; a folder that cannot be read exits 2 with a message, no traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from c102desk.cli import main
from tests.inbox.fixtures import ALTERED, NOT_A_PDF, Received


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_json_has_one_object_per_file_with_its_verdict(received_folder: Received, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "inbox", str(received_folder.folder), "--format", "json",
                           "--data-dir", str(tmp_path / "data"))
    assert status == 0, err
    document = json.loads(out)
    assert document["format"] == "c102-inbox" and document["format_version"] == 1
    files = {f["file"]: f for f in document["files"]}
    assert len(document["files"]) == 7
    assert {name: f["verdict"] for name, f in files.items()} == {
        "chile-2026.pdf": "intact", ALTERED: "altered", "northland-draft.pdf": "unsigned",
        NOT_A_PDF: "not_a_report", "senegal-2025.pdf": "intact", "senegal-2026.pdf": "intact",
        "viet-nam.pdf": "intact"}
    assert document["counts"] == {"intact": 4, "altered": 1, "unsigned": 1, "not_a_report": 1, "unreadable": 0}
    senegal = files["senegal-2026.pdf"]
    assert [s["role"] for s in senegal["signatures"]] == ["Chargée de mission", "Workers' representative"]
    assert all(s["valid"] and s["fingerprint_sha256"].count(":") == 31 for s in senegal["signatures"])
    assert senegal["signatures"][0]["signing_time"].endswith("+00:00")
    assert (senegal["country"], senegal["iso_code"], senegal["region"], senegal["revision"]) == (
        "Sénégal", "SN", "africa", 2)
    assert senegal["parts"]["XIII"] == "compliant" and senegal["ratification"]["status"] == "possible"
    assert senegal["date"] and senegal["assessment_id"] == received_folder.ids["senegal-2026.pdf"]
    chile = files["chile-2026.pdf"]
    assert chile["ratification"]["status"] == "not_possible" and "XIII.FIN.EE50" in chile["ratification"]["blocking"]
    altered = files[ALTERED]
    assert altered["parts"] is None and altered["ratification"] is None and altered["problems"]
    assert altered["country"] == "Chile"
    assert files[NOT_A_PDF]["problems"] == ["notes.txt: not a PDF file"]
    assert files["northland-draft.pdf"]["signatures"] == [] and files["northland-draft.pdf"]["region"] is None


def test_text_names_each_file_its_verdict_signers_and_parts(received_folder: Received, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "inbox", str(received_folder.folder), "--data-dir", str(tmp_path / "data"))
    assert status == 0
    assert f"{ALTERED}: ALTERED" in out and "northland-draft.pdf: UNSIGNED" in out
    assert "senegal-2026.pdf: INTACT" in out and f"{NOT_A_PDF}: NOT A REPORT" in out
    assert "Kofi Mensah (Kofi Mensah's organisation), as Workers' representative" in out
    assert "region: Africa" in out and "revision 2" in out
    assert "its verdicts are not shown" in out
    assert out.rstrip().endswith("files: 7 (intact: 4, altered: 1, unsigned: 1, not a report: 1)")
    status, out, _ = run(capsys, "inbox", str(received_folder.folder), "--lang", "fr",
                         "--data-dir", str(tmp_path / "data"))
    assert f"{ALTERED}\u202f: MODIFIÉ" in out and "région\u202f: Afrique" in out  # French spacing


def test_the_users_grouping_in_the_data_folder_is_used(received_folder: Received, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "regions.yaml").write_text("Northland: Pilot countries\n", encoding="utf-8")
    _, out, _ = run(capsys, "inbox", str(received_folder.folder), "--format", "json", "--data-dir", str(data))
    files = {f["file"]: f for f in json.loads(out)["files"]}
    assert files["northland-draft.pdf"]["region"] == "Pilot countries"


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_a_folder_that_does_not_exist_exits_2_with_a_message(tmp_path: Path, kind: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "nothing"
    if kind == "file":
        target.write_text("x", encoding="utf-8")
    status, out, err = run(capsys, "inbox", str(target), "--data-dir", str(tmp_path / "data"))
    assert status == 2 and out == ""
    assert err.startswith("c102desk: ") and "Traceback" not in err
    assert ("no such folder" if kind == "missing" else "not a folder") in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root lists any folder")
def test_a_folder_that_cannot_be_read_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        status, _, err = run(capsys, "inbox", str(locked), "--data-dir", str(tmp_path / "data"))
    finally:
        locked.chmod(0o755)
    assert status == 2 and "cannot be read" in err


def test_an_empty_folder_lists_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    status, out, _ = run(capsys, "inbox", str(tmp_path / "empty"), "--format", "json",
                         "--data-dir", str(tmp_path / "data"))
    assert status == 0 and json.loads(out)["files"] == []


def test_export_and_summary_from_the_command_line(received_folder: Received, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl  # type: ignore[import-untyped]

    out = tmp_path / "received.xlsx"
    summary = tmp_path / "summary.pdf"
    status, _, err = run(capsys, "inbox", str(received_folder.folder), "--export", str(out), "--summary",
                         str(summary), "--data-dir", str(tmp_path / "data"))
    assert status == 0, err
    assert "exported 4 intact reports" in err
    sources = {r[0] for r in openpyxl.load_workbook(out)["assessments"].iter_rows(min_row=2, values_only=True)}
    assert sources == {"chile-2026.pdf", "senegal-2025.pdf", "senegal-2026.pdf", "viet-nam.pdf"}
    assert summary.read_bytes().startswith(b"%PDF-")
    status, _, err = run(capsys, "inbox", str(received_folder.folder), "--export", str(tmp_path / "x.ods"),
                         "--data-dir", str(tmp_path / "data"))
    assert status == 2 and ".xlsx or .csv" in err


def test_a_folder_the_system_refuses_to_list_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "inbox").mkdir()

    def refused(self: Path) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refused)
    status, out, err = run(capsys, "inbox", str(tmp_path / "inbox"), "--data-dir", str(tmp_path / "data"))
    assert status == 2 and out == ""
    assert "the folder cannot be read (Permission denied)" in err and "Traceback" not in err


def test_the_csv_export_of_the_inbox_reads_back(received_folder: Received, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    out = tmp_path / "received.csv"
    status, _, err = run(capsys, "inbox", str(received_folder.folder), "--export", str(out), "--lang", "fr",
                         "--data-dir", str(tmp_path / "data"))
    assert status == 0, err

    def rows(path: Path) -> list[dict[str, str]]:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))

    requirements = rows(out)
    assert {r["source"] for r in requirements} == {"chile-2026.pdf", "senegal-2025.pdf", "senegal-2026.pdf",
                                                  "viet-nam.pdf"}  # intact only: no altered, unsigned or other
    blocked = next(r for r in requirements if r["source"] == "chile-2026.pdf" and r["requirement_id"] ==
                   "XIII.FIN.EE50")
    assert blocked["status"] == "not_met" and blocked["status_label"] == "Non satisfaite"
    assert blocked["region"] == "Amériques" and blocked["revision"] == "1" and blocked["part"] == "XIII"
    assessments = {r["source"]: r for r in rows(tmp_path / "received-assessments.csv")}
    assert assessments["senegal-2026.pdf"]["verification"] == "intact"
    assert "Kofi Mensah (Workers' representative)" in assessments["senegal-2026.pdf"]["signers"]
    assert assessments["chile-2026.pdf"]["blockers"] == "XIII.FIN.EE50"
    assert assessments["senegal-2026.pdf"]["part_XIV"] == "compliant"
    answers = rows(tmp_path / "received-answers.csv")
    assert {r["source"] for r in answers} == set(assessments)
    figures = rows(tmp_path / "received-figures.csv")
    assert any(r["figure"] == "XI.65.TEST.replacement_percent" and float(r["value"]) > 0 for r in figures)
