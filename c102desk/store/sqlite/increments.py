"""Incremental backups of a big store: each assessment as its own checked file, written again only when the
assessment changed; a *generation* (one backup, as ``backups.list_backups`` lists it) is a small manifest naming,
for every assessment in the store at that moment, the file that holds it.

Why not copies of the whole file: on a store of 10,000 assessments (~1 GB) each copy took seconds and ten of
them ten times the store's room on disk; SQLite's backup API has no "pages changed since" (it copies all).
Here a backup costs reading the assessments table (a few hundred bytes a row) plus dumping the assessments
whose row changed — every change of an assessment's content changes its ``changed`` stamp, and moving it to or
from the trash its ``trashed_at`` — so its cost follows what changed, and its room on disk is one compressed
dump of each assessment (~10 times smaller than its rows with their indexes) plus the versions that the kept
generations still name (docs/reliability.md, "Backups").

- An assessment's file (``objects/ab/<sha256>.json.gz``) holds its rows of every table that belongs to it
  (the assessment, its answers, history, evidence records and links), column by column as the store has them,
  so that bringing it back gives the very same rows (history ids included). Its name is the SHA-256 of its
  bytes: a file that does not match its name is damaged, and equal dumps are one file.
- The manifest (``c102desk-<time>-<reason>.c102backup``, beside the whole copies) holds the schema revision,
  the assessor profiles (a small table, whole), each table's columns, and ``{id: [fingerprint, file]}``.
- Restoring builds a new store file at the manifest's schema revision from the files it names, checks it
  (``integrity_check``, ``foreign_key_check``), and only then writes it into the live store (``backups``).

Files are written under a temporary name and renamed when complete (a crash leaves no file that looks whole);
files no kept manifest names are removed when a manifest is rotated out (never a young one: another process
may be about to name it).
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from c102desk.store.errors import StoreError
from c102desk.store.sqlite import faults, integrity
from c102desk.store.sqlite.engine import Access, connect

MANIFEST_SUFFIX = ".c102backup"
FORMAT = "c102desk-incremental-backup"
OBJECTS = "objects"
PARTIAL = ".partial"  # as backups.PARTIAL: cleaned by backups.clean_leftovers
# The tables whose rows belong to one assessment, parents first (the order rows are put back in), and the
# column that names the assessment.
OWN_TABLES = (("assessments", "id"), ("evidence_files", "assessment_id"), ("answers", "assessment_id"),
              ("answer_history", "assessment_id"), ("answer_evidence", "assessment_id"))
WHOLE_TABLES = ("assessor_profiles",)
# An unnamed file younger than this is kept: another process may have written it for a manifest to come.
KEEP_YOUNG_OBJECTS = 3600.0
# zlib's default: gzip's own default (9) took ~2.5 times as long for ~2 % less room (the dumps are JSON); a backup of
# every assessment of a 10,000-assessment store spent 18 of its 49 s compressing.
COMPRESS_LEVEL = 6
MANIFEST_COMPRESS_LEVEL = 1  # a manifest is mostly hexadecimal digests, which no level packs much tighter


class GenerationError(StoreError):
    """A generation that cannot be brought back (missing or damaged files, not a manifest)."""


def is_manifest(path: Path) -> bool:
    return path.name.endswith(MANIFEST_SUFFIX)


def objects_dir(folder: Path) -> Path:
    return folder / OBJECTS


def _object_path(folder: Path, digest: str) -> Path:
    return objects_dir(folder) / digest[:2] / f"{digest}.json.gz"


def _sha256(data: bytes) -> str:
    import hashlib  # with OpenSSL's set-up, ~3 ms: only when a backup is taken or checked, not at every start

    return hashlib.sha256(data).hexdigest()


def _present_objects(folder: Path) -> set[str]:
    """The names (SHA-256) of the assessments' files there are: one listing of each of the (at most 256) folders,
    not a look-up per assessment — a backup of 10,000 assessments spent a quarter of a second on those."""
    found: set[str] = set()
    try:
        folders = list(os.scandir(objects_dir(folder)))
    except OSError:
        return found
    for sub in folders:
        try:
            with os.scandir(sub.path) as entries:
                found.update(entry.name[:-len(".json.gz")] for entry in entries
                             if entry.name.endswith(".json.gz") and entry.is_file())
        except OSError:  # not a folder, or unreadable: its files are written again
            continue
    return found


def _fingerprint(row: tuple[Any, ...]) -> str:
    return _sha256(json.dumps(row, ensure_ascii=False).encode("utf-8"))[:32]


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest's content; ``GenerationError`` when it is not one (or unreadable)."""
    try:
        document = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, EOFError, ValueError, gzip.BadGzipFile) as exc:
        raise GenerationError(f"{path.name} is not a readable backup ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise GenerationError(f"{path.name} is not a backup of a c102desk store")
    return document


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


def _store_object(folder: Path, content: bytes) -> str:
    """Write one assessment's dump (unless the same bytes are there already); returns its name (SHA-256).
    Read back and compared: a file is kept only when it holds what was meant."""
    digest = _sha256(content)
    target = _object_path(folder, digest)
    if target.is_file():
        os.utime(target)  # young again: a rotation in another process keeps it
        return digest
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(target, content)
    if _sha256(target.read_bytes()) != digest:
        target.unlink(missing_ok=True)
        raise OSError(f"the backup of an assessment did not read back as written ({target})")
    return digest


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [str(row["name"]) for row in db.execute(f"PRAGMA table_info({table})")]


def _dump(db: sqlite3.Connection, assessment_row: sqlite3.Row, evidence: dict[str, list[Any]]) -> bytes:
    assessment_id = assessment_row["id"]
    tables: dict[str, list[Any]] = {"assessments": [list(assessment_row)],
                                    "evidence_files": evidence.get(assessment_id, [])}
    for table, column in OWN_TABLES[2:]:
        tables[table] = [list(r) for r in db.execute(f"SELECT * FROM {table} WHERE {column} = ?", (assessment_id,))]
    return gzip.compress(json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
                         compresslevel=COMPRESS_LEVEL, mtime=0)


def take(database: Path, folder: Path, target: Path) -> Path:
    """Write a new generation of ``database``'s backup as ``target`` (a manifest path in ``folder``): the
    assessments whose row changed since the newest generation are dumped again, the others named as they are.
    One read transaction: the generation is one consistent moment of the store.

    When nothing changed since the newest generation, none is added (ten backups of the same store would push
    the older, different ones out): the newest is dated now and returned."""
    newest = _newest_manifest(folder)
    previous = newest[1] if newest else None
    known: dict[str, list[str]] = previous["assessments"] if previous else {}
    with faults.store_faults(database, writing=False):
        db = connect(database, Access.READ)
        db.row_factory = sqlite3.Row  # rows read by name; dumped whole, in the order ``columns`` records
        try:
            db.execute("BEGIN")
            revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
            columns = {table: _columns(db, table) for table, _ in OWN_TABLES}
            columns.update({table: _columns(db, table) for table in WHOLE_TABLES})
            whole = {table: [list(r) for r in db.execute(f"SELECT * FROM {table} ORDER BY 1")]
                     for table in WHOLE_TABLES}
            rows = db.execute("SELECT * FROM assessments ORDER BY id").fetchall()
            entries: dict[str, list[str]] = {}
            changed = []
            present = _present_objects(folder) if known else set()
            for row in rows:
                fingerprint = _fingerprint(tuple(row))
                before = known.get(row["id"])
                if before is not None and before[0] == fingerprint and before[1] in present:
                    entries[row["id"]] = before
                else:
                    changed.append((row, fingerprint))
            evidence: dict[str, list[Any]] = {}
            if changed:  # evidence records have no index by assessment: read once, grouped here
                wanted = {row["id"] for row, _ in changed}
                for record in db.execute("SELECT * FROM evidence_files ORDER BY id"):
                    if record["assessment_id"] in wanted:
                        evidence.setdefault(record["assessment_id"], []).append(list(record))
            for row, fingerprint in changed:
                entries[row["id"]] = [fingerprint, _store_object(folder, _dump(db, row, evidence))]
            db.execute("COMMIT")
        finally:
            db.close()
    manifest = {"format": FORMAT, "version": 1, "revision": revision["version_num"] if revision else None,
                "columns": columns, "whole": whole, "assessments": entries,
                "dumped": len(changed), "taken_at": time.time()}
    if newest is not None and previous is not None and not changed and all(
            manifest[k] == previous.get(k) for k in ("revision", "columns", "whole", "assessments")):
        os.utime(newest[0])  # the newest backup is as recent as the store's state it holds
        return newest[0]
    _write_atomically(target, gzip.compress(json.dumps(manifest, separators=(",", ":")).encode("utf-8"),
                                            compresslevel=MANIFEST_COMPRESS_LEVEL, mtime=0))
    return target


def size(path: Path) -> int:
    """The manifest's bytes (what the backup adds on top of the assessments' files it shares with others)."""
    return path.stat().st_size


def problem(path: Path) -> str | None:
    """None when the generation can be brought back: its manifest reads and every file it names is there and
    matches its name (read in full: for choosing a backup to bring back, not for every backup taken)."""
    try:
        manifest = read_manifest(path)
    except GenerationError as exc:
        return str(exc)
    folder = path.parent
    for assessment_id, (_, digest) in manifest["assessments"].items():
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
    revision is not ``known`` (a newer program's)."""
    manifest = read_manifest(path)
    found = problem(path)
    if found is not None:
        raise GenerationError(found)
    if manifest["revision"] is None or not known(manifest["revision"]):
        raise GenerationError(f"{path.name} was made by a newer c102desk; please update c102desk to bring it back")
    make_schema(target, manifest["revision"])
    db = sqlite3.connect(target, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys=OFF")  # rows come in table by table; checked together below
        db.execute("BEGIN")
        for table, rows in manifest["whole"].items():
            _insert(db, table, manifest["columns"][table], rows)
        for _, digest in manifest["assessments"].values():
            tables = json.loads(gzip.decompress(_object_path(path.parent, digest).read_bytes()).decode("utf-8"))
            for table, _ in OWN_TABLES:
                _insert(db, table, manifest["columns"][table], tables.get(table, []))
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            db.execute("ROLLBACK")
            raise GenerationError(f"{path.name} does not hold a whole store ({len(broken)} broken links)")
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


def remove_unnamed(folder: Path, kept: Iterable[Path], *, older_than: float | None = None) -> int:
    """Remove the assessments' files that no kept manifest names (and that are not younger than
    ``older_than``, default ``KEEP_YOUNG_OBJECTS``). Returns how many."""
    if older_than is None:
        older_than = KEEP_YOUNG_OBJECTS
    named: set[str] = set()
    for path in kept:
        try:
            named.update(digest for _, digest in read_manifest(path)["assessments"].values())
        except GenerationError:
            continue
    removed = 0
    now = time.time()
    root = objects_dir(folder)
    if not root.is_dir():
        return 0
    for file in root.glob("*/*.json.gz"):
        if file.name.removesuffix(".json.gz") in named:
            continue
        try:
            if now - file.stat().st_mtime < older_than:
                continue
            file.unlink()
            removed += 1
        except OSError:
            continue
    return removed
