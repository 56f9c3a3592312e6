"""Incremental backups of a big store: each assessment as its own checked file, written again only when the
assessment changed; a *generation* (one backup, as ``backups.list_backups`` lists it) is a small manifest that,
with the *index* it counts from, names for every assessment in the store at that moment the file that holds it.

Why not copies of the whole file: on a store of 10,000 assessments (~1 GB) each copy took seconds and ten of
them ten times the store's room on disk; SQLite's backup API has no "pages changed since" (it copies all).
Here a backup costs what changed: the store lists the assessments changed since the last generation
(change_log.py, triggers), the backup dumps those and writes a manifest naming only the changes since its
index. Its room on disk is one compressed dump of each assessment (~10 times smaller than its rows with their
indexes) plus the versions that the kept generations still name (docs/reliability.md, "Backups").

- An assessment's file (``objects/ab/<sha256>.json.gz``) holds its rows of every table that belongs to it
  (the assessment, its answers, history, evidence records and links, review, merge decisions: every table
  with an ``assessment_id`` column), column by column as the store has them, so that bringing it back gives
  the very same rows (history ids included). Its name is the SHA-256 of its bytes: a file that does not match
  its name is damaged, and equal dumps are one file.
- An index (``objects/indexes/<sha256>.index.gz``, named by its bytes as well) names every assessment's file
  at one moment: ``{id: [fingerprint, file]}``.
- The manifest (``c102desk-<time>-<reason>.c102backup``, beside the whole copies) holds the schema revision,
  the small tables (the assessor profiles) whole, each table's columns, its index, and what changed since that
  index: ``changed`` ``{id: [fingerprint, file]}`` and ``removed``. A new index is written (and the changes
  start again from nothing) when they grow past an eighth of the index or fifty generations — the one step
  whose cost follows the store's size, not taken at close unless long overdue (``take``'s ``quick``).
  Manifests of the first format (``FORMAT_1``: every assessment named in the manifest) are still read.
- Restoring builds a new store file at the manifest's schema revision from the files it names, checks it
  (``integrity_check``, ``foreign_key_check``), and only then writes it into the live store (``backups``).

Files are written under a temporary name and renamed when complete (a crash leaves no file that looks whole);
files no kept manifest names are removed when the generations that named them are rotated out (never a young
one: another process may be about to name it).
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from c102desk.store.errors import StoreError
from c102desk.store.sqlite import change_log, faults, integrity
from c102desk.store.sqlite.engine import Access, connect

MANIFEST_SUFFIX = ".c102backup"
FORMAT = "c102desk-incremental-backup-2"  # an index and the changes since it
# The first format named every assessment in each manifest. Still read; never written. A different name, so
# that the c102desk of that format skips the new manifests (as not its own) instead of misreading them.
FORMAT_1 = "c102desk-incremental-backup"
INDEX_FORMAT = "c102desk-backup-index"
OBJECTS = "objects"
INDEXES = "indexes"  # under OBJECTS; its files end ``.index.gz``, never taken for an assessment's
OBJECT_SUFFIX = ".json.gz"
INDEX_SUFFIX = ".index.gz"
PARTIAL = ".partial"  # as backups.PARTIAL: cleaned by backups.clean_leftovers
# The tables of the first format, parents first (its manifests have no list of their own).
FORMAT_1_TABLES = (("assessments", "id"), ("evidence_files", "assessment_id"), ("answers", "assessment_id"),
                   ("answer_history", "assessment_id"), ("answer_evidence", "assessment_id"))
# An unnamed file younger than this is kept: another process may have written it for a manifest to come.
KEEP_YOUNG_OBJECTS = 3600.0
# zlib's default: gzip's own default (9) took ~2.5 times as long for ~2 % less room (the dumps are JSON); a backup of
# every assessment of a 10,000-assessment store spent 18 of its 49 s compressing.
COMPRESS_LEVEL = 6
MANIFEST_COMPRESS_LEVEL = 1  # manifests and indexes are mostly hexadecimal digests, which no level packs much tighter
# A new index when the changes since the index name more than an eighth of it (at least REBASE_AT_LEAST), or after
# REBASE_AFTER generations (a single assessment saved again and again keeps its changes small, but each version
# is a file only a sweep at a new index removes). At close only when twice overdue (``take``'s ``quick``).
REBASE_FRACTION = 8
REBASE_AT_LEAST = 256
REBASE_AFTER = 50
_IN_CHUNK = 500  # ids per ``IN (…)``: far below SQLite's limit on bound values


class GenerationError(StoreError):
    """A generation that cannot be brought back (missing or damaged files, not a manifest)."""


def is_manifest(path: Path) -> bool:
    return path.name.endswith(MANIFEST_SUFFIX)


def objects_dir(folder: Path) -> Path:
    return folder / OBJECTS


def _object_path(folder: Path, digest: str) -> Path:
    return objects_dir(folder) / digest[:2] / f"{digest}{OBJECT_SUFFIX}"


def _index_path(folder: Path, digest: str) -> Path:
    return objects_dir(folder) / INDEXES / f"{digest}{INDEX_SUFFIX}"


def _sha256(data: bytes) -> str:
    import hashlib  # with OpenSSL's set-up, ~3 ms: only when a backup is taken or checked, not at every start

    return hashlib.sha256(data).hexdigest()


def _present_objects(folder: Path) -> set[str]:
    """The names (SHA-256) of the assessments' files there are: one listing of each of the (at most 256) folders,
    not a look-up per assessment — a backup of 10,000 assessments spent a quarter of a second on those."""
    found: set[str] = set()
    try:
        folders = [entry for entry in os.scandir(objects_dir(folder)) if entry.name != INDEXES]
    except OSError:
        return found
    for sub in folders:
        try:
            with os.scandir(sub.path) as entries:
                found.update(entry.name[:-len(OBJECT_SUFFIX)] for entry in entries
                             if entry.name.endswith(OBJECT_SUFFIX) and entry.is_file())
        except OSError:  # not a folder, or unreadable: its files are written again
            continue
    return found


def _fingerprint(row: tuple[Any, ...]) -> str:
    """Of an assessment's row: what tells, without the list of changes, whether it changed (the first format's)."""
    return _sha256(json.dumps(row, ensure_ascii=False).encode("utf-8"))[:32]


def _compressed_json(document: object, level: int) -> bytes:
    return gzip.compress(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
                         compresslevel=level, mtime=0)


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest's content (either format); ``GenerationError`` when it is not one (or unreadable)."""
    try:
        document = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, EOFError, ValueError, gzip.BadGzipFile) as exc:
        raise GenerationError(f"{path.name} is not a readable backup ({exc})") from None
    if not isinstance(document, dict) or document.get("format") not in (FORMAT, FORMAT_1):
        raise GenerationError(f"{path.name} is not a backup of a c102desk store")
    return document


