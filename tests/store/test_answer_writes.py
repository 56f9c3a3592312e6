"""What the one answer writer returns is what the store then holds: ``Store.set_answer`` and ``clear_answer``
return a ``SavedAnswer`` equal to what ``answer_details`` and ``history`` read back afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from c102desk.store import KEEP, AssessmentInTrashError, AssessmentIsFinalError, Store
from c102desk.store.answer_writes import SavedAnswer
from tests.store.conftest import dump_store

pytestmark = pytest.mark.both_backends  # every test on the local file and on a server

EMPLOYEES = "I.stats.employees"
DECLARED = "I.art3.declaration"


def _read_back(store: Store, assessment_id: str, question_id: str) -> dict[str, object]:
    (detail,) = [d for d in store.answer_details(assessment_id) if d.question_id == question_id]
    return {"value": detail.value, "note": detail.note, "legal_citation": detail.legal_citation,
            "confidence": detail.confidence, "evidence_ids": detail.evidence_ids, "changed": detail.changed}


def _returned(saved: SavedAnswer) -> dict[str, object]:
    return {"value": saved.value, "note": saved.note, "legal_citation": saved.legal_citation,
            "confidence": saved.confidence, "evidence_ids": saved.evidence_ids, "changed": saved.changed}


def _evidence(store: Store, assessment_id: str, tmp_path: Path, name: str) -> str:
    paper = tmp_path / name
    paper.write_bytes(name.encode())
    return store.add_evidence(assessment_id, paper)


def test_a_first_answer_returns_its_fields_and_a_history_entry(store: Store, tmp_path: Path) -> None:
    assessment_id = store.create_assessment("A", "first")
    later, first = sorted(_evidence(store, assessment_id, tmp_path, n) for n in ("act.pdf", "survey.pdf"))[::-1]
    saved = store.set_answer(assessment_id, EMPLOYEES, 1200, note="LFS 2025", legal_citation="Act s. 2",
                             confidence="high", evidence_ids=[later, first, later], assessor_id=None)
    assert (saved.value, saved.note, saved.legal_citation, saved.confidence) == (1200, "LFS 2025", "Act s. 2", "high")
    assert saved.evidence_ids == (first, later)  # the store's order, each once
    assert saved.history_written and saved.answered and not saved.removed
    assert _returned(saved) == _read_back(store, assessment_id, EMPLOYEES)
    assert saved.changed == store.assessment(assessment_id).changed
    assert saved.info() == store.answer_details(assessment_id)[0]
    (entry,) = store.history(assessment_id, EMPLOYEES)
    assert (entry.had_old_value, entry.new_value) == (False, 1200)


def test_a_changed_value_keeps_the_details_and_adds_history(store: Store) -> None:
    assessment_id = store.create_assessment("A", "changed")
    first = store.set_answer(assessment_id, EMPLOYEES, 1200, note="LFS 2025")
    saved = store.set_answer(assessment_id, EMPLOYEES, 1300)
    assert saved.value == 1300 and saved.note == "LFS 2025" and saved.history_written
    assert saved.changed >= first.changed
    assert _returned(saved) == _read_back(store, assessment_id, EMPLOYEES)
    assert [e.new_value for e in store.history(assessment_id, EMPLOYEES)] == [1200, 1300]


def test_a_note_only_change_writes_no_history_entry(store: Store) -> None:
    assessment_id = store.create_assessment("A", "note")
    store.set_answer(assessment_id, EMPLOYEES, 1200)
    saved = store.set_answer(assessment_id, EMPLOYEES, KEEP, note="checked with the ministry")
    assert (saved.value, saved.note, saved.history_written, saved.answered) == (
        1200, "checked with the ministry", False, True)
    assert _returned(saved) == _read_back(store, assessment_id, EMPLOYEES)
    assert len(store.history(assessment_id, EMPLOYEES)) == 1


def test_a_note_on_an_unanswered_question_leaves_it_not_answered(store: Store) -> None:
    assessment_id = store.create_assessment("A", "note first")
    saved = store.set_answer(assessment_id, DECLARED, KEEP, note="to ask the ministry")
    assert not saved.answered and saved.value is None and not saved.history_written
    assert saved.note == "to ask the ministry"
    assert store.history(assessment_id, DECLARED) == []
    answered = store.set_answer(assessment_id, DECLARED, True)
    assert answered.answered and answered.history_written and answered.note == "to ask the ministry"


def test_clearing_a_bare_answer_removes_it(store: Store) -> None:
    assessment_id = store.create_assessment("A", "clear")
    store.set_answer(assessment_id, DECLARED, True)
    saved = store.clear_answer(assessment_id, DECLARED)
    assert saved.removed and not saved.answered and saved.history_written and saved.info() is None
    assert store.answer_details(assessment_id) == []
    changed = store.assessment(assessment_id).changed
    again = store.clear_answer(assessment_id, DECLARED)  # nothing left to clear: nothing written
    assert again.removed and not again.history_written
    assert again.changed == changed == store.assessment(assessment_id).changed


def test_clearing_an_answer_with_a_note_or_evidence_keeps_them(store: Store, tmp_path: Path) -> None:
    assessment_id = store.create_assessment("A", "clear kept")
    evidence = _evidence(store, assessment_id, tmp_path, "act.pdf")
    store.set_answer(assessment_id, DECLARED, True, note="Gazette 12/2024")
    store.set_answer(assessment_id, EMPLOYEES, 10, evidence_ids=[evidence])
    noted = store.clear_answer(assessment_id, DECLARED)
    linked = store.clear_answer(assessment_id, EMPLOYEES)
    for saved in (noted, linked):
        assert not saved.removed and not saved.answered and saved.value is None and saved.history_written
        assert _returned(saved) == _read_back(store, assessment_id, saved.question_id)
    assert noted.note == "Gazette 12/2024" and linked.evidence_ids == (evidence,)


@pytest.mark.parametrize(("make", "refused"), [
    (Store.finalize, AssessmentIsFinalError),
    (Store.trash, AssessmentInTrashError),
])
def test_a_final_or_trashed_assessment_takes_no_answer(store: Store, data_dir: Path, make: object,
                                                        refused: type[Exception]) -> None:
    assessment_id = store.create_assessment("A", "refused")
    store.set_answer(assessment_id, EMPLOYEES, 1, note="kept")
    make(store, assessment_id)  # type: ignore[operator]
    before = dump_store(store)
    with pytest.raises(refused):
        store.set_answer(assessment_id, EMPLOYEES, 2)
    with pytest.raises(refused):
        store.set_answer(assessment_id, EMPLOYEES, KEEP, note="changed")
    with pytest.raises(refused):
        store.clear_answer(assessment_id, EMPLOYEES)
    assert dump_store(store) == before
