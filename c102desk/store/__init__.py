"""The local store: every answer saved at once with its history, backups, and assessment files in and out.

Plain Python (SQLite through SQLAlchemy, schema upgrades with Alembic); the app and the command line both use
``Store``.
"""

from c102desk.store.answer_writes import KEEP
from c102desk.store.errors import (
    AssessmentInTrashError,
    AssessmentIsFinalError,
    BackupNotFoundError,
    DataFolderError,
    DuplicateAssessmentError,
    InvalidAnswerError,
    NotAStoreError,
    StoreBusyError,
    StoreDamagedError,
    StoreDiskError,
    StoreError,
    StoreFaultError,
    StoreFolderError,
    StoreFullError,
    StoreMissingError,
    StoreReadOnlyError,
    StoreUnreadableError,
    UnknownAssessmentError,
)
from c102desk.store.service import Store

__all__ = [
    "KEEP",
    "AssessmentInTrashError",
    "AssessmentIsFinalError",
    "BackupNotFoundError",
    "DataFolderError",
    "DuplicateAssessmentError",
    "InvalidAnswerError",
    "NotAStoreError",
    "Store",
    "StoreBusyError",
    "StoreDamagedError",
    "StoreDiskError",
    "StoreError",
    "StoreFaultError",
    "StoreFolderError",
    "StoreFullError",
    "StoreMissingError",
    "StoreReadOnlyError",
    "StoreUnreadableError",
    "UnknownAssessmentError",
]
