"""Help ▸ Keyboard Shortcuts: every key of the menus, by menu, then the keys that work inside lists and
questions (which no menu can show)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from c102desk.ui.widgets.screen_fit import fitting_size

Table = list[tuple[str, list[tuple[str, str]]]]


# Keys that act where the focus is (lists, questions, dialogs); the menus show all the others.
_IN_PLACE = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "In the library"), (
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Choose an assessment"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Up, Down")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Open it (in the trash: restore it)"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Move it to the trash (asks first; Undo brings it back)"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Del")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "In the questions"), (
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the answer and go on to the next question"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Next or previous control"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab, Shift+Tab")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Choose Yes, No or Unknown"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Left, Right")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Choose an option in a list"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Up, Down")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tick or untick a box"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Space")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to a labelled field or button"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+underlined letter")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "In the search, the dashboard and the lists of dialogs"), (
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the chosen question"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the dialog"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc")),
    )),
)


def keys_in_place() -> Table:
    """Keys that act where the focus is, in the interface language."""
    def tr(text: object) -> str:
        return QCoreApplication.translate("ShortcutsDialog", str(text))

    return [(tr(group), [(tr(command), tr(keys)) for command, keys in rows]) for group, rows in _IN_PLACE]


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
        self.resize(fitting_size(self, em * 62, self.fontMetrics().height() * 40))

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
