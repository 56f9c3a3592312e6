"""A fresh store per test, in a temporary data folder, built by the production code path."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from c102desk.store import Store
from c102desk.store.paths import store_file


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    try:
        yield opened
    finally:
        opened.close()


def dump_tables(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the store, to compare before and after an operation."""
    connection = sqlite3.connect(f"{store_file(data_dir).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        connection.close()


# The PostgreSQL test server (imported, not ``pytest_plugins``: pytest accepts that only in the top-level conftest).
from tests.pg_server import pg_cluster, pg_url  # noqa: E402

__all__ = ["any_store", "data_dir", "dump_tables", "pg_cluster", "pg_url", "store"]


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Store]:
    """An open store on each backend: the local SQLite file, and a fresh PostgreSQL database prepared by
    ``server init`` (the server's tests skip where no server can start, fail under C102DESK_TEST_PG=required).
    Evidence copies go to ``data_dir`` for both."""
    if request.param == "sqlite":
        opened = Store.open(data_dir)
    else:
        from c102desk.server import init_server, open_store

        url = request.getfixturevalue("pg_url")
        init_server(url)
        opened = open_store(url, data_dir)
    try:
        yield opened
    finally:
        opened.close()
