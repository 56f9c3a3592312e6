"""Bring a store file to the current schema with Alembic, configured in code (no alembic.ini).

Migrations run on their own connection with foreign keys OFF: batch migrations rebuild tables (create new,
copy, drop old, rename), and with foreign keys ON dropping the old table would cascade into child rows
(ecosystem-notes.md §6). ``PRAGMA foreign_key_check`` runs before the commit; a violation rolls it all back.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, event

from c102desk.store.engine import make_engine
from c102desk.store.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Path) -> str | None:
    engine = make_engine(database, foreign_keys=False)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def upgrade(database: Path, target: str = "head") -> None:
    """Upgrade ``database`` to ``target`` in one transaction, checking foreign keys before committing."""
    engine = make_engine(database, foreign_keys=False)

    @event.listens_for(engine, "commit")
    def _check_foreign_keys(connection: Connection) -> None:
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise StoreError(f"the store upgrade would break {len(problems)} links between records; nothing changed")

    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), target)
    finally:
        engine.dispose()


def needs_upgrade(database: Path) -> bool:
    return current_revision(database) != head_revision()
