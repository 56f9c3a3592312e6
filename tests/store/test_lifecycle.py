"""Final assessments are read-only, revisions keep the old one, the trash keeps until emptied."""

from __future__ import annotations

import pytest

from c102desk.store import (
    AssessmentInTrashError,
    AssessmentIsFinalError,
    InvalidAnswerError,
    Store,
    UnknownAssessmentError,
)

pytestmark = pytest.mark.both_backends  # every test on the local file and on a server


def test_answers_are_checked_against_the_questionnaire(store: Store) -> None:
    assessment_id = store.create_assessment()
    with pytest.raises(InvalidAnswerError, match="unknown question id"):
        store.set_answer(assessment_id, "I.no_such_question", 1)
    with pytest.raises(InvalidAnswerError, match=r"I\.stats\.employees"):
        store.set_answer(assessment_id, "I.stats.employees", "many")
    with pytest.raises(InvalidAnswerError, match="confidence"):
        store.set_answer(assessment_id, "I.stats.employees", 1, confidence="certain")
    assert store.answers(assessment_id) == {}
    assert store.history(assessment_id) == []


def test_history_records_each_change_of_value(store: Store) -> None:
    assessment_id = store.create_assessment()
    ana = store.add_profile("Ana", "MoL", "assessor")
    store.set_answer(assessment_id, "I.stats.employees", 1, assessor_id=ana)
    store.set_answer(assessment_id, "I.stats.employees", 1, note="only the note changes")
    store.set_answer(assessment_id, "I.stats.employees", 2)
    history = store.history(assessment_id, "I.stats.employees")
    assert [(h.had_old_value, h.old_value, h.new_value) for h in history] == [(False, None, 1), (True, 1, 2)]
    assert history[0].assessor is not None and history[0].assessor.name == "Ana"
    (detail,) = store.answer_details(assessment_id)
    assert detail.note == "only the note changes"


def test_a_final_assessment_is_read_only_and_a_new_revision_keeps_it(store: Store) -> None:
    assessment_id = store.create_assessment("Ruritania", "2024")
    store.set_answer(assessment_id, "I.stats.employees", 1, note="n")
    store.finalize(assessment_id)
    with pytest.raises(AssessmentIsFinalError, match="new revision"):
        store.set_answer(assessment_id, "I.stats.employees", 2)

    revision = store.new_revision(assessment_id)
    store.set_answer(revision, "I.stats.employees", 2)
    old, new = store.assessment(assessment_id), store.assessment(revision)
    assert (old.status, new.status) == ("final", "draft")
    assert (new.revision, new.previous_revision_id) == (2, assessment_id)
    assert store.answers(assessment_id) == {"I.stats.employees": 1}
    assert store.answers(revision) == {"I.stats.employees": 2}
    assert len(store.history(revision)) == 2
    assert store.answer_details(revision)[0].note == "n"


def test_trash_restore_and_empty(store: Store) -> None:
    kept = store.create_assessment("A", "kept")
    thrown = store.create_assessment("B", "thrown away")
    store.trash(thrown)
    assert [a.id for a in store.list_assessments()] == [kept]
    assert [a.id for a in store.list_assessments(trashed=True)] == [thrown]
    with pytest.raises(AssessmentInTrashError):
        store.set_answer(thrown, "I.stats.employees", 1)
    store.restore_from_trash(thrown)
    store.set_answer(thrown, "I.stats.employees", 1)
    store.trash(thrown)
    assert store.empty_trash() == 1
    if store.on_a_server:  # its backups are its IT's (docs/team-server.md): none taken, none listed
        assert store.backups() == []
    else:
        assert any(b.reason == "before-empty-trash" for b in store.backups())
    with pytest.raises(UnknownAssessmentError):
        store.assessment(thrown)
    assert [a.id for a in store.list_assessments()] == [kept]


def test_rename_and_profiles(store: Store) -> None:
    assessment_id = store.create_assessment("Ruritania", "first title")
    before = store.assessment(assessment_id).changed
    store.rename(assessment_id, title="2026 reform")
    store.rename(assessment_id, country="Ruritania (fictional)")
    renamed = store.assessment(assessment_id)
    assert (renamed.country, renamed.title) == ("Ruritania (fictional)", "2026 reform")
    assert renamed.changed >= before
    ana = store.add_profile("Ana", "MoL", "assessor")
    bea = store.add_profile("Bea")
    assert [(p.id, p.name, p.organisation, p.role) for p in store.profiles()] == [
        (ana, "Ana", "MoL", "assessor"), (bea, "Bea", "", "")]
    store.finalize(assessment_id)
    with pytest.raises(AssessmentIsFinalError):
        store.rename(assessment_id, title="too late")
