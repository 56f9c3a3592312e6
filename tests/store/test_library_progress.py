"""Store.library gives each assessment's progress as the progress module computes it from all its answers, in a
few queries."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.questionnaire import load_questionnaire, progress
from c102desk.resources import resource_path
from c102desk.store import Store

pytestmark = pytest.mark.both_backends  # every test on the local file and on a server


def _progress(answers: dict[str, Any]) -> tuple[int, int]:
    found = progress.progress(load_questionnaire(), answers)
    return found.answered, found.relevant


def test_library_progress_matches_the_answers(store: Store) -> None:
    empty = store.create_assessment("A", "empty")
    some = store.create_assessment("B", "some")
    gated = next(q for q in load_questionnaire().questions() if q.relevant is not None)
    for question_id in list(gated.relevant.question_ids()) if gated.relevant else []:
        question = load_questionnaire().by_id[question_id]
        store.set_answer(some, question_id, True if question.type == "yes_no" else None)
    store.set_answer(some, "I.stats.employees", 1000)
    store.set_answer(some, "I.art3.declaration", None)
    trashed = store.create_assessment("C", "trashed")
    store.set_answer(trashed, "I.stats.employees", 5)
    store.trash(trashed)

    entries = {e.info.id: e for e in store.library()}
    assert [e.info.id for e in store.library()] == [i.id for i in store.list_assessments()]
    assert set(entries) == {empty, some}
    for assessment_id, entry in entries.items():
        assert (entry.answered, entry.relevant) == _progress(store.answers(assessment_id))
    assert entries[some].answered >= 2
    (in_trash,) = store.library(trashed=True)
    assert (in_trash.info.id, in_trash.answered) == (trashed, 1)


def test_library_progress_matches_on_the_examples_with_their_skipped_parts(store: Store) -> None:
    # The examples answer many gates both ways (Parts not accepted, benefits absent): their relevant sets
    # differ from each other and from an empty assessment's, and the gate values go through the packed key.
    examples = sorted((resource_path("examples")).glob("*.c102.json"))
    assert len(examples) == 3
    ids = [store.import_file(path) for path in examples]
    entries = {e.info.id: e for e in store.library()}
    relevant_counts = set()
    for assessment_id in ids:
        answers = store.answers(assessment_id)
        assert (entries[assessment_id].answered, entries[assessment_id].relevant) == _progress(answers)
        relevant_counts.add(entries[assessment_id].relevant)
    assert len(relevant_counts) >= 2  # different skip patterns, each computed (not one cached set for all)
