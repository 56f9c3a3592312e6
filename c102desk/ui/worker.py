"""The one helper for slow work off the GUI thread (import, export, later the report).

``TaskRunner.run(description, work, on_done, on_error)`` runs the plain-Python callable ``work`` on a
``QThreadPool`` thread and calls ``on_done(result)`` or ``on_error(exception)`` back **on the GUI thread**.
The work never touches a widget; it only returns a value or raises. While any task runs the cursor is busy,
and a task still running after ``PROGRESS_AFTER_MS`` shows an indeterminate progress dialog.

Threads and the store: ``c102desk.store.sqlite.engine`` builds its engine with ``NullPool``, so every store call opens
its own SQLite connection on the calling thread and closes it at the end of the transaction; no connection is
ever shared across threads. Writers are serialised by SQLite itself (WAL, ``BEGIN IMMEDIATE``, busy timeout).
That makes it safe to call the GUI's ``Store`` from a task, so import and export run whole (parsing, checking
and the one write transaction) in the worker. Tasks run one at a time (the pool has a single thread), which
also keeps the store's small in-memory backup counters free of races between tasks.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

log = logging.getLogger(__name__)

PROGRESS_AFTER_MS = 400


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker thread reach its receivers queued."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._task_id = task_id
        self._work = work
        self._relay = relay

    def run(self) -> None:  # worker thread: no widgets here
        try:
            result = self._work()
        except Exception as exc:  # every failure goes back to the GUI thread, reported the same way
            self._relay.failed.emit(self._task_id, exc)
        else:
            self._relay.succeeded.emit(self._task_id, result)


@dataclass(frozen=True)
class _Task:
    """A task for the worker thread, with what to do when it is done or fails."""

    description: str
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]


class _Runner(QObject):
    """What both runners share: one worker thread, the relay back to the GUI thread and the tasks under way.

    ``_deliver(task_id, call)`` hands a task's result or error to its callback; each runner says when the task
    stops counting as running (``TaskRunner`` after its callback, ``QuietRunner`` before)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._running: dict[int, _Task] = {}
        self._next_id = itertools.count(1)

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (for shutdown, before the store is closed); queued results are delivered
        by the event loop later."""
        return self._pool.waitForDone(msecs)

    def _start(self, task: _Task, work: Callable[[], Any]) -> int:
        task_id = next(self._next_id)
        self._running[task_id] = task
        self._pool.start(_Job(task_id, work, self._relay))
        return task_id

    @Slot(int, object)
    def _succeeded(self, task_id: int, result: object) -> None:
        self._deliver(task_id, lambda task: task.on_done(result))

    @Slot(int, object)
    def _failed(self, task_id: int, error: object) -> None:
        self._failure_seen(error)
        exception = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self._deliver(task_id, lambda task: task.on_error(exception))

    def _failure_seen(self, error: object) -> None:
        """A failure, before its callback (the quiet runner logs it: nobody else is told)."""

    def _deliver(self, task_id: int, call: Callable[[_Task], None]) -> None:
        raise NotImplementedError


class TaskRunner(_Runner):
    """Runs tasks one at a time off the GUI thread, with a busy cursor and, if slow, a progress dialog."""

    busyChanged = Signal(bool)
    taskStarted = Signal(str)
    allDone = Signal()

    def __init__(self, dialog_parent: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dialog_parent = dialog_parent
        self._progress: QProgressDialog | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_AFTER_MS)
        self._progress_timer.timeout.connect(self._show_progress)

    def run(
        self,
        description: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> int:
        """Run ``work()`` off the GUI thread; ``on_done``/``on_error`` are called on the GUI thread."""
        if not self._running:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.busyChanged.emit(True)
            self._progress_timer.start()
        task_id = self._start(_Task(description, on_done, on_error), work)
        self.taskStarted.emit(description)
        return task_id

    def _deliver(self, task_id: int, call: Callable[[_Task], None]) -> None:
        task = self._running.get(task_id)  # still running during its callback: busy stays on for what it starts
        try:
            if task is not None:
                call(task)
        finally:
            self._finished(task_id)

    def _finished(self, task_id: int) -> None:
        self._running.pop(task_id, None)
        if self._running:
            return
        self._progress_timer.stop()
        if self._progress is not None:
            self._progress.reset()
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None
        QApplication.restoreOverrideCursor()
        self.busyChanged.emit(False)
        self.allDone.emit()

    def _show_progress(self) -> None:
        if not self._running or self._progress is not None:
            return
        first = next(iter(self._running.values()))
        dialog = QProgressDialog(first.description, "", 0, 0, self._dialog_parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setCancelButton(None)  # work on the store is never cut half-way
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAccessibleName(self.tr("Progress"))
        self._progress = dialog
        dialog.show()


class QuietRunner(_Runner):
    """Runs background reads off the GUI thread without telling the user: no busy cursor, no progress dialog.

    For work the screen can do without for a moment (the library's progress column filled after the list is
    shown). ``on_done(result)`` is called on the GUI thread; a failure is logged and ``on_error`` (if given)
    called there. Its own single-thread pool, so it never queues behind (or holds up) the ``TaskRunner``.
    """

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None) -> int:
        return self._start(_Task("", on_done, on_error or (lambda _exc: None)), work)

    def _failure_seen(self, error: object) -> None:
        log.error("background task failed: %s", error, exc_info=error if isinstance(error, BaseException) else None)

    def _deliver(self, task_id: int, call: Callable[[_Task], None]) -> None:
        task = self._running.pop(task_id, None)  # done before its callback: it may ask whether more is on its way
        if task is not None:
            call(task)