def _read_index(folder: Path, digest: str) -> dict[str, list[str]]:
    try:
        content = _index_path(folder, digest).read_bytes()
    except OSError:
        raise GenerationError("the list of the backup's assessments is missing") from None
    if _sha256(content) != digest:
        raise GenerationError("the list of the backup's assessments is damaged")
    try:
        document = json.loads(gzip.decompress(content).decode("utf-8"))
    except (EOFError, ValueError, gzip.BadGzipFile):
        raise GenerationError("the list of the backup's assessments is damaged") from None
    if not isinstance(document, dict) or document.get("format") != INDEX_FORMAT:
        raise GenerationError("the list of the backup's assessments is damaged")
    return dict(document["assessments"])


def assessments(path: Path, manifest: dict[str, Any] | None = None) -> dict[str, list[str]]:
    """``{id: [fingerprint, file]}`` of every assessment the generation holds (its index with its changes)."""
    document = read_manifest(path) if manifest is None else manifest
    if document["format"] == FORMAT_1:
        return dict(document["assessments"])
    return _with_changes(_read_index(path.parent, document["base"]), document)


def _with_changes(index: dict[str, list[str]], manifest: dict[str, Any]) -> dict[str, list[str]]:
    """The index as the manifest's changes leave it (a new dictionary: an index read once may serve several)."""
    entries = dict(index)
    entries.update(manifest["changed"])
    for removed in manifest["removed"]:
        entries.pop(removed, None)
    return entries


