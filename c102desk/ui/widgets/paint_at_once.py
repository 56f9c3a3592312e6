"""A table view that paints in one go while a worker thread runs Python: the received reports' table, filled as
a worker verifies them.

Why: a table whose model is written in Python calls it back for every cell and role it paints (~1,450 calls a
paint of the inbox). Qt's own paint, entered from the event loop, takes Python's interpreter lock for each call
and gives it up after, and with the verifying thread running Python each taking can wait for that thread's turn
to end — a paint then took 100–250 ms of the GUI thread's time, most of it waiting (docs/performance.md §7).
Entered from Python (this override), the paint keeps the lock it already has, and the calls back need no
taking: the longest wait fell to under 100 ms (three runs each way, 500 reports).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTableView


class PaintAtOnceTableView(QTableView):
    """``QTableView`` whose viewport's events (its paints) run under the interpreter lock taken once."""

    def viewportEvent(self, event: QEvent) -> bool:
        return super().viewportEvent(event)
