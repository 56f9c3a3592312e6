"""The team store named by a URL, opened for a sync.

``open_remote`` is the one place that turns the address into a ``Store``: the PostgreSQL team server
(docs/team-server.md; ``c102desk.server.open_store``, its schema checked, its refusals in words), or a
``sqlite:///`` address of another c102desk data folder (a team store on a local disk: one office's computer).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from c102desk.server.errors import BadServerUrlError, CannotConnectError

if TYPE_CHECKING:
    from c102desk.store import Store

POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def open_remote(url: str, data_dir: str | Path | None = None) -> Store:
    """The team store at ``url``; a ``ServerError`` (plain words) when there is none or it cannot be used. A
    data folder must already hold a store, and a server must have been prepared by ``server init``: a sync never
    starts an empty team store by mistake. ``data_dir``: the laptop's folder (a server store keeps evidence
    copies there; the server itself holds only their records)."""
    from c102desk.store import Store, paths

    given = url.strip()
    scheme = urlsplit(given).scheme.lower()
    if scheme in POSTGRES_SCHEMES:
        from c102desk.server import open_store

        return open_store(given, data_dir)
    if scheme != "sqlite" or not given.lower().startswith("sqlite:///"):
        raise BadServerUrlError(
            f"{_shown(given)}: not a team store address; give postgresql://ROLE@HOST/DATABASE, or "
            "sqlite:////path/to/data-folder for a team store kept in a c102desk data folder")
    folder = Path(unquote(given[len("sqlite:///"):]))
    if not folder.is_dir() or not paths.store_file(folder).is_file():
        raise CannotConnectError(f"{folder}: there is no c102desk team store in this folder; nothing was changed")
    return Store.open(folder)


def _shown(url: str) -> str:
    """The address without a password, as it may be said on screen and in logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return parts._replace(netloc=f"{user}{host}{port}").geturl()
