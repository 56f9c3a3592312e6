"""Why a team server cannot be used, each in words a ministry's IT person acts on (no traceback, exit 2)."""

from __future__ import annotations

from c102desk.errors import C102Error


class ServerError(C102Error):
    """The team server cannot be reached or set up; the message says why and what to do."""


class DriverMissingError(ServerError):
    """The PostgreSQL driver (psycopg, the ``server`` extra) is not installed."""


class BadServerUrlError(ServerError):
    """What was given is not a PostgreSQL address."""


class CannotConnectError(ServerError):
    """No server answers at that address (down, wrong host or port, a firewall, TLS refused)."""


class AuthenticationError(ServerError):
    """The server refused the role or its password."""


class DatabaseMissingError(ServerError):
    """The server has no database of that name."""


class PermissionDeniedError(ServerError):
    """The role may connect but not create or change c102desk's tables."""


class NewerSchemaError(ServerError):
    """The database was set up by a newer c102desk than this one."""


class SchemaNotReadyError(ServerError):
    """The database has no c102desk tables yet, or older ones: IT runs ``c102desk server init`` (a client never
    changes the server's structure)."""
