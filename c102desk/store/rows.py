"""Reading one assessment's row inside a session, for every module of the store that writes to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from c102desk.store.checks import refuse_unknown

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from c102desk.store.models import Assessment


def assessment_row(session: Session, assessment_id: str, *, lock: bool = False) -> Assessment:
    """The assessment's row; an id not in the store is an ``UnknownAssessmentError`` with a plain message.

    ``lock``: for a change that depends on what it read (is it writable, which review state, which time stamp),
    the row is locked until the transaction ends (``SELECT … FOR UPDATE``), so that two writers on a server
    (READ COMMITTED) change one assessment one after the other, as SQLite's single writer does. SQLite has
    no row locks (SQLAlchemy leaves the clause out): its write transaction already excludes other writers."""
    from c102desk.store import orm  # SQLAlchemy is imported by the first call that needs it (orm.py)

    row = session.get(orm.Assessment, assessment_id, with_for_update=lock or None)
    if row is None:
        raise refuse_unknown(assessment_id)
    return row
