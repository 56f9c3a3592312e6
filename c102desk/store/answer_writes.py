"""The one writer of answers: saving, taking back and putting answers as a merge or an import gives them.

Every write of an answer goes through here — ``Store.set_answer`` and ``Store.clear_answer`` (and so the app's
undo), ``merge_apply`` and the import of an assessment file — so the rules are written once: the assessment
may be changed, the value fits its question, a history entry is written exactly when the value changes, the
evidence links belong to the assessment, and the assessment's ``changed`` is the answer's. Each write returns
what the store now holds (``SavedAnswer``), so that the app shows that and does not work it out again.

SQLAlchemy Core on the connection it is given (dialect-neutral): ``Store`` keeps one connection open for the
answers the assessor gives one by one (opening one per save cost more than the write, docs/performance.md);
a merge or an import passes its session's connection, inside its own transaction. SQLAlchemy compiles each
statement once and reuses it (its compiled cache), which keeps a save within its target
(``python -m c102desk.bench``: save one answer).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from c102desk.store import checks
from c102desk.store.errors import EvidenceError
from c102desk.store.records import AnswerInfo
from c102desk.store.values import dump_json, load_json

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row

NOT_KNOWN = "null"  # the JSON of the value "not known"


class Keep(Enum):
    """Marks an optional argument of ``save`` (``Store.set_answer``) as "leave as it is"."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True)
class SavedAnswer:
    """An answer as the store holds it after a write (``removed``: the question has no answer any more)."""

    question_id: str
    value: Any  # as reading it back gives it (numbers with a fraction as Decimal); None when removed
    note: str
    legal_citation: str
    confidence: str | None
    evidence_ids: tuple[str, ...]  # in the store's order (by id)
    changed: str  # the answer's time stamp, which is also the assessment's ``changed``
    assessor_id: int | None
    history_written: bool  # the value changed, and the change is in the answer's history
    removed: bool = False  # the question has no answer any more
    # The question has a value: one given, or "not known". False when removed, and when the answer only keeps
    # a note, citation, mark or evidence on a question with no value given (added before it was answered,
    # or kept when its value was taken back); its value is then None, and the question is not answered.
    answered: bool = True

    def info(self) -> AnswerInfo | None:
        """The answer as ``Store.answer_details`` reads it; None when removed."""
        if self.removed:
            return None
        return AnswerInfo(question_id=self.question_id, value=self.value, note=self.note,
                          legal_citation=self.legal_citation, confidence=self.confidence,
                          evidence_ids=self.evidence_ids, changed=self.changed, assessor_id=self.assessor_id)


@dataclass(frozen=True)
class AnswerRow:
    """Everything an answer holds, to be written as it is (a merge's or an import's answer)."""

    question_id: str
    value_json: str
    note: str = ""
    legal_citation: str = ""
    confidence: str | None = None
    evidence_ids: tuple[str, ...] = ()
    changed: str = ""
    assessor_id: int | None = None


# --------------------------------------------------------------------- the assessor's saves


def save(db: Connection, assessment_id: str, question_id: str, value: Any, *, stamp: str,
         note: str | Keep = KEEP, legal_citation: str | Keep = KEEP, confidence: str | Keep | None = KEEP,
         evidence_ids: Sequence[str] | Keep = KEEP, assessor_id: int | None = None) -> SavedAnswer:
    """Save one answer (``None`` = "not known"): the fields given replace the stored ones, ``KEEP`` keeps them
    (a new answer: empty). A history entry is written when the value changes; note, citation, confidence and
    evidence links change the current answer only.

    ``value`` ``KEEP`` changes only the other fields: on a question not answered yet the answer then keeps
    them with no value given (``answered`` False; stored as null, with no history entry: nothing was
    answered)."""
    if not isinstance(confidence, Keep):
        checks.check_confidence(confidence)
    found = writable(db, assessment_id)
    if not isinstance(value, Keep):
        checks.check_value(found.questionnaire_version, question_id, value)
    checks.check_texts(note=(note, "text"), legal_citation=(legal_citation, "text"))
    old = _answer(db, assessment_id, question_id)
    old_json = None if old is None else old.value_json
    new_json = (old_json or NOT_KNOWN) if isinstance(value, Keep) else dump_json(value)
    links = _links(db, assessment_id, question_id) if isinstance(evidence_ids, Keep) else tuple(evidence_ids)
    row = AnswerRow(
        question_id=question_id, value_json=new_json,
        note=_given(note, old.note if old else ""),
        legal_citation=_given(legal_citation, old.legal_citation if old else ""),
        confidence=_given(confidence, old.confidence if old else None),
        evidence_ids=links, changed=stamp, assessor_id=assessor_id,
    )
    put(db, assessment_id, row, exists=old is not None, links_kept=isinstance(evidence_ids, Keep))
    history = old_json != new_json and not isinstance(value, Keep)
    if history:
        add_history(db, assessment_id, question_id, old_json, new_json, stamp, assessor_id)
    touch(db, assessment_id, stamp)
    return _saved(row, history_written=history, answered=not (isinstance(value, Keep) and old is None))


