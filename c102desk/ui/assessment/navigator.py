"""The navigator: Parts I–XIV, each with its progress (answered / relevant) and its live verdict."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from c102desk.ui.assessment.session import AssessmentSession
from c102desk.ui.assessment.status_style import chip_icon, part_status_label

_STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class _WrapDelegate(QStyledItemDelegate):
    """Items as tall as their wrapped text at the list's current width (Qt's own estimate cuts long Part
    titles, which French and Spanish have, to an elided last line)."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        # the icon and its spacing, the item's padding (style.py: 6px each side) and the style's text margins
        reserved = self.view.iconSize().width() + 12 + 12 + 12
        width = max(self.view.viewport().width() - reserved, 60)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(base.width(), max(base.height(), bounds.height() + 18))  # + the 7px top and bottom padding


class PartNavigator(QListWidget):
    partSelected = Signal(str)

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("partNavigator")
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setIconSize(QSize(14, 14))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(_WrapDelegate(self))
        self.part_ids = [part.id for part in session.questionnaire.parts]
        for part in session.questionnaire.parts:
            item = QListWidgetItem(self)
            item.setData(Qt.ItemDataRole.UserRole, part.id)
        self.currentRowChanged.connect(self._row_changed)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # heights depend on the width

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Recompute every Part's progress and verdict (cheap: a few hundred relevance checks)."""
        self.setAccessibleName(self.tr("Parts of the Convention"))
        evaluation = self.session.evaluation
        questionnaire, lang = self.session.questionnaire, self.session.language
        for row, part in enumerate(self.session.questionnaire.parts):
            item = self.item(row)
            progress = self.session.progress(part.id)
            result = evaluation.parts.get(part.id)
            if result is not None:
                status = result.status.value
                verdict = part_status_label(status, lang)
            else:  # Part I decides no verdict of its own; its figures feed the other Parts
                status = "not_assessed"
                verdict = self.tr("Shared data")
            item.setText(self.tr("Part {part} · {title}\n{answered} / {relevant} answered · {verdict}").format(
                part=part.id, title=questionnaire.part_title(part.id, lang), answered=progress.answered,
                relevant=progress.relevant, verdict=verdict))
            item.setIcon(chip_icon(status))
            item.setData(_STATUS_ROLE, status)
            item.setToolTip(verdict)
        # A list view does not re-measure items whose text changed: longer texts (another language, another
        # verdict) would be cut. Lay the items out again.
        self.scheduleDelayedItemsLayout()

    def select_part(self, part_id: str) -> None:
        self.setCurrentRow(self.part_ids.index(part_id))

    def current_part(self) -> str:
        return self.part_ids[max(self.currentRow(), 0)]

    def status_of(self, part_id: str) -> str:
        return str(self.item(self.part_ids.index(part_id)).data(_STATUS_ROLE))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.part_ids):
            self.partSelected.emit(self.part_ids[row])
