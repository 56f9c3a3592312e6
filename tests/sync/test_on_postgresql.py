"""``c102desk sync --server postgresql://…``: two laptops that worked offline sync through a real PostgreSQL team
server (tests/pg_server.py; CI fails rather than skips without one) and converge with nothing lost; an
interrupted sync leaves the server with every assessment synced or untouched, and the next one finishes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from c102desk.cli import main
from c102desk.server import open_store
from c102desk.store import Store
from c102desk.sync import engine
from c102desk.sync.remote import open_remote
from tests.pg_server import pg_cluster, pg_store_template, pg_store_url  # noqa: F401
from tests.report.fixtures import example_path

RATE = "III.benefit.rate"
OLD_AGE_RATE = "V.benefit.rate"


def _answers(store: Store, assessment: str) -> dict[str, tuple[Any, ...]]:
    return {a.question_id: (a.value, a.note) for a in store.answer_details(assessment)}


def _sync(laptop: Path, url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["--data-dir", str(laptop), "sync", "--server", url, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_two_laptops_converge_through_the_postgresql_server(
        tmp_path: Path, pg_store_url: str, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    a, b = tmp_path / "a", tmp_path / "b"
    with Store.open(a) as laptop:
        assessment = laptop.import_file(example_path("northland-all-parts"))
    code, report = _sync(a, pg_store_url, capsys)
    assert code == 0 and report["sent"] == [assessment]
    code, report = _sync(b, pg_store_url, capsys)
    assert code == 0 and report["received"] == [assessment]
    with Store.open(a) as laptop:  # both offline, on different Parts
        laptop.set_answer(assessment, RATE, 65, note="2026 reform")
    with Store.open(b) as laptop:
        laptop.set_answer(assessment, OLD_AGE_RATE, 44, note="Pension Act s. 12")
    assert _sync(a, pg_store_url, capsys)[0] == 0
    assert _sync(b, pg_store_url, capsys)[0] == 0
    code, report = _sync(a, pg_store_url, capsys)
    assert code == 0 and report["pulled"] == {assessment: 1} and not report["pushed"]
    with Store.open(a) as first, Store.open(b) as second, open_store(pg_store_url, tmp_path / "c") as server:
        answers = _answers(server, assessment)
        assert answers == _answers(first, assessment) == _answers(second, assessment)
        assert answers[RATE] == (65, "2026 reform") and answers[OLD_AGE_RATE] == (44, "Pension Act s. 12")
        assert len(server.history(assessment)) == len(first.history(assessment)) == len(second.history(assessment))
    assert _sync(a, pg_store_url, capsys)[1]["pulled"] == {}  # a sync right after another changes nothing


def test_a_sync_cut_short_leaves_the_server_whole_and_the_next_one_finishes(
        tmp_path: Path, pg_store_url: str, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    laptop_dir = tmp_path / "a"
    with Store.open(laptop_dir) as laptop:
        made = [laptop.import_file(example_path(name)) for name in ("northland-all-parts", "midland-three-parts")]

    def power_cut(_assessment: str) -> None:
        raise KeyboardInterrupt  # after the first assessment's transactions

    with Store.open(laptop_dir) as laptop, open_remote(pg_store_url, laptop_dir) as server:
        with pytest.raises(KeyboardInterrupt):
            engine.sync(laptop, server, "Ana", server=pg_store_url, after_each=power_cut)
        on_server = [a.id for a in server.list_assessments()]
        assert len(on_server) == 1 and on_server[0] in made
        assert _answers(server, on_server[0]) == _answers(laptop, on_server[0])  # whole, not half
    code, report = _sync(laptop_dir, pg_store_url, capsys)
    assert code == 0 and len(report["sent"]) == 1
    with Store.open(laptop_dir) as laptop, open_store(pg_store_url, laptop_dir) as server:
        assert sorted(a.id for a in server.list_assessments()) == sorted(made)
        for assessment in made:
            assert _answers(server, assessment) == _answers(laptop, assessment)


def test_a_server_that_is_not_prepared_is_said_in_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest) -> None:
    cluster = request.getfixturevalue("pg_cluster")
    url = cluster.create_database()
    try:
        code = main(["--data-dir", str(tmp_path / "a"), "sync", "--server", url])
    finally:
        cluster.drop_database(url.rsplit("/", 1)[1])
    captured = capsys.readouterr()
    assert code == 2 and "server init" in captured.err and "Traceback" not in captured.err
