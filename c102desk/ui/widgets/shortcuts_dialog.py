"""Help ▸ Keyboard Shortcuts: every key of the menus, by menu, then the keys that work inside lists and
questions (which no menu can show)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

Table = list[tuple[str, list[tuple[str, str]]]]


def keys_in_place() -> Table:
    """Keys that act where the focus is (lists, questions, dialogs); the menus show all the others."""
    tr = QCoreApplication.translate
    context = "ShortcutsDialog"
    return [
        (tr(context, "In the library"), [
            (tr(context, "Choose an assessment"), tr(context, "Up, Down")),
            (tr(context, "Open it (in the trash: restore it)"), tr(context, "Enter")),
            (tr(context, "Move it to the trash (asks first; Undo brings it back)"), tr(context, "Del")),
        ]),
        (tr(context, "In the questions"), [
            (tr(context, "Save the answer and go on to the next question"), tr(context, "Enter")),
            (tr(context, "Next or previous control"), tr(context, "Tab, Shift+Tab")),
            (tr(context, "Choose Yes, No or Unknown"), tr(context, "Left, Right")),
            (tr(context, "Choose an option in a list"), tr(context, "Up, Down")),
            (tr(context, "Tick or untick a box"), tr(context, "Space")),
            (tr(context, "Go to a labelled field or button"), tr(context, "Alt+underlined letter")),
        ]),
        (tr(context, "In the search, the dashboard and the lists of dialogs"), [
            (tr(context, "Go to the chosen question"), tr(context, "Enter")),
            (tr(context, "Close the dialog"), tr(context, "Esc")),
        ]),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, menus: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Every command of the menus with its keys, then the keys that work inside lists "
                               "and questions. Keys of the open assessment are listed while it is open."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for title, rows in [*menus, *keys_in_place()]:
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for command, keys in rows:
                QTreeWidgetItem(group, [command, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 46, self.fontMetrics().height() * 30)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) of every line, for tests and for reading aloud."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None
            for c in range(group.childCount()):
                child = group.child(c)
                assert child is not None
                out.append((group.text(0), child.text(0), child.text(1)))
        return out
