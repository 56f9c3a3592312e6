"""PostgreSQL's refusals, told in words: which role, which database, and what the IT person can do about it.

The server's SQLSTATE decides (PostgreSQL's documented error codes, Appendix A); libpq's own sentence is kept
where it is the most precise thing to say (a host that cannot be found, a refused TLS connection).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from c102desk.server.address import shown
from c102desk.server.errors import (
    AuthenticationError,
    CannotConnectError,
    DatabaseMissingError,
    PermissionDeniedError,
    ServerError,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

_AUTHENTICATION = {"28P01", "28000"}  # invalid_password, invalid_authorization_specification
_DATABASE_MISSING = {"3D000"}  # invalid_catalog_name
_PERMISSION = {"42501"}  # insufficient_privilege


@contextmanager
def server_failures(url: URL) -> Iterator[None]:
    """Turn the driver's errors inside the block into a ``ServerError`` about ``url``."""
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except DBAPIError as exc:
        raise explain(url, exc.orig) from None


def explain(url: URL, error: BaseException | None) -> ServerError:
    state = getattr(error, "sqlstate", None)
    text = _first_line(error)
    role = url.username or "(your login name)"
    where = shown(url)
    if state in _AUTHENTICATION or "authentication failed" in text or "no password supplied" in text:
        return AuthenticationError(
            f"the server at {url.host or 'localhost'} refused the role {role}: wrong password, or the role may "
            f"not log in to {url.database} (pg_hba.conf); check the role's password with the database's "
            "administrator")
    if state in _DATABASE_MISSING or (f'database "{url.database}" does not exist' in text):
        return DatabaseMissingError(
            f"the server has no database named {url.database}; create it first (createdb, docs/team-server.md) "
            "or correct the address")
    if state in _PERMISSION or "permission denied" in text:
        return PermissionDeniedError(
            f"the role {role} may not create or change c102desk's tables in {url.database} ({text}); run "
            "'c102desk server init' as the role that owns the schema (docs/team-server.md)")
    if state is None or state.startswith("08"):  # no answer at all, or connection_exception
        return CannotConnectError(
            f"cannot connect to the server {where}: {text or 'no answer'}; check the host name and port, that "
            "PostgreSQL is running and that the network (firewall, VPN) lets this computer reach it")
    return ServerError(f"the server {where} refused the operation: {text}")


def _first_line(error: BaseException | None) -> str:
    lines = [line.strip() for line in str(error or "").splitlines() if line.strip()]
    # libpq prefixes 'connection to server at "h" (addr), port p failed:'; the reason is what follows.
    reason = lines[0] if lines else ""
    marker = "failed: "
    return reason.rsplit(marker, 1)[1] if marker in reason else reason
