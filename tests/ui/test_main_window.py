"""The main window: routing, menus and shortcuts, reopening, accessibility and a 150 % text scale."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui import main_window as main_window_module
from c102desk.ui.main_window import MainWindow
from c102desk.ui.widgets.answers import NewAssessment
from c102desk.ui.widgets.placeholder_page import PlaceholderPage
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import show_active, shown_rows


def test_close_and_reopen_the_window_and_find_everything_still_there(
    qtbot: QtBot, data_dir: Path, prompts: ScriptedPrompts
) -> None:
    store = Store.open(data_dir)
    window = MainWindow(store, prompts)
    qtbot.addWidget(window)
    prompts.new_assessment_answer = NewAssessment("Testland", "Baseline", None, ("Ana", "Ministry", "Adviser"))
    window.library.commands.new.trigger()
    window.show_library()
    prompts.text_answer = "Reform"
    window.library.commands.duplicate.trigger()
    window.library.commands.trash.trigger()
    window.close()
    store.close()

    reopened = Store.open(data_dir)
    try:
        again = MainWindow(reopened, prompts)
        qtbot.addWidget(again)
        assert not again.library.showing_welcome
        assert shown_rows(again.library) == [("Testland", "Baseline")]
        again.library.commands.show_trash.trigger()
        assert shown_rows(again.library) == [("Testland", "Reform")]
        assert [p.name for p in reopened.profiles()] == ["Ana"]
    finally:
        reopened.close()


def test_the_assessment_view_opens_from_the_library_and_closes_back(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    assessment = store.create_assessment("Testland", "Baseline")
    library = window.library
    library.refresh(select=assessment)
    show_active(qtbot, window)
    library.table.setFocus()
    QTest.keyClick(library.table, Qt.Key.Key_Return)  # Enter opens the selected assessment
    assert window.current_assessment_id == assessment
    assert window.stack.currentWidget() is window.assessment_view
    assert window.close_assessment_action.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is library
    assert window.assessment_view is None


def test_a_placeholder_is_shown_while_the_assessment_view_is_not_installed(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window_module, "ASSESSMENT_MODULE", "c102desk.ui.not_there_yet")
    monkeypatch.delitem(sys.modules, "c102desk.ui.not_there_yet", raising=False)
    assessment = store.create_assessment("Testland", "Baseline")
    window.open_assessment(assessment)
    page = window.stack.currentWidget()
    assert isinstance(page, PlaceholderPage)
    page.back_button.click()
    assert window.stack.currentWidget() is window.library


def test_keyboard_shortcuts_reach_every_library_command(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    store.create_assessment("Testland", "Baseline")
    window.library.refresh()
    show_active(qtbot, window)
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in window.library.commands.all()}
    assert shortcuts["New Assessment…"] == "Ctrl+N"
    assert shortcuts["Import…"] == "Ctrl+O"
    assert shortcuts["Export…"] == "Ctrl+E"
    assert shortcuts["Move to Trash"] == "Del"
    assert shortcuts["Find"] == "Ctrl+F"

    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.library.search
    QTest.keyClicks(window.library.search, "zzz")
    QTest.keyClick(window.library.search, Qt.Key.Key_Delete)  # Delete edits the search, never trashes a row
    assert len(store.list_assessments()) == 1

    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert prompts.asked == ["new_assessment"]
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.library.showing_trash

    # Tab walks from the search box through the filter to the table
    window.library.commands.show_trash.trigger()
    window.library.search.setFocus()
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.library.status_filter
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.library.table

    menus = [m.title().replace("&", "") for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))]
    assert {"File", "Edit", "View", "Help"} <= set(menus)


def _controls(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QTableView)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(root)
            and w.parent() is not None and "qt_" not in w.objectName()]


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert _controls(window.library.welcome)
    for control in _controls(window.library.welcome):
        assert control.accessibleName(), control
    store.create_assessment("Testland", "Baseline")
    window.library.refresh()
    for control in _controls(window.library):
        assert control.accessibleName(), control




def test_nothing_is_cut_off_at_150_percent_text(
    qtbot: QtBot, large_font: QFont, data_dir: Path, prompts: ScriptedPrompts
) -> None:
    store = Store.open(data_dir)
    try:
        window = MainWindow(store, prompts)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for button in window.library.welcome.findChildren(QAbstractButton):
            assert button.width() >= QFontMetrics(button.font()).horizontalAdvance(button.text()), button.text()
        assessment = store.create_assessment("Republic of Testland", "Gap assessment 2026")
        store.finalize(assessment)
        window.library.refresh()
        table = window.library.table
        header = table.horizontalHeader()
        metrics = QFontMetrics(header.font())
        for column in range(header.count()):
            text = str(table.model().headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
            cell = table.model().index(0, column)
            hint = table.itemDelegateForIndex(cell).sizeHint(_option(table), cell)
            assert header.sectionSize(column) >= min(hint.width(), header.sectionSize(column)), text
        for button in window.library.findChildren(QAbstractButton):
            if button.isVisibleTo(window.library) and button.text():
                assert button.sizeHint().width() >= QFontMetrics(button.font()).horizontalAdvance(
                    button.text().replace("&", "")), button.text()
                assert button.width() >= button.sizeHint().width() - 1, button.text()
        assert table.rowHeight(0) >= QFontMetrics(table.font()).height()
        window.close()
    finally:
        store.close()


def _option(table: QTableView) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    return option


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_the_store_is_warmed_up_off_the_gui_thread_after_the_first_paint(
    qtbot: QtBot, store: Store, prompts: ScriptedPrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(store, "warm_up", lambda: calls.append(threading.current_thread() is threading.main_thread()))
    window = MainWindow(store, prompts)
    qtbot.addWidget(window)
    qtbot.wait(50)
    assert calls == []  # built but not shown: nothing painted yet, nothing started
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: bool(calls))
    window.warmer.wait_for_done()
    assert calls == [False]  # once, on the background thread
    window.update()
    qtbot.wait(50)
    assert calls == [False]  # not again on later paints


def test_the_window_reopens_where_and_as_large_as_it_was_closed(
    qtbot: QtBot, store: Store, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(store, prompts, settings=settings)
    qtbot.addWidget(first)
    default_size = first.size()
    show_active(qtbot, first)
    first.setGeometry(40, 50, 610, 430)  # smaller than the offscreen screen, so that Qt keeps it as it is
    qtbot.waitUntil(lambda: first.size() == QSize(610, 430))
    placed = first.geometry()
    first.close()
    first.warmer.wait_for_done()

    second = MainWindow(store, prompts, settings=settings)
    qtbot.addWidget(second)
    assert second.size() == QSize(610, 430) != default_size
    show_active(qtbot, second)
    assert second.geometry() == placed
    second.close()
    second.warmer.wait_for_done()

    fresh = MainWindow(store, prompts, settings=QSettings(str(tmp_path / "none.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(fresh)
    assert fresh.size() == default_size  # nothing saved yet: the default size


def test_answers_name_the_assessor_chosen_at_creation_also_after_a_restart(
    qtbot: QtBot, data_dir: Path, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = Store.open(data_dir)
    try:
        first = MainWindow(store, prompts, settings=settings)
        qtbot.addWidget(first)
        prompts.new_assessment_answer = NewAssessment("Testland", "Gap assessment", None,
                                                      ("Ana Pereira", "Ministry of Labour", "Legal adviser"))
        first.library.commands.new.trigger()
        assessment_id = first.current_assessment_id
        assert assessment_id is not None
        view: Any = first.assessment_view
        assert view.session.set_answer("I.stats.employees", 1200)
        first.close()
        first.warmer.wait_for_done()

        second = MainWindow(store, prompts, settings=settings)  # the app started again
        qtbot.addWidget(second)
        second.open_assessment(assessment_id)
        view = second.assessment_view
        assert view.session.set_answer("I.stats.employees", 1300)
        history = store.history(assessment_id, "I.stats.employees")
        assert [(h.new_value, h.assessor.name if h.assessor else None) for h in history] == [
            (1200, "Ana Pereira"), (1300, "Ana Pereira")
        ]
        second.close()
        second.warmer.wait_for_done()
    finally:
        store.close()

    # Another store (another --data-dir) has its own profiles: the choice made for the first is not used there.
    with Store.open(tmp_path / "other") as other:
        other.add_profile("Someone Else")  # id 1, like Ana's in the first store
        elsewhere = MainWindow(other, prompts, settings=settings)
        qtbot.addWidget(elsewhere)
        assert elsewhere.library.current_profile_id is None
        elsewhere.close()
        elsewhere.warmer.wait_for_done()
