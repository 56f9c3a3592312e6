"""SQLAlchemy engine for the store: WAL, synchronous=FULL, foreign keys, BEGIN IMMEDIATE.

Recipe and reasons: ecosystem-notes.md §6. ``synchronous=FULL`` makes every COMMIT durable on disk, which is
what "every answer saved at once" promises; WAL keeps readers and the single writer out of each other's way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 5000


def make_engine(database: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on ``database``. ``foreign_keys=False`` is only for migrations (batch table rebuilds)."""
    # SQLAlchemy here, not at the top: the start-up path needs only ``configure_connection`` (docs/performance.md).
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"sqlite:///{database}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        configure_connection(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Take the write lock up front, so a transaction never fails half-way on a lock upgrade.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def configure_connection(connection: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    """Per-connection settings; they must be set outside any transaction."""
    connection.isolation_level = None  # pysqlite must not emit its own BEGIN/COMMIT
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()
