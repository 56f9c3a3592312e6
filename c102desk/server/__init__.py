"""The team server: c102desk's store on PostgreSQL (docs/team-server.md). Qt-free.

``init_server(url)`` brings a server database to this program's schema; ``c102desk server init URL`` runs it.
Authentication and permissions are PostgreSQL's own roles — nothing here keeps users or passwords.
"""

from c102desk.server.errors import ServerError
from c102desk.server.init import InitReport, init_server

__all__ = ["InitReport", "ServerError", "init_server"]
