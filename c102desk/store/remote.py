"""A store on a database server (the team server, docs/team-server.md) rather than a local SQLite file.

``Store.on_server`` takes it, made by ``c102desk.server.open_store`` (which knows PostgreSQL: the address, the
driver, its refusals in words, the schema check). The store runs the same dialect-neutral SQLAlchemy on its
engine and leaves out what only SQLite has (``sqlite/``): PRAGMAs, integrity checks, backups — the server's
own backups are its IT's job.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True)
class RemoteDatabase:
    """A team store's database on a server, ready for the store."""

    engine: Engine  # its schema checked at the current revision; the store disposes of it at closing
    address: str  # as it may be shown (no password)
    # Turns the driver's errors inside the block into the server's errors in words.
    failures: Callable[[], AbstractContextManager[None]]
