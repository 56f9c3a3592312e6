"""SQLAlchemy and the store's ORM models in one namespace, for the store's modules to import where needed.

Importing SQLAlchemy and the models costs more than all the rest of the app's start-up, and the first painted
window needs none of it: opening the store and listing the library are plain ``sqlite3``. So the store
imports this module inside the functions that use the ORM, and the app imports it on a background thread after
the first paint (``Store.warm_up``); docs/performance.md.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from c102desk.store.models import Answer, AnswerChange, AnswerEvidence, Assessment, AssessorProfile, EvidenceFile

__all__ = [
    "Answer",
    "AnswerChange",
    "AnswerEvidence",
    "Assessment",
    "AssessorProfile",
    "EvidenceFile",
    "OperationalError",
    "Session",
    "delete",
    "select",
    "sessionmaker",
]
