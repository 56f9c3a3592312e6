"""Review in the store: comments and flags on questions, and the assessment's review state with its history.

Review states (the table ``review_events`` keeps every change, the latest is the current state; none means
draft): an assessor submits a draft for review; the reviewer returns it (with comments to address) or approves
it; a returned assessment is submitted again, an approved one may be reopened for review. Each change is one
transaction, as every change of the store. A final or trashed assessment takes no review change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from c102desk.errors import QuestionnaireError
from c102desk.store import checks
from c102desk.store.clock import now_iso
from c102desk.store.errors import InvalidAnswerError, StoreError
from c102desk.store.rows import assessment_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from c102desk.store import Store
    from c102desk.store.models import Assessment

DRAFT, IN_REVIEW, RETURNED, APPROVED = "draft", "in_review", "returned", "approved"
STATES = (DRAFT, IN_REVIEW, RETURNED, APPROVED)
# Which state may follow which: submitted, then returned or approved; a returned one is submitted again, an
# approved one reopened for review.
NEXT_STATES: Mapping[str, tuple[str, ...]] = {
    DRAFT: (IN_REVIEW,), IN_REVIEW: (RETURNED, APPROVED), RETURNED: (IN_REVIEW,), APPROVED: (IN_REVIEW,),
}
COMMENT, FLAG = "comment", "flag"
MAX_COMMENT = 20_000  # characters: a long remark, far below what the file format allows for a note


class ReviewError(StoreError):
    """A review change that cannot be made (a state that cannot follow, an unknown comment)."""


@dataclass(frozen=True)
class CommentInfo:
    """A reviewer's comment or flag on a question."""

    id: int
    question_id: str
    kind: str  # comment or flag
    text: str
    created: str
    author: str | None
    resolved_at: str | None
    resolved_by: str | None

    @property
    def open(self) -> bool:
        return self.resolved_at is None


@dataclass(frozen=True)
class StateChange:
    """A change of an assessment's review state, with its note."""

    state: str
    note: str
    at: str
    by: str | None


def add_comment(store: Store, assessment_id: str, question_id: str, text: str, *, author_id: int | None = None,
                kind: str = COMMENT) -> int:
    """A comment (or, with ``kind=FLAG``, a flag for review with an optional reason) on one question."""
    from c102desk.store.models import ReviewComment

    if kind not in (COMMENT, FLAG):
        raise ValueError(kind)
    text = text.strip()
    if kind == COMMENT and not text:
        raise InvalidAnswerError("a comment needs some text")
    if len(text) > MAX_COMMENT:
        raise InvalidAnswerError(f"a comment may have at most {MAX_COMMENT:,} characters")
    _check_question(store, assessment_id, question_id)
    with store.transaction() as session:
        _reviewable(session, assessment_id)
        comment = ReviewComment(assessment_id=assessment_id, question_id=question_id, kind=kind, text=text,
                                created=now_iso(), author_id=author_id)
        session.add(comment)
        session.flush()
        new_id = comment.id
    store.note_change()
    return new_id


def resolve_comment(store: Store, assessment_id: str, comment_id: int, *, by_id: int | None = None,
                    reopen: bool = False) -> None:
    """Mark a comment (or flag) resolved — or, with ``reopen``, open again."""
    from c102desk.store.models import ReviewComment

    with store.transaction() as session:
        _reviewable(session, assessment_id)
        comment = session.get(ReviewComment, comment_id)
        if comment is None or comment.assessment_id != assessment_id:
            raise ReviewError(f"assessment {assessment_id} has no comment {comment_id}")
        if reopen:
            comment.resolved_at, comment.resolved_by_id = None, None
        elif comment.resolved_at is None:
            comment.resolved_at, comment.resolved_by_id = now_iso(), by_id
    store.note_change()


def comments(store: Store, assessment_id: str, *, open_only: bool = False) -> list[CommentInfo]:
    """The comments and flags of an assessment, oldest first."""
    from c102desk.store.models import AssessorProfile, ReviewComment
    from c102desk.store.orm import select

    with store.read_transaction() as session:
        assessment_row(session, assessment_id)
        names = {p.id: p.name for p in session.scalars(select(AssessorProfile))}
        query = select(ReviewComment).where(ReviewComment.assessment_id == assessment_id)
        if open_only:
            query = query.where(ReviewComment.resolved_at.is_(None))
        return [CommentInfo(c.id, c.question_id, c.kind, c.text, c.created, _name(names, c.author_id),
                            c.resolved_at, _name(names, c.resolved_by_id))
                for c in session.scalars(query.order_by(ReviewComment.id))]


def review_state(store: Store, assessment_id: str) -> str:
    history = state_history(store, assessment_id)
    return history[-1].state if history else DRAFT


def state_history(store: Store, assessment_id: str) -> list[StateChange]:
    """Every change of the review state, oldest first (empty: never submitted, a draft)."""
    from c102desk.store.models import AssessorProfile, ReviewEvent
    from c102desk.store.orm import select

    with store.read_transaction() as session:
        assessment_row(session, assessment_id)
        names = {p.id: p.name for p in session.scalars(select(AssessorProfile))}
        query = select(ReviewEvent).where(ReviewEvent.assessment_id == assessment_id).order_by(ReviewEvent.id)
        return [StateChange(e.state, e.note, e.at, _name(names, e.by_id)) for e in session.scalars(query)]


def set_review_state(store: Store, assessment_id: str, state: str, *, by_id: int | None = None,
                     note: str = "") -> None:
    """Move the assessment to ``state`` (one that may follow the current one: ``NEXT_STATES``)."""
    from c102desk.store.models import ReviewEvent
    from c102desk.store.orm import select

    if state not in STATES:
        raise ReviewError(f"{state!r} is not a review state; the states are {', '.join(STATES)}")
    if len(note) > MAX_COMMENT:
        raise InvalidAnswerError(f"a note may have at most {MAX_COMMENT:,} characters")
    with store.transaction() as session:
        _reviewable(session, assessment_id)
        latest = session.scalars(select(ReviewEvent).where(ReviewEvent.assessment_id == assessment_id)
                                 .order_by(ReviewEvent.id.desc()).limit(1)).first()
        current = DRAFT if latest is None else latest.state
        if state not in NEXT_STATES[current]:
            allowed = ", ".join(NEXT_STATES[current])
            raise ReviewError(f"assessment {assessment_id} is {current.replace('_', ' ')}: it can go to "
                              f"{allowed.replace('_', ' ')}, not to {state.replace('_', ' ')}")
        session.add(ReviewEvent(assessment_id=assessment_id, state=state, note=note.strip(), at=now_iso(),
                                by_id=by_id))
    store.note_change()


def _name(names: dict[int, str], profile_id: int | None) -> str | None:
    return None if profile_id is None else names.get(profile_id)


def _reviewable(session: Session, assessment_id: str) -> Assessment:
    row = assessment_row(session, assessment_id, lock=True)  # the state read decides the next one
    checks.check_writable(row.id, row.status, row.trashed_at, to_do="start a new revision to review it again")
    return row


def _check_question(store: Store, assessment_id: str, question_id: str) -> None:
    version = store.assessment(assessment_id).questionnaire_version
    try:
        known = question_id in checks.load_questionnaire(version).by_id
    except QuestionnaireError:  # a questionnaire this program does not know: no id is known
        known = False
    if not known:
        raise InvalidAnswerError(f"unknown question id {question_id!r} (questionnaire version {version})")