def _owned(manifest: dict[str, Any]) -> list[tuple[str, str]]:
    """The tables whose rows belong to one assessment, and the column naming it, as the manifest recorded them."""
    if manifest["format"] == FORMAT_1:
        return list(FORMAT_1_TABLES)
    return [(table, column) for table, column in manifest["owned"].items()]


def _newest_manifest(folder: Path) -> tuple[Path, dict[str, Any]] | None:
    for path in sorted(folder.glob(f"*{MANIFEST_SUFFIX}"), reverse=True):
        try:
            return path, read_manifest(path)
        except GenerationError:
            continue
    return None


def _write_atomically(target: Path, content: bytes) -> None:
    partial = target.with_name(f"{target.name}.{os.getpid()}-{os.urandom(4).hex()}{PARTIAL}")
    try:
        with open(partial, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _store_file(target: Path, content: bytes, digest: str) -> None:
    """Write a file named by its bytes (unless the same bytes are there already), read back and compared: a file
    is kept only when it holds what was meant."""
    if target.is_file():
        os.utime(target)  # young again: a rotation in another process keeps it
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(target, content)
    if _sha256(target.read_bytes()) != digest:
        target.unlink(missing_ok=True)
        raise OSError(f"a backup file did not read back as written ({target})")


def _store_object(folder: Path, content: bytes) -> str:
    """Write one assessment's dump; returns its name (SHA-256)."""
    digest = _sha256(content)
    _store_file(_object_path(folder, digest), content, digest)
    return digest


def _store_index(folder: Path, entries: dict[str, list[str]]) -> str:
    content = _compressed_json({"format": INDEX_FORMAT, "assessments": entries}, MANIFEST_COMPRESS_LEVEL)
    digest = _sha256(content)
    _store_file(_index_path(folder, digest), content, digest)
    return digest


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [str(row["name"]) for row in db.execute(f"PRAGMA table_info({table})")]


def _indexed_by(db: sqlite3.Connection, table: str, column: str) -> bool:
    """Whether an index of ``table`` begins with ``column`` (a look-up by it then reads only its rows)."""
    for index in db.execute(f"PRAGMA index_list({table})").fetchall():
        first = db.execute(f"PRAGMA index_info({index['name']})").fetchone()
        if first is not None and first["name"] == column:
            return True
    return False


@dataclass
class _Snapshot:
    """What one read transaction of the store gave: its schema and small tables, and the list of changes."""

    revision: str | None
    owned: dict[str, str]
    columns: dict[str, list[str]]
    whole: dict[str, list[Any]]
    log: change_log.Changes

    def schema_of(self, manifest: dict[str, Any]) -> bool:
        """Whether ``manifest``'s dumps have this store's schema (else every assessment is dumped again)."""
        if manifest.get("revision") != self.revision:
            return False
        known = manifest["columns"]
        return all(known.get(table, columns) == columns for table, columns in self.columns.items())


def _read_snapshot(db: sqlite3.Connection) -> _Snapshot:
    found = db.execute("SELECT version_num FROM alembic_version").fetchone()
    owned = change_log.owned_tables(db)
    tables = [str(r[0]) for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    small = [t for t in tables if t not in owned and t not in change_log.UNTRACKED]
    columns = {table: _columns(db, table) for table in (*owned, *small)}
    whole = {table: [list(r) for r in db.execute(f"SELECT * FROM {table} ORDER BY 1")] for table in small}
    return _Snapshot(found["version_num"] if found else None, owned, columns, whole, change_log.read(db))


class _Dumper:
    """Dumps of assessments from one read transaction. A table with no index by assessment (evidence records)
    is read once, grouped, when many are dumped, instead of once for each."""

    def __init__(self, db: sqlite3.Connection, snapshot: _Snapshot, how_many: int) -> None:
        self.db, self.snapshot = db, snapshot
        self.grouped: dict[str, dict[str, list[Any]]] = {}
        for table, column in snapshot.owned.items():
            if table != "assessments" and how_many > 20 and not _indexed_by(db, table, column):
                groups: dict[str, list[Any]] = {}
                for record in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                    groups.setdefault(record[column], []).append(list(record))
                self.grouped[table] = groups

    def dump(self, row: sqlite3.Row) -> bytes:
        assessment_id = row["id"]
        tables: dict[str, list[Any]] = {"assessments": [list(row)]}
        for table, column in self.snapshot.owned.items():
            if table == "assessments":
                continue
            if table in self.grouped:
                tables[table] = self.grouped[table].get(assessment_id, [])
            else:
                tables[table] = [list(r) for r in self.db.execute(
                    f"SELECT * FROM {table} WHERE {column} = ? ORDER BY rowid", (assessment_id,))]
        return _compressed_json(tables, COMPRESS_LEVEL)


def _rows(db: sqlite3.Connection, ids: Iterable[str]) -> Iterator[sqlite3.Row]:
    wanted = sorted(ids)
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start:start + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        yield from db.execute(f"SELECT * FROM assessments WHERE id IN ({marks})", chunk)


def _base_named_by(folder: Path, snapshot: _Snapshot) -> tuple[Path, dict[str, Any]] | None:
    """The generation the store's list of changes counts from, when it can be built on: there, of this format
    and schema, its index there (not read: a quick backup trusts it; ``problem`` reads everything)."""
    log = snapshot.log
    if not log.tracked or not log.generation or "/" in log.generation or "\\" in log.generation:
        return None
    path = folder / log.generation
    try:
        manifest = read_manifest(path)
    except GenerationError:
        return None
    if manifest["format"] != FORMAT or not snapshot.schema_of(manifest):
        return None
    index = _index_path(folder, manifest["base"])
    if not index.is_file():
        return None
    os.utime(index)  # named again: a sweep in another process keeps it
    return path, manifest


def take(database: Path, folder: Path, target: Path, *, quick: bool = False) -> Path:
    """Write a new generation of ``database``'s backup as ``target`` (a manifest path in ``folder``): the
    assessments the store lists as changed since the generation it counts from are dumped again, the others
    named as they are; then the store's list is cleared up to what this one holds (change_log.py). One read
    transaction: the generation is one consistent moment of the store.

    Without a generation to count from (the first backup, the list lost, another schema) every assessment's row
    is compared with the newest generation's (and those whose file is missing are dumped too). ``quick`` (the
    close): no new index unless long overdue, and the files named are trusted to be there; otherwise they are
    listed, and an assessment whose file is gone is dumped again.

    When nothing changed since the generation counted from, and it is the newest, none is added (ten backups of
    the same store would push the older, different ones out): the newest is dated now and returned."""
    with faults.store_faults(database, writing=False):
        db = connect(database, Access.READ)
        db.row_factory = sqlite3.Row  # rows read by name; dumped whole, in the order ``columns`` records
        try:
            db.execute("BEGIN")
            snapshot = _read_snapshot(db)
            base = _base_named_by(folder, snapshot)
            if base is not None:
                result = _take_on(base, db, snapshot, folder, target, quick=quick)
            else:
                result = _take_afresh(db, snapshot, folder, target)
            db.execute("COMMIT")
        finally:
            db.close()
    if result != (base[0] if base is not None else None):  # the generation counted from is already recorded
        _record(database, snapshot.log, result.name)
    return result


def _take_on(base: tuple[Path, dict[str, Any]], db: sqlite3.Connection, snapshot: _Snapshot, folder: Path,
             target: Path, *, quick: bool) -> Path:
    """The generation after ``base``: its changes and the store's listed ones."""
    base_path, previous = base
    changed: dict[str, list[str]] = dict(previous["changed"])
    removed = set(previous["removed"])
    listed = snapshot.log.assessment_ids
    newest = _newest_manifest(folder)
    if not listed and newest is not None and newest[0] == base_path and previous["whole"] == snapshot.whole:
        os.utime(base_path)  # the newest backup is as recent as the store's state it holds
        return base_path
    rows = {row["id"]: row for row in _rows(db, listed)}
    dumper = _Dumper(db, snapshot, len(rows))
    for assessment_id in listed:
        row = rows.get(assessment_id)
        if row is None:
            changed.pop(assessment_id, None)
            removed.add(assessment_id)
        else:
            changed[assessment_id] = [_fingerprint(tuple(row)), _store_object(folder, dumper.dump(row))]
            removed.discard(assessment_id)
    since = int(previous.get("since_base", 0)) + 1
    count = int(previous.get("base_count", 0))
    limit = max(REBASE_AT_LEAST, count // REBASE_FRACTION)
    overdue = 2 if quick else 1
    rebase = len(changed) + len(removed) > limit * overdue or since >= REBASE_AFTER * overdue
    if not quick or rebase:
        entries = assessments(base_path, {**previous, "changed": changed, "removed": sorted(removed)})
        missing: list[str] = []
        if not quick:  # the files named are listed: one gone (removed by hand, a disk error) is dumped again
            present = _present_objects(folder)
            missing = [i for i, (_, digest) in entries.items() if digest not in present]
            for row in _rows(db, missing):
                entries[row["id"]] = [_fingerprint(tuple(row)), _store_object(folder, dumper.dump(row))]
        if missing or rebase:
            return _write_generation(folder, target, snapshot, entries, dumped=len(listed) + len(missing))
    manifest = _manifest(snapshot, previous["base"], count, changed, sorted(removed), since, dumped=len(listed))
    _write_atomically(target, _compressed_json(manifest, MANIFEST_COMPRESS_LEVEL))
    return target


def _take_afresh(db: sqlite3.Connection, snapshot: _Snapshot, folder: Path, target: Path) -> Path:
    """Every row compared with the newest generation's (when its dumps have this schema), listed changes and
    missing files dumped; a new index."""
    newest = _newest_manifest(folder)
    known: dict[str, list[str]] = {}
    if newest is not None and snapshot.schema_of(newest[1]):
        try:
            known = assessments(*newest)
        except GenerationError:
            known = {}
    # The first format left out some tables (review, merge decisions): the assessments with rows there are
    # dumped again, as are those of any table the newest generation did not have.
    new_tables = [t for t in snapshot.owned if newest is not None and t not in newest[1]["columns"]]
    again = set(snapshot.log.assessment_ids)
    for table in new_tables:
        again.update(str(r[0]) for r in db.execute(f"SELECT DISTINCT {snapshot.owned[table]} FROM {table}"))
    present = _present_objects(folder) if known else set()
    rows = db.execute("SELECT * FROM assessments ORDER BY id").fetchall()
    entries: dict[str, list[str]] = {}
    dump = []
    for row in rows:
        fingerprint = _fingerprint(tuple(row))
        before = known.get(row["id"])
        if (before is not None and before[0] == fingerprint and before[1] in present
                and row["id"] not in again):
            entries[row["id"]] = before
        else:
            dump.append((row, fingerprint))
    dumper = _Dumper(db, snapshot, len(dump))
    for row, fingerprint in dump:
        entries[row["id"]] = [fingerprint, _store_object(folder, dumper.dump(row))]
    if (newest is not None and newest[1]["format"] == FORMAT and snapshot.schema_of(newest[1]) and not dump
            and entries == known and newest[1]["whole"] == snapshot.whole):
        os.utime(newest[0])
        return newest[0]  # recorded by ``take`` as the one the list counts from
    return _write_generation(folder, target, snapshot, entries, dumped=len(dump))


def _write_generation(folder: Path, target: Path, snapshot: _Snapshot, entries: dict[str, list[str]], *,
                      dumped: int) -> Path:
    """A generation with an index of its own (no changes since it)."""
    index = _store_index(folder, entries)
    manifest = _manifest(snapshot, index, len(entries), {}, [], 0, dumped=dumped)
    _write_atomically(target, _compressed_json(manifest, MANIFEST_COMPRESS_LEVEL))
    return target


def _manifest(snapshot: _Snapshot, index: str, count: int, changed: dict[str, list[str]], removed: list[str],
              since: int, *, dumped: int) -> dict[str, Any]:
    return {"format": FORMAT, "revision": snapshot.revision, "columns": snapshot.columns, "owned": snapshot.owned,
            "whole": snapshot.whole, "base": index, "base_count": count, "changed": changed, "removed": removed,
            "since_base": since, "dumped": dumped, "taken_at": time.time()}


def _record(database: Path, seen: change_log.Changes, generation: str) -> None:
    """Tell the store's list of changes that ``generation`` holds what it listed. Not done (the next backup
    then compares every row) when the list is incomplete or the store cannot be written now."""
    if not seen.tracked:
        return
    try:
        db = connect(database, Access.WRITE)
    except sqlite3.Error:
        return
    try:
        change_log.record(db, seen, generation)
    except sqlite3.Error as exc:  # busy for longer than the busy timeout, read-only now, a full disk
        import logging  # only on this rare path

        logging.getLogger(__name__).warning("the backup %s was not recorded in the store (%s); the next "
                                            "backup compares every assessment", generation, exc)
    finally:
        db.close()


def size(path: Path) -> int:
    """The manifest's bytes (what the backup adds on top of the assessments' files it shares with others)."""
    return path.stat().st_size


def problem(path: Path) -> str | None:
    """None when the generation can be brought back: its manifest and index read and every file they name is
    there and matches its name (read in full: for choosing a backup to bring back, not for every backup taken)."""
    try:
        entries = assessments(path)
    except GenerationError as exc:
        return str(exc)
    folder = path.parent
    for assessment_id, (_, digest) in entries.items():
        try:
            content = _object_path(folder, digest).read_bytes()
        except OSError:
            return f"the backup of assessment {assessment_id} is missing"
        if _sha256(content) != digest:
            return f"the backup of assessment {assessment_id} is damaged"
    return None


def revision(path: Path) -> str | None:
    try:
        found = read_manifest(path).get("revision")
    except GenerationError:
        return None
    return str(found) if found is not None else None


def build(path: Path, target: Path, *, known: Callable[[str], bool], make_schema: Callable[[Path, str], None]) -> None:
    """Build a new store file ``target`` (it must not exist) from the generation ``path``: the schema at the
    manifest's revision (``make_schema``, the store's migrations: handed in, as this SQLite module is below
    them), then every row; checked whole before it is used. ``GenerationError`` if it cannot, or if the
    revision is not ``known`` (a newer program's). The new store's list of changes counts from ``path``."""
    manifest = read_manifest(path)
    found = problem(path)
    if found is not None:
        raise GenerationError(found)
    if manifest["revision"] is None or not known(manifest["revision"]):
        raise GenerationError(f"{path.name} was made by a newer c102desk; please update c102desk to bring it back")
    entries = assessments(path, manifest)
    owned = _owned(manifest)
    make_schema(target, manifest["revision"])
    db = sqlite3.connect(target, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys=OFF")  # rows come in table by table; checked together below
        db.execute("BEGIN")
        for table, rows in manifest["whole"].items():
            _insert(db, table, manifest["columns"][table], rows)
        for _, digest in entries.values():
            tables = json.loads(gzip.decompress(_object_path(path.parent, digest).read_bytes()).decode("utf-8"))
            for table, _ in owned:
                _insert(db, table, manifest["columns"][table], tables.get(table, []))
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            db.execute("ROLLBACK")
            raise GenerationError(f"{path.name} does not hold a whole store ({len(broken)} broken links)")
        db.execute("COMMIT")
        change_log.ensure(db)
        db.execute("BEGIN")
        change_log.restart(db, path.name if manifest["format"] == FORMAT else None)
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode=DELETE")
    finally:
        db.close()
    found = integrity.check(target, thorough=True)
    if found is not None:
        raise GenerationError(f"the store rebuilt from {path.name} fails the check ({found})")


def _insert(db: sqlite3.Connection, table: str, columns: list[str], rows: Iterable[list[Any]]) -> None:
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    db.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def _named(kept: Iterable[Path]) -> tuple[set[str], set[str]] | None:
    """The assessments' files and the indexes the ``kept`` generations name; None when one cannot be read
    whole (then nothing is removed: a file it names might be taken for garbage)."""
    files: set[str] = set()
    indexes: set[str] = set()
    read: dict[str, dict[str, list[str]]] = {}
    for path in kept:
        try:
            manifest = read_manifest(path)
            if manifest["format"] == FORMAT_1:
                files.update(digest for _, digest in manifest["assessments"].values())
                continue
            if manifest["base"] not in read:  # the generations since an index share it: read once
                read[manifest["base"]] = _read_index(path.parent, manifest["base"])
            indexes.add(manifest["base"])
            files.update(digest for _, digest in _with_changes(read[manifest["base"]], manifest).values())
        except GenerationError:
            if path.exists():
                return None
            continue  # rotated out by another process meanwhile
    return files, indexes


def sweep_needed(dropped: Iterable[Path], kept: Iterable[Path]) -> bool:
    """Whether rotating ``dropped`` out may leave files no kept generation names in great number: when a dropped
    one is of the first format or counted from an index no kept one counts from. (The versions only a dropped
    generation's changes named wait for that: each is one assessment's file.)"""
    kept_bases = set()
    for path in kept:
        try:
            manifest = read_manifest(path)
        except GenerationError:
            continue
        if manifest["format"] == FORMAT:
            kept_bases.add(manifest["base"])
    for path in dropped:
        try:
            manifest = read_manifest(path)
        except GenerationError:
            return True
        if manifest["format"] != FORMAT or manifest["base"] not in kept_bases:
            return True
    return False


def remove_unnamed(folder: Path, kept: Iterable[Path], *, older_than: float | None = None) -> int:
    """Remove the assessments' files and indexes that no kept manifest names (and that are not younger than
    ``older_than``, default ``KEEP_YOUNG_OBJECTS``). Returns how many."""
    if older_than is None:
        older_than = KEEP_YOUNG_OBJECTS
    named = _named(kept)
    root = objects_dir(folder)
    if named is None or not root.is_dir():
        return 0
    files, indexes = named
    removed = 0
    now = time.time()
    candidates = [(file, file.name.removesuffix(OBJECT_SUFFIX) in files) for file in root.glob(f"*/*{OBJECT_SUFFIX}")]
    candidates += [(file, file.name.removesuffix(INDEX_SUFFIX) in indexes)
                   for file in (root / INDEXES).glob(f"*{INDEX_SUFFIX}")]
    for file, is_named in candidates:
        if is_named:
            continue
        try:
            if now - file.stat().st_mtime < older_than:
                continue
            file.unlink()
            removed += 1
        except OSError:
            continue
    return removed
