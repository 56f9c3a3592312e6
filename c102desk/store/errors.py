"""Known problems of the local store, each with a sentence an assessor understands."""

from __future__ import annotations

from pathlib import Path

from c102desk.errors import C102Error


class StoreError(C102Error):
    """The local store cannot do what was asked."""


class NotAStoreError(StoreError):
    """The store file exists but is not an SQLite database; it is left exactly as it is."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is not a c102desk store (not an SQLite database); it was left untouched. "
            "Move it away or choose another --data-dir."
        )
        self.path = path


class StoreDamagedError(StoreError):
    """The store file is damaged. It has been moved aside (never overwritten); a backup can be restored."""

    def __init__(self, path: Path, moved_to: Path, newest_good_backup: Path | None, detail: str) -> None:
        if newest_good_backup is None:
            advice = "No good backup was found."
        else:
            advice = f"The newest good backup is {newest_good_backup.name}; bring it back with 'c102desk restore'."
        super().__init__(
            f"The local store {path} is damaged ({detail}). It was moved aside to {moved_to} and not changed. "
            + advice
        )
        self.path = path
        self.moved_to = moved_to
        self.newest_good_backup = newest_good_backup


class StoreLockedError(StoreError):
    """Another program holds the store's write lock for too long."""


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
