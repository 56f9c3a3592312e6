"""The program's log: a rotating file in the platform's log folder, and the hooks that send every failure there.

``setup()`` (the desktop application calls it first) sends Python's ``logging`` to ``c102desk.log`` (1 MB, five
older files kept), and installs ``sys.excepthook`` and ``threading.excepthook`` so that an uncaught exception, on
any thread, is written there with its traceback; ``faulthandler`` writes a hard crash (a segmentation fault in a
library) to ``crash.log`` beside it, since a crashing process can no longer use ``logging``. Qt's own messages
are routed in by ``c102desk.ui.qt_logging``. ``shutdown()`` undoes all of it.

What is logged: what happened and where (ids, file names, exception types and tracebacks), never a passphrase
or the content of an answer. Log calls pass identifiers, not values; ``tests/ui/test_logging.py`` checks a
session's log for the answers typed and the passphrase used.

The folder: ``$C102DESK_LOG_DIR`` if set (the tests set it), else ``platformdirs.user_log_dir("c102desk")``:
``~/.local/state/c102desk/log`` on Linux, ``%LOCALAPPDATA%\\c102desk\\Logs`` on Windows,
``~/Library/Logs/c102desk`` on macOS.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

from c102desk import __version__

APP_NAME = "c102desk"
LOG_DIR_ENV = "C102DESK_LOG_DIR"
LOG_FILE = "c102desk.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"
LEVEL_ENV = "C102DESK_LOG_LEVEL"  # e.g. DEBUG, for a support case
# Libraries whose INFO/DEBUG lines would carry content: SQLAlchemy's are the SQL statements with their
# parameters (the answers); fontTools' the glyphs of every subset. Only their warnings are kept.
QUIETED = ("sqlalchemy", "fontTools")

log = logging.getLogger(__name__)

# Told of every uncaught exception after it is logged (the desktop application shows a dialog); called on the
# thread where it happened.
ErrorListener = Callable[[BaseException], None]


def log_dir() -> Path:
    """The folder of the log files (not created here)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE


@dataclass
class _Installed:
    """What ``install`` changed, so that ``uninstall`` puts it back."""

    handler: logging.Handler
    crash_stream: IO[str] | None
    previous_excepthook: Callable[[type[BaseException], BaseException, TracebackType | None], object]
    previous_thread_hook: Callable[[threading.ExceptHookArgs], object]
    previous_level: int
    faulthandler_was_enabled: bool
    listeners: list[ErrorListener] = field(default_factory=list)


_installed: _Installed | None = None


def setup(level: int | None = None) -> Path:
    """Start writing the log (once; a second call changes nothing). Returns the log file's path.

    A log folder that cannot be created or written is not fatal: the program runs without a log file, and says
    so on stderr.
    """
    global _installed
    if _installed is not None:
        return log_file()
    path = log_file()
    handler: logging.Handler
    crash_stream: IO[str] | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                       encoding="utf-8")
        crash_stream = open(path.parent / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115 (open while running)
    except OSError as exc:
        if sys.stderr is not None:
            print(f"c102desk: no log file ({path.parent}: {exc.strerror})", file=sys.stderr)
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    if level is None:
        level = logging.getLevelName(os.environ.get(LEVEL_ENV, "INFO").upper())
        if not isinstance(level, int):
            level = logging.INFO
    root = logging.getLogger()
    _installed = _Installed(handler=handler, crash_stream=crash_stream, previous_excepthook=sys.excepthook,
                            previous_thread_hook=threading.excepthook, previous_level=root.level,
                            faulthandler_was_enabled=faulthandler.is_enabled())
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIETED:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    if crash_stream is not None:
        faulthandler.enable(file=crash_stream, all_threads=True)
    log.info("c102desk %s started: Python %s on %s", __version__, platform.python_version(), platform.platform())
    return path


def shutdown() -> None:
    """Stop writing the log and put back the hooks ``setup`` replaced."""
    global _installed
    installed, _installed = _installed, None
    if installed is None:
        return
    log.info("c102desk stopped")
    root = logging.getLogger()
    root.removeHandler(installed.handler)
    root.setLevel(installed.previous_level)
    for name in QUIETED:
        logging.getLogger(name).setLevel(logging.NOTSET)
    installed.handler.close()
    sys.excepthook = installed.previous_excepthook
    threading.excepthook = installed.previous_thread_hook
    if installed.crash_stream is not None:
        faulthandler.disable()
        installed.crash_stream.close()
        if installed.faulthandler_was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__)


def is_active() -> bool:
    return _installed is not None


def add_error_listener(listener: ErrorListener) -> None:
    """Call ``listener(exception)`` after each uncaught exception is logged (until ``shutdown``)."""
    if _installed is not None:
        _installed.listeners.append(listener)


def remove_error_listener(listener: ErrorListener) -> None:
    if _installed is not None and listener in _installed.listeners:
        _installed.listeners.remove(listener)


def _notify(error: BaseException) -> None:
    for listener in list(_installed.listeners if _installed is not None else ()):
        try:
            listener(error)
        except Exception:  # a failing listener must not hide the first error
            log.exception("the error listener failed")


def _excepthook(kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    log.critical("uncaught exception", exc_info=(kind, error, traceback))
    if sys.stderr is not None:  # as Python would have printed it (no console on Windows' windowed program)
        sys.__excepthook__(kind, error, traceback)
    _notify(error)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.critical("uncaught exception in thread %s", name, exc_info=(args.exc_type, args.exc_value,
                                                                    args.exc_traceback))
    _notify(args.exc_value)
