"""What the user is told when the local store cannot be opened or written, in words a ministry official
understands: one sentence for each of the store's faults (c102desk/store/errors.py), and the choices they offer."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from c102desk.store import NotAStoreError, StoreDamagedError, StoreError
from c102desk.store.errors import (
    READ_ONLY_DISK,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    READ_ONLY_PERMISSION,
    DataFolderError,
    StoreBusyError,
    StoreDiskError,
    StoreFolderError,
    StoreFullError,
    StoreMissingError,
    StoreReadOnlyError,
    StoreUnreadableError,
)


class DamagedChoice(Enum):
    RESTORE = "restore"
    START_EMPTY = "start_empty"
    QUIT = "quit"


class StoreMessages:
    """The real message boxes; tests hand in a scripted subclass."""

    def damaged(self, parent: QWidget | None, error: StoreDamagedError | StoreMissingError) -> DamagedChoice:
        """The store cannot be opened because its file is damaged (and was set aside), or missing or empty
        while backups exist: restore the newest good backup, start an empty library, or quit."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        if isinstance(error, StoreMissingError):
            box.setWindowTitle(QCoreApplication.translate("StoreMessages", "Your library was not found"))
            if error.empty:
                text = QCoreApplication.translate(
                    "StoreMessages",
                    "The file of your library, %1, is empty, although backups of it exist. c102desk does not "
                    "start an empty library in its place without asking you.",
                )
            else:
                text = QCoreApplication.translate(
                    "StoreMessages",
                    "The file of your library, %1, is missing, although backups of it exist. c102desk does not "
                    "start an empty library in its place without asking you.",
                )
            text = text.replace("%1", str(error.path))
        else:
            box.setWindowTitle(QCoreApplication.translate("StoreMessages", "Your library is damaged"))
            text = QCoreApplication.translate(
                "StoreMessages",
                "c102desk could not open your library because its file is damaged. Nothing was deleted: the "
                "damaged file was set aside in %1.",
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

    def damaged_while_open(self, parent: QWidget | None, error: StoreDamagedError) -> bool:
        """The full check after start found the open library damaged: True to restore the newest good backup
        now; otherwise it stays open for reading (nothing more is saved in it)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("StoreMessages", "Your library is damaged"))
        text = QCoreApplication.translate(
            "StoreMessages",
            "The check of your library found that its file is damaged. To protect your assessments, c102desk "
            "saves nothing more in it; you can still read and export them.",
        )
        backup = error.newest_good_backup
        restore = None
        if backup is not None:
            text += "\n\n" + QCoreApplication.translate(
                "StoreMessages",
                "A good backup is available: %1. Restore it to continue with your assessments as they were "
                "when it was taken. The damaged file is set aside, not deleted.",
            ).replace("%1", backup.name)
            restore = box.addButton(QCoreApplication.translate("StoreMessages", "Restore the backup"),
                                    QMessageBox.ButtonRole.AcceptRole)
        else:
            text += "\n\n" + QCoreApplication.translate(
                "StoreMessages", "No good backup was found. Export your assessments, then ask for help."
            )
        box.setText(text)
        keep = box.addButton(QCoreApplication.translate("StoreMessages", "Keep reading"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or keep)
        box.exec()
        return restore is not None and box.clickedButton() is restore

    def busy(self, parent: QWidget | None, error: StoreBusyError) -> bool:
        """Another program holds the library: True to try again."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("StoreMessages", "Your library is in use"))
        box.setText(explain(error))
        retry = box.addButton(QCoreApplication.translate("StoreMessages", "Try again"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("StoreMessages", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        return box.clickedButton() is retry

    def read_only(self, parent: QWidget | None, reason: str) -> None:
        """The library was opened for reading only (said once, at start)."""
        QMessageBox.information(
            parent, QCoreApplication.translate("StoreMessages", "Your library is read-only"),
            QCoreApplication.translate(
                "StoreMessages",
                "Your library can be read but not changed (%1). You can look at and export your assessments; "
                "changes will not be saved. To work in it, make its folder writable, or copy the data folder "
                "somewhere writable and start c102desk with --data-dir FOLDER.",
            ).replace("%1", read_only_reason(reason)),
        )

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
    fault = explain_fault(error)
    if fault is not None:
        return fault
    if isinstance(error, StoreError):
        return QCoreApplication.translate("StoreMessages", "Your library could not be opened: %1").replace(
            "%1", str(error))
    if isinstance(error, OSError):
        return _folder_problem(error.strerror or str(error))
    return str(error)


def explain_write(error: BaseException) -> str:
    """Why a change was not saved, in a sentence (the store's own words for refusals such as a final
    assessment's, which are sentences already)."""
    return explain_fault(error) or str(error)


def explain_fault(error: BaseException) -> str | None:
    """The sentence for a fault of the store's file, folder or disk; None for any other error."""
    if isinstance(error, StoreBusyError):
        return QCoreApplication.translate(
            "StoreMessages",
            "Your library is being used by another c102desk window or program. Nothing was changed. Close the "
            "other program and try again.",
        )
    if isinstance(error, StoreReadOnlyError):
        return QCoreApplication.translate(
            "StoreMessages",
            "Your library is read-only, so nothing can be saved in it (%1). Make its folder writable, or copy "
            "the data folder somewhere writable and start c102desk with --data-dir FOLDER.",
        ).replace("%1", read_only_reason(error.detail) or str(error.path))
    if isinstance(error, StoreFullError):
        return QCoreApplication.translate(
            "StoreMessages",
            "The disk is full. Everything saved before is safe. Free some space on the disk, then make the "
            "change again.",
        )
    if isinstance(error, StoreUnreadableError):
        return QCoreApplication.translate(
            "StoreMessages",
            "c102desk is not allowed to read your library (%1), so it left it untouched. Ask the computer's "
            "administrator to give your user account access to it.",
        ).replace("%1", str(error.path))
    if isinstance(error, StoreDiskError):
        return QCoreApplication.translate(
            "StoreMessages",
            "The disk that holds your library reported an error, so nothing was changed. Check that the disk "
            "(or USB stick) is still connected, then try again.",
        )
    if isinstance(error, StoreDamagedError) and error.moved_to is None:
        return QCoreApplication.translate(
            "StoreMessages",
            "Your library is damaged, so nothing more is saved in it. Restore its newest good backup.",
        )
    if isinstance(error, DataFolderError):
        return _folder_problem(error.detail)
    if isinstance(error, StoreFolderError):
        return QCoreApplication.translate(
            "StoreMessages",
            "c102desk cannot make the folder %1 beside your library, because a file has that name. Move that "
            "file away, then try again.",
        ).replace("%1", str(error.path))
    return None


def _folder_problem(detail: str) -> str:
    return QCoreApplication.translate(
        "StoreMessages",
        "c102desk cannot use the folder of your library (%1). Check that the folder exists and that you may "
        "write to it, or start c102desk with another data folder (c102desk --data-dir FOLDER).",
    ).replace("%1", detail)


def read_only_reason(reason: str) -> str:
    """Why the store is read-only, in the interface's language (the store's own words when not one of its
    known reasons)."""
    known = {
        READ_ONLY_DISK: QCoreApplication.translate("StoreMessages", "the disk is read-only"),
        READ_ONLY_FILE: QCoreApplication.translate("StoreMessages", "the file is read-only"),
        READ_ONLY_FOLDER: QCoreApplication.translate("StoreMessages", "its folder is read-only"),
        READ_ONLY_PERMISSION: QCoreApplication.translate("StoreMessages", "your user account may not write there"),
    }
    return known.get(reason, reason)
