"""The benchmark's team_server part runs clients against a real PostgreSQL server (tests/pg_server.py) and checks
the end state; without a server it is skipped with a note. No timing is asserted."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from c102desk.bench import team_server
from c102desk.bench.__main__ import main, run
from c102desk.server import open_store
from tests.pg_server import pg_cluster, pg_store_template, pg_store_url  # noqa: F401


@pytest.mark.slow
def test_two_clients_save_and_sync_with_nothing_lost(tmp_path: Path, pg_store_url: str) -> None:  # noqa: F811
    figures = {f.id: f for f in team_server.under_load(team_server.Load(pg_store_url, 2, 2.0), tmp_path)}
    assert figures["team_lost"].value == 0 and figures["team_lost"].passed is True, figures["team_lost"].note
    assert figures["team_duplicated"].value == 0 and figures["team_deadlocks"].value == 0
    assert figures["team_failures"].passed is True, figures["team_failures"].note
    details = figures["team_save_p50"].details
    assert details["server_saves"] > 0 and details["syncs"] >= 2 and details["saves_done"] > details["server_saves"]
    assert figures["team_save_p99"].value is not None and figures["team_sync_p99"].value is not None
    with open_store(pg_store_url, tmp_path / "look") as server:  # the saves checked are really there
        assessments = server.list_assessments()
        assert len(assessments) == team_server.ASSESSMENTS
        rows = sum(len(server.history(a.id)) for a in assessments)
    assert rows == details["saves_done"]


def test_without_a_server_the_part_is_skipped_with_a_note(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    results = run(quick=True, only=["team_server"])
    assert results["figures"] == [] and "no --server URL" in str(results["skipped"])
    out = tmp_path / "bench.json"
    assert main(["--only", "team_server", "--json", str(out)]) == 0
    assert "skipped" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["skipped"]


def test_a_value_changes_at_every_save_and_stays_in_range() -> None:
    values = [team_server.value_for(3, 100, save) for save in range(1, 300)]
    assert all(3 <= v <= 100 for v in values) and all(a != b for a, b in itertools.pairwise(values))
