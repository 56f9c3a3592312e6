"""A team server's address: a SQLAlchemy URL such as ``postgresql://ROLE@HOST/DATABASE?sslmode=verify-full``.

``postgresql://`` (as PostgreSQL's own tools write it) means the psycopg 3 driver, the one ``c102desk[server]``
installs. The password may be in the URL, in ``PGPASSWORD`` or in ``~/.pgpass`` (libpq reads them); it is never
shown back.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

from c102desk.server.errors import BadServerUrlError, DriverMissingError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

DRIVER = "postgresql+psycopg"
_EXAMPLE = "postgresql://ROLE@HOST/DATABASE?sslmode=verify-full"


def parse_address(text: str) -> URL:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError):
        # Not echoed: it may hold a password.
        raise BadServerUrlError(f"that is not a server address; it is written like {_EXAMPLE}") from None
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        url = url.set(drivername=DRIVER)
    else:
        raise BadServerUrlError(f"the team server is a PostgreSQL database, written like {_EXAMPLE} "
                                f"(not {url.drivername}://)")
    if not url.database:
        raise BadServerUrlError(f"the address names no database; it is written like {_EXAMPLE}")
    return url


def shown(url: URL) -> str:
    """The address as it may be printed: without the password, as PostgreSQL's own tools write it."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def require_driver() -> None:
    if importlib.util.find_spec("psycopg") is None:
        raise DriverMissingError("the PostgreSQL driver is not installed; install it with "
                                 "pip install \"c102desk[server]\" (it adds psycopg)")
