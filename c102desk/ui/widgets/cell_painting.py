"""What the table delegates paint alike: a cell's own background (selection, focus) without its text, and a
status written on a rounded chip."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


def draw_cell_without_text(delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
                           index: QModelIndex | QPersistentModelIndex) -> str:
    """Paint the cell as the style would (background, selection, focus) but without its text, and return the
    text, for the delegate to write its own way."""
    delegate.initStyleOption(option, index)
    text = option.text
    option.text = ""
    widget = option.widget
    if widget is not None:
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
    return text


def paint_chip(painter: QPainter, chip: QRect, label: str, background: QColor, foreground: QColor,
               font: QFont) -> None:
    """``label`` in bold, centred on a pill of ``background`` filling ``chip``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(foreground)
    painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)
    painter.restore()
