"""Nothing destructive by accident: Move to Trash acts on the library's selection only, asks first, and the
status bar's note (or Edit ▸ Undo) takes it back; the tables work with arrows and Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import show_active, shown_rows


def test_delete_never_reaches_the_open_assessment(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    assessment = store.create_assessment("Testland", "Open one")
    window.library.refresh(select=assessment)
    show_active(qtbot, window)
    window.open_assessment(assessment)
    assert not window.library.commands.trash.isEnabled()
    # A menu opened and closed, then a stray Delete wherever the focus is.
    window.edit_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(window.edit_menu.isVisible)
    QTest.keyClick(window.edit_menu, Qt.Key.Key_Delete)
    window.edit_menu.close()
    focused = QApplication.focusWidget() or window
    QTest.keyClick(focused, Qt.Key.Key_Delete)
    window.library.commands.trash.trigger()  # even the command itself, while an assessment is open
    window.library.trash_selected()
    assert store.list_assessments(trashed=True) == []
    assert not any(a.startswith("confirm:") for a in prompts.asked)
    assert window.current_assessment_id == assessment


def test_move_to_trash_asks_and_the_status_note_undoes_it(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    keep = store.create_assessment("Keepland", "Kept")
    gone = store.create_assessment("Goneland", "Thrown away")
    show_active(qtbot, window)
    library = window.library
    library.refresh(select=gone)
    library.table.setFocus()

    prompts.confirm_answer = False
    QTest.keyClick(library.table, Qt.Key.Key_Delete)
    assert prompts.asked[-1].startswith("confirm:") and "Goneland — Thrown away" in prompts.asked[-1]
    assert store.list_assessments(trashed=True) == []

    prompts.confirm_answer = True
    QTest.keyClick(library.table, Qt.Key.Key_Delete)
    assert [a.id for a in store.list_assessments(trashed=True)] == [gone]
    notice = window.undo_notice
    assert notice.isVisible() and "Goneland — Thrown away" in notice.text.text()
    assert library.selected_id() == keep

    notice.button.click()  # Undo, from the status bar
    assert store.list_assessments(trashed=True) == []
    assert not notice.isVisible()
    assert sorted(shown_rows(library)) == [("Goneland", "Thrown away"), ("Keepland", "Kept")]
    assert library.selected_id() == gone

    edit_undo, edit_redo = window.edit_menu.actions()[:2]
    assert edit_undo is library.undo_action and edit_redo is library.redo_action
    assert edit_redo.isEnabled() and "Goneland" in edit_redo.toolTip()
    edit_redo.trigger()  # Edit ▸ Redo: back in the trash
    assert [a.id for a in store.list_assessments(trashed=True)] == [gone]
    library.table.setFocus()
    QTest.keyClick(library.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert store.list_assessments(trashed=True) == []


def test_the_tables_are_driven_by_arrows_and_enter(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    ids = [store.create_assessment(f"Country {n}", f"Title {n}") for n in range(3)]
    show_active(qtbot, window)
    library = window.library
    library.refresh()
    library.search.setFocus()
    QTest.keyClick(library.search, Qt.Key.Key_Tab)
    QTest.keyClick(library.status_filter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is library.table
    first = library.visible_ids()[0]
    assert library.selected_id() == first  # reached with Tab: its current row is selected, not just outlined
    QTest.keyClick(library.table, Qt.Key.Key_Down)
    second = library.visible_ids()[1]
    assert library.selected_id() == second
    QTest.keyClick(library.table, Qt.Key.Key_Return)
    assert window.current_assessment_id == second
    window.show_library()

    library.select(ids[0])
    library.table.setFocus()
    QTest.keyClick(library.table, Qt.Key.Key_Delete)
    library.commands.show_trash.trigger()
    assert shown_rows(library) == [("Country 0", "Title 0")]
    library.table.setFocus()
    assert library.selected_id() == ids[0]
    QTest.keyClick(library.table, Qt.Key.Key_Return)  # in the trash, Enter restores
    assert store.list_assessments(trashed=True) == []
