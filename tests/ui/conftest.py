"""GUI tests: offscreen, a fresh store per test opened by the production code, dialogs answered by a script, and
no window left behind by a test (``no_leftover_windows``)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import: no display in CI

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.store.records import ProfileInfo
from c102desk.team.merge import Resolution
from c102desk.team.merge_file import PreparedMerge
from c102desk.ui.main_window import MainWindow
from c102desk.ui.widgets.answers import NewAssessment, NewIdentity
from c102desk.ui.widgets.prompts import Conflict, MergeDialogClass, NewAssessmentDialog, NewIdentityDialog, Prompts


@dataclass
class ScriptedPrompts(Prompts):
    """Answers every question the way the test says, and records what was asked. (No real file dialog opens,
    so no folder of the user's is looked at.)"""

    files_to_open: list[str] = field(default_factory=list)
    save_target: str | None = None
    confirm_answer: bool = True
    conflict_answer: Conflict | None = Conflict.KEEP_BOTH
    new_assessment_answer: NewAssessment | None = None
    text_answer: str | None = None
    file_to_open: str | None = None
    secret_answer: str | None = None
    new_identity_answer: NewIdentity | None = None
    # The merge dialog's answer: a function of the prepared merge (None: Cancel)
    merge_answer: Callable[[PreparedMerge], dict[str, Resolution] | None] | None = None
    asked: list[str] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)
    errors: list[tuple[str, BaseException]] = field(default_factory=list)

    def open_files(self, parent: QWidget | None, title: str) -> list[str]:
        self.asked.append("open_files")
        return list(self.files_to_open)

    def save_file(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        self.asked.append(f"save_file:{Path(suggested).name}")
        return self.save_target

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        self.asked.append(f"confirm:{text}")
        return self.confirm_answer

    def import_conflict(self, parent: QWidget | None, file_name: str, existing: str) -> Conflict | None:
        self.asked.append(f"conflict:{file_name}:{existing}")
        return self.conflict_answer

    def show_error(self, parent: QWidget | None, title: str, error: BaseException) -> None:
        self.errors.append((title, error))

    def merge_conflicts(self, parent: QWidget | None, prepared: PreparedMerge, lang: str,
                        dialog_class: MergeDialogClass) -> dict[str, Resolution] | None:
        self.asked.append(f"merge:{len(prepared.plan.conflicts)}")
        return None if self.merge_answer is None else self.merge_answer(prepared)

    def new_assessment(
        self, parent: QWidget | None, profiles: list[ProfileInfo], preferred_profile: int | None,
        dialog_class: NewAssessmentDialog,
    ) -> NewAssessment | None:
        self.asked.append("new_assessment")
        return self.new_assessment_answer

    def ask_text(self, parent: QWidget | None, title: str, label: str, default: str) -> str | None:
        self.asked.append(f"ask_text:{default}")
        return self.text_answer

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> str | None:
        self.asked.append("open_file")
        return self.file_to_open

    def save_as(self, parent: QWidget | None, title: str, suggested: str, file_filter: str,
                suffix: str) -> str | None:
        self.asked.append(f"save_as:{Path(suggested).name}")
        return self.save_target

    def open_document(self, path: str) -> bool:
        self.asked.append(f"open_document:{Path(path).name}")
        self.opened.append(path)
        return True

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.asked.append("ask_secret")
        return self.secret_answer

    def new_identity(self, parent: QWidget | None, dialog_class: NewIdentityDialog,
                     suggested: NewIdentity | None = None) -> NewIdentity | None:
        self.asked.append("new_identity")
        return self.new_identity_answer


def _windows() -> dict[int, QWidget]:
    """The application's top-level widgets (windows, dialogs, menus shown as popups) by their C++ address."""
    return {shiboken6.getCppPointer(widget)[0]: widget for widget in QApplication.topLevelWidgets()}


def _delete_deferred() -> None:
    """Run what is waiting, then the deletions asked with ``deleteLater`` (pytest-qt's close of the widgets
    given to ``qtbot.addWidget`` asks for them; outside a running event loop only this call performs them).

    First the windows' worker threads finish what they run (a store check, a progress read): deleting a window
    deletes its thread pools, which wait for their work while this thread holds the interpreter lock that
    work needs — a deadlock. ``waitForDone`` lets go of the lock while it waits."""
    for window in QApplication.topLevelWidgets():
        for pool in window.findChildren(QThreadPool):
            pool.waitForDone(30000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_leftover_windows(qapp: QApplication) -> Iterator[None]:
    """After the test, every window it made is gone; one still alive is closed and deleted, and the test fails
    with its class name. A window left behind stays in the application: every later test's events, style and
    font changes reach it too, which once made one test take 2.4 s alone and ~50 s in the suite (issue 19). A
    test gives its windows to ``qtbot.addWidget`` (closed and deleted after it) or deletes them itself.

    Autouse and requested first, so torn down last: after pytest-qt has closed the ``qtbot`` widgets and after
    the test's other fixtures (the window fixture waits for its background work there)."""
    before = set(_windows())
    yield
    _delete_deferred()
    left = {address: widget for address, widget in _windows().items() if address not in before}
    if not left:
        return
    names = sorted(type(widget).__name__ for widget in left.values())
    for widget in left.values():
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    _delete_deferred()
    pytest.fail(f"windows left alive after the test (give them to qtbot.addWidget): {', '.join(names)}",
                pytrace=False)


@pytest.fixture(autouse=True)
def english_after_each_test(no_leftover_windows: None) -> Iterator[None]:
    """After the test the interface is English again: a test that switched the language and left it (a window's
    ``set_language`` with no fixture switching back) is switched back and fails, instead of every later test
    failing in Spanish. Torn down before ``no_leftover_windows``, which it depends on."""
    from c102desk.ui.i18n import DEFAULT_LANGUAGE, Translators

    yield
    app = QCoreApplication.instance()
    left = [t for t in (app.findChildren(Translators) if app is not None else []) if t.language != DEFAULT_LANGUAGE]
    languages = sorted({translators.language for translators in left})
    for translators in left:
        translators.switch(DEFAULT_LANGUAGE)
    if left:
        pytest.fail(f"the test left the interface in {', '.join(languages)}: switch it back (the ``translated`` "
                    "fixture of tests/ui/test_i18n.py does)", pytrace=False)


@pytest.fixture
def large_font() -> Iterator[QFont]:
    """The application's font at 150 % while the test runs (a user's larger text setting)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.font()
    bigger = QFont(previous)
    bigger.setPointSizeF(previous.pointSizeF() * 1.5)
    app.setFont(bigger)
    yield bigger
    app.setFont(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def window(qtbot: QtBot, store: Store, prompts: ScriptedPrompts) -> Iterator[MainWindow]:
    made = MainWindow(store, prompts)
    qtbot.addWidget(made)
    yield made
    made.runner.wait_for_done()
    made.library.wait_for_progress()
    made.warmer.wait_for_done()
