"""The local store: every answer saved at once with its history, backups, and assessment files in and out.

Plain Python (SQLite through SQLAlchemy, schema upgrades with Alembic); the app and the command line both use
``Store``. The same ``Store`` runs on a team server's PostgreSQL (``Store.on_server``, opened by
``c102desk.server.open_store``).
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
