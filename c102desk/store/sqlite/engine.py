"""SQLite connections and SQLAlchemy's engine for the store: WAL, synchronous=FULL, foreign keys, BEGIN IMMEDIATE.

Recipe and reasons: ecosystem-notes.md §6. ``synchronous=FULL`` makes every COMMIT durable on disk, which is
what "every answer saved at once" promises; WAL keeps readers and the single writer out of each other's way.
Writes take the write lock up front (``BEGIN IMMEDIATE``); reads begin deferred and never take it.

A read-only store (the file, its folder or its disk) is opened read-only: through ``mode=ro`` when SQLite can
keep its shared-memory index beside it, else as ``immutable`` (SQLite then reads the file as it is: allowed only
when no write-ahead journal is waiting beside it, see ``read_access``).
"""

from __future__ import annotations

import os
import sqlite3
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 5000

# Execution option of the engine's read sessions: their transaction begins deferred (no write lock).
DEFERRED = "c102desk_deferred"


class Access(Enum):
    WRITE = "rw"
    READ = "ro"  # read-only; SQLite may still create the -wal/-shm files beside it
    FROZEN = "immutable"  # read-only folder or disk: nothing can be created beside the file


def read_access(database: Path) -> Access:
    """How to open a store that cannot be written: ``READ`` if its folder takes the -shm file (or a journal is
    waiting, which ``immutable`` would skip), else ``FROZEN``."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return Access.READ
    return Access.READ if os.access(database.parent, os.W_OK) else Access.FROZEN


def connect(database: Path, access: Access = Access.WRITE, *, check_same_thread: bool = True,
            foreign_keys: bool = True) -> sqlite3.Connection:
    """One configured connection to the store file."""
    if access is Access.WRITE:
        connection = sqlite3.connect(database, isolation_level=None, check_same_thread=check_same_thread)
    else:
        uri = f"{database.resolve().as_uri()}?mode=ro" + ("&immutable=1" if access is Access.FROZEN else "")
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=check_same_thread)
    try:
        configure_connection(connection, foreign_keys=foreign_keys, writable=access is Access.WRITE)
    except BaseException:
        connection.close()
        raise
    return connection


def make_engine(database: Path, *, foreign_keys: bool = True, access: Access = Access.WRITE) -> Engine:
    """An engine on ``database``. ``foreign_keys=False`` is only for migrations (batch table rebuilds)."""
    # SQLAlchemy here, not at the top: the start-up path needs only ``connect`` (docs/performance.md).
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        "sqlite://", poolclass=NullPool,
        creator=lambda: connect(database, access, check_same_thread=False, foreign_keys=foreign_keys),
    )

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if access is not Access.WRITE or connection.get_execution_options().get(DEFERRED):
            connection.exec_driver_sql("BEGIN")  # a read: one consistent snapshot, no write lock
        else:
            # Take the write lock up front, so a transaction never fails half-way on a lock upgrade.
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def configure_connection(connection: sqlite3.Connection, *, foreign_keys: bool = True, writable: bool = True) -> None:
    """Per-connection settings; they must be set outside any transaction."""
    connection.isolation_level = None  # pysqlite must not emit its own BEGIN/COMMIT
    cursor = connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: setting the journal mode may wait
        if writable:
            cursor.execute("PRAGMA journal_mode=WAL")  # persistent in the file: not set again on a read-only one
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    finally:
        cursor.close()
