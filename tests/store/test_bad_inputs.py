"""Bad files and a bad store: one clear message, exit status 2, and the store exactly as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.store import Store
from c102desk.store.paths import store_file

from .conftest import dump_tables

GOOD = {
    "format": "c102-assessment", "format_version": 1, "questionnaire_version": "1",
    "country": "Ruritania", "title": "T", "answers": {"I.stats.employees": 10},
}


def _text(**changes: object) -> str:
    return json.dumps({**GOOD, **changes})


BAD_FILES = {
    "malformed JSON": ('{"format": "c102-assessment", answers: }', "not valid JSON"),
    "truncated file": (_text()[:-25], "cut off"),
    "not an assessment": ('{"name": "my shopping list", "items": ["tea"]}', "not a c102desk assessment file"),
    "a JSON list": ("[1, 2, 3]", "not a c102desk assessment file"),
    "schema violation": (_text(country=5), "country"),
    "unknown questionnaire version": (_text(questionnaire_version="99"), "'questionnaire_version' '99'"),
    "wrong answer type": (_text(answers={"I.stats.employees": "many"}), "I.stats.employees"),
    "bad history entry": (_text(history=[{"question": "I.stats.employees", "at": "2024"}]), "history"),
    "detail of an unanswered question": (
        _text(answer_details={"I.stats.residents": {"note": "x"}}), "answer_details/I.stats.residents"
    ),
    "unknown evidence reference": (
        _text(answer_details={"I.stats.employees": {"evidence": ["E9"]}}), "E9"
    ),
    "newer format": (_text(format_version=7), "newer"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_refused_and_nothing_is_written(
    case: str, store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessment_id = store.create_assessment("Ruritania", "kept")
    store.set_answer(assessment_id, "I.stats.employees", 99)
    before = dump_tables(store.folder)
    content, expected = BAD_FILES[case]
    bad = tmp_path / "bad.c102.json"
    bad.write_text(content, encoding="utf-8")
    capsys.readouterr()

    assert main(["import", str(bad), "--data-dir", str(store.folder)]) == 2

    captured = capsys.readouterr()
    assert captured.out == ""
    message = captured.err.strip()
    assert "\n" not in message and message.startswith("c102desk: ")
    assert expected in message
    assert dump_tables(store.folder) == before


def test_a_store_file_that_is_not_sqlite_is_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    not_a_store = store_file(data_dir)
    not_a_store.write_bytes(b"these are my holiday notes, not a database\n" * 100)
    before = not_a_store.read_bytes()
    good = tmp_path / "good.c102.json"
    good.write_text(_text(), encoding="utf-8")

    for command in (["list"], ["import", str(good)], ["restore", "c102desk-x.sqlite3"]):
        assert main([*command, "--data-dir", str(data_dir)]) == 2
        message = capsys.readouterr().err.strip()
        assert "not a c102desk store" in message and "untouched" in message
    assert main(["backups", "--data-dir", str(data_dir)]) == 0  # backups are listed without opening the store
    assert not_a_store.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [not_a_store.name]