def clear(db: Connection, assessment_id: str, question_id: str, *, stamp: str,
          assessor_id: int | None = None) -> SavedAnswer:
    """Take an answer back, as if the question had never been answered (the undo of a first answer).

    The answer is removed when nothing else hangs on it (note, citation, confidence, evidence links);
    otherwise its value becomes ``null`` and the rest is kept (``answered`` False). A history entry records a
    change of the value."""
    found = writable(db, assessment_id)
    old = _answer(db, assessment_id, question_id)
    if old is None:  # nothing to take back: nothing written, the assessment's time stamp as it was
        return _gone(question_id, found.changed, assessor_id, history_written=False)
    links = _links(db, assessment_id, question_id)
    removed = not (old.note or old.legal_citation or old.confidence or links)
    row = AnswerRow(question_id=question_id, value_json=NOT_KNOWN, note=old.note, legal_citation=old.legal_citation,
                    confidence=old.confidence, evidence_ids=links, changed=stamp, assessor_id=assessor_id)
    if removed:
        remove(db, assessment_id, question_id)
    else:
        put(db, assessment_id, row, exists=True, links_kept=True)
    history = old.value_json != NOT_KNOWN
    if history:
        add_history(db, assessment_id, question_id, old.value_json, NOT_KNOWN, stamp, assessor_id)
    touch(db, assessment_id, stamp)
    if removed:
        return _gone(question_id, stamp, assessor_id, history_written=history)
    return _saved(row, history_written=history, answered=False)


# --------------------------------------------------------------------- the pieces, for merges and imports


def writable(db: Connection, assessment_id: str, *, to_do: str = "start a new revision to change it") -> Row[Any]:
    """The assessment's row (``questionnaire_version``, ``status``, ``trashed_at``, ``changed``), refused when it
    is not in the store or may not be changed (``checks.check_writable``)."""
    found = db.execute(_statements().assessment, {"aid": assessment_id}).first()
    if found is None:
        raise checks.refuse_unknown(assessment_id)
    checks.check_writable(assessment_id, found.status, found.trashed_at, to_do=to_do)
    return found


def put(db: Connection, assessment_id: str, row: AnswerRow, *, exists: bool | None = None,
        links_kept: bool = False) -> None:
    """Write ``row`` as the question's answer (inserted, or replacing the stored one; ``exists`` None: look)
    with exactly its evidence links (``links_kept``: they are the stored ones, not written again)."""
    if exists is None:
        exists = _answer(db, assessment_id, row.question_id) is not None
    statements = _statements()
    db.execute(statements.update_answer if exists else statements.insert_answer, {
        "aid": assessment_id, "qid": row.question_id, "value_json": row.value_json, "note": row.note,
        "legal_citation": row.legal_citation, "confidence": row.confidence, "changed": row.changed,
        "assessor_id": row.assessor_id,
    })
    if not links_kept:
        _link(db, assessment_id, row.question_id, row.evidence_ids, replace=exists)


def remove(db: Connection, assessment_id: str, question_id: str) -> None:
    """Take the answer away with its evidence links (the links go with it: ON DELETE CASCADE, said here too)."""
    key = {"aid": assessment_id, "qid": question_id}
    db.execute(_statements().unlink, key)
    db.execute(_statements().delete_answer, key)


def add_history(db: Connection, assessment_id: str, question_id: str, old_json: str | None, new_json: str,
                at: str, assessor_id: int | None) -> None:
    """One entry of an answer's history (``old_json`` None: the first answer to the question)."""
    db.execute(_statements().insert_history, {
        "assessment_id": assessment_id, "question_id": question_id, "old_value_json": old_json,
        "new_value_json": new_json, "changed_at": at, "assessor_id": assessor_id,
    })


def touch(db: Connection, assessment_id: str, stamp: str) -> None:
    """The assessment changed when its answer did (the same time stamp)."""
    db.execute(_statements().touch, {"aid": assessment_id, "changed": stamp})


@dataclass(frozen=True)
class _Statements:
    """The writer's statements, built once (with bound parameters) so that SQLAlchemy keys and compiles each
    of them once: building them anew at every save cost more than the rest of it."""

    assessment: Any
    answer: Any
    insert_answer: Any
    update_answer: Any
    delete_answer: Any
    links: Any
    owned: Any
    unlink: Any
    insert_link: Any
    insert_history: Any
    touch: Any


