"""Which assessments changed since the last incremental backup: a list SQLite keeps itself, with triggers.

Why: without it, a backup found the changed assessments by reading every assessment's row and comparing it
with the newest generation — O(assessments) at every close (~150 ms for 10,000, docs/performance.md §11), and
blind to changes that leave the assessment's row alone (a review comment). With it, a backup reads the few rows
that changed (increments.py).

- ``backup_changes`` (seq, assessment_id): one row per assessment changed since the backup recorded in
  ``backup_state``. A trigger on every table that holds an assessment's rows (the ``assessments`` table, and
  every table with an ``assessment_id`` column: answers, history, evidence, links, review, merge decisions, and
  whatever a later schema adds) writes the row again on each insert, update or delete, with a new ``seq``
  (AUTOINCREMENT: never reused), so a change made while a backup runs has a higher ``seq`` than anything that
  backup saw, and is not cleared by it (``record``).
- ``backup_state`` (one row): the name of the generation that, with the listed changes, gives the store's
  content now (None: unknown — the next backup compares every row instead, as before this list existed).

These are not the store's data and not part of its Alembic schema: they exist only in the local SQLite file,
where backups are taken (a team server has none), are made at every writable open when missing (``ensure`` —
so that a migration rebuilding a table, which drops its triggers, or an older c102desk that knew nothing of
them, cannot leave a table untracked), and an older c102desk that opens the store is not refused by them (its
writes still fire the triggers). A store whose triggers are incomplete is not trusted: ``read`` says so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from c102desk.store.sqlite.engine import Access, connect

CHANGES = "backup_changes"
STATE = "backup_state"
TABLES = (CHANGES, STATE)
TRIGGER_PREFIX = "backup_changes_"
OWNER_COLUMN = "assessment_id"
# Tables that are not an assessment's and not tracked: Alembic's and this module's own.
UNTRACKED = ("alembic_version", *TABLES)

_DDL = (
    f"CREATE TABLE IF NOT EXISTS {CHANGES} (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
    f"assessment_id TEXT NOT NULL UNIQUE)",
    f"CREATE TABLE IF NOT EXISTS {STATE} (id INTEGER PRIMARY KEY CHECK (id = 1), generation TEXT)",
    f"INSERT OR IGNORE INTO {STATE} (id, generation) VALUES (1, NULL)",
)


@dataclass(frozen=True)
class Changes:
    """What the list says, read in the backup's own transaction."""

    tracked: bool  # the tables and every trigger are there: the list can be believed
    generation: str | None  # the generation the list counts from (None: unknown)
    assessment_ids: frozenset[str]  # changed since that generation (added, changed or removed)
    last_seq: int  # the highest ``seq`` read: ``record`` clears up to it


def owned_tables(db: sqlite3.Connection) -> dict[str, str]:
    """``{table: column naming its assessment}``: ``assessments`` (its ``id``) and every table with an
    ``assessment_id`` column — found in the schema, so that a table a later version adds is backed up and
    tracked without anyone having to remember it here."""
    rows = db.execute(
        "SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
        "WHERE m.type = 'table' AND c.name = ? AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name",
        (OWNER_COLUMN,)).fetchall()
    found = {"assessments": "id"}
    found.update({str(name): OWNER_COLUMN for (name,) in rows if name not in UNTRACKED})
    return found


def _trigger_names(table: str) -> dict[str, str]:
    return {event: f"{TRIGGER_PREFIX}{table}_{event.lower()}" for event in ("INSERT", "UPDATE", "DELETE")}


def _expected_triggers(db: sqlite3.Connection) -> set[str]:
    return {name for table in owned_tables(db) for name in _trigger_names(table).values()}


def _present_triggers(db: sqlite3.Connection) -> set[str]:
    return {str(name) for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\'",
        (TRIGGER_PREFIX.replace("_", "\\_") + "%",))}


