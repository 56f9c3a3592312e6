"""What the user is told when the local store cannot be opened, in words a ministry official understands."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from c102desk.store import NotAStoreError, StoreDamagedError, StoreError
from c102desk.store.errors import StoreLockedError


class DamagedChoice(Enum):
    RESTORE = "restore"
    START_EMPTY = "start_empty"
    QUIT = "quit"




class StoreMessages:
    """The real message boxes; tests hand in a scripted subclass."""

    def damaged(self, parent: QWidget | None, error: StoreDamagedError) -> DamagedChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("StoreMessages", "Your library is damaged"))
        text = QCoreApplication.translate(
            "StoreMessages",
            "c102desk could not open your library because its file is damaged. Nothing was deleted: the damaged "
            "file was set aside in %1.",
        ).replace("%1", str(error.moved_to))
        backup = error.newest_good_backup
        if backup is not None:
            text += "\n\n" + QCoreApplication.translate(
                "StoreMessages",
                "A good backup is available: %1. Restore it to continue with your assessments as they were "
                "when it was taken.",
            ).replace("%1", backup.name)
        else:
            text += "\n\n" + QCoreApplication.translate(
                "StoreMessages", "No good backup was found. You can start with an empty library."
            )
        box.setText(text)
        restore = None
        if backup is not None:
            restore = box.addButton(QCoreApplication.translate("StoreMessages", "Restore the backup"),
                                    QMessageBox.ButtonRole.AcceptRole)
        empty = box.addButton(QCoreApplication.translate("StoreMessages", "Start with an empty library"),
                              QMessageBox.ButtonRole.DestructiveRole)
        quit_button = box.addButton(QCoreApplication.translate("StoreMessages", "Quit"),
                                    QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or quit_button)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return DamagedChoice.RESTORE
        if clicked is empty:
            return DamagedChoice.START_EMPTY
        return DamagedChoice.QUIT

    def cannot_open(self, parent: QWidget | None, error: BaseException) -> None:
        QMessageBox.critical(parent, QCoreApplication.translate("StoreMessages", "c102desk cannot start"),
                             explain(error))


def explain(error: BaseException) -> str:
    """One plain paragraph for each known reason the library cannot be opened."""
    if isinstance(error, NotAStoreError):
        return QCoreApplication.translate(
            "StoreMessages",
            "The file %1 is not a c102desk library, so c102desk left it untouched. Move it somewhere else, or "
            "start c102desk with another data folder (c102desk --data-dir FOLDER).",
        ).replace("%1", str(error.path))
    if isinstance(error, StoreLockedError):
        return QCoreApplication.translate(
            "StoreMessages",
            "Your library is being used by another c102desk window or program. Close it and start c102desk again.",
        )
    if isinstance(error, StoreError):
        return QCoreApplication.translate("StoreMessages", "Your library could not be opened: %1").replace(
            "%1", str(error))
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "StoreMessages",
            "c102desk cannot use the folder of your library (%1). Check that the folder exists and that you may "
            "write to it, or start c102desk with another data folder (c102desk --data-dir FOLDER).",
        ).replace("%1", error.strerror or str(error))
    return str(error)
