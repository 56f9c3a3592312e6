"""The inbox's verification, on one worker thread: ``c102desk.inbox.scan`` there, each report sent to the GUI
thread as soon as it is checked, and a stop between two files when cancelled.

The thread only reads files and computes; it touches no widget. Results travel by queued signals (an entry is
a frozen dataclass: nothing is shared). docs/performance.md measures it beside pyHanko's own loop.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from c102desk.errors import C102Error
from c102desk.inbox.scan import inbox_files, scan
from c102desk.regions import Regions

log = logging.getLogger(__name__)


class ScanThread(QThread):
    """``counted(total)`` once the folder is listed, ``found(entry)`` per file, then ``done(cancelled)``; a
    folder that cannot be listed is ``failed(error)`` (and no ``done``)."""

    counted = Signal(int)
    found = Signal(object)
    failed = Signal(object)
    done = Signal(bool)

    def __init__(self, folder: Path, regions: Regions, *, recursive: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.regions = regions
        self.recursive = recursive
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:  # the worker thread: no widgets here
        try:
            self.counted.emit(len(inbox_files(self.folder, recursive=self.recursive)))
            for entry in scan(self.folder, recursive=self.recursive, regions=self.regions,
                              cancelled=self._stop.is_set):
                self.found.emit(entry)
        except C102Error as exc:
            self.failed.emit(exc)
            return
        except Exception as exc:  # a bug: logged, and the user told that the list is incomplete
            log.exception("inbox scan failed")
            self.failed.emit(exc)
            return
        self.done.emit(self._stop.is_set())
