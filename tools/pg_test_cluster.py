#!/usr/bin/env python3
"""A throw-away PostgreSQL server for the tests and for trying ``c102desk server init`` by hand.

    python tools/pg_test_cluster.py            # starts one, prints its SQLAlchemy URL, stops it on Enter/Ctrl-C
    python tools/pg_test_cluster.py -- CMD...  # runs CMD with C102DESK_PG_URL set, then stops it

The cluster lives in a temporary folder (data, unix socket, log) that is removed when it stops. PostgreSQL refuses
to run as root, so as root the server runs as a system user of its own (``c102pg``, created when missing); as any
other user it runs as that user. It listens on its unix socket and on a free TCP port of 127.0.0.1 only.

Authentication is PostgreSQL's own: the superuser (``postgres``) may connect only through the socket (trust, for
setting up); everyone else connects over TCP with a password (scram-sha-256), as an official's laptop would. The
server programs are Debian's (/usr/lib/postgresql/<version>/bin, the newest), else those on PATH.

No Python driver is needed: the set-up runs through ``psql``.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType

SERVICE_USER = "c102pg"
ROLE = "c102"  # the login role the tests (and the printed URL) use; it owns the databases it is given
DATABASE = "c102"
_SERVER_PROGRAMS = ("initdb", "pg_ctl", "postgres", "psql")
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class ClusterError(Exception):
    """The test server could not be found, started or set up; the message says why."""


def find_bin_dir() -> Path:
    """The folder of PostgreSQL's server programs: Debian's newest version, else the one on PATH."""
    def version(path: str) -> tuple[int, ...]:
        digits = Path(path).parent.name
        return tuple(int(p) for p in digits.split(".") if p.isdigit())

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for folder in candidates:
        if all((Path(folder) / program).is_file() for program in _SERVER_PROGRAMS):
            return Path(folder)
    raise ClusterError(
        "PostgreSQL's server programs (initdb, pg_ctl, postgres, psql) were not found under "
        "/usr/lib/postgresql/*/bin nor on PATH; install them (Debian: apt-get install postgresql)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _service_account() -> tuple[int, int] | None:
    """The (uid, gid) the server runs as: None to run as ourselves; as root, the ``c102pg`` system user."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        useradd = shutil.which("useradd")
        if useradd is None:
            raise ClusterError(f"PostgreSQL cannot run as root, and there is no useradd to create the "
                               f"{SERVICE_USER} user it would run as") from None
        made = subprocess.run([useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                               "--user-group", SERVICE_USER], capture_output=True, text=True, check=False)
        if made.returncode != 0 and "already exists" not in made.stderr:
            raise ClusterError(f"could not create the {SERVICE_USER} user: {made.stderr.strip()}") from None
        entry = pwd.getpwnam(SERVICE_USER)
    return entry.pw_uid, entry.pw_gid


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class PgCluster:
    """A running throw-away cluster. ``url`` is the SQLAlchemy URL of its database ``c102`` for the role ``c102``;
    ``create_database`` gives a fresh one. Use it as a context manager, or call ``stop``."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir or find_bin_dir()
        self.password = secrets.token_hex(12)
        self.root = Path(tempfile.mkdtemp(prefix="c102pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.log = self.root / "server.log"
        self.port = 0
        self._account = _service_account()
        self._running = False
        self._databases = 0

    # -- running programs as the server's user -------------------------------------------------------------
    def _run(self, program: str, *args: str, input_text: str | None = None) -> str:
        kwargs: dict[str, object] = {}
        if self._account is not None:
            kwargs.update(user=self._account[0], group=self._account[1], extra_groups=[])
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
               "HOME": str(self.root), "PGPASSFILE": os.devnull}
        done = subprocess.run([str(self.bin_dir / program), *args], cwd=self.root, env=env, input=input_text,
                              capture_output=True, text=True, check=False, timeout=120, **kwargs)  # type: ignore[call-overload]
        if done.returncode != 0:
            raise ClusterError(f"{program} failed: {(done.stderr or done.stdout).strip()}{self._log_tail()}")
        return str(done.stdout)

    def _log_tail(self) -> str:
        try:
            lines = self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-8:]
        except OSError:
            return ""
        return ("\nserver log:\n" + "\n".join(lines)) if lines else ""

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the superuser through the unix socket; returns psql's unaligned output."""
        return self._run("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", str(self.socket_dir),
                         "-p", str(self.port), "-U", "postgres", "-d", database, input_text=sql)

    # -- life cycle ------------------------------------------------------------------------------------------
    def start(self) -> PgCluster:
        self.socket_dir.mkdir()
        if self._account is not None:
            for path in (self.root, self.socket_dir):
                os.chown(path, *self._account)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--locale=C",
                  "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync")
        last_error: ClusterError | None = None
        for _attempt in range(3):  # another process may take the free port between probing and binding
            self.port = free_port()
            options = (f"-k {self.socket_dir} -h 127.0.0.1 -p {self.port} -c fsync=off -c synchronous_commit=off "
                       "-c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB")
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60",
                          "start")
            except ClusterError as exc:
                last_error = exc
                continue
            self._running = True
            break
        else:
            assert last_error is not None
            self.remove()
            raise last_error
        self.create_role(ROLE, self.password)
        self.create_database(DATABASE)
        return self

    def stop(self) -> None:
        if self._running:
            self._running = False
            # The folder goes anyway; a server left behind stops when its data folder disappears.
            with contextlib.suppress(ClusterError, subprocess.TimeoutExpired):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self.remove()

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

    # -- roles and databases ----------------------------------------------------------------------------------
    def create_role(self, name: str, password: str, *, login: bool = True) -> None:
        if not _NAME.fullmatch(name):
            raise ValueError(f"not a plain role name: {name!r}")
        kind = "LOGIN" if login else "NOLOGIN"
        self.psql(f"CREATE ROLE {name} {kind} PASSWORD {_quote_literal(password)};")

    def create_database(self, name: str | None = None, owner: str = ROLE) -> str:
        """A new, empty database owned by ``owner``; returns its URL for the role ``c102``."""
        self._databases += 1
        name = name or f"c102_test_{self._databases}"
        if not _NAME.fullmatch(name) or not _NAME.fullmatch(owner):
            raise ValueError(f"not a plain name: {name!r}, {owner!r}")
        self.psql(f"CREATE DATABASE {name} OWNER {owner} TEMPLATE template0;")
        # PostgreSQL 15 no longer lets every role create in the public schema: the owner gets it.
        self.psql(f"ALTER SCHEMA public OWNER TO {owner};", database=name)
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        if not _NAME.fullmatch(name):
            raise ValueError(f"not a plain database name: {name!r}")
        self.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE);")

    def url_for(self, database: str, role: str = ROLE, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql+psycopg://{role}:{secret}@127.0.0.1:{self.port}/{database}"

    @property
    def url(self) -> str:
        return self.url_for(DATABASE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("command", nargs=argparse.REMAINDER,
                        help="a command to run with C102DESK_PG_URL set (after --); without it, wait for Enter")
    args = parser.parse_args(argv)
    command = [part for part in args.command if part != "--"] if args.command else []
    try:
        cluster = PgCluster().start()
    except ClusterError as exc:
        print(f"pg_test_cluster: {exc}", file=sys.stderr)
        return 2
    try:
        print(cluster.url, flush=True)
        if command:
            return subprocess.run(command, env={**os.environ, "C102DESK_PG_URL": cluster.url}, check=False).returncode
        with contextlib.suppress(EOFError, KeyboardInterrupt):
            input("running; press Enter to stop and remove it\n")
        return 0
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
