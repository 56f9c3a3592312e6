"""clear_answer (the undo of a first answer): the question is unanswered again, nothing else is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from c102desk.store import AssessmentIsFinalError, Store


def test_a_bare_answer_is_removed_and_the_history_says_so(store: Store) -> None:
    assessment_id = store.create_assessment("A", "undo")
    store.set_answer(assessment_id, "I.art3.declaration", True)
    assert store.clear_answer(assessment_id, "I.art3.declaration") is True
    assert "I.art3.declaration" not in store.answers(assessment_id)  # not "not known" (null): no answer at all
    history = [(h.had_old_value, h.old_value, h.new_value) for h in store.history(assessment_id)]
    assert history == [(False, None, True), (True, True, None)]
    assert store.clear_answer(assessment_id, "I.art3.declaration") is True  # nothing left to clear


def test_an_answer_with_a_note_or_evidence_keeps_them_and_loses_only_its_value(store: Store, tmp_path: Path) -> None:
    assessment_id = store.create_assessment("A", "undo")
    paper = tmp_path / "act.pdf"
    paper.write_bytes(b"%PDF-1.4")
    evidence = store.add_evidence(assessment_id, paper)
    store.set_answer(assessment_id, "I.stats.employees", 10, note="LFS 2025", evidence_ids=[evidence])
    assert store.clear_answer(assessment_id, "I.stats.employees") is False
    (detail,) = store.answer_details(assessment_id)
    assert (detail.value, detail.note, detail.evidence_ids) == (None, "LFS 2025", (evidence,))


def test_a_final_assessment_cannot_be_cleared(store: Store) -> None:
    assessment_id = store.create_assessment("A", "final")
    store.set_answer(assessment_id, "I.stats.employees", 10)
    store.finalize(assessment_id)
    with pytest.raises(AssessmentIsFinalError):
        store.clear_answer(assessment_id, "I.stats.employees")
    assert store.answers(assessment_id) == {"I.stats.employees": 10}
