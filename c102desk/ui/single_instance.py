"""One running c102desk per library (store folder).

The first one holds ``c102desk.lock`` in the store folder (a ``QLockFile``: a crashed holder's lock is taken over,
Qt checks that its process is gone). A second start on the same library hands over what it was asked to open by
writing a request file into ``requests/`` beside the lock, which the first one watches: the first one brings
its window to the front and opens the files; the second one exits. If nothing answers within
``ANSWER_TIMEOUT_MS`` (the holder hangs, or runs on another computer that shares the folder), the second start
says that the library is in use and by whom.

No network: a folder and a file watcher are all it takes (QtNetwork is left out of the bundle).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QFileSystemWatcher,
    QLockFile,
    QObject,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

LOCK_FILE = "c102desk.lock"
REQUESTS_DIR = "requests"
ANSWER_TIMEOUT_MS = 5000
POLL_MS = 1000  # the watcher's safety net (file watching is unreliable on some network folders)


@dataclass(frozen=True)
class Holder:
    """Who holds a library: the process id, host name and program Qt recorded in the lock file."""

    pid: int
    host: str
    program: str

    def is_here(self) -> bool:
        return self.host == socket.gethostname()


@dataclass(frozen=True)
class Request:
    """What a second start asks the running program to open."""

    files: tuple[str, ...]


class LibraryLock:
    """The lock of one store folder. ``acquire()`` once; the lock is released when the program ends."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = QLockFile(str(folder / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # never by age: only a holder whose process is gone loses the lock

    def acquire(self) -> bool:
        if self._lock.tryLock(0):
            return True
        # A folder this user may not write (a read-only library): no lock file can be made, and no second
        # program can write there either; the store opens read-only.
        return self._lock.error() == QLockFile.LockError.PermissionError

    def release(self) -> None:
        self._lock.unlock()

    def holder(self) -> Holder | None:
        info = self._lock.getLockInfo()  # PySide6: (pid, host name, program), or nothing usable
        if not isinstance(info, tuple) or len(info) != 3 or not info[0]:
            return None
        pid, host, program = info
        return Holder(int(pid), str(host), str(program))


def requests_dir(folder: Path) -> Path:
    return folder / REQUESTS_DIR


def hand_over(folder: Path, files: Sequence[str], timeout_ms: int | None = None) -> bool:
    """Ask the program that holds ``folder`` to come to the front and open ``files``; True once it has taken the
    request (within ``timeout_ms``), False when nothing answered (the request is then withdrawn)."""
    target = requests_dir(folder)
    target.mkdir(parents=True, exist_ok=True)
    request = target / f"{uuid.uuid4().hex}.json"
    partial = request.with_suffix(".partial")
    partial.write_text(json.dumps({"files": [str(Path(f).resolve()) for f in files]}), encoding="utf-8")
    os.replace(partial, request)  # whole or not at all, for the watcher
    deadline = QDeadlineTimer(ANSWER_TIMEOUT_MS if timeout_ms is None else timeout_ms)
    while request.exists() and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)  # the holder may be this
        QThread.msleep(20)  # process (in tests): its watcher must get its turn
    if request.exists():
        request.unlink(missing_ok=True)
        return False
    return True


class RequestWatcher(QObject):
    """In the program that holds the lock: each request another start leaves is read, removed and emitted."""

    requested = Signal(object)  # Request

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = requests_dir(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.glob("*.json"):  # left by a start that gave up before this one ran
            stale.unlink(missing_ok=True)
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._watcher.directoryChanged.connect(lambda _path: self.take_requests())
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.take_requests)
        self._timer.start()

    def take_requests(self) -> list[Request]:
        taken = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                files = tuple(str(f) for f in data.get("files", []))
            except (OSError, ValueError, AttributeError):
                files = ()  # unreadable: still a request to come to the front
            path.unlink(missing_ok=True)
            request = Request(files)
            taken.append(request)
            log.info("another start asked to open %d file(s)", len(files))
            self.requested.emit(request)
        return taken


@dataclass(frozen=True)
class Claim:
    """The outcome of a start: this program holds the library (``lock``), or it handed its files over to the one
    that does (``handed_over``), or neither (the library is in use and the user was told)."""

    lock: LibraryLock | None
    handed_over: bool = False


def claim_library(folder: Path, files: Sequence[str], messages: InstanceMessages) -> Claim:
    """Take the lock of ``folder`` when this is the first program on it; else hand ``files`` to the holder, or,
    when it does not answer, say that the library is in use."""
    lock = LibraryLock(folder)
    if lock.acquire():
        return Claim(lock)
    holder = lock.holder()
    log.info("the library %s is held by %s", folder, holder)
    if holder is not None and holder.is_here() and hand_over(folder, files):
        messages.answered(folder)
        return Claim(None, handed_over=True)
    messages.in_use(folder, holder)
    return Claim(None)


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` above the others (window managers may only flash it in the task bar instead)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


class InstanceMessages:
    """What a second start says (replaced in tests)."""

    def in_use(self, folder: Path, holder: Holder | None) -> None:
        translate = QCoreApplication.translate
        if holder is None:
            who = translate("InstanceMessages", "another c102desk")
        elif holder.is_here():
            who = translate("InstanceMessages", "another c102desk (process %1)").replace("%1", str(holder.pid))
        else:
            who = translate("InstanceMessages", "c102desk on the computer %1").replace("%1", holder.host)
        QMessageBox.warning(
            None, translate("InstanceMessages", "Library in use"),
            translate("InstanceMessages", "The library in %1 is open in %2. Close it there first, or start "
                                          "c102desk with --data-dir to use another library.")
            .replace("%1", str(folder)).replace("%2", who))

    def answered(self, folder: Path) -> None:
        if sys.stdout is not None:
            print(f"c102desk is already open on the library in {folder}: its window was brought to the front",
                  flush=True)
