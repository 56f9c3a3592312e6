"""Every shortcut is shown in its menu and in Help ▸ Keyboard Shortcuts; Undo and Redo are in the Edit menu."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.main_window import MainWindow
from c102desk.ui.widgets.shortcuts_dialog import ShortcutsDialog

# Keys of multimedia keyboards (Back, Exit, Close…) that some Qt versions add to standard commands: the list
# leaves them out, as they are no keys an assessor types (the window's list uses the same bound).
_MULTIMEDIA_KEYS = 0x01000060


def _menu_actions(window: MainWindow) -> set[QAction]:
    found: set[QAction] = set()
    for menu in window.menuBar().findChildren(QMenu):
        found.update(a for a in menu.actions() if not a.isSeparator())
    return found


def _keyed_actions(window: MainWindow) -> list[QAction]:
    """The actions with a key that can fire now: the window's, its pages' and the open assessment's (the
    library's own Undo is off while an assessment is open)."""
    return [a for a in window.findChildren(QAction) if a.shortcuts() and a.isEnabled() and not a.isSeparator()
            and a.parent() is not None and "qt_" not in a.objectName()]


def _check(window: MainWindow) -> None:
    in_menus = _menu_actions(window)
    missing = [a.text() for a in _keyed_actions(window) if a not in in_menus]
    assert not missing, f"shortcuts not shown in any menu: {missing}"
    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    listed = {(command, keys) for _group, command, keys in dialog.rows()}
    for action in in_menus:
        if action.shortcuts():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                    if cast(Any, k)[0].key().value < _MULTIMEDIA_KEYS]
            found = next((k for c, k in listed if c == action.text().replace("&", "")), None)
            assert found is not None, action.text()
            assert keys, action.text()
            assert set(keys) <= set(found.split(", ")), (action.text(), keys, found)
    dialog.reject()


def test_every_shortcut_of_the_library_and_of_an_open_assessment_is_in_a_menu_and_in_help(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    _check(window)
    window.open_assessment(store.create_assessment("Testland", "Keys"))
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    _check(window)
    undo, redo = window.edit_menu.actions()[:2]
    assert (undo, redo) == (view.undo_action, view.redo_action)
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assessment_menu = {a.text().replace("&", "") for a in window.assessment_menu.actions()}
    assert {"Find a Question…", "Next unanswered", "Mark as final…", "Dashboard"} <= assessment_menu
    window.show_library()
    assert window.edit_menu.actions()[0] is window.library.undo_action
    assert not window.assessment_menu.menuAction().isEnabled()


def test_the_shortcuts_dialog_lists_the_keys_inside_lists_and_questions(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    groups = {group for group, _command, _keys in dialog.rows()}
    assert {"File", "Edit", "In the library", "In the questions"} <= groups
    assert ("Help", "Keyboard Shortcuts", QKeySequence(QKeySequence.StandardKey.HelpContents).toString(
        QKeySequence.SequenceFormat.NativeText)) in dialog.rows()
