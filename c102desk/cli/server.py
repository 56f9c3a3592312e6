"""``c102desk server init URL``: set up (or upgrade) a team server database (docs/team-server.md).

Errors are typed (``ServerError``, a ``C102Error``); ``cli.main`` prints them as one line on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import os
import sys

COMMANDS = ("server",)
URL_ENV = "C102DESK_SERVER_URL"  # the address without typing it (and its password) on the command line


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``server`` to the main parser."""
    server = subparsers.add_parser("server", help="set up a team server (PostgreSQL) database")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create or upgrade c102desk's tables in a PostgreSQL database (safe to run again)")
    init.add_argument("url", nargs="?", metavar="URL",
                      help=f"postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (default: ${URL_ENV}); the "
                           "password from PGPASSWORD or ~/.pgpass if not in the URL")


def dispatch(args: argparse.Namespace) -> int | None:
    """Run a server command; return None when ``args.command`` is not one of them."""
    if args.command != "server":
        return None
    from c102desk.server.errors import BadServerUrlError
    from c102desk.server.init import init_server

    url = args.url or os.environ.get(URL_ENV)
    if not url:
        raise BadServerUrlError(f"give the server's address (postgresql://ROLE@HOST/DATABASE) or set {URL_ENV}")
    report = init_server(url)
    print(report.describe(), file=sys.stdout)
    return 0
