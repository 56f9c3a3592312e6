"""Alembic environment. c102desk runs migrations itself (``c102desk.store.migrate``), handing over an open
connection with foreign keys OFF (c102desk.server.init hands over a PostgreSQL one); developers may also run
``alembic`` with ``-x url=sqlite:///file`` or ``-x url=postgresql+psycopg://…`` for autogenerate. Batch mode is on
because SQLite rebuilds a table for most ALTERs; on PostgreSQL a batch is plain ALTER TABLE statements, so the
same scripts run on both (tests/server/test_migrations_pg.py)."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from c102desk.store.models import Base
from c102desk.store.sqlite.engine import make_engine


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True)["url"]
    if not url.startswith("sqlite:"):
        from sqlalchemy import create_engine

        server = create_engine(url)
        try:
            with server.begin() as server_connection:
                _run(server_connection)
        finally:
            server.dispose()
        return
    engine = make_engine(Path(url.removeprefix("sqlite:///")), foreign_keys=False)
    with engine.connect() as developer_connection:
        _run(developer_connection)


# Alembic loads this file under a generated module name; importing it as a module (as the no-Qt test does)
# must not run anything.
if __name__ != "c102desk.store.migrations.env":
    run_migrations_online()
