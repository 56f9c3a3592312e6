"""The library's commands as QActions, shared by its buttons, the table's context menu and the main menus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class LibraryActions:
    """The library's actions, shared by its menus and toolbar."""

    new: QAction
    open: QAction
    import_files: QAction
    export: QAction
    duplicate: QAction
    trash: QAction
    restore: QAction
    empty_trash: QAction
    show_trash: QAction
    find: QAction
    compare: QAction
    team_server: QAction

    def all(self) -> tuple[QAction, ...]:
        return (self.new, self.open, self.import_files, self.export, self.duplicate, self.trash, self.restore,
                self.empty_trash, self.show_trash, self.find, self.compare, self.team_server)


def _action(owner: QObject, shortcut: QKeySequence | None = None) -> QAction:
    made = QAction(owner)
    if shortcut is not None:
        made.setShortcut(shortcut)
    return made


def retranslate_actions(actions: LibraryActions) -> None:
    """(Re)set every text in the current language: at creation and on each language change."""
    texts = (
        (actions.new, QCoreApplication.translate("LibraryActions", "&New Assessment…"),
         QCoreApplication.translate("LibraryActions", "Start a new assessment")),
        (actions.open, QCoreApplication.translate("LibraryActions", "&Open"),
         QCoreApplication.translate("LibraryActions", "Open the selected assessment")),
        (actions.import_files, QCoreApplication.translate("LibraryActions", "&Import…"),
         QCoreApplication.translate("LibraryActions",
                                    "Add assessment files (.c102.json) or signed reports (.pdf) to the library")),
        (actions.export, QCoreApplication.translate("LibraryActions", "&Export…"),
         QCoreApplication.translate("LibraryActions", "Save the selected assessment as a file to share or archive")),
        (actions.duplicate, QCoreApplication.translate("LibraryActions", "&Duplicate…"),
         QCoreApplication.translate("LibraryActions", "Copy the selected assessment, e.g. to model a reform")),
        (actions.trash, QCoreApplication.translate("LibraryActions", "Move to &Trash"),
         QCoreApplication.translate("LibraryActions",
                                    "Move the selected assessment to the trash (it can be restored)")),
        (actions.restore, QCoreApplication.translate("LibraryActions", "Re&store from Trash"),
         QCoreApplication.translate("LibraryActions", "Bring the selected assessment back from the trash")),
        (actions.empty_trash, QCoreApplication.translate("LibraryActions", "E&mpty Trash…"),
         QCoreApplication.translate("LibraryActions", "Delete every assessment in the trash for good")),
        (actions.show_trash, QCoreApplication.translate("LibraryActions", "Show &Trash"),
         QCoreApplication.translate("LibraryActions", "Show the assessments in the trash")),
        (actions.find, QCoreApplication.translate("LibraryActions", "&Find"),
         QCoreApplication.translate("LibraryActions", "Search the library by country or title")),
        (actions.compare, QCoreApplication.translate("LibraryActions", "Co&mpare With…"),
         QCoreApplication.translate("LibraryActions", "Show what differs between the selected assessment and "
                                                      "another one, an earlier revision, a file or a signed report")),
        (actions.team_server, QCoreApplication.translate("LibraryActions", "&Team server…"),
         QCoreApplication.translate("LibraryActions", "Sync the library with the team server: send this laptop's "
                                                      "changes and bring the others' here")),
    )
    for action, text, tip in texts:
        action.setText(text)
        action.setToolTip(tip)
        action.setStatusTip(tip)


def make_actions(owner: QObject) -> LibraryActions:
    actions = LibraryActions(
        new=_action(owner, QKeySequence(QKeySequence.StandardKey.New)),
        open=_action(owner, QKeySequence(Qt.Key.Key_Return)),
        import_files=_action(owner, QKeySequence(QKeySequence.StandardKey.Open)),
        export=_action(owner, QKeySequence("Ctrl+E")),
        duplicate=_action(owner, QKeySequence("Ctrl+D")),
        trash=_action(owner, QKeySequence(QKeySequence.StandardKey.Delete)),
        restore=_action(owner, QKeySequence("Ctrl+R")),
        empty_trash=_action(owner),
        show_trash=_action(owner, QKeySequence("Ctrl+Shift+T")),
        find=_action(owner, QKeySequence(QKeySequence.StandardKey.Find)),
        compare=_action(owner, QKeySequence("Ctrl+Shift+C")),
        team_server=_action(owner),
    )
    retranslate_actions(actions)
    actions.show_trash.setCheckable(True)
    # Enter and Delete act on the table only, never while typing in the search box.
    for table_only in (actions.open, actions.trash):
        table_only.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    return actions