@cache
def _statements() -> _Statements:
    from sqlalchemy import BindParameter, Table, bindparam, delete, insert, select, update

    from c102desk.store.models import Answer, AnswerChange, AnswerEvidence, Assessment, EvidenceFile

    assessments, answers, links, files, history = (
        cast(Table, model.__table__) for model in (Assessment, Answer, AnswerEvidence, EvidenceFile, AnswerChange))
    aid: BindParameter[str] = bindparam("aid")
    qid: BindParameter[str] = bindparam("qid")
    answer_key = (answers.c.assessment_id == aid, answers.c.question_id == qid)
    link_key = (links.c.assessment_id == aid, links.c.question_id == qid)
    fields = ("value_json", "note", "legal_citation", "confidence", "changed", "assessor_id")
    return _Statements(
        # FOR UPDATE: on a server (READ COMMITTED) the assessment's row is locked before its answer is read,
        # so that two writers of one assessment neither both insert a new answer nor both write a history
        # entry from the same old value; SQLite's write transaction (BEGIN IMMEDIATE) already excludes the
        # second writer, and SQLAlchemy leaves the clause out there.
        assessment=select(assessments.c.questionnaire_version, assessments.c.status, assessments.c.trashed_at,
                          assessments.c.changed).where(assessments.c.id == aid).with_for_update(),
        answer=select(answers.c.value_json, answers.c.note, answers.c.legal_citation, answers.c.confidence)
        .where(*answer_key),
        insert_answer=insert(answers).values(assessment_id=aid, question_id=qid,
                                             **{name: bindparam(name) for name in fields}),
        update_answer=update(answers).where(*answer_key).values({name: bindparam(name) for name in fields}),
        delete_answer=delete(answers).where(*answer_key),
        links=select(links.c.evidence_id).where(*link_key).order_by(links.c.evidence_id),
        owned=select(files.c.id).where(files.c.assessment_id == aid, files.c.id.in_(bindparam("ids", expanding=True))),
        unlink=delete(links).where(*link_key),
        insert_link=insert(links).values(assessment_id=aid, question_id=qid, evidence_id=bindparam("evidence_id")),
        insert_history=insert(history),
        touch=update(assessments).where(assessments.c.id == aid).values(changed=bindparam("changed")),
    )


# --------------------------------------------------------------------- helpers


def _given(field: Any, kept: Any) -> Any:
    return kept if isinstance(field, Keep) else field


def _saved(row: AnswerRow, *, history_written: bool, answered: bool = True) -> SavedAnswer:
    return SavedAnswer(
        question_id=row.question_id, value=load_json(row.value_json), note=row.note,
        legal_citation=row.legal_citation, confidence=row.confidence,
        evidence_ids=tuple(sorted(dict.fromkeys(row.evidence_ids))), changed=row.changed,
        assessor_id=row.assessor_id, history_written=history_written, answered=answered,
    )


def _gone(question_id: str, changed: str, assessor_id: int | None, *, history_written: bool) -> SavedAnswer:
    return SavedAnswer(question_id=question_id, value=None, note="", legal_citation="", confidence=None,
                       evidence_ids=(), changed=changed, assessor_id=assessor_id, history_written=history_written,
                       removed=True, answered=False)


def _answer(db: Connection, assessment_id: str, question_id: str) -> Row[Any] | None:
    return db.execute(_statements().answer, {"aid": assessment_id, "qid": question_id}).first()


def _links(db: Connection, assessment_id: str, question_id: str) -> tuple[str, ...]:
    return tuple(db.execute(_statements().links, {"aid": assessment_id, "qid": question_id}).scalars())


def _link(db: Connection, assessment_id: str, question_id: str, evidence_ids: Sequence[str], *,
          replace: bool) -> None:
    """The answer's evidence links become exactly ``evidence_ids``, each a file of the same assessment."""
    statements = _statements()
    if replace:
        db.execute(statements.unlink, {"aid": assessment_id, "qid": question_id})
    wanted = list(dict.fromkeys(evidence_ids))
    if not wanted:
        return
    owned = set(db.execute(statements.owned, {"aid": assessment_id, "ids": wanted}).scalars())
    for evidence_id in wanted:
        if evidence_id not in owned:
            raise EvidenceError(f"evidence {evidence_id!r} does not belong to assessment {assessment_id}")
    db.execute(statements.insert_link, [{"aid": assessment_id, "qid": question_id, "evidence_id": e}
                                        for e in wanted])
