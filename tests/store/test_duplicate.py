"""Duplicating an assessment, e.g. to model a reform: an independent draft with the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from c102desk.store import AssessmentIsFinalError, Store, UnknownAssessmentError
from c102desk.store.records import STATUS_DRAFT

pytestmark = pytest.mark.both_backends  # every test on the local file and on a server


def test_duplicate_copies_answers_details_and_history_into_an_independent_draft(store: Store, tmp_path: Path) -> None:
    original = store.create_assessment("Northland", "Current law")
    evidence_file = tmp_path / "act.pdf"
    evidence_file.write_bytes(b"%PDF-1.4 social security act")
    evidence = store.add_evidence(original, evidence_file)
    store.set_answer(original, "I.stats.employees", 1000, note="LFS 2025", evidence_ids=[evidence])
    store.set_answer(original, "I.stats.employees", 1200)
    store.finalize(original)

    copy = store.duplicate(original, "Reform 2027")

    info = store.assessment(copy)
    assert (info.country, info.title, info.status, info.revision, info.previous_revision_id) == (
        "Northland", "Reform 2027", STATUS_DRAFT, 1, None
    )
    assert store.answers(copy) == store.answers(original) == {"I.stats.employees": 1200}
    [detail] = store.answer_details(copy)
    assert detail.note == "LFS 2025"
    [copied_evidence] = store.evidence(copy)
    assert detail.evidence_ids == (copied_evidence.id,)
    assert copied_evidence.id != evidence
    assert [h.new_value for h in store.history(copy)] == [1000, 1200]

    # the copy is independent: a draft that can change while the original stays final and unchanged
    store.set_answer(copy, "I.stats.employees", 1500)
    assert store.answers(original) == {"I.stats.employees": 1200}
    with pytest.raises(AssessmentIsFinalError):
        store.set_answer(original, "I.stats.employees", 1)
    assert {a.id for a in store.list_assessments()} == {original, copy}


def test_duplicate_of_an_unknown_assessment_is_a_known_error(store: Store) -> None:
    with pytest.raises(UnknownAssessmentError):
        store.duplicate("no-such-id", "Copy")
