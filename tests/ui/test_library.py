"""The library: first launch, create, duplicate, trash and restore, search and filter — through the widgets."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from c102desk.questionnaire.progress import Progress
from c102desk.store import Store
from c102desk.ui.library.create_dialog import NEW_PROFILE, CreateAssessmentDialog
from c102desk.ui.library.table_model import PENDING, PROGRESS, SORT_ROLE
from c102desk.ui.main_window import MainWindow
from c102desk.ui.widgets.answers import NewAssessment
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import show_active, shown_rows


def test_a_first_launch_offers_to_create_an_assessment_or_open_an_example(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    library = window.library
    assert library.showing_welcome
    welcome = library.welcome
    assert welcome.create_button.isEnabled()
    assert len(welcome.example_buttons) == 3
    assert any("Midland" in b.text() for b in welcome.example_buttons)

    button = next(b for b in welcome.example_buttons if "Midland" in b.text())
    with qtbot.waitSignal(library.imported, timeout=10000) as imported:
        button.click()
    [info] = store.list_assessments()
    assert imported.args == [info.id]
    assert info.country == "Midland (fictional)"
    assert window.current_assessment_id == info.id  # the example opens at once
    assert window.stack.currentWidget() is window.assessment_view

    window.show_library()
    assert not library.showing_welcome
    assert shown_rows(library) == [("Midland (fictional)", "Ratification with three Parts")]


def test_create_asks_country_title_and_assessor_and_opens_the_assessment(
    window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    prompts.new_assessment_answer = NewAssessment("Testland", "Gap assessment 2026", None,
                                                  ("Ana Pereira", "Ministry of Labour", "Legal adviser"))
    window.library.welcome.create_button.click()

    [info] = store.list_assessments()
    assert (info.country, info.title, info.status) == ("Testland", "Gap assessment 2026", "draft")
    [profile] = store.profiles()
    assert (profile.name, profile.organisation, profile.role) == ("Ana Pereira", "Ministry of Labour", "Legal adviser")
    assert window.library.current_profile_id == profile.id
    assert window.current_assessment_id == info.id

    # a second one with the same assessor: no new profile
    prompts.new_assessment_answer = NewAssessment("Testland", "Reform", profile.id, None)
    window.library.commands.new.trigger()
    assert len(store.list_assessments()) == 2
    assert len(store.profiles()) == 1

    prompts.new_assessment_answer = None  # cancelled: nothing happens
    window.library.commands.new.trigger()
    assert len(store.list_assessments()) == 2


def test_the_create_dialog_needs_country_title_and_an_assessor(qtbot: QtBot, store: Store) -> None:
    dialog = CreateAssessmentDialog([])
    qtbot.addWidget(dialog)
    assert dialog.profile.currentData() == NEW_PROFILE  # no profiles yet: a new assessor
    assert not dialog.create_button.isEnabled()
    dialog.country.setText("Testland")
    dialog.title_edit.setText("Baseline")
    assert not dialog.create_button.isEnabled()  # the assessor's name is still missing
    dialog.name.setText("Ana")
    dialog.organisation.setText("Ministry")
    assert dialog.create_button.isEnabled()
    assert dialog.result_value() == NewAssessment("Testland", "Baseline", None, ("Ana", "Ministry", ""))

    profile_id = store.add_profile("Ben", "ILO", "Actuary")
    dialog = CreateAssessmentDialog(store.profiles(), preferred_profile=profile_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.new_profile_box.isVisible()
    dialog.country.setText("Testland")
    dialog.title_edit.setText("Baseline")
    assert dialog.create_button.isEnabled()
    assert dialog.result_value() == NewAssessment("Testland", "Baseline", profile_id, None)


def test_duplicate_copies_the_answers_under_a_new_title(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    original = store.create_assessment("Testland", "Current law")
    store.set_answer(original, "I.stats.employees", 1000)
    window.library.refresh(select=original)
    prompts.text_answer = "Reform 2027"

    window.library.commands.duplicate.trigger()

    assert "ask_text:Current law (copy)" in prompts.asked
    copy = next(a for a in store.list_assessments() if a.id != original)
    assert copy.title == "Reform 2027"
    assert store.answers(copy.id) == {"I.stats.employees": 1000}
    assert window.library.selected_id() == copy.id
    assert sorted(shown_rows(window.library)) == [("Testland", "Current law"), ("Testland", "Reform 2027")]
    qtbot.waitUntil(lambda: not window.library.progress_pending())  # the progress is read off the GUI thread
    progress = {window.library.proxy.index(r, PROGRESS).data() for r in range(2)}
    assert len(progress) == 1 and next(iter(progress)).startswith("1 of ")


def test_trash_restore_and_empty_the_trash(qtbot: QtBot, window: MainWindow, store: Store,
                                           prompts: ScriptedPrompts) -> None:
    keep = store.create_assessment("Keepland", "Kept")
    gone = store.create_assessment("Goneland", "Thrown away")
    show_active(qtbot, window)
    library = window.library
    library.refresh(select=gone)
    library.table.setFocus()

    QTest.keyClick(library.table, Qt.Key.Key_Delete)  # Delete moves the selected row to the trash

    assert [a.id for a in store.list_assessments(trashed=True)] == [gone]
    assert shown_rows(library) == [("Keepland", "Kept")]
    assert library.selected_id() == keep  # the keyboard user stays on a row

    library.commands.show_trash.trigger()
    assert library.showing_trash and shown_rows(library) == [("Goneland", "Thrown away")]
    assert library.restore_button.isVisible() and not library.new_button.isVisible()
    library.select(gone)
    library.commands.restore.trigger()
    assert store.list_assessments(trashed=True) == []
    library.commands.show_trash.trigger()
    assert sorted(shown_rows(library)) == [("Goneland", "Thrown away"), ("Keepland", "Kept")]

    library.select(gone)
    library.commands.trash.trigger()
    library.commands.show_trash.setChecked(True)
    prompts.confirm_answer = False
    assert library.empty_trash() == 0
    assert len(store.list_assessments(trashed=True)) == 1
    prompts.confirm_answer = True
    library.commands.empty_trash.trigger()
    assert store.list_assessments(trashed=True) == []
    assert any(q.startswith("confirm:Assessments in the trash") and ": 1." in q for q in prompts.asked)
    assert library.empty_label.isVisible() and "empty" in library.empty_label.text()


def test_search_and_status_filter(window: MainWindow, store: Store) -> None:
    north = store.create_assessment("Northland", "Baseline 2025")
    store.create_assessment("Southland", "Baseline 2025")
    store.create_assessment("Northland", "Pension reform")
    store.finalize(north)
    library = window.library
    library.refresh()

    library.search.setText("north")
    assert sorted(shown_rows(library)) == [("Northland", "Baseline 2025"), ("Northland", "Pension reform")]
    library.search.setText("baseline NORTH")  # every word, any order, any case
    assert shown_rows(library) == [("Northland", "Baseline 2025")]
    library.search.setText("nowhere")
    assert shown_rows(library) == [] and library.empty_label.isVisibleTo(library)
    library.search.clear()
    assert len(shown_rows(library)) == 3

    library.status_filter.setCurrentIndex(library.status_filter.findData("final"))
    assert shown_rows(library) == [("Northland", "Baseline 2025")]
    library.status_filter.setCurrentIndex(library.status_filter.findData("draft"))
    assert sorted(shown_rows(library)) == [("Northland", "Pension reform"), ("Southland", "Baseline 2025")]


def test_the_list_is_shown_before_its_progress_which_then_arrives(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.create_assessment("Testland", "Current law")
    store.set_answer(first, "I.stats.employees", 1000)
    second = store.create_assessment("Otherland", "Reform")
    window.library.wait_for_progress()
    qtbot.waitUntil(lambda: not window.library.progress_pending())
    release = threading.Event()
    calls: list[bool] = []
    real_library = store.library

    def slow_library(*, trashed: bool = False) -> Any:
        calls.append(trashed)
        assert release.wait(10), "the test never released the progress read"
        return real_library(trashed=trashed)

    monkeypatch.setattr(store, "library", slow_library)
    window.library.refresh(select=first)

    # The rows, the selection and the placeholders are there while the progress is still being read.
    assert sorted(shown_rows(window.library)) == [("Otherland", "Reform"), ("Testland", "Current law")]
    assert window.library.selected_id() == first
    assert window.library.progress_pending()
    assert {window.library.proxy.index(r, PROGRESS).data() for r in range(2)} == {PENDING}
    assert window.library.progress_of(first) is None

    with qtbot.waitSignal(window.library.progressFilled, timeout=10000):
        release.set()
    assert calls == [False]
    assert not window.library.progress_pending()
    assert window.library.selected_id() == first  # filling the column keeps the selection
    done = window.library.progress_of(first)
    assert isinstance(done, Progress) and done.answered == 1 and done.relevant > 1
    other = window.library.progress_of(second)
    assert isinstance(other, Progress) and other.answered == 0
    shown = {window.library.proxy.index(r, 0).data(): window.library.proxy.index(r, PROGRESS).data()
             for r in range(2)}
    assert shown["Testland"] == f"1 of {done.relevant}" and shown["Otherland"] == f"0 of {other.relevant}"

    # Sorting by progress uses the values that arrived.
    window.library.table.sortByColumn(PROGRESS, Qt.SortOrder.DescendingOrder)
    assert [window.library.proxy.index(r, PROGRESS).data(SORT_ROLE) for r in range(2)] == [
        done.fraction, other.fraction]


def test_a_progress_read_for_an_older_list_is_dropped(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.create_assessment("Testland", "Current law")
    window.library.wait_for_progress()
    qtbot.waitUntil(lambda: not window.library.progress_pending())
    release, started = threading.Event(), threading.Event()
    stale = {"first": True}
    real_library = store.library

    def library(*, trashed: bool = False) -> Any:
        if stale["first"]:  # the first read is slow and would report a progress that is no longer true
            stale["first"] = False
            started.set()
            assert release.wait(10)
            return [type(e)(e.info, 99, 100) for e in real_library(trashed=trashed)]
        return real_library(trashed=trashed)

    monkeypatch.setattr(store, "library", library)
    window.library.refresh()
    qtbot.waitUntil(started.is_set)  # the first read has begun (it starts from the event loop)
    window.library.refresh()  # the list is read again before the first progress arrives
    with qtbot.waitSignal(window.library.progressFilled, timeout=10000):
        release.set()
    qtbot.waitUntil(lambda: not window.library.progress_pending())
    progress = window.library.progress_of(first)
    assert isinstance(progress, Progress) and progress.answered == 0 and progress.relevant != 100
