"""The library's commands as QActions, shared by its buttons, the table's context menu and the main menus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class LibraryActions:
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

    def all(self) -> tuple[QAction, ...]:
        return (self.new, self.open, self.import_files, self.export, self.duplicate, self.trash, self.restore,
                self.empty_trash, self.show_trash, self.find)


def _action(owner: QObject, text: str, tip: str, shortcut: QKeySequence | None = None) -> QAction:
    made = QAction(text, owner)
    made.setToolTip(tip)
    made.setStatusTip(tip)
    if shortcut is not None:
        made.setShortcut(shortcut)
    return made


def make_actions(owner: QObject) -> LibraryActions:
    actions = LibraryActions(
        new=_action(owner, QCoreApplication.translate("LibraryActions", "&New Assessment…"),
                    QCoreApplication.translate("LibraryActions", "Start a new assessment"),
                    QKeySequence(QKeySequence.StandardKey.New)),
        open=_action(owner, QCoreApplication.translate("LibraryActions", "&Open"),
                     QCoreApplication.translate("LibraryActions", "Open the selected assessment"),
                     QKeySequence(Qt.Key.Key_Return)),
        import_files=_action(owner, QCoreApplication.translate("LibraryActions", "&Import…"),
                             QCoreApplication.translate("LibraryActions",
                                                        "Add assessment files (.c102.json) to the library"),
                             QKeySequence(QKeySequence.StandardKey.Open)),
        export=_action(owner, QCoreApplication.translate("LibraryActions", "&Export…"),
                       QCoreApplication.translate("LibraryActions",
                                                  "Save the selected assessment as a file to share or archive"),
                       QKeySequence("Ctrl+E")),
        duplicate=_action(owner, QCoreApplication.translate("LibraryActions", "&Duplicate…"),
                          QCoreApplication.translate("LibraryActions",
                                                     "Copy the selected assessment, e.g. to model a reform"),
                          QKeySequence("Ctrl+D")),
        trash=_action(owner, QCoreApplication.translate("LibraryActions", "Move to &Trash"),
                      QCoreApplication.translate("LibraryActions",
                                                 "Move the selected assessment to the trash (it can be restored)"),
                      QKeySequence(QKeySequence.StandardKey.Delete)),
        restore=_action(owner, QCoreApplication.translate("LibraryActions", "&Restore from Trash"),
                        QCoreApplication.translate("LibraryActions",
                                                   "Bring the selected assessment back from the trash"),
                        QKeySequence("Ctrl+R")),
        empty_trash=_action(owner, QCoreApplication.translate("LibraryActions", "E&mpty Trash…"),
                            QCoreApplication.translate("LibraryActions",
                                                       "Delete every assessment in the trash for good")),
        show_trash=_action(owner, QCoreApplication.translate("LibraryActions", "Show &Trash"),
                           QCoreApplication.translate("LibraryActions", "Show the assessments in the trash"),
                           QKeySequence("Ctrl+Shift+T")),
        find=_action(owner, QCoreApplication.translate("LibraryActions", "&Find"),
                     QCoreApplication.translate("LibraryActions", "Search the library by country or title"),
                     QKeySequence(QKeySequence.StandardKey.Find)),
    )
    actions.show_trash.setCheckable(True)
    # Enter and Delete act on the table only, never while typing in the search box.
    for table_only in (actions.open, actions.trash):
        table_only.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    return actions
