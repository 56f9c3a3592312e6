"""Paints "answered of relevant" with a thin progress bar under the numbers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from c102desk.ui.widgets.cell_painting import draw_cell_without_text

BAR_HEIGHT = 4


class ProgressDelegate(QStyledItemDelegate):
    def __init__(self, progress_role: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._progress_role = progress_role

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = draw_cell_without_text(self, painter, option, index)
        progress = index.data(self._progress_role)
        fraction = float(getattr(progress, "fraction", 0.0))
        cell: QRect = option.rect.adjusted(8, 4, -8, -6)
        metrics = option.fontMetrics
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        text_rect = QRect(cell.left(), cell.top(), cell.width(), cell.height() - BAR_HEIGHT - 3)
        painter.setPen(palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        bar = QRect(cell.left(), cell.bottom() - BAR_HEIGHT, min(cell.width(), metrics.horizontalAdvance("M") * 9),
                    BAR_HEIGHT)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#dfe3e8"))
        painter.drawRoundedRect(bar, 2, 2)
        if fraction > 0:
            done = QRect(bar.left(), bar.top(), max(BAR_HEIGHT, round(bar.width() * min(fraction, 1.0))), BAR_HEIGHT)
            painter.setBrush(QColor("#1a73e8" if fraction < 1 else "#1e8e3e"))
            painter.drawRoundedRect(done, 2, 2)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        metrics = option.fontMetrics
        width = max(metrics.horizontalAdvance(str(index.data() or "")), metrics.horizontalAdvance("M") * 9) + 24
        return QSize(max(base.width(), width), max(base.height(), metrics.height() + BAR_HEIGHT + 16))
