"""A note in the status bar with an Undo button: what was just done, and the way back (e.g. "Moved to the
trash. Undo"). It stays until the next note, or for ``timeout_ms``; pressing Undo hides it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

TIMEOUT_MS = 20_000


class UndoNotice(QWidget):
    undone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.text = QLabel(self)
        self.text.setObjectName("undoNoticeText")
        self.button = QPushButton(self)
        self.button.setObjectName("undoNoticeButton")
        self.button.setAutoDefault(False)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.clicked.connect(self._undo)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self._undo_with: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Undo"))
        self.button.setToolTip(self.tr("Undo this (Ctrl+Z)"))
        self.button.setAccessibleName(self.tr("Undo: %1").replace("%1", self.text.text()))

    def show_notice(self, text: str, undo: Callable[[], object], timeout_ms: int = TIMEOUT_MS) -> None:
        self.text.setText(text)
        self._undo_with = undo
        self.retranslate()
        self.show()
        self._timer.start(timeout_ms)

    def dismiss(self) -> None:
        self._undo_with = None
        self._timer.stop()
        self.hide()

    def _undo(self) -> None:
        undo, self._undo_with = self._undo_with, None
        self.dismiss()
        if undo is not None:
            undo()
            self.undone.emit()
