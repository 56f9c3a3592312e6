"""The team server: c102desk's store on PostgreSQL (docs/team-server.md). Qt-free.

``init_server(url)`` brings a server database to this program's schema; ``c102desk server init URL`` runs it;
``open_store(url)`` opens the store on it for a client.
Authentication and permissions are PostgreSQL's own roles — nothing here keeps users or passwords.
"""

from c102desk.server.errors import ServerError
from c102desk.server.init import InitReport, init_server
from c102desk.server.store import open_store

__all__ = ["InitReport", "ServerError", "init_server", "open_store"]
