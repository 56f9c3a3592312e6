"""Screenshots of the real widgets, for the README and the user guide: ``python tools/screenshots.py``.

Each shot is a function registered with ``@shot("name")``: it gets a fresh store in a temporary folder and
returns the widget to photograph (shown and sized). The PNGs go to docs/screenshots/. Runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from c102desk.resources import resource_path
from c102desk.store import Store
from c102desk.ui.app import application
from c102desk.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
WINDOW_SIZE = (1280, 800)

ShotFunction = Callable[[Store], QWidget]
SHOTS: dict[str, ShotFunction] = {}


def shot(name: str) -> Callable[[ShotFunction], ShotFunction]:
    """Register a screenshot: ``name`` becomes docs/screenshots/<name>.png."""

    def register(function: ShotFunction) -> ShotFunction:
        SHOTS[name] = function
        return function

    return register


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def import_examples(store: Store) -> list[str]:
    return [store.import_file(path) for path in sorted(resource_path("examples").glob("*.c102.json"))]


def main_window(store: Store) -> MainWindow:
    window = MainWindow(store)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle()
    return window


@shot("welcome")
def welcome(store: Store) -> QWidget:
    return main_window(store)


@shot("library")
def library(store: Store) -> QWidget:
    ids = import_examples(store)
    store.duplicate(ids[1], "Reform 2027: longer pension qualifying period")
    store.finalize(ids[0])
    window = main_window(store)
    window.library.refresh(select=ids[2])
    settle()
    return window


def take(names: list[str]) -> list[Path]:
    application()
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names or list(SHOTS):
        with tempfile.TemporaryDirectory() as folder:
            store = Store.open(Path(folder) / "data")
            try:
                widget = SHOTS[name](store)
                settle()
                target = OUT / f"{name}.png"
                widget.grab().save(str(target))
                written.append(target)
                widget.close()
                widget.deleteLater()
                settle()
            finally:
                store.close()
    return written


if __name__ == "__main__":
    for path in take(sys.argv[1:]):
        print(path)
