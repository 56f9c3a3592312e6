"""``c102desk sync --server URL``: what went where in words, exit 1 with the conflicts listed, exit 2 with one
sentence (no traceback, nothing changed) for an address that is no team store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.store import Store
from tests.report.fixtures import example_path
from tests.store.conftest import dump_tables

RATE = "III.benefit.rate"


@pytest.fixture
def laptop_and_server(tmp_path: Path) -> tuple[Path, Path, str]:
    laptop, server = tmp_path / "laptop", tmp_path / "server"
    with Store.open(laptop) as store:
        assessment = store.import_file(example_path("northland-all-parts"))
    with Store.open(server):
        pass  # an empty team store
    return laptop, server, assessment


def _url(folder: Path) -> str:
    return f"sqlite:///{folder}"


def test_sync_sends_then_says_nothing_is_left(laptop_and_server: tuple[Path, Path, str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    laptop, server, assessment = laptop_and_server
    assert main(["--data-dir", str(laptop), "sync", "--server", _url(server)]) == 0
    assert f"sent to the team store: assessment {assessment}" in capsys.readouterr().out
    with Store.open(server) as store:
        assert [a.id for a in store.list_assessments()] == [assessment]
    assert main(["sync", "--server", _url(server), "--data-dir", str(laptop), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sent"] == [] and report["pushed"] == {} and report["conflicts"] == []


def test_conflicts_are_listed_with_exit_1_and_resolve_decides(tmp_path: Path, laptop_and_server: tuple[Path, Path, str],
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    laptop, server, assessment = laptop_and_server
    other = tmp_path / "other"
    assert main(["--data-dir", str(laptop), "sync", "--server", _url(server)]) == 0
    assert main(["--data-dir", str(other), "sync", "--server", _url(server)]) == 0
    with Store.open(laptop) as store:
        store.set_answer(assessment, RATE, 60)
    with Store.open(other) as store:
        store.set_answer(assessment, RATE, 61)
        store.set_answer(assessment, "V.benefit.rate", 40)  # sent meanwhile: the copies' moment of parting moves
    assert main(["--data-dir", str(laptop), "sync", "--server", _url(server)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(other), "sync", "--server", _url(server)]) == 1
    out = capsys.readouterr().out
    assert f"  {assessment}:{RATE}\n    answer: here 61, on the team store 60\n" in out and "--resolve" in out
    assert main(["--data-dir", str(other), "sync", "--server", _url(server), "--json"]) == 1
    listed = json.loads(capsys.readouterr().out)["conflicts"]
    assert listed == [{"assessment": assessment, "question": RATE, "mine": 61, "theirs": 60,
                       "fields": [{"field": "value", "mine": 61, "theirs": 60}]}]
    assert main(["--data-dir", str(other), "sync", "--server", _url(server), "--resolve", f"{RATE}=theirs"]) == 0
    with Store.open(other) as store:
        assert store.answers(assessment)[RATE] == 60


@pytest.mark.parametrize("url, words", [
    ("http://example.org/c102", "not a team store address"),
    ("nonsense", "not a team store address"),
    ("sqlite:////no/such/folder", "there is no c102desk team store"),
    ("postgresql://ana@db.invalid/c102", "cannot connect to the server"),
])
def test_an_address_that_is_no_team_store_is_exit_2_in_one_sentence(
        laptop_and_server: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str], url: str, words: str) -> None:
    laptop, server, _ = laptop_and_server
    before = dump_tables(laptop), dump_tables(server)
    assert main(["--data-dir", str(laptop), "sync", "--server", url]) == 2
    captured = capsys.readouterr()
    assert words in captured.err and "Traceback" not in captured.err and captured.out == ""
    assert (dump_tables(laptop), dump_tables(server)) == before


def test_no_address_and_a_bad_resolve_are_exit_2(laptop_and_server: tuple[Path, Path, str],
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, server, _ = laptop_and_server
    monkeypatch.delenv("C102DESK_SERVER_URL", raising=False)
    assert main(["--data-dir", str(laptop), "sync"]) == 2
    assert "--server" in capsys.readouterr().err
    assert main(["--data-dir", str(laptop), "sync", "--server", _url(server), "--resolve", "III.x=maybe"]) == 2
    assert "QUESTION=mine" in capsys.readouterr().err
    assert main(["--data-dir", str(laptop), "sync", "--server", _url(laptop)]) == 2
    assert "own library" in capsys.readouterr().err
