"""Reading one assessment's row inside a session, for every module of the store that writes to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from c102desk.store.checks import refuse_unknown

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from c102desk.store.models import Assessment


def assessment_row(session: Session, assessment_id: str) -> Assessment:
    """The assessment's row; an id not in the store is an ``UnknownAssessmentError`` with a plain message."""
    from c102desk.store import orm  # SQLAlchemy is imported by the first call that needs it (orm.py)

    row = session.get(orm.Assessment, assessment_id)
    if row is None:
        raise refuse_unknown(assessment_id)
    return row
