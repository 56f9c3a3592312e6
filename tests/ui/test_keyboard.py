"""Keyboard-complete: Tab reaches only controls the user can see (a radio group is one stop), the arrows choose
in a radio group, and Return activates each dialog's default button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from c102desk.resources import resource_path
from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.answer_widgets import YesNoEditor
from c102desk.ui.assessment.finish import FinalizeDialog
from c102desk.ui.library.create_dialog import CreateAssessmentDialog
from c102desk.ui.main_window import MainWindow
from c102desk.ui.widgets.shortcuts_dialog import ShortcutsDialog
from tests.ui.helpers import show_active

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QTabBar)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _tab_walk(steps: int) -> list[QWidget]:
    seen = []
    for _ in range(steps):
        widget = _focused()
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def _check_stops(seen: list[QWidget]) -> None:
    invisible = [f"{type(w).__name__} {w.objectName()!r}" for w in seen
                 if not isinstance(w, CONTROLS) or not w.isVisible() or not w.isEnabled() or w.width() < 4]
    assert not invisible, f"Tab stops that show nothing: {sorted(set(invisible))}"


def test_tab_reaches_only_visible_controls_in_the_library_and_an_assessment(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    example = store.import_file(resource_path("examples", "midland-three-parts.c102.json"))
    window.library.refresh(select=example)
    window.resize(1366, 740)
    show_active(qtbot, window)
    window.library.table.setFocus()
    library = _tab_walk(30)
    _check_stops(library)
    assert window.library.table in library and window.library.search in library

    window.open_assessment(example)
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    view.go_to_question("I.art3.declaration")
    stops = _tab_walk(120)
    _check_stops(stops)
    for row in view.part_pages["I"].visible_rows():
        if isinstance(row.editor, YesNoEditor):  # a radio group is one Tab stop, not three
            assert sum(1 for w in set(stops) if w in row.editor.buttons.values()) <= 1, row.question.id

    view.tabs.setCurrentIndex(1)
    view.dashboard.parts.setFocus()
    stops = _tab_walk(6)
    _check_stops(stops)
    assert len(set(stops)) >= 3  # Tab leaves the table instead of walking its cells


def test_the_arrows_choose_in_a_radio_group_and_save(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    assessment = store.create_assessment("Testland", "Radios")
    show_active(qtbot, window)
    window.open_assessment(assessment)
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    view.go_to_question("I.art3.declaration")
    editor = view.rows["I.art3.declaration"].editor
    assert isinstance(editor, YesNoEditor)
    assert _focused() is editor.buttons[True] and not editor.buttons[True].isChecked()
    QTest.keyClick(_focused(), Qt.Key.Key_Right)
    assert _focused() is editor.buttons[False] and editor.buttons[False].isChecked()
    assert store.answers(assessment)["I.art3.declaration"] is False
    QTest.keyClick(_focused(), Qt.Key.Key_Right)
    assert editor.buttons[None].isChecked() and store.answers(assessment)["I.art3.declaration"] is None
    QTest.keyClick(_focused(), Qt.Key.Key_Left)
    QTest.keyClick(_focused(), Qt.Key.Key_Left)
    assert editor.buttons[True].isChecked() and store.answers(assessment)["I.art3.declaration"] is True
    assert editor.buttons[True].focusPolicy() == Qt.FocusPolicy.StrongFocus  # the group's Tab stop: the choice
    assert editor.buttons[False].focusPolicy() == Qt.FocusPolicy.ClickFocus


def _default_button(dialog: QDialog) -> QPushButton:
    dialog.show()
    (default,) = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    return default


def _return_in(qtbot: QtBot, dialog: QDialog, widget: QWidget, clicked: Callable[[], bool]) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Return)
    assert clicked()


def test_return_activates_the_default_button_of_each_dialog(qtbot: QtBot, store: Store) -> None:
    create = CreateAssessmentDialog([])
    qtbot.addWidget(create)
    create.show()
    for field, text in ((create.country, "Testland"), (create.title_edit, "Baseline"), (create.name, "Ana")):
        QTest.keyClicks(field, text)
    assert _default_button(create) is create.create_button
    with qtbot.waitSignal(create.accepted):
        _return_in(qtbot, create, create.name, lambda: True)

    nothing_missing = FinalizeDialog([])
    qtbot.addWidget(nothing_missing)
    assert _default_button(nothing_missing) is nothing_missing.confirm
    with qtbot.waitSignal(nothing_missing.accepted):
        _return_in(qtbot, nothing_missing, nothing_missing.confirm, lambda: True)

    shortcuts = ShortcutsDialog([])
    qtbot.addWidget(shortcuts)
    with qtbot.waitSignal(shortcuts.rejected):  # Close is its default: Return closes it
        _return_in(qtbot, shortcuts, shortcuts.tree, lambda: True)
