"""Known problems of the local store, each with a sentence an assessor understands.

The faults of the store file itself are told apart, because each asks for something else of the user:

========================  ==============================================  ====================================
error                     what happened                                   what c102desk does
========================  ==============================================  ====================================
``StoreBusyError``        another program holds the store's lock          nothing moved; try again later
``StoreReadOnlyError``    the file, its folder or the disk is read-only   opens for reading; writes refused
``StoreFullError``        the disk is full                                the change is not saved; the rest is
``StoreUnreadableError``  no permission to read the file or its folder    nothing touched; says what to fix
``StoreDiskError``        the disk reported an input/output error         nothing moved; says so
``StoreMissingError``     the file is gone or empty, but backups exist    offers the newest good backup
``StoreDamagedError``     the file fails SQLite's integrity check         moved aside; newest good backup
``NotAStoreError``        the file is not an SQLite database at all       left untouched
========================  ==============================================  ====================================
"""

from __future__ import annotations

from pathlib import Path

from c102desk.errors import C102Error


class StoreError(C102Error):
    """The local store cannot do what was asked."""


class StoreFaultError(StoreError):
    """The store's file (or its folder, or the disk) cannot be used as asked; ``path`` names it."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DataFolderError(StoreFaultError):
    """The data folder itself cannot be used: it is a file, its name is too long, it cannot be created."""

    def __init__(self, folder: Path, detail: str) -> None:
        shown = str(folder) if str(folder) not in ("", ".") else '""'
        super().__init__(
            f"c102desk cannot use {shown} as its data folder ({detail}); choose another one with --data-dir",
            folder,
        )
        self.detail = detail


class StoreFolderError(StoreFaultError):
    """A folder the store keeps beside its file (backups, evidence, damaged) cannot be made: something else
    has its name."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"c102desk cannot keep its {folder.name} in {folder}: a file has that name. Move the file away and "
            "try again", folder,
        )


class NotAStoreError(StoreFaultError):
    """The store file exists but is not an SQLite database; it is left exactly as it is."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is not a c102desk store (not an SQLite database); it was left untouched. "
            "Move it away or choose another --data-dir.", path,
        )


class StoreBusyError(StoreFaultError):
    """Another program holds the store's lock (for example a second c102desk, or a tool that opened it
    exclusively). Nothing is wrong with the file: it is left in place, and trying again later works."""

    def __init__(self, path: Path | None = None) -> None:
        where = f" {path}" if path is not None else ""
        super().__init__(
            f"the local store{where} is busy: another c102desk window or program is using it. Nothing was "
            "changed; close the other program and try again", path,
        )


StoreLockedError = StoreBusyError  # the name of the first version of this error


# Why a store is read-only, as StoreReadOnlyError.detail and Store.read_only give it (the app shows each in the
# interface's language: ui/widgets/store_messages.py).
READ_ONLY_DISK = "the disk is read-only"
READ_ONLY_FILE = "the file is read-only"
READ_ONLY_FOLDER = "its folder is read-only"
READ_ONLY_PERMISSION = "this user may not write there"
READ_ONLY_REASONS = (READ_ONLY_DISK, READ_ONLY_FILE, READ_ONLY_FOLDER, READ_ONLY_PERMISSION)


class StoreReadOnlyError(StoreFaultError):
    """The store may be read but not written: the file, its folder or the whole disk is read-only."""

    def __init__(self, path: Path | None, detail: str = "") -> None:
        reason = f" ({detail})" if detail else ""
        super().__init__(
            f"the local store {path} is read-only{reason}: nothing can be saved in it. Make the folder "
            "writable, or copy the data folder somewhere writable and use --data-dir", path,
        )
        self.detail = detail


class StoreFullError(StoreFaultError):
    """The disk holding the store (or its backups) is full; the change was not saved, nothing else changed."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(
            f"the disk holding {path} is full: the change was not saved (everything saved before is safe). "
            "Free some space on the disk and try again", path,
        )


class StoreUnreadableError(StoreFaultError):
    """The store file or its folder may not be read by this user (permissions); nothing was touched."""

    def __init__(self, path: Path | None, detail: str = "") -> None:
        reason = f" ({detail})" if detail else ""
        super().__init__(
            f"c102desk is not allowed to read the local store {path}{reason}; it was left untouched. Ask the "
            "computer's administrator to give your user account access to it, or choose another --data-dir",
            path,
        )


class StoreDiskError(StoreFaultError):
    """The disk reported an input/output error (a failing disk, a USB stick pulled out, a network drive)."""

    def __init__(self, path: Path | None, detail: str = "") -> None:
        reason = f" ({detail})" if detail else ""
        super().__init__(
            f"the disk holding the local store {path} reported an error{reason}; nothing was changed. Check "
            "that the disk is still connected, then try again", path,
        )


class StoreMissingError(StoreFaultError):
    """The store file is missing or empty although backups of it exist: it was lost (a crash, a sync tool, a
    deleted file). Starting with an empty library is never done silently."""

    def __init__(self, path: Path, newest_good_backup: Path | None, *, empty: bool) -> None:
        state = "is empty (0 bytes)" if empty else "is missing"
        if newest_good_backup is None:
            advice = "No good backup was found; 'c102desk backups' lists them."
        else:
            advice = f"The newest good backup is {newest_good_backup.name}; bring it back with 'c102desk restore'."
        super().__init__(
            f"the local store {path} {state}, but backups of it exist, so c102desk does not start an empty "
            f"library in its place. {advice}", path,
        )
        self.newest_good_backup = newest_good_backup
        self.empty = empty


class StoreDamagedError(StoreFaultError):
    """The store file fails SQLite's integrity check. At open it has been moved aside (never overwritten);
    found later, by the background check, it stays in place and nothing more is written to it. A backup can be
    restored either way."""

    def __init__(self, path: Path, moved_to: Path | None, newest_good_backup: Path | None, detail: str) -> None:
        if newest_good_backup is None:
            advice = "No good backup was found."
        else:
            advice = f"The newest good backup is {newest_good_backup.name}; bring it back with 'c102desk restore'."
        if moved_to is not None:
            where = f"It was moved aside to {moved_to} and not changed."
        else:
            where = "Nothing more is saved in it."
        super().__init__(f"The local store {path} is damaged ({detail}). {where} {advice}", path)
        self.moved_to = moved_to
        self.newest_good_backup = newest_good_backup
        self.detail = detail


class UnknownAssessmentError(StoreError):
    """No assessment with this id in the store."""


class AssessmentIsFinalError(StoreError):
    """A final assessment is read-only; changes go into a new revision."""


class AssessmentInTrashError(StoreError):
    """The assessment is in the trash; restore it before changing it."""


class InvalidAnswerError(StoreError):
    """An answer does not fit its question (unknown id, wrong type, out of limits)."""


class DuplicateAssessmentError(StoreError):
    """An imported assessment has the id of one already in the store."""


class BackupNotFoundError(StoreError):
    """No backup by that name, or the backup itself is damaged."""


class EvidenceError(StoreError):
    """An evidence file cannot be read or is not known."""
