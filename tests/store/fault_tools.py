"""Ways to make a store fail for real, shared by the store tests and the fault-injection suite (tests/faults).

Faults are produced where they happen, not imitated: another process holding SQLite's lock, a byte flipped in
the file, SQLite's own page limit (``max_page_count``: the SQLITE_FULL a full disk gives) and ``query_only``
(SQLITE_READONLY), and — where Linux namespaces are available (``unshare``) — a real read-only or full file
system and a real "permission denied" (root is refused too inside a user namespace that does not map it).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from c102desk.store.sqlite import engine

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def unshare_works(*flags: str) -> bool:
    """``unshare FLAGS true`` runs here (Linux with user namespaces allowed)."""
    tool = shutil.which("unshare")
    if tool is None or not sys.platform.startswith("linux"):
        return False
    return subprocess.run([tool, *flags, "true"], capture_output=True, check=False).returncode == 0


needs_user_namespace = pytest.mark.skipif(not unshare_works("-U"), reason="needs unshare -U (Linux user namespaces)")
needs_mount_namespace = pytest.mark.skipif(not unshare_works("-rm"), reason="needs unshare -rm (Linux namespaces)")


def c102desk_command(*args: str) -> list[str]:
    """The command line as a subprocess (the same interpreter and source)."""
    return [sys.executable, "-m", "c102desk", *args]


def run_unprivileged(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run c102desk in a user namespace without mapped ids: file permissions apply even when the tests run as
    root (the owner's own rights, not root's override)."""
    return subprocess.run(["unshare", "-U", *c102desk_command(*args)], capture_output=True, text=True,
                          timeout=timeout, check=False, env=_child_env())


def run_in_mount_namespace(script: str, *, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace (mounts made there vanish with it)."""
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True,
                          timeout=timeout, check=False, env=_child_env())


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2]) + os.pathsep + env.get("PYTHONPATH", "")
    return env


HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA locking_mode=EXCLUSIVE")
db.execute("BEGIN EXCLUSIVE")
db.execute("COMMIT")  # in exclusive locking mode the lock stays after the transaction
print("held", flush=True)
sys.stdin.read()  # until the test closes our stdin
"""


@contextmanager
def held_exclusively(database: Path) -> Iterator[None]:
    """Another process opens the store with ``PRAGMA locking_mode=EXCLUSIVE`` and keeps it."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(database)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


@contextmanager
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch, milliseconds: int = 100) -> Iterator[None]:
    """SQLite waits this long for a lock instead of 5 s (the test's patience, not the program's behaviour)."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", milliseconds)
    yield


def inject_pragma(monkeypatch: pytest.MonkeyPatch, pragma: Callable[[sqlite3.Connection], str]) -> None:
    """Every store connection opened from now on runs ``PRAGMA <pragma(connection)>`` after its settings."""
    original = engine.configure_connection

    def configured(connection: sqlite3.Connection, **options: bool) -> None:
        original(connection, **options)
        connection.execute(f"PRAGMA {pragma(connection)}")

    monkeypatch.setattr(engine, "configure_connection", configured)


def disk_full(monkeypatch: pytest.MonkeyPatch, spare_pages: int = 0) -> None:
    """From now on the store's file can grow by ``spare_pages`` pages at most: then SQLite answers SQLITE_FULL,
    as on a full disk."""
    inject_pragma(
        monkeypatch, lambda c: f"max_page_count={c.execute('PRAGMA page_count').fetchone()[0] + spare_pages}"
    )


def read_only_at_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on SQLite refuses every write with SQLITE_READONLY."""
    inject_pragma(monkeypatch, lambda _c: "query_only=ON")


def flip_index_byte(database: Path, index: str = "sqlite_autoindex_answers_1") -> None:
    """Flip one bit in the last byte of an index's root page: the page stays well formed (quick_check passes)
    while the index no longer matches its table (only integrity_check sees it)."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    content = bytearray(database.read_bytes())
    content[root * page_size - 1] ^= 0x01
    database.write_bytes(bytes(content))


def damage_pages(database: Path) -> None:
    """Overwrite the b-tree pages (after the header page) with garbage: quick_check fails."""
    content = bytearray(database.read_bytes())
    page_size = int.from_bytes(content[16:18], "big")
    content[page_size:] = b"\xa5" * (len(content) - page_size)
    database.write_bytes(bytes(content))
