"""``open_store``: c102desk's store on the team server, for a client (the app, a command): the same ``Store``
as on a laptop's file, on an engine made from the server's address.

A client never changes the server's structure: a database whose schema is not this program's (no c102desk
tables yet, older ones, or a newer c102desk's) is refused with what to do — ``c102desk server init`` is IT's
step (docs/team-server.md). The driver's refusals come as ``ServerError`` in words (``failures.py``), at
opening and in every operation after it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from c102desk.server.address import parse_address, require_driver, shown
from c102desk.server.errors import SchemaNotReadyError
from c102desk.server.failures import server_failures
from c102desk.server.init import refuse_newer, schema_revision
from c102desk.store import Store, migrate
from c102desk.store.remote import RemoteDatabase

CONNECT_TIMEOUT_S = 10


def open_store(url: str, data_dir: str | Path | None = None) -> Store:
    """The store on the PostgreSQL database at ``url`` (``postgresql://ROLE@HOST/DATABASE?…``); close it when
    done. ``data_dir``: the local folder where evidence copies are kept (default: the user data folder).
    Raises a ``ServerError`` saying why it cannot be used."""
    address = parse_address(url)
    require_driver()
    from sqlalchemy import create_engine

    # READ COMMITTED (PostgreSQL's default) with row locks where a change depends on what it read (rows.py);
    # pre-ping: a pooled connection that the network or the server dropped is replaced, not failed on.
    engine = create_engine(address, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    where = shown(address)
    try:
        with server_failures(address), engine.connect() as connection:
            revision = schema_revision(connection)
        refuse_newer(where, revision)
        if revision != migrate.HEAD:
            found = "has no c102desk tables yet" if revision is None else (
                f"has c102desk's tables of an older version (schema {revision}; this one needs {migrate.HEAD})")
            raise SchemaNotReadyError(
                f"{where} {found}; the server's administrator prepares it with: c102desk server init URL "
                "(docs/team-server.md)")
    except BaseException:
        engine.dispose()
        raise
    return Store.on_server(RemoteDatabase(engine=engine, address=where, failures=partial(server_failures, address)),
                           data_dir)
