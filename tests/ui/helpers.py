"""Small helpers of the GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from c102desk.resources import resource_path
from c102desk.ui.library import LibraryPage
from c102desk.ui.library.table_model import COUNTRY, TITLE

EXAMPLE = str(resource_path("examples", "midland-three-parts.c102.json"))


def shown_rows(library: LibraryPage) -> list[tuple[str, str]]:
    """(country, title) of the rows the table shows, in display order."""
    proxy = library.proxy
    return [(str(proxy.index(r, COUNTRY).data()), str(proxy.index(r, TITLE).data())) for r in range(proxy.rowCount())]


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Show the window and make it the active one: shortcuts only fire in the active window."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