def _has_tables(db: sqlite3.Connection) -> bool:
    found = {str(name) for (name,) in db.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('{CHANGES}', '{STATE}')")}
    return found == set(TABLES)


def ensure(db: sqlite3.Connection) -> bool:
    """Make the tables and triggers that are missing (one write transaction, only when something is missing),
    and then count from no generation. Returns whether anything was made. ``db`` is a writable connection
    outside a transaction."""
    if _has_tables(db) and _expected_triggers(db) <= _present_triggers(db):
        return False
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in _DDL:
            db.execute(statement)
        # Whatever was written while a trigger was missing is not listed: the next backup compares every row.
        db.execute(f"UPDATE {STATE} SET generation = NULL WHERE id = 1")
        for table, column in owned_tables(db).items():
            names = _trigger_names(table)
            mark = f"INSERT OR REPLACE INTO {CHANGES} (assessment_id) VALUES"
            db.execute(f"CREATE TRIGGER IF NOT EXISTS {names['INSERT']} AFTER INSERT ON {table} "
                       f"BEGIN {mark} (NEW.{column}); END")
            db.execute(f"CREATE TRIGGER IF NOT EXISTS {names['UPDATE']} AFTER UPDATE ON {table} "
                       f"BEGIN {mark} (NEW.{column}); INSERT OR REPLACE INTO {CHANGES} (assessment_id) "
                       f"SELECT OLD.{column} WHERE OLD.{column} IS NOT NEW.{column}; END")
            db.execute(f"CREATE TRIGGER IF NOT EXISTS {names['DELETE']} AFTER DELETE ON {table} "
                       f"BEGIN {mark} (OLD.{column}); END")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return True


def ensure_in(database: Path) -> None:
    """``ensure`` on the store file (at a writable open). Never fails the open: a store busy for longer than the
    busy timeout, or on a disk full now, is left as it is — its backups compare every row until a later open
    makes what is missing."""
    try:
        db = connect(database, Access.WRITE)
    except sqlite3.Error:
        return  # the open itself says what is wrong with the file
    try:
        ensure(db)
    except sqlite3.Error as exc:
        import logging  # only on this rare path

        logging.getLogger(__name__).warning("the list of changes for backups could not be made (%s)", exc)
    finally:
        db.close()


def read(db: sqlite3.Connection) -> Changes:
    """The list as the backup's transaction sees it (call inside it)."""
    if not _has_tables(db):
        return Changes(False, None, frozenset(), 0)
    tracked = _expected_triggers(db) <= _present_triggers(db)
    state = db.execute(f"SELECT generation FROM {STATE} WHERE id = 1").fetchone()
    rows = db.execute(f"SELECT seq, assessment_id FROM {CHANGES}").fetchall()
    return Changes(tracked, state[0] if state else None, frozenset(str(r[1]) for r in rows),
                   max((int(r[0]) for r in rows), default=0))


def record(db: sqlite3.Connection, seen: Changes, generation: str) -> bool:
    """After ``generation`` was written from what ``seen`` listed: name it as the one the list counts from, and
    clear what it holds — only if no other backup recorded its own meanwhile (then the list is left to count
    from that one, which is as good). One write transaction; returns whether it was recorded."""
    db.execute("BEGIN IMMEDIATE")
    try:
        moved = db.execute(f"UPDATE {STATE} SET generation = ? WHERE id = 1 AND generation IS ?",
                           (generation, seen.generation)).rowcount
        if moved:
            db.execute(f"DELETE FROM {CHANGES} WHERE seq <= ?", (seen.last_seq,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return bool(moved)


def restart(db: sqlite3.Connection, generation: str | None) -> None:
    """The store now holds exactly ``generation`` (a store just rebuilt from it): nothing changed since.
    Inside the caller's transaction."""
    db.execute(f"DELETE FROM {CHANGES}")
    db.execute(f"UPDATE {STATE} SET generation = ? WHERE id = 1", (generation,))
