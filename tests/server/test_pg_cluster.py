"""The throw-away test server itself: it runs, as a non-root user, and each test gets its own empty database."""

from __future__ import annotations

import os
from typing import Any

import pytest
import sqlalchemy as sa


def test_a_fresh_database_is_empty_and_owned_by_the_test_role(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as connection:
            user, database = connection.execute(sa.text("SELECT current_user, current_database()")).one()
            owner = connection.execute(sa.text(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")).scalar()
            assert sa.inspect(connection).get_table_names() == []
    finally:
        engine.dispose()
    assert (user, owner) == ("c102", "c102")
    assert database == pg_url.rsplit("/", 1)[1]


def test_the_server_does_not_run_as_root(pg_cluster: Any) -> None:
    assert pg_cluster.psql("SELECT 1;").strip() == "1"
    pid_line = (pg_cluster.data / "postmaster.pid").read_text().splitlines()[0]
    assert os.stat(f"/proc/{pid_line}").st_uid != 0


def test_a_server_that_cannot_start_skips_here_and_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests import pg_server

    monkeypatch.delenv(pg_server.REQUIRED_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL test server: initdb failed"):
        pg_server._unavailable("initdb failed")
    monkeypatch.setenv(pg_server.REQUIRED_ENV, "required")
    with pytest.raises(pytest.fail.Exception, match=r"is required .* but: initdb failed"):
        pg_server._unavailable("initdb failed")


def test_missing_server_programs_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import glob
    import shutil

    from tests.pg_server import pg_test_cluster

    monkeypatch.setattr(glob, "glob", lambda pattern: [])
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pg_test_cluster.ClusterError, match=r"not found under /usr/lib/postgresql/\*/bin"):
        pg_test_cluster.find_bin_dir()
