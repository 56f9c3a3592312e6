"""The server tests use the PostgreSQL test server of tests/pg_server.py (imported, not ``pytest_plugins``:
pytest accepts that only in the top-level conftest)."""

from tests.pg_server import pg_cluster, pg_url

__all__ = ["pg_cluster", "pg_url"]
