"""Help ▸ About c102desk: what the program is, its version and licence, where its library and log are, and the
third-party software it uses with each one's licence (``c102desk.notices``); "About Qt" beside it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c102desk import __version__, logs
from c102desk.notices import Component, components
from c102desk.ui import qt_logging
from c102desk.ui.widgets.screen_fit import fitting_size

PROJECT_LICENCE = "MIT"


class AboutDialog(QDialog):
    def __init__(self, library_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.library_folder = library_folder
        self.components = [c for c in components() if (c.scope == "all" or _frozen()) and c.is_present()]

        self.icon = QLabel()
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.icon.setPixmap(icon.pixmap(64, 64))
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.places = QLabel()
        self.places.setWordWrap(True)
        self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.places.setObjectName("subtle")
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.summary)
        words.addWidget(self.places)
        top.addLayout(words, 1)

        self.used_label = QLabel()
        self.used_label.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("componentsTable")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setColumnCount(3)
        for component in self.components:
            item = QTreeWidgetItem([component.name, component.version() or "", component.licence])
            item.setToolTip(0, component.homepage)
            self.table.addTopLevelItem(item)
        self.used_label.setBuddy(self.table)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([220, 200])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt_button = QPushButton()
        self.about_qt_button.setObjectName("aboutQtButton")
        self.about_qt_button.clicked.connect(QApplication.aboutQt)
        self.log_button = QPushButton()
        self.log_button.setObjectName("openLogFolderButton")
        self.log_button.clicked.connect(qt_logging.open_log_folder)
        self.buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.used_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.table.currentItemChanged.connect(lambda *_: self._show_licence())
        self.retranslate()
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        for column in range(2):
            self.table.resizeColumnToContents(column)
        metrics = self.fontMetrics()
        # Never taller than a 1366×768 screen shows (at 150 % text it was 756 px high).
        self.resize(fitting_size(self, metrics.horizontalAdvance("M") * 62, metrics.height() * 36))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About c102desk"))
        self.heading.setText(f"<h2>c102desk {__version__}</h2>")
        self.summary.setText(self.tr("Gap assessments of national social security law and practice against ILO "
                                     "Convention No. 102 (Social Security (Minimum Standards), 1952). Works fully "
                                     "offline. Released under the %1 licence.").replace("%1", PROJECT_LICENCE))
        places = []
        if self.library_folder is not None:
            places.append(self.tr("Your library: %1").replace("%1", str(self.library_folder)))
        places.append(self.tr("Log files: %1").replace("%1", str(logs.log_dir())))
        self.places.setText("\n".join(places))
        self.used_label.setText(self.tr("c102desk is built with this software, each under its own licence "
                                        "(select one to read it):"))
        self.table.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.setAccessibleName(self.tr("Third-party software"))
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.about_qt_button.setText(self.tr("About &Qt"))
        self.log_button.setText(self.tr("Open &Log Folder"))
        self._show_licence()

    def current_component(self) -> Component | None:
        current = self.table.currentItem()
        index = self.table.indexOfTopLevelItem(current) if current is not None else -1
        return self.components[index] if 0 <= index < len(self.components) else None

    def _show_licence(self) -> None:
        component = self.current_component()
        if component is None:
            self.licence_text.clear()
            return
        lines = [component.name, component.copyright, component.homepage]
        if component.note:
            lines.append(" ".join(component.note.split()))
        texts = component.licence_texts()
        if not texts:
            lines.append(self.tr("Licence: %1. Its full text is installed with the package.")
                         .replace("%1", component.licence))
        body = "\n".join(lines)
        for title, text in texts:
            body += f"\n\n──── {title} ────\n\n{text.strip()}"
        self.licence_text.setPlainText(body)
        self.licence_text.moveCursor(self.licence_text.textCursor().MoveOperation.Start)


def _frozen() -> bool:
    """Whether this is the self-contained program, which also ships Python (scope "bundle" in the notices)."""
    return bool(getattr(sys, "frozen", False))
