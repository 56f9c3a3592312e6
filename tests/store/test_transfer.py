"""Assessment files out of and into the store: the round trip keeps everything, conflicts need a choice."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.store import Store
from c102desk.store.transfer import VOLATILE_KEYS


def _filled(store: Store, tmp_path: Path) -> str:
    assessment_id = store.create_assessment("Ruritania", "Gap assessment 2024")
    ana = store.add_profile("Ana Pérez", "Ministry of Labour", "assessor")
    evidence_file = tmp_path / "labour-code.pdf"
    evidence_file.write_bytes(b"%PDF-1.4 the labour code")
    evidence = store.add_evidence(assessment_id, evidence_file)
    store.set_answer(assessment_id, "I.stats.employees", 1_000_000, assessor_id=ana)
    store.set_answer(assessment_id, "I.stats.employees", 1_000_250, assessor_id=ana, note="LFS 2023",
                     legal_citation="Statistics Act s. 4", confidence="high", evidence_ids=[evidence])
    store.set_answer(assessment_id, "I.child.age_limit", Decimal("15.50"))
    store.set_answer(assessment_id, "I.stats.employees_source", "Labour force survey — 2023 «final»")
    store.set_answer(assessment_id, "I.art3.declaration", None, confidence="low")
    return assessment_id


def _without_volatile(path: Path) -> str:
    document = json.loads(path.read_text(encoding="utf-8"))
    for key in VOLATILE_KEYS:
        document.pop(key)
    return json.dumps(document, sort_keys=True)


def test_export_import_export_gives_the_same_file(store: Store, tmp_path: Path) -> None:
    assessment_id = _filled(store, tmp_path)
    first = tmp_path / "first.c102.json"
    assert main(["export", assessment_id, "--out", str(first), "--data-dir", str(store.folder)]) == 0
    assert "15.50" in first.read_text(encoding="utf-8")  # the exact number, not 15.5

    other = tmp_path / "other-store"
    with Store.open(other) as second_store:
        imported = second_store.import_file(first)
        assert imported == assessment_id
        assert second_store.answers(imported)["I.child.age_limit"] == Decimal("15.50")
        assert len(second_store.history(imported)) == 5
        second = tmp_path / "second.c102.json"
        second_store.export_file(imported, second)
    assert _without_volatile(first) == _without_volatile(second)


def test_import_prints_the_id_alone(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "plain.c102.json"
    source.write_text(json.dumps({"format": "c102-assessment", "format_version": 1,
                                  "answers": {"I.stats.employees": 12}}), encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(store.folder), "import", str(source)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("\n") == 1
    assert store.answers(printed.strip()) == {"I.stats.employees": 12}


def test_an_id_already_in_the_store_needs_a_choice(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessment_id = _filled(store, tmp_path)
    exported = tmp_path / "a.c102.json"
    store.export_file(assessment_id, exported)
    folder = str(store.folder)
    capsys.readouterr()

    assert main(["import", str(exported), "--data-dir", folder]) == 2
    assert "--keep-both" in capsys.readouterr().err

    assert main(["import", str(exported), "--keep-both", "--data-dir", folder]) == 0
    copy_id = capsys.readouterr().out.strip()
    assert copy_id != assessment_id
    assert store.answers(copy_id) == store.answers(assessment_id)

    store.set_answer(assessment_id, "I.stats.employees", 5)
    assert main(["import", str(exported), "--replace", "--data-dir", folder]) == 0
    assert capsys.readouterr().out.strip() == assessment_id
    assert store.answers(assessment_id)["I.stats.employees"] == 1_000_250
    assert len(store.list_assessments()) == 2


def test_list_as_json(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assessment_id = store.create_assessment("Ruritania", "Gap assessment")
    capsys.readouterr()
    assert main(["list", "--format", "json", "--data-dir", str(store.folder)]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["id"] == assessment_id
    assert {"id", "country", "title", "status", "changed"} <= set(row)


def test_export_refuses_unknown_id_and_unwritable_path(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessment_id = store.create_assessment()
    folder = str(store.folder)
    assert main(["export", "no-such-id", "--out", str(tmp_path / "x.json"), "--data-dir", folder]) == 2
    assert "no assessment" in capsys.readouterr().err
    assert main(["export", assessment_id, "--out", str(tmp_path / "missing" / "x.json"), "--data-dir", folder]) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
