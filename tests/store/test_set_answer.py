"""set_answer (plain SQL on a kept connection): the same rows as before, one transaction, nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from c102desk.store import Store, StoreError, UnknownAssessmentError
from c102desk.store.errors import EvidenceError, StoreLockedError
from c102desk.store.paths import store_file
from tests.store.conftest import dump_store


@pytest.mark.both_backends
def test_fields_are_replaced_or_kept_and_each_value_change_has_a_history_row(store: Store, tmp_path: Path) -> None:
    assessment_id = store.create_assessment("A", "fields")
    paper = tmp_path / "gazette.pdf"
    paper.write_bytes(b"%PDF-1.4")
    evidence = store.add_evidence(assessment_id, paper)
    ana = store.add_profile("Ana")
    before = store.assessment(assessment_id).changed
    store.set_answer(assessment_id, "I.stats.employees", 10, note="LFS", legal_citation="Act s. 1",
                     confidence="high", evidence_ids=[evidence, evidence], assessor_id=ana)
    store.set_answer(assessment_id, "I.stats.employees", 12)  # note, citation, confidence, links kept
    (detail,) = store.answer_details(assessment_id)
    assert (detail.value, detail.note, detail.legal_citation, detail.confidence, detail.evidence_ids) == (
        12, "LFS", "Act s. 1", "high", (evidence,))
    assert detail.assessor_id is None  # the assessor of the last save
    assert store.assessment(assessment_id).changed == detail.changed >= before
    store.set_answer(assessment_id, "I.stats.employees", 12, note="", confidence=None, evidence_ids=[])
    (detail,) = store.answer_details(assessment_id)
    assert (detail.note, detail.confidence, detail.evidence_ids) == ("", None, ())
    history = store.history(assessment_id, "I.stats.employees")
    assert [(h.old_value, h.new_value) for h in history] == [(None, 10), (10, 12)]  # unchanged value: no row
    assert history[0].assessor is not None and history[0].assessor.name == "Ana"


@pytest.mark.both_backends
def test_a_refused_save_changes_nothing(store: Store) -> None:
    mine, other = store.create_assessment("A", "mine"), store.create_assessment("B", "other")
    store.set_answer(mine, "I.stats.employees", 1)
    theirs = store.add_evidence(other, Path(__file__))
    before = dump_store(store)
    with pytest.raises(EvidenceError):  # fails after the answer and history rows were written: rolled back
        store.set_answer(mine, "I.stats.employees", 2, evidence_ids=[theirs])
    with pytest.raises(UnknownAssessmentError):
        store.set_answer("no-such-id", "I.stats.employees", 2)
    assert dump_store(store) == before
    store.set_answer(mine, "I.stats.employees", 3)  # the connection is usable again
    assert store.answers(mine) == {"I.stats.employees": 3}


def test_a_save_is_committed_before_it_returns_and_a_busy_store_is_reported(store: Store, data_dir: Path) -> None:
    assessment_id = store.create_assessment("A", "committed")
    store.set_answer(assessment_id, "I.stats.employees", 7)
    other = sqlite3.connect(store_file(data_dir), isolation_level=None, timeout=0)
    try:
        assert other.execute("SELECT value_json FROM answers").fetchall() == [("7",)]
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        other.execute("PRAGMA busy_timeout=0")
        raw = store._answer_writer().connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA busy_timeout=0")  # fail at once rather than after 5 s
        with pytest.raises(StoreLockedError):
            store.set_answer(assessment_id, "I.stats.employees", 8)
        other.execute("ROLLBACK")
    finally:
        other.close()
    store.set_answer(assessment_id, "I.stats.employees", 8)
    assert store.answers(assessment_id) == {"I.stats.employees": 8}
    assert isinstance(StoreLockedError(), StoreError)


def test_the_answer_connection_follows_close_and_restore(data_dir: Path) -> None:
    store = Store.open(data_dir)
    assessment_id = store.create_assessment("A", "restore")
    store.set_answer(assessment_id, "I.stats.employees", 1)
    backup = store.backup("manual")
    store.set_answer(assessment_id, "I.stats.employees", 2)
    store.restore_backup(backup.name)
    assert store.answers(assessment_id) == {"I.stats.employees": 1}
    store.set_answer(assessment_id, "I.stats.employees", 3)  # written into the restored store
    store.close()
    assert store._answer_connection is None
    with Store.open(data_dir) as again:
        assert again.answers(assessment_id) == {"I.stats.employees": 3}
