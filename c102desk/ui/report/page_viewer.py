"""A scrollable viewer of a PDF's pages, rendered with pdfium (pypdfium2), with the page count and zoom.

Only the pages on screen are rendered, when they are painted (about 10 ms a page), and a few are kept; so a
long report costs little memory at any zoom. pdfium is not thread-safe: it is used on the GUI thread only (the
report itself is built in the worker).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
DEFAULT_ZOOM = 1.0
KEPT_PAGES = 8
PAGE_GAP = 14
POINTS_PER_INCH = 72.0


class _Page(QWidget):
    def __init__(self, viewer: PageViewer, index: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._viewer = viewer
        self.index = index
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        image = self._viewer.page_image(self.index)
        painter.drawImage(self.rect(), image)
        painter.setPen(QColor("#b8c0ca"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class PageViewer(QWidget):
    """``set_pdf(data)`` shows a document; ``clear()`` empties the viewer."""

    currentPageChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageViewer")
        self._document: Any = None
        self._sizes: list[tuple[float, float]] = []  # points
        self._images: OrderedDict[int, QImage] = OrderedDict()
        self._zoom = DEFAULT_ZOOM
        self._current = 0
        self.rendered = 0  # pages rendered so far (for tests and diagnostics)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageCount")
        self.zoom_out_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.zoom_combo = QComboBox(self)
        for zoom in ZOOMS:
            self.zoom_combo.addItem(f"{round(zoom * 100)} %", zoom)
        self.zoom_combo.setCurrentIndex(ZOOMS.index(DEFAULT_ZOOM))
        self.zoom_combo.currentIndexChanged.connect(lambda i: self.set_zoom(ZOOMS[i]))
        bar.addWidget(self.page_label, 1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_combo)
        bar.addWidget(self.zoom_in_button)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("pageScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setStyleSheet("QScrollArea#pageScroll > QWidget > QWidget { background: #e4e8ed; }")
        self.sheet = QWidget()
        self.sheet_layout = QVBoxLayout(self.sheet)
        self.sheet_layout.setSpacing(PAGE_GAP)
        self.sheet_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.sheet_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_label = QLabel(self.sheet)
        self.empty_label.setObjectName("subtle")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.sheet_layout.addWidget(self.empty_label)
        self.scroll_area.setWidget(self.sheet)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.pages: list[_Page] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self.zoom_in_action = self._action("Ctrl++", lambda: self.step_zoom(1))
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action("Ctrl+-", lambda: self.step_zoom(-1))
        self.zoom_reset_action = self._action("Ctrl+0", lambda: self.set_zoom(DEFAULT_ZOOM))
        self.zoom_in_button.setDefaultAction(self.zoom_in_action)
        self.zoom_out_button.setDefaultAction(self.zoom_out_action)
        self.retranslate()
        self._update_controls()

    def _action(self, key: str, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.scroll_area.setAccessibleName(self.tr("Report pages"))
        self.zoom_combo.setAccessibleName(self.tr("Zoom level"))
        self.zoom_combo.setToolTip(self.tr("Zoom level (Ctrl++, Ctrl+-, Ctrl+0)"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_reset_action.setText(self.tr("Actual size"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.empty_label.setText(self.tr("Choose “Preview” to see the report's pages here before saving it."))
        self._update_page_label()

    # ------------------------------------------------------------------ document

    def page_count(self) -> int:
        return len(self._sizes)

    def current_page(self) -> int:
        return self._current

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_pdf(self, data: bytes) -> int:
        """Show ``data`` (a PDF) from its first page; returns the number of pages."""
        import pypdfium2  # type: ignore[import-untyped]

        self.clear()
        document = pypdfium2.PdfDocument(data)
        self._document = document
        self._sizes = [document.get_page_size(i) for i in range(len(document))]
        self.empty_label.hide()
        for index in range(len(self._sizes)):
            page = _Page(self, index, self.sheet)
            page.setAccessibleName(self.tr("Report page %1").replace("%1", str(index + 1)))
            self.sheet_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(page)
        self._resize_pages()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._current = 0
        self._update_controls()
        return len(self._sizes)

    def clear(self) -> None:
        for page in self.pages:
            self.sheet_layout.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self._images.clear()
        self._sizes = []
        if self._document is not None:
            self._document.close()
            self._document = None
        self.empty_label.show()
        self._current = 0
        self._update_controls()

    def closeEvent(self, event: Any) -> None:
        self.clear()
        super().closeEvent(event)

    # ------------------------------------------------------------------ rendering

    def _scale(self) -> float:
        """pdfium's scale for the current zoom: 100 % is the page's real size on this screen."""
        return self._zoom * self.logicalDpiX() / POINTS_PER_INCH

    def _page_size(self, index: int) -> QSize:
        width, height = self._sizes[index]
        return QSize(round(width * self._scale()), round(height * self._scale()))

    def page_image(self, index: int) -> QImage:
        """The page at the current zoom, rendered now unless it is among the few kept."""
        image = self._images.get(index)
        if image is not None:
            self._images.move_to_end(index)
            return image
        ratio = self.devicePixelRatioF()
        page = self._document[index]
        try:
            bitmap = page.render(scale=self._scale() * ratio, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888).copy()
        finally:
            page.close()
        image.setDevicePixelRatio(ratio)
        self.rendered += 1
        self._images[index] = image
        while len(self._images) > KEPT_PAGES:
            self._images.popitem(last=False)
        return image

    def _resize_pages(self) -> None:
        self._images.clear()
        for page in self.pages:
            page.setFixedSize(self._page_size(page.index))

    # ------------------------------------------------------------------ zoom and position

    def set_zoom(self, zoom: float) -> None:
        if zoom == self._zoom:
            return
        bar = self.scroll_area.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._zoom = zoom
        if zoom in ZOOMS and self.zoom_combo.currentIndex() != ZOOMS.index(zoom):
            self.zoom_combo.setCurrentIndex(ZOOMS.index(zoom))
        self._resize_pages()
        self.sheet.adjustSize()
        bar.setValue(round(fraction * bar.maximum()))
        self._update_controls()

    def step_zoom(self, step: int) -> None:
        index = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self._zoom))
        self.set_zoom(ZOOMS[max(0, min(len(ZOOMS) - 1, index + step))])

    def go_to_page(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.scroll_area.verticalScrollBar().setValue(self.pages[index].y() - PAGE_GAP)

    def _scrolled(self, value: int) -> None:
        middle = value + self.scroll_area.viewport().height() // 3
        current = 0
        for page in self.pages:
            if page.geometry().top() <= middle:
                current = page.index
            else:
                break
        if current != self._current:
            self._current = current
            self._update_page_label()
            self.currentPageChanged.emit(current)

    def _update_controls(self) -> None:
        has_pages = bool(self.pages)
        self.zoom_combo.setEnabled(has_pages)
        self.zoom_in_action.setEnabled(has_pages and self._zoom < ZOOMS[-1])
        self.zoom_out_action.setEnabled(has_pages and self._zoom > ZOOMS[0])
        self.zoom_reset_action.setEnabled(has_pages)
        self._update_page_label()

    def _update_page_label(self) -> None:
        if not self.pages:
            self.page_label.setText(self.tr("No preview yet"))
        else:
            self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self._current + 1))
                                    .replace("%2", str(len(self.pages))))
        self.page_label.setAccessibleName(self.page_label.text())
