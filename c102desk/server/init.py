"""``init_server``: bring a PostgreSQL database to this program's store schema, with the store's own Alembic
migrations (c102desk/store/migrations, the same scripts that upgrade a laptop's SQLite file).

It may run any number of times: an up-to-date database is left as it is. Two IT people running it at once are
serialised by an advisory lock, and the whole upgrade is one transaction (PostgreSQL's DDL is transactional):
it happens entirely or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from c102desk.server.address import parse_address, require_driver, shown
from c102desk.server.errors import NewerSchemaError
from c102desk.server.failures import server_failures
from c102desk.store import migrate

if TYPE_CHECKING:
    from sqlalchemy import Connection

# pg_advisory_xact_lock's key: "c102" in ASCII, so that it does not collide with another program's by chance.
_INIT_LOCK = 0x63313032


@dataclass(frozen=True)
class InitReport:
    """What ``init_server`` found and did."""

    address: str  # without the password
    role: str
    before: str | None  # the schema version found (None: the database had no c102desk tables)
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def describe(self) -> str:
        if not self.changed:
            return (f"{self.address}: already set up for this version of c102desk (schema {self.after}); "
                    "nothing changed")
        if self.before is None:
            return f"{self.address}: c102desk's tables created (schema {self.after}), owned by the role {self.role}"
        return f"{self.address}: c102desk's tables upgraded from schema {self.before} to {self.after}"


def init_server(url: str) -> InitReport:
    """Run the store's migrations on the server database at ``url``; raise a ``ServerError`` saying why not."""
    address = parse_address(url)
    require_driver()
    from sqlalchemy import create_engine

    engine = create_engine(address, pool_pre_ping=False, connect_args={"connect_timeout": 10})
    try:
        with server_failures(address), engine.begin() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_INIT_LOCK})")
            role = str(connection.exec_driver_sql("SELECT current_user").scalar())
            before = schema_revision(connection)
            refuse_newer(shown(address), before, " — nothing was changed")
            if before != migrate.HEAD:
                from alembic import command

                command.upgrade(migrate.alembic_config(connection), "head")
            after = schema_revision(connection)
    finally:
        engine.dispose()
    assert after is not None
    return InitReport(address=shown(address), role=role, before=before, after=after)


def schema_revision(connection: Connection) -> str | None:
    """The store schema's revision in the database (None: no c102desk tables)."""
    from sqlalchemy import inspect

    if not inspect(connection).has_table("alembic_version"):
        return None
    found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if found is None else str(found)


def refuse_newer(where: str, revision: str | None, tail: str = "") -> None:
    """``NewerSchemaError`` when the server's schema ``revision`` is one a newer c102desk made: this one must not
    touch it (a client would misread its tables, ``server init`` would "upgrade" it backwards)."""
    if revision is not None and not migrate.is_known(revision):
        raise NewerSchemaError(
            f"{where} was set up by a newer version of c102desk (schema {revision}; this one knows up to "
            f"{migrate.HEAD}); install the newer c102desk to use this server{tail}")
