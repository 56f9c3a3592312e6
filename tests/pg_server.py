"""A real PostgreSQL server for the tests that need one (tools/pg_test_cluster.py), started once per session.

``pg_cluster`` is the running cluster; ``pg_url`` a fresh, empty database for one test (owned by the test role);
``pg_store_url`` a fresh database as ``c102desk server init`` leaves it.
Where no server can start, those tests skip with the reason — except under ``C102DESK_TEST_PG=required`` (set by
.ci/run), where they fail: CI must not pass by skipping the server."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_TOOLS = str(Path(__file__).resolve().parent.parent / "tools")
sys.path.insert(0, _TOOLS)
try:
    import pg_test_cluster as pg_test_cluster  # re-exported: the tests reach the tool through here
finally:
    sys.path.remove(_TOOLS)

REQUIRED_ENV = "C102DESK_TEST_PG"


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRED_ENV) == "required":
        pytest.fail(f"the PostgreSQL test server is required ({REQUIRED_ENV}=required) but: {reason}",
                    pytrace=False)
    pytest.skip(f"no PostgreSQL test server: {reason}")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg_test_cluster.PgCluster]:
    try:
        import psycopg  # noqa: F401  (the driver c102desk[server] brings)
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install c102desk[server])")
    try:
        cluster = pg_test_cluster.PgCluster().start()
    except (pg_test_cluster.ClusterError, OSError) as exc:
        _unavailable(str(exc))
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: pg_test_cluster.PgCluster) -> Iterator[str]:
    """The SQLAlchemy URL of a new, empty database, dropped after the test."""
    url = pg_cluster.create_database()
    try:
        yield url
    finally:
        pg_cluster.drop_database(url.rsplit("/", 1)[1])


_STORE_TEMPLATE = "c102_store_template"
_store_databases = itertools.count(1)


@pytest.fixture(scope="session")
def pg_store_template(pg_cluster: pg_test_cluster.PgCluster) -> str:
    """A database prepared by ``server init`` once in the session, for ``pg_store_url`` to copy."""
    from c102desk.server import init_server

    init_server(pg_cluster.create_database(_STORE_TEMPLATE))
    return _STORE_TEMPLATE


@pytest.fixture
def pg_store_url(pg_cluster: pg_test_cluster.PgCluster, pg_store_template: str) -> Iterator[str]:
    """The URL of a new database as ``server init`` leaves it, dropped after the test: a copy of one prepared
    once (PostgreSQL's CREATE DATABASE … TEMPLATE), several times faster than running the migrations per test."""
    name = f"c102_store_{next(_store_databases)}"
    pg_cluster.psql(f"CREATE DATABASE {name} TEMPLATE {pg_store_template} OWNER {pg_test_cluster.ROLE};")
    try:
        yield pg_cluster.url_for(name)
    finally:
        pg_cluster.drop_database(name)
