"""Default sizes that fit a small laptop screen: 1366×768, less a taskbar and the window's title bar, and never
more than the screen the window is on. Windows and dialogs open at most this large; the user may enlarge them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SMALL_SCREEN = QSize(1366, 768)
# What a window may use of it: a 40 px taskbar, a ~30 px title bar and the frame's borders.
WORK_AREA = QSize(SMALL_SCREEN.width() - 8, SMALL_SCREEN.height() - 40 - 38)


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, reduced to fit the small screen and the widget's own screen."""
    limit = QSize(WORK_AREA)
    screen = widget.screen()
    if screen is not None:
        available = screen.availableGeometry().size()
        limit = limit.boundedTo(QSize(available.width() - 8, available.height() - 38))
    return QSize(width, height).boundedTo(limit)
