"""Run in a fresh process by the benchmark: time to the first paint of a main window, then (optionally) to
the first paint after opening one assessment, and the peak resident memory.

``python -m c102desk.bench.qt_probe floor|app --out FILE [--data-dir DIR] [--open ID]``. ``floor`` shows a bare
``QMainWindow``; ``app`` runs the real ``run_app`` with an application-wide event filter that notes the first
paint of the main window. Qt is imported inside ``main`` only, so that importing this module stays Qt-free.
Times are ``time.time()`` stamps: the parent compares them with the moment it started the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

STARTED = time.time()  # the interpreter is up and runs this module


def _heavy_modules() -> list[str]:
    """Report and signing modules loaded so far (none should be at start-up)."""
    return sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in ("reportlab", "pyhanko")})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("floor", "app"))
    parser.add_argument("--out", required=True)
    parser.add_argument("--data-dir")
    parser.add_argument("--open", dest="open_id")
    args = parser.parse_args(argv)
    if args.mode == "app":
        # Before Qt, as the ``c102desk`` command does (cli → ui.app, which imports the store before PySide6).
        from c102desk.ui import app as app_module

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    record: dict[str, Any] = {"started": STARTED}

    class FirstPaint(QObject):
        """Notes the first paint of the main window, then of the assessment view once it is opened."""

        def __init__(self) -> None:
            super().__init__()
            self.window: QMainWindow | None = None
            self.opening: QWidget | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if self.window is None and isinstance(watched, QMainWindow):
                self.window = watched
                record["painted"] = time.time()
                record["heavy_modules_at_start"] = _heavy_modules()
                record["modules_at_start"] = len(sys.modules)
                QTimer.singleShot(0, self.after_first_paint)
            elif self.opening is not None and isinstance(watched, QWidget) and (
                watched is self.opening or self.opening.isAncestorOf(watched)
            ):
                record["assessment_painted"] = time.perf_counter()
                self.opening = None
                QTimer.singleShot(0, self.finish)
            return False

        def after_first_paint(self) -> None:
            # After the first paint the app fills the library's progress column and then warms up the store
            # (imports SQLAlchemy and the questionnaire), both off the GUI thread: note when each is done, and
            # open the assessment only then (a user's click comes later; opening while they run would time
            # them together).
            library = getattr(self.window, "library", None)
            if library is not None and hasattr(library, "progress_pending") and library.progress_pending():
                library.progressFilled.connect(self.progress_filled)
            else:
                self.progress_filled()
            window: Any = self.window  # the app's MainWindow, or the floor's bare QMainWindow
            if window is not None and not getattr(window, "warmed_up", True):
                window.warmedUp.connect(self.warmed_up)
            else:
                self.warmed_up()

        def progress_filled(self) -> None:
            if "progress_filled" not in record:
                record["progress_filled"] = time.time()
                self.settled()

        def warmed_up(self) -> None:
            if "warmed_up" not in record:
                record["warmed_up"] = time.time()
                self.settled()

        def settled(self) -> None:
            if "progress_filled" not in record or "warmed_up" not in record or "assessment_opening" in record:
                return
            window = self.window
            if args.open_id and window is not None and hasattr(window, "open_assessment"):
                record["assessment_opening"] = time.perf_counter()
                window.open_assessment(args.open_id)
                record["assessment_built"] = time.perf_counter()
                self.opening = getattr(window, "assessment_view", None)
                if self.opening is None:
                    self.finish()
                return
            self.finish()

        def finish(self) -> None:
            record["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            if self.window is not None:
                self.window.close()
            QApplication.quit()

    if args.mode == "floor":
        app = QApplication(sys.argv[:1])
        watcher = FirstPaint()
        app.installEventFilter(watcher)
        window = QMainWindow()
        window.setCentralWidget(QLabel("floor"))
        window.resize(800, 600)
        window.show()
        app.exec()
    else:
        app = app_module.application()  # run_app reuses this instance
        watcher = FirstPaint()
        app.installEventFilter(watcher)
        opening_store = app_module.open_store

        def timed_open_store(*a: Any, **k: Any) -> Any:
            record["store_opening"] = time.time()
            return opening_store(*a, **k)

        app_module.open_store = timed_open_store
        app_module.run_app(args.data_dir)
    Path(args.out).write_text(json.dumps(record), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
