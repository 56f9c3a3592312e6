"""The server tests use the PostgreSQL test server of tests/pg_server.py."""

pytest_plugins = ["tests.pg_server"]
