"""Bring a store file to the current schema with Alembic, configured in code (no alembic.ini).

Migrations run on their own connection with foreign keys OFF: batch migrations rebuild tables (create new,
copy, drop old, rename), and with foreign keys ON dropping the old table would cascade into child rows
(ecosystem-notes.md §6). SQLite's ``foreign_key_check`` runs before the commit; a violation rolls it all back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from c102desk.store.errors import StoreError
from c102desk.store.sqlite import integrity
from c102desk.store.sqlite.engine import Access, make_engine

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The revisions, oldest first, known without importing Alembic (slow to import) so that opening an up-to-date
# store stays fast; a test checks them against the scripts.
REVISIONS = ("r0001", "r0002", "r0003", "r0004", "r0005")
HEAD = REVISIONS[-1]


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Path, access: Access = Access.WRITE) -> str | None:
    """The schema revision of the store file (None for a new, empty file). A busy, read-only or unreadable
    file raises its typed error (it is not mistaken for a new one)."""
    from c102desk.store.sqlite import plain_reads

    return plain_reads.schema_revision(database, access)


def is_known(revision: str | None) -> bool:
    """A revision this program can read (itself or older), after upgrading it."""
    return revision in REVISIONS


def upgrade(database: Path, target: str = "head") -> None:
    """Upgrade ``database`` to ``target`` in one transaction, checking foreign keys before committing."""
    from alembic import command
    from sqlalchemy import event

    engine = make_engine(database, foreign_keys=False)

    @event.listens_for(engine, "commit")
    def _check_foreign_keys(connection: Connection) -> None:
        broken = integrity.broken_links(connection)
        if broken:
            raise StoreError(f"the store upgrade would break {broken} links between records; nothing changed")

    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), target)
    finally:
        engine.dispose()


def needs_upgrade(database: Path, access: Access = Access.WRITE) -> bool:
    return current_revision(database, access) != HEAD
