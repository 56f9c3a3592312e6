"""A save the store cannot make reaches the view as the app's message (no traceback), and nothing of it is
saved: a full disk, a read-only store, another program holding the store, a store found damaged."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.store.paths import store_file
from c102desk.ui.assessment import AssessmentView
from tests.store.fault_tools import disk_full, flip_index_byte, read_only_at_sqlite, short_busy_timeout
from tests.ui.assessment.conftest import answer

pytestmark = pytest.mark.faults  # part of the fault-injection suite (docs/reliability.md)

SOURCE = "I.stats.employees_source"  # a text question: a long answer needs new pages in the file


def _reopened(store: Store) -> None:
    """The store's connections are made again, with whatever fault the test injected."""
    store._close_answer_writer()
    store._dispose_engine()


def _failures(view: AssessmentView) -> list[str]:
    seen: list[str] = []
    view.session.writeFailed.connect(seen.append)
    return seen


def test_a_full_disk_is_said_in_the_view_and_nothing_is_saved(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures = _failures(view)
    disk_full(monkeypatch)
    _reopened(store)
    answer(qtbot, view, SOURCE, "x" * 19_000)
    assert len(failures) == 1 and "disk is full" in failures[0]
    assert view.saved_indicator.text().startswith("Not saved: The disk is full. Everything saved before is safe")
    assert view.saved_indicator.property("failed") is True
    monkeypatch.undo()
    _reopened(store)
    assert SOURCE not in store.answers(assessment_id)
    answer(qtbot, view, SOURCE, "labour force survey")  # space again: the next save works and says so
    assert "All changes saved" in view.saved_indicator.text()
    assert store.answers(assessment_id)[SOURCE] == "labour force survey"


def test_a_read_only_store_is_said_in_the_view(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures = _failures(view)
    read_only_at_sqlite(monkeypatch)
    _reopened(store)
    answer(qtbot, view, "I.art3.declaration", True)
    assert len(failures) == 1 and "read-only" in failures[0]
    assert "Not saved: Your library is read-only" in view.saved_indicator.text()
    assert "I.art3.declaration" not in store.answers(assessment_id)


def test_a_store_another_program_holds_is_said_in_the_view(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str, data_dir: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    failures = _failures(view)
    with short_busy_timeout(monkeypatch), _writing_elsewhere(store_file(data_dir)):
        _reopened(store)
        answer(qtbot, view, "I.art3.declaration", True)
    assert len(failures) == 1 and "another c102desk window or program" in failures[0]
    assert "I.art3.declaration" not in store.answers(assessment_id)


def test_a_store_found_damaged_takes_no_more_answers_and_the_view_says_so(
    qtbot: QtBot, data_dir: Path
) -> None:
    with Store.open(data_dir) as first:
        assessment_id = first.create_assessment("Testland", "damaged")
        first.set_answer(assessment_id, "I.stats.employees", 10)
    flip_index_byte(store_file(data_dir))
    store = Store.open(data_dir, check="quick")
    try:
        view = AssessmentView(store, assessment_id)
        qtbot.addWidget(view)
        failures = _failures(view)
        assert store.verify() is not None
        answer(qtbot, view, "I.art3.declaration", True)
        assert len(failures) == 1 and "damaged" in failures[0]
        assert "restore" in failures[0].lower()
    finally:
        store.close()


def test_a_new_revision_that_cannot_be_saved_is_said_not_raised(
    qtbot: QtBot, view: AssessmentView, store: Store, assessment_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert view.session.finalize()
    failures = _failures(view)
    read_only_at_sqlite(monkeypatch)
    _reopened(store)
    assert view.reopen_as_revision() is None
    assert len(failures) == 1 and "read-only" in failures[0]
    assert [i.id for i in store.list_assessments()] == [assessment_id]


@contextmanager
def _writing_elsewhere(database: Path) -> Iterator[None]:
    """Another program holds the store's write lock while the block runs."""
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        yield
        connection.execute("ROLLBACK")
    finally:
        connection.close()
