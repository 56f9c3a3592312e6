"""A fresh store per test, in a temporary data folder, built by the production code path; on the local SQLite
file, or on each backend in turn (``any_store``, modules marked ``both_backends``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from c102desk.store import Store
from c102desk.store.paths import store_file
from c102desk.store.sqlite import change_log

# The PostgreSQL test server (imported, not ``pytest_plugins``: pytest accepts that only in the top-level conftest).
from tests.pg_server import pg_cluster, pg_store_template, pg_store_url, pg_url


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


# The backends a module marked ``both_backends`` runs its ``store`` tests on.
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_backends: the module's ``store`` is each backend in turn "
                                       "(the local SQLite file, a PostgreSQL server)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("store", BACKENDS, indirect=True)


@pytest.fixture
def store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Store]:
    """A store in ``data_dir``: the local SQLite file, or in a module marked ``both_backends`` each backend."""
    yield from _opened(request, data_dir, getattr(request, "param", "sqlite"))


def dump_tables(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the store, to compare before and after an operation — not the list of changes
    its backups keep (change_log.py: it tells what changed since a backup, not what the store holds)."""
    connection = sqlite3.connect(f"{store_file(data_dir).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
                  if r[0] not in (*change_log.TABLES, "sqlite_sequence")]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        connection.close()

__all__ = ["any_store", "data_dir", "dump_store", "dump_tables", "pg_cluster", "pg_store_template", "pg_store_url",
           "pg_url", "store"]



@pytest.fixture(params=BACKENDS)
def any_store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Store]:
    """An open store on each backend: the local SQLite file, and a fresh PostgreSQL database as ``server init``
    leaves it (``pg_store_url``; the server's tests skip where no server can start, fail under
    C102DESK_TEST_PG=required).
    Evidence copies go to ``data_dir`` for both."""
    yield from _opened(request, data_dir, request.param)


def _opened(request: pytest.FixtureRequest, data_dir: Path, backend: str) -> Iterator[Store]:
    if backend == "sqlite":
        opened = Store.open(data_dir)
    else:
        from c102desk.server import open_store

        opened = open_store(request.getfixturevalue("pg_store_url"), data_dir)
    try:
        yield opened
    finally:
        opened.close()


def dump_store(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """``dump_tables`` of an open store on either backend (on a server: its tables as SQLAlchemy reflects them)."""
    if store.remote is None:
        return dump_tables(store.folder)
    from sqlalchemy import MetaData, select

    metadata = MetaData()
    with store.remote.engine.connect() as connection:
        metadata.reflect(connection)
        return {name: sorted((tuple(row) for row in connection.execute(select(table))), key=repr)
                for name, table in sorted(metadata.tables.items())}
