"""clear_answer (the undo of a first answer): the question is unanswered again, nothing else is lost; and the
caption of an evidence file."""

from __future__ import annotations

from pathlib import Path

import pytest

from c102desk.store import AssessmentIsFinalError, Store

pytestmark = pytest.mark.both_backends  # every test on the local file and on a server


def test_a_bare_answer_is_removed_and_the_history_says_so(store: Store) -> None:
    assessment_id = store.create_assessment("A", "undo")
    store.set_answer(assessment_id, "I.art3.declaration", True)
    assert store.clear_answer(assessment_id, "I.art3.declaration").removed is True
    assert "I.art3.declaration" not in store.answers(assessment_id)  # not "not known" (null): no answer at all
    history = [(h.had_old_value, h.old_value, h.new_value) for h in store.history(assessment_id)]
    assert history == [(False, None, True), (True, True, None)]
    assert store.clear_answer(assessment_id, "I.art3.declaration").removed is True  # nothing left to clear


def test_an_answer_with_a_note_or_evidence_keeps_them_and_loses_only_its_value(store: Store, tmp_path: Path) -> None:
    assessment_id = store.create_assessment("A", "undo")
    paper = tmp_path / "act.pdf"
    paper.write_bytes(b"%PDF-1.4")
    evidence = store.add_evidence(assessment_id, paper)
    store.set_answer(assessment_id, "I.stats.employees", 10, note="LFS 2025", evidence_ids=[evidence])
    assert store.clear_answer(assessment_id, "I.stats.employees").removed is False
    (detail,) = store.answer_details(assessment_id)
    assert (detail.value, detail.note, detail.evidence_ids) == (None, "LFS 2025", (evidence,))


def test_a_final_assessment_cannot_be_cleared(store: Store) -> None:
    assessment_id = store.create_assessment("A", "final")
    store.set_answer(assessment_id, "I.stats.employees", 10)
    store.finalize(assessment_id)
    with pytest.raises(AssessmentIsFinalError):
        store.clear_answer(assessment_id, "I.stats.employees")
    assert store.answers(assessment_id) == {"I.stats.employees": 10}


def test_an_evidence_caption_is_kept_exported_and_imported(store: Store, tmp_path: Path) -> None:
    assessment_id = store.create_assessment("A", "captions")
    paper = tmp_path / "act.pdf"
    paper.write_bytes(b"%PDF-1.4 the act")
    evidence = store.add_evidence(assessment_id, paper)
    store.set_answer(assessment_id, "I.stats.employees", 10, evidence_ids=[evidence])
    store.set_evidence_caption(assessment_id, evidence, "  Social Security Act 2004, as published  ")
    (info,) = store.evidence(assessment_id)
    assert info.caption == "Social Security Act 2004, as published"
    assert store.evidence_file(info).read_bytes() == b"%PDF-1.4 the act"  # the copy in the data folder
    out = tmp_path / "a.c102.json"
    store.export_file(assessment_id, out)
    copy = store.import_file(out, on_conflict="keep_both")
    assert [e.caption for e in store.evidence(copy)] == ["Social Security Act 2004, as published"]
    duplicate = store.duplicate(assessment_id, "copy")
    assert [e.caption for e in store.evidence(duplicate)] == ["Social Security Act 2004, as published"]
