"""The local store as the app and the command line use it.

Every change is one transaction, committed (and synced to disk: synchronous=FULL) before the method returns.
Opening the store checks it, backs it up (before a schema upgrade, or when the newest backup is old) and
upgrades its schema; closing backs up changes made since the last backup; a damaged store is moved aside, never
overwritten.

Start-up speed: opening an up-to-date store and listing the library are plain ``sqlite3``
(``sqlite/plain_reads.py``); SQLAlchemy (``orm.py``) and the questionnaire are imported by the first call that
needs them — the first save of an answer, or earlier ``warm_up`` on a background thread — because importing
them took longer than everything else before the app's first paint (docs/performance.md).

What the store does lives in modules by responsibility, which ``Store`` only ties together with its
transactions, backups and checks: ``answer_writes`` (every write of an answer), ``assessment_writes`` (the
other changes, through the ORM), ``reads`` (the ORM reads), ``checks`` (what a change must respect) and
``sqlite/`` (what only SQLite has: PRAGMAs, faults, integrity checks, backup copies, the start-up reads).

On a team server (``on_server``, which ``c102desk.server.open_store`` calls) the same operations run on the
server's engine; the start-up reads are ``portable_reads`` there, and nothing of ``sqlite/`` is used: no
integrity check, no backups (the server's are its IT's job), its refusals in words (``RemoteDatabase.failures``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from c102desk.errors import QuestionnaireError
from c102desk.store import (
    answer_writes,
    assessment_writes,
    backups,
    checks,
    evidence_files,
    library_progress,
    migrate,
    paths,
    portable_reads,
    reads,
)
from c102desk.store.answer_writes import KEEP, Keep, SavedAnswer
from c102desk.store.backups import Backup
from c102desk.store.clock import now_iso
from c102desk.store.errors import (
    AssessmentIsFinalError,
    StoreDamagedError,
    StoreError,
    StoreMissingError,
    StoreReadOnlyError,
)
from c102desk.store.records import (
    STATUS_FINAL,
    AnswerInfo,
    AssessmentInfo,
    EvidenceInfo,
    HistoryEntry,
    LibraryEntry,
    ProfileInfo,
)
from c102desk.store.remote import RemoteDatabase
from c102desk.store.rows import assessment_row
from c102desk.store.sqlite import change_log, faults, integrity, plain_reads
from c102desk.store.sqlite.engine import DEFERRED, Access, make_engine, read_access
from c102desk.store.sqlite.faults import FileKind, store_faults
from c102desk.store.values import load_json

if TYPE_CHECKING:
    import logging

    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


def _log() -> logging.Logger:
    import logging  # only when something is to be said: with traceback, ~7 ms of every command's start

    return logging.getLogger(__name__)


# The questionnaire version of new assessments; c102desk.questionnaire.CURRENT_VERSION (a test keeps them equal),
# written here so that importing the store does not import the questionnaire package.
CURRENT_VERSION = "2"

# The assessments table's columns in AssessmentInfo's order, for the plain-SQL reads.
_INFO_COLUMNS = ("id, country, title, questionnaire_version, status, revision, previous_revision_id, created, "
                 "changed, trashed_at")

# A backup after this many changes, or when the last one is older than this, whichever comes first.
BACKUP_EVERY_CHANGES = 50
BACKUP_EVERY_SECONDS = 10 * 60


class Store:
    """One open store: the local file (``Store.open(data_dir)``) or a team server's database
    (``c102desk.server.open_store(url)``); close it (or use ``with``) when done."""

    def __init__(self, folder: Path, *, read_only: str = "", verified: bool = False,
                 remote: RemoteDatabase | None = None) -> None:
        self.folder = folder
        self.database = paths.store_file(folder)
        # The database server the store is on (``on_server``); None for the local SQLite file.
        self.remote = remote
        # Why the store cannot be written ("" when it can): it is then opened read-only and every change is
        # refused with StoreReadOnlyError before SQLite is asked.
        self.read_only = read_only
        self._access = read_access(self.database) if read_only else Access.WRITE
        # The full integrity check passed (at open, or later by ``verify``); a damaged store takes no changes.
        self.verified = verified
        self._damage: tuple[str, Path | None] | None = None  # (the check's finding, the newest good backup)
        self._checking: list[integrity.CheckConnection] = []  # the connection of a full check under way (``verify``)
        self._closed = False
        # SQLAlchemy's engine and session factories (writes, reads), made on first use under this lock
        self._engine: Engine | None = None if remote is None else remote.engine
        self._sessions: sessionmaker[Session] | None = None
        self._read_sessions: sessionmaker[Session] | None = None
        self._engine_lock = threading.Lock()
        self._changes_since_backup = 0
        self._last_backup = time.monotonic()
        self._backup_thread: threading.Thread | None = None
        self._backup_due = False  # the backup due at opening, not taken yet (``verify`` or ``close`` takes it)
        self._relevance_cache: dict[tuple[str, str], frozenset[str]] = {}
        # the answers' kept connection (see _answer_transaction), one writer at a time through it
        self._answer_connection: Connection | None = None
        self._answer_lock = threading.Lock()

    # ----------------------------------------------------------------- opening, closing, backups

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, check: str = "full", start_empty: bool = False,
             for_reading: bool = False) -> Store:
        """Open (or create) the store in ``data_dir`` (default: the user data folder).

        ``check="full"`` runs SQLite's ``integrity_check`` before anything is read (the command line);
        ``"quick"`` runs ``quick_check`` only and leaves the full check to ``verify``, which the app runs after
        its first paint (the full check of a big store takes longer than the first paint may). A file that
        fails the check is moved aside (``StoreDamagedError``); a busy, read-only, unreadable or full store
        raises its own error (errors.py) and is left where it is. A missing or empty store file when backups
        exist raises ``StoreMissingError`` unless ``start_empty`` says to start an empty library anyway.
        ``for_reading``: the caller only reads (``list``): no backup is due at opening, as it changes nothing.

        A backup due at opening is taken before the command line's work; in the app (``"quick"``) after the
        first paint, by ``verify`` on its background thread — or at closing, if that comes first.
        """
        if check not in ("full", "quick"):
            raise ValueError(check)
        folder = paths.data_dir(data_dir)
        database = paths.store_file(folder)
        backup_folder = paths.backups_dir(folder)
        state = faults.inspect(database)
        if state.kind is not FileKind.SQLITE:
            if not start_empty and backups.list_backups(backup_folder):
                raise StoreMissingError(database, backups.newest_good(backup_folder),
                                        empty=state.kind is FileKind.EMPTY)
            if state.read_only:
                raise StoreReadOnlyError(database, state.read_only)
            with store_faults(database):
                _upgrade(database)
                change_log.ensure_in(database)
            store = cls(folder, verified=True)
        elif state.read_only:
            access = read_access(database)
            _check_before_open(folder, database, thorough=check == "full", access=access)
            revision = migrate.current_revision(database, access)
            _refuse_unknown_revision(database, revision)
            if revision != migrate.HEAD:
                raise StoreReadOnlyError(database, f"{state.read_only}, and it was made by an older c102desk: "
                                                   "it must be upgraded, which needs writing")
            return cls(folder, read_only=state.read_only, verified=check == "full")
        else:
            _check_before_open(folder, database, thorough=check == "full", access=Access.WRITE)
            with store_faults(database):
                revision = migrate.current_revision(database)
                _refuse_unknown_revision(database, revision)
                if revision != migrate.HEAD:
                    backups.take(database, backup_folder, "before-upgrade", whole=True)
                    _upgrade(database)
                if not for_reading:  # what incremental backups read (change_log.py); a reader changes nothing
                    change_log.ensure_in(database)
            store = cls(folder, verified=check == "full")
            if not for_reading and _newest_backup_age(folder) >= BACKUP_EVERY_SECONDS:
                if check == "full":  # the command line: nothing to paint meanwhile; done before its work
                    store._automatic_backup("open")
                else:  # the app: off its first paint (and its check verifies the store, see ``verify``)
                    store._backup_due = True
        store._clean_leftovers()
        return store

    @classmethod
    def on_server(cls, remote: RemoteDatabase, data_dir: str | Path | None = None) -> Store:
        """The store on a database server (``c102desk.server.open_store`` makes ``remote``, its schema checked).

        Every store operation works as on the local file; what only SQLite has is left out: no integrity
        check, no backups (the server's are its IT's job: ``backup`` refuses, none is taken automatically).
        Evidence copies are kept in ``data_dir``'s evidence folder (default: the user data folder), as for
        the local store: the server keeps their names, sizes and SHA-256, not the files."""
        return cls(paths.data_dir(data_dir), verified=True, remote=remote)

    @property
    def on_a_server(self) -> bool:
        return self.remote is not None

    def _faults(self, *, writing: bool = True) -> AbstractContextManager[None]:
        """The typed errors of the database: the SQLite file's faults, or the server's refusals in words."""
        if self.remote is not None:
            return self.remote.failures()
        return store_faults(self.database, writing=writing)

    def _refuse_on_server(self, what: str) -> None:
        if self.remote is not None:
            raise StoreError(f"{what} is not done by c102desk on the team server {self.remote.address}: the "
                             "server's own backups are its IT's job (docs/team-server.md)")

    @classmethod
    def recover(cls, data_dir: str | Path | None, backup_name: str, *, check: str = "full") -> Store:
        """Bring back a backup when the store itself cannot be opened because it is missing, empty, or was
        found damaged and moved aside; then open it. An empty store file is moved aside first, never deleted.
        A store that opens is restored with ``restore_backup`` instead (it keeps a safety backup)."""
        folder = paths.data_dir(data_dir)
        database = paths.store_file(folder)
        chosen = backups.find(paths.backups_dir(folder), backup_name)
        _check_restorable(chosen)
        state = faults.inspect(database)
        if state.read_only:
            raise StoreReadOnlyError(database, state.read_only)
        if state.kind is FileKind.SQLITE:
            raise StoreError(f"the local store {database} is there; open it to bring back a backup")
        if state.kind is FileKind.EMPTY:
            integrity.move_aside(database, paths.damaged_dir(folder))
        backups.restore_into(chosen.path, database)
        with store_faults(database):
            _upgrade(database)
        return cls.open(data_dir, check=check)

    @property
    def damage(self) -> StoreDamagedError | None:
        """Why the store takes no more changes, when the full check (``verify``) or a backup's check found it
        damaged; None while it is whole."""
        if self._damage is None:
            return None
        detail, newest_good = self._damage
        return StoreDamagedError(self.database, None, newest_good, detail)

    def verify(self) -> StoreDamagedError | None:
        """Run SQLite's full ``integrity_check`` on the open store (for a background thread: it reads the whole
        file). A damaged store takes no more changes; the error returned names the newest good backup, for
        ``restore_backup``. A busy or unreadable store raises its own error (the check could not run).

        An automatic backup under way is waited for first: its copy is checked in full, so when it passes the
        store needs no second check. ``close`` interrupts a check still running (the store is then simply not
        verified)."""
        if self.remote is not None:  # the server checks its own pages; nothing of SQLite's to run
            return None
        if self._backup_due and not self._closed:  # its check may verify the store; ``close`` waits for it
            self._backup_due = False
            self._start_backup("open")
        running = self._backup_thread  # read once: the GUI thread may start another meanwhile
        if running is not None:
            running.join()
        if self._damage is not None or self.verified or self._closed:
            return self.damage
        try:
            problem = integrity.verify_store(self.database, access=self._access, started=self._checking.append)
        except faults.DatabaseError as exc:
            if faults.interrupted(exc):
                return None  # stopped (the app is closing)
            raise
        finally:
            self._checking.clear()
        if problem is not None:
            self._mark_damaged(problem)
        else:
            self.verified = True
        return self.damage

    def stop_verify(self, timeout: float = 5.0) -> None:
        """Interrupt a full check under way on another thread (the store is then not verified). Asked again
        until it stops: SQLite ignores an interrupt that comes before the check's statement has begun."""
        deadline = time.monotonic() + timeout
        while self._checking and time.monotonic() < deadline:
            for connection in list(self._checking):
                connection.interrupt()
            time.sleep(0.01)

    def _mark_damaged(self, detail: str, newest_good: Path | None = None) -> None:
        if newest_good is None:
            newest_good = backups.newest_good(paths.backups_dir(self.folder))
        self._damage = (detail, newest_good)
        self.verified = False
        _log().error("the local store %s is damaged (%s); no more changes are saved in it", self.database, detail)

    def _check_can_write(self) -> None:
        """Refuse a change to a damaged or read-only store before SQLite is asked."""
        damage = self.damage
        if damage is not None:
            raise damage
        if self.read_only:
            raise StoreReadOnlyError(self.database, self.read_only)

    def _clean_leftovers(self) -> None:
        """Remove what killed backups and evidence copies left (their temporary files, never the store's own
        journal: SQLite replays that and removes it itself)."""
        for folder in (paths.backups_dir(self.folder), paths.evidence_dir(self.folder)):
            try:
                removed = backups.clean_leftovers(folder)
            except OSError as exc:
                _log().warning("could not clean %s (%s)", folder, exc.strerror)
                continue
            if removed:
                _log().info("removed what an interrupted copy left: %s", ", ".join(p.name for p in removed))

    def warm_up(self) -> None:
        """Import and build now what the first ORM call would (SQLAlchemy, the models, the engine, the current
        questionnaire): for a background thread after the app's first paint, so that no later click waits."""
        self._orm_sessions()
        checks.questionnaire(CURRENT_VERSION)

    def close(self) -> None:
        """Close; changes made since the last backup get one now."""
        self._closed = True
        self.stop_verify()
        self._close_answer_writer()
        self._wait_for_backup()
        due = self._backup_due or self._changes_since_backup
        if due and self._damage is None and not self.read_only:
            try:
                self._backup("close", quick=True)
            except StoreDamagedError as exc:
                self._mark_damaged(exc.detail, exc.newest_good_backup)
            except StoreError as exc:
                _log().warning("backup at close failed (%s); the changes themselves are saved", exc)
            except (OSError, faults.DatabaseError):
                _log().exception("backup at close failed; the changes themselves are saved")
        self._dispose_engine()

    def _orm_sessions(self, *, reading: bool = False) -> sessionmaker[Session]:
        """A session factory on SQLAlchemy's engine, made on first use (importing SQLAlchemy with it): for
        writes (BEGIN IMMEDIATE) or, with ``reading``, for reads (a deferred BEGIN: no write lock)."""
        with self._engine_lock:
            if self._sessions is None or self._read_sessions is None:
                from c102desk.store import orm

                if self._engine is None:  # a server's engine is given (``on_server``)
                    self._engine = make_engine(self.database, access=self._access)
                self._sessions = orm.sessionmaker(self._engine, expire_on_commit=False)
                # A read sees one snapshot: SQLite's deferred BEGIN in WAL mode; on a server REPEATABLE READ
                # (its default READ COMMITTED gives each statement its own, and an export or the library read
                # while another client saves could mix before and after). Reads never fail on it.
                read_options = {"isolation_level": "REPEATABLE READ"} if self.remote is not None else {DEFERRED: True}
                self._read_sessions = orm.sessionmaker(self._engine.execution_options(**read_options),
                                                       expire_on_commit=False)
            return self._read_sessions if reading else self._sessions

    def _dispose_engine(self) -> None:
        with self._engine_lock:
            if self._engine is not None:
                self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def backup(self, reason: str = "manual") -> Path:
        """Take a checked backup now. A copy that fails the check means the store is damaged: it then takes no
        more changes, and ``StoreDamagedError`` is raised. Refused on a server (its IT backs it up)."""
        self._refuse_on_server("a backup")
        return self._backup(reason)

    def _backup(self, reason: str, *, quick: bool = False) -> Path:
        """``backup``; ``quick`` at close: an incremental backup reads and writes only what changed."""
        self._wait_for_backup()
        try:
            path = backups.take(self.database, paths.backups_dir(self.folder), reason, quick=quick)
        except StoreDamagedError as exc:
            self._mark_damaged(exc.detail, exc.newest_good_backup)
            raise
        self._changes_since_backup = 0
        self._last_backup = time.monotonic()
        return path

    def backups(self) -> list[backups.Backup]:
        """The kept backups, newest first (after an automatic backup under way is done); none on a server."""
        if self.remote is not None:
            return []
        self._wait_for_backup()
        return backups.list_backups(paths.backups_dir(self.folder))

    @staticmethod
    def backups_of(data_dir: str | Path | None = None) -> list[Backup]:
        """The backups of the store in ``data_dir``, newest first, without opening it (they matter most when it
        cannot be opened)."""
        return backups.list_backups(paths.backups_dir(paths.data_dir(data_dir)))

    def restore_backup(self, name: str) -> Path:
        """Bring back one backup. The current store is kept: backed up first, or — when it was found damaged —
        moved aside. Returns where the store as it was is kept (that backup, or the folder it was moved to)."""
        self._refuse_on_server("bringing back a backup")
        if self.read_only:
            raise StoreReadOnlyError(self.database, self.read_only)
        chosen = backups.find(paths.backups_dir(self.folder), name)
        _check_restorable(chosen)
        self._wait_for_backup()
        with backups.pinned(chosen.path):  # the safety backup's rotation must not drop the one brought back
            kept = self.backup("before-restore") if self._damage is None else None
        self._close_answer_writer()
        self._dispose_engine()
        if kept is None:
            kept = integrity.move_aside(self.database, paths.damaged_dir(self.folder))
        backups.restore_into(chosen.path, self.database)
        with store_faults(self.database):
            _upgrade(self.database)
            change_log.ensure_in(self.database)  # a copy made before the list of changes existed has none
        self._damage = None
        self.verified = True  # the backup passed the full check just now
        self._relevance_cache.clear()
        return kept

    def _changed(self) -> None:
        """Called after each committed change: a backup now and then, never failing nor delaying the change.

        The automatic backup runs on a thread of its own (SQLite's online backup API on its own connection,
        a consistent snapshot while writes go on): copying a big store took longer than the saves around it,
        and the 50th save paid for all of them (docs/performance.md).
        """
        if self.remote is not None:  # no backups of a server here
            return
        self._changes_since_backup += 1
        due = time.monotonic() - self._last_backup >= BACKUP_EVERY_SECONDS
        if self._changes_since_backup >= BACKUP_EVERY_CHANGES or due:
            self._start_backup("changes")

    def _start_backup(self, reason: str) -> None:
        """One automatic backup on a thread of its own (one at a time; the next change asks again)."""
        if self._backup_thread is not None and self._backup_thread.is_alive():
            return
        self._changes_since_backup = 0
        self._last_backup = time.monotonic()
        thread = threading.Thread(target=self._automatic_backup, args=(reason,), name="c102desk-backup", daemon=True)
        thread.start()  # before it is published: another thread may join it at once (``close``)
        self._backup_thread = thread

    def _automatic_backup(self, reason: str) -> None:
        try:
            taken = backups.take(self.database, paths.backups_dir(self.folder), reason)
            if backups.is_whole(taken):
                self.verified = True  # the copy passed the full check: so did the store it copied
        except StoreDamagedError as exc:
            self._mark_damaged(exc.detail, exc.newest_good_backup)
        except StoreError as exc:
            _log().warning("automatic backup failed (%s); the changes themselves are saved", exc)
        except (OSError, faults.DatabaseError):
            _log().exception("automatic backup failed; the changes themselves are saved")

    def _wait_for_backup(self) -> None:
        running = self._backup_thread  # read once: ``verify``'s thread may start one meanwhile
        if running is not None:
            running.join()
            if self._backup_thread is running:
                self._backup_thread = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT); everything in it is saved or nothing is. A fault
        of the file or disk raises its typed error (busy, read-only, full …)."""
        self._check_can_write()
        with self._faults(), self._orm_sessions().begin() as session:
            yield session

    def note_change(self) -> None:
        """A change committed through ``transaction`` by a module of its own (``merge_apply``): it counts towards
        the next automatic backup, as the store's own changes do."""
        self._changed()

    @contextmanager
    def read_transaction(self) -> Iterator[Session]:
        """``_read_transaction`` for a module of its own (``merge_apply``): a read, never the write lock."""
        with self._read_transaction() as session:
            yield session

    @contextmanager
    def _read_transaction(self) -> Iterator[Session]:
        """One read transaction through the ORM: a deferred BEGIN, so it never takes the write lock."""
        with self._faults(writing=False), self._orm_sessions(reading=True).begin() as session:
            yield session

    # ----------------------------------------------------------------- assessments

    def create_assessment(
        self, country: str = "", title: str = "", questionnaire_version: str = CURRENT_VERSION
    ) -> str:
        checks.check_texts(country=(country, "country"), title=(title, "title"))
        checks.questionnaire(questionnaire_version)
        with self.transaction() as session:
            new_id = assessment_writes.create(session, country, title, questionnaire_version)
        self._changed()
        return new_id

    def assessment(self, assessment_id: str) -> AssessmentInfo:
        if self.remote is not None:
            with self._read_transaction() as session:
                return portable_reads.assessment(session, assessment_id)
        with self._reading() as db:
            return plain_reads.assessment(db, assessment_id)

    def list_assessments(self, *, trashed: bool = False) -> list[AssessmentInfo]:
        """Assessments not in the trash (or only those in it), most recently changed first."""
        if self.remote is not None:
            with self._read_transaction() as session:
                return portable_reads.assessments(session, trashed)
        with self._reading() as db:
            return plain_reads.assessments(db, trashed)

    def _reading(self) -> AbstractContextManager[plain_reads.Connection]:
        """A plain-SQLite read transaction (``sqlite/plain_reads.py``): the reads made before the first paint."""
        return plain_reads.reading(self.database, self._access)

    def library(self, *, trashed: bool = False) -> list[LibraryEntry]:
        """``list_assessments`` with each one's progress, in three queries whatever the library's size
        (c102desk.store.sqlite.library_read)."""
        if self.remote is not None:
            with self._read_transaction() as session:
                return portable_reads.library(session, portable_reads.assessments(session, trashed), trashed,
                                              self._counted_ids)
        from c102desk.store.sqlite import library_read

        with self._reading() as db:
            return library_read.library(db, plain_reads.assessments(db, trashed), trashed, self._counted_ids)

    def _counted_ids(self, version: str, packed_gates: str) -> frozenset[str] | None:
        """The questions that count with these gating answers (as ``library`` packs them); cached, as many
        assessments share them."""
        key = (version, packed_gates)
        found = self._relevance_cache.get(key)
        if found is None:
            from c102desk.questionnaire import progress

            try:
                questionnaire = checks.load_questionnaire(version)
            except QuestionnaireError:
                return None
            values = {question_id: load_json(value_json)
                      for question_id, value_json in library_progress.unpack_gates(packed_gates)}
            found = progress.counted_ids(questionnaire, values)
            if len(self._relevance_cache) > 10_000:
                self._relevance_cache.clear()
            self._relevance_cache[key] = found
        return found

    def rename(self, assessment_id: str, *, country: str | None = None, title: str | None = None) -> None:
        checks.check_texts(country=(country, "country"), title=(title, "title"))
        with self.transaction() as session:
            assessment_writes.rename(session, assessment_id, country, title)
        self._changed()

    def finalize(self, assessment_id: str) -> None:
        """Mark the assessment final: from now on it is read-only; changes go into ``new_revision``."""
        with self.transaction() as session:
            assessment_writes.finalize(session, assessment_id)
        self._changed()

    def new_revision(self, assessment_id: str) -> str:
        """Copy an assessment (answers, details, evidence, history) into a new draft; the old one stays."""
        with self.transaction() as session:
            new_id = assessment_writes.copy_assessment(session, assessment_id)
        self._changed()
        return new_id

    def duplicate(self, assessment_id: str, title: str) -> str:
        """Copy an assessment into a new, independent draft named ``title`` (e.g. to model a reform).

        Unlike ``new_revision`` the copy starts its own line: revision 1, no previous revision. Answers with
        their notes, citations, confidence, evidence and history are copied; the original is not changed.
        """
        checks.check_texts(title=(title, "title"))
        with self.transaction() as session:
            new_id = assessment_writes.copy_assessment(session, assessment_id, title=title)
        self._changed()
        return new_id

    # ----------------------------------------------------------------- trash

    def trash(self, assessment_id: str) -> None:
        """Move to the trash (nothing is deleted until ``empty_trash``)."""
        with self.transaction() as session:
            assessment_writes.trash(session, assessment_id)
        self._changed()

    def restore_from_trash(self, assessment_id: str) -> None:
        with self.transaction() as session:
            assessment_writes.restore_from_trash(session, assessment_id)
        self._changed()

    def empty_trash(self) -> int:
        """Delete for good every assessment in the trash (after a backup). Returns how many."""
        if not self.list_assessments(trashed=True):
            return 0
        if self.remote is None:
            self.backup("before-empty-trash")
        with self.transaction() as session:
            count = assessment_writes.empty_trash(session)
        self._changed()
        return count

    # ----------------------------------------------------------------- assessor profiles

    def add_profile(self, name: str, organisation: str = "", role: str = "") -> int:
        checks.check_texts(name=(name, "name"), organisation=(organisation, "name"), role=(role, "name"))
        with self.transaction() as session:
            return assessment_writes.add_profile(session, name, organisation, role)

    def profiles(self) -> list[ProfileInfo]:
        with self._read_transaction() as session:
            return reads.profiles(session)

    # ----------------------------------------------------------------- answers

    def set_answer(
        self,
        assessment_id: str,
        question_id: str,
        value: Any,
        *,
        note: str | Keep = KEEP,
        legal_citation: str | Keep = KEEP,
        confidence: str | Keep | None = KEEP,
        evidence_ids: Sequence[str] | Keep = KEEP,
        assessor_id: int | None = None,
    ) -> SavedAnswer:
        """Save one answer (``None`` = "not known") with its history entry; returns what was saved, after the
        COMMIT (``answer_writes.save``: given fields replace the stored ones, ``KEEP`` keeps them)."""
        with self._answer_transaction() as db:
            saved = answer_writes.save(db, assessment_id, question_id, value, stamp=now_iso(), note=note,
                                       legal_citation=legal_citation, confidence=confidence,
                                       evidence_ids=evidence_ids, assessor_id=assessor_id)
        self._changed()
        return saved

    def clear_answer(self, assessment_id: str, question_id: str, *, assessor_id: int | None = None) -> SavedAnswer:
        """Take an answer back, as if the question had never been answered (the undo of a first answer); the
        answer is ``removed`` when nothing else hangs on it (``answer_writes.clear``)."""
        stamp = now_iso()
        with self._answer_transaction() as db:
            saved = answer_writes.clear(db, assessment_id, question_id, stamp=stamp, assessor_id=assessor_id)
        if saved.changed == stamp:  # something was written (not when there was nothing to take back)
            self._changed()
        return saved

    def _orm_engine(self) -> Engine:
        self._orm_sessions()  # makes the engine
        assert self._engine is not None
        return self._engine

    def _answer_writer(self) -> Connection:
        """The answers' connection, opened once and kept (configured as the engine's: WAL, synchronous=FULL,
        foreign keys, busy timeout); used under ``_answer_lock``."""
        if self._answer_connection is None:
            self._answer_connection = self._orm_engine().connect()
        return self._answer_connection

    def _close_answer_writer(self) -> None:
        with self._answer_lock:
            if self._answer_connection is not None:
                self._answer_connection.close()
                self._answer_connection = None

    @contextmanager
    def _answer_transaction(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT) on the answers' kept connection, one writer at a
        time: opening a connection per save (what the engine's NullPool does) cost more than the write itself.
        Rolled back on any error; a fault of the file or disk raised as its typed error.

        On a server, a connection of the engine's pool instead (checked before use): a kept one would fail the
        first save after the network or the server dropped it (a laptop's sleep), and the pool keeps the
        connection open between saves anyway."""
        self._check_can_write()
        if self.remote is not None:
            with self._answer_lock, self._faults(), self._orm_engine().begin() as pooled:
                yield pooled
            return
        with self._answer_lock, self._faults():
            db = self._answer_writer()
            try:
                with db.begin():
                    yield db
            except BaseException:
                if db.invalidated or db.closed:  # SQLite lost the connection (an I/O error): a new one next time
                    self._answer_connection = None
                    db.close()
                raise

    def answers(self, assessment_id: str) -> dict[str, Any]:
        """The current values, by question id (what the engine evaluates)."""
        return {a.question_id: a.value for a in self.answer_details(assessment_id)}

    def answer_details(self, assessment_id: str) -> list[AnswerInfo]:
        with self._read_transaction() as session:
            return reads.answer_details(session, assessment_id)

    def history(self, assessment_id: str, question_id: str | None = None) -> list[HistoryEntry]:
        """Changes of the answers, oldest first (of one question when ``question_id`` is given)."""
        with self._read_transaction() as session:
            return reads.history(session, assessment_id, question_id)

    # ----------------------------------------------------------------- evidence

    def add_evidence(self, assessment_id: str, file: str | Path, *, keep_copy: bool = True) -> str:
        """Record an evidence file: its name, SHA-256 and size, and a copy in the data folder (or its path)."""
        self._check_can_write()
        source = Path(file)
        digest, size = evidence_files.hash_file(source)
        if keep_copy:
            evidence_files.keep_copy(source, paths.evidence_dir(self.folder), digest, self.database)
        with self.transaction() as session:
            new_id = assessment_writes.add_evidence(
                session, assessment_id, name=source.name, sha256=digest, size=size,
                storage="copy" if keep_copy else "path", path=digest if keep_copy else str(source.resolve()))
        self._changed()
        return new_id

    def set_evidence_caption(self, assessment_id: str, evidence_id: str, caption: str) -> None:
        """Say what an evidence file is ("Social Security Act 2004, as published"); '' removes the caption."""
        with self.transaction() as session:
            assessment_writes.set_evidence_caption(session, assessment_id, evidence_id, caption)
        self._changed()

    def evidence_file(self, evidence: EvidenceInfo) -> Path:
        """Where the evidence file is: the copy in the data folder, or the path it was added from."""
        return paths.evidence_dir(self.folder) / evidence.path if evidence.storage == "copy" else Path(evidence.path)

    def evidence(self, assessment_id: str) -> list[EvidenceInfo]:
        with self._read_transaction() as session:
            return reads.evidence(session, assessment_id)

    # ----------------------------------------------------------------- assessment files

    def export_document(self, assessment_id: str) -> dict[str, Any]:
        from c102desk.store import transfer

        with self._read_transaction() as session:
            return transfer.to_document(session, assessment_row(session, assessment_id))

    def export_file(self, assessment_id: str, out: str | Path) -> None:
        """Write the assessment as a .c102.json file, atomically (temp file, then rename)."""
        from c102desk.store import transfer

        transfer.write_document(self.export_document(assessment_id), Path(out))

    def import_file(self, file: str | Path, *, on_conflict: str = "refuse") -> str:
        """Bring an assessment file in, all or nothing; returns the assessment's id in the store.

        ``on_conflict`` says what to do when its id is already in the store: ``refuse`` (an error asking to
        choose), ``keep_both`` (import under a new id) or ``replace`` (overwrite the stored one).
        """
        from c102desk.assessment import read_assessment
        from c102desk.store import orm, transfer

        self._check_can_write()
        parsed = read_assessment(file)
        plan = transfer.plan_import(parsed, str(file))
        transfer.check_evidence(plan, paths.evidence_dir(self.folder), str(file))
        if on_conflict == "replace" and plan.id is not None:
            with self._read_transaction() as session:
                existing = session.get(orm.Assessment, plan.id)
                replacing = existing is not None
                if existing is not None and existing.status == STATUS_FINAL:
                    raise AssessmentIsFinalError(
                        f"assessment {existing.id} in the store is final and cannot be replaced; "
                        "use --keep-both to import the file as a new assessment"
                    )
            if replacing and self.remote is None:
                self.backup("before-replace")
        with self.transaction() as session:
            existing = None if plan.id is None else session.get(orm.Assessment, plan.id)
            new_id = transfer.apply_import(session, plan, existing, on_conflict)
        self._changed()
        return new_id


# --------------------------------------------------------------------- helpers


def _check_before_open(folder: Path, database: Path, *, thorough: bool, access: Access) -> None:
    """The integrity check at open: a damaged file is moved aside (when its folder can be written)."""
    problem = integrity.check_at_open(database, thorough=thorough, access=access)
    if problem is None:
        return
    newest = backups.newest_good(paths.backups_dir(folder))
    moved = integrity.move_aside(database, paths.damaged_dir(folder)) if access is Access.WRITE else None
    raise StoreDamagedError(database, moved, newest, problem)


def _check_restorable(chosen: backups.Backup) -> None:
    """A backup may be brought back only when it is whole and a store this program reads."""
    backups.check_restorable(chosen)


def _refuse_unknown_revision(database: Path, revision: str | None) -> None:
    if revision is not None and not migrate.is_known(revision):
        raise StoreError(f"the local store {database} was made by a newer c102desk; please update c102desk")


def _newest_backup_age(folder: Path) -> float:
    """Seconds since the newest backup was taken (infinite when there is none)."""
    found = backups.list_backups(paths.backups_dir(folder))
    try:
        return time.time() - found[0].path.stat().st_mtime if found else float("inf")
    except OSError:  # removed meanwhile by another process's rotation
        return float("inf")


def _upgrade(database: Path) -> None:
    if not migrate.needs_upgrade(database):
        return
    from alembic.util.exc import CommandError  # Alembic is slow to import: only when there is work to do

    try:
        migrate.upgrade(database)
    except CommandError:
        raise StoreError(
            f"the local store {database} was made by a newer c102desk; please update c102desk"
        ) from None
