"""Paints a status ("Draft", "Final") as a coloured chip in a table cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from c102desk.ui.widgets.cell_painting import draw_cell_without_text, paint_chip

# background, text: calm colours with enough contrast (WCAG AA for the text on its chip)
CHIP_COLOURS = {
    "draft": ("#fff4d6", "#7a4a00"),
    "final": ("#dcf3e3", "#1d5e33"),
}
_OTHER = ("#e8eaed", "#3c4043")


class StatusChipDelegate(QStyledItemDelegate):
    def __init__(self, status_role: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._status_role = status_role

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = draw_cell_without_text(self, painter, option, index)
        background, foreground = CHIP_COLOURS.get(str(index.data(self._status_role)), _OTHER)
        metrics = option.fontMetrics
        pad_x = max(8, metrics.height() // 2)
        width = metrics.horizontalAdvance(text) + 2 * pad_x
        height = metrics.height() + 6
        cell: QRect = option.rect
        chip = QRect(cell.left() + 6, cell.center().y() - height // 2 + 1, width, height)
        paint_chip(painter, chip, text, QColor(background), QColor(foreground), option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        metrics = option.fontMetrics
        text = str(index.data() or "")
        width = metrics.horizontalAdvance(text) + 2 * max(8, metrics.height() // 2) + 16
        return QSize(max(base.width(), width), max(base.height(), metrics.height() + 14))


