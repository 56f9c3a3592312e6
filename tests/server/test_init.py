"""``init_server`` and ``c102desk server init`` against a real PostgreSQL (tests/pg_server.py)."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from c102desk.cli import server as server_commands
from c102desk.server import ServerError, init_server
from c102desk.server.errors import (
    AuthenticationError,
    BadServerUrlError,
    CannotConnectError,
    DatabaseMissingError,
    NewerSchemaError,
    PermissionDeniedError,
)
from c102desk.store import migrate


def _main(argv: list[str]) -> int:
    from c102desk.cli import main

    return main(argv)


def _tables(url: str) -> tuple[set[str], list[str]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            names = set(sa.inspect(connection).get_table_names())
            versions = [r[0] for r in connection.execute(sa.text("SELECT version_num FROM alembic_version"))]
    finally:
        engine.dispose()
    return names, versions


def test_init_creates_the_store_s_tables_and_a_second_run_changes_nothing(pg_url: str) -> None:
    first = init_server(pg_url)
    assert (first.before, first.after, first.role) == (None, migrate.HEAD, "c102")
    assert "created" in first.describe() and "***" in first.describe()
    names, versions = _tables(pg_url)
    assert {"assessments", "answers", "answer_history", "evidence_files", "review_events"} <= names
    assert versions == [migrate.HEAD]

    again = init_server(pg_url)
    assert not again.changed and "nothing changed" in again.describe()
    assert _tables(pg_url) == (names, versions)


def test_the_command_prints_what_it_did_and_runs_twice(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _main(["server", "init", pg_url.replace("postgresql+psycopg://", "postgresql://")]) == 0
    assert _main(["server", "init", pg_url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "created" in out[0] and "nothing changed" in out[1]
    assert all(pg_url.split(":")[2].split("@")[0] not in line for line in out)  # the password is not shown


def test_a_wrong_password_exits_2_with_a_sentence(pg_cluster: Any, pg_url: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    wrong = pg_cluster.url_for(pg_url.rsplit("/", 1)[1], password="not-the-password")
    assert _main(["server", "init", wrong]) == 2
    err = capsys.readouterr().err
    assert err.startswith("c102desk: the server at 127.0.0.1 refused the role c102: wrong password")
    assert "Traceback" not in err and "not-the-password" not in err
    assert _tables_or_none(pg_url) is None  # nothing was created
    with pytest.raises(AuthenticationError):
        init_server(wrong)


def _tables_or_none(url: str) -> set[str] | None:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return set(sa.inspect(connection).get_table_names()) or None
    finally:
        engine.dispose()


def test_a_missing_database_is_named(pg_cluster: Any) -> None:
    with pytest.raises(DatabaseMissingError, match="no database named no_such_db"):
        init_server(pg_cluster.url_for("no_such_db"))


def test_a_role_without_the_right_to_create_tables_is_told_so(pg_cluster: Any, pg_url: str) -> None:
    pg_cluster.psql("DO $$ BEGIN CREATE ROLE c102_reader LOGIN PASSWORD 'reader'; "
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$;")
    database = pg_url.rsplit("/", 1)[1]
    with pytest.raises(PermissionDeniedError, match="the role c102_reader may not create"):
        init_server(pg_cluster.url_for(database, role="c102_reader", password="reader"))
    assert _tables_or_none(pg_url) is None


def test_a_database_of_a_newer_program_is_left_alone(pg_url: str) -> None:
    init_server(pg_url)
    engine = sa.create_engine(pg_url)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("UPDATE alembic_version SET version_num = 'r9999'"))
    finally:
        engine.dispose()
    with pytest.raises(NewerSchemaError, match="newer version of c102desk"):
        init_server(pg_url)
    assert _tables(pg_url)[1] == ["r9999"]


def test_nothing_answering_is_a_connection_problem(pg_cluster: Any) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        url = f"postgresql://c102:x@127.0.0.1:{probe.getsockname()[1]}/c102"
    with pytest.raises(CannotConnectError, match=r"cannot connect to the server .*check the host name and port"):
        init_server(url)


@pytest.mark.parametrize("url", ["mysql://a@b/c", "not an address", "postgresql://role@host"])
def test_what_is_not_a_postgresql_address_is_refused_before_connecting(url: str) -> None:
    with pytest.raises(BadServerUrlError):
        init_server(url)


def test_no_address_at_all_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(server_commands.URL_ENV, raising=False)
    assert _main(["server", "init"]) == 2
    assert "give the server's address" in capsys.readouterr().err


def test_without_the_driver_it_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *rest: None if name == "psycopg" else real(name, *rest))
    with pytest.raises(ServerError, match=r'pip install "c102desk\[server\]"'):
        init_server("postgresql://c102@127.0.0.1/c102")
