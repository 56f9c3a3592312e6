"""The whole path by key events alone: create an assessment, answer Part I and a branch, open the dashboard,
jump to a requirement's question, mark as final, export a signed report. The test only sends keys and reads
what the screen shows; the one thing scripted is the system's file dialog (where to save the PDF)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from c102desk.questionnaire.model import Question, QuestionType
from c102desk.report.verification import verify_report
from c102desk.signing.identity import create_identity, default_identity_path
from c102desk.store import Store
from c102desk.store.records import ProfileInfo
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.finish import FinalizeDialog
from c102desk.ui.main_window import MainWindow
from c102desk.ui.report.export_dialog import ExportReportDialog
from c102desk.ui.widgets.answers import NewAssessment
from c102desk.ui.widgets.prompts import NewAssessmentDialog, Prompts
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import show_active

PASSPHRASE = "keyboard only, all the way"
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
# Figures that are consistent with each other (no "is this right?" on the way).
NUMBERS = {"I.stats.residents": "6000000", "I.stats.economically_active": "3000000", "I.stats.employees": "2000000",
           "I.stats.children_residents": "1500000", "I.stats.employees_industrial_20plus": "500000",
           "I.stats.seafarers": "1000", "II.coverage.employees_protected": "1800000",
           "I.wages.skilled_wage": "2600", "I.wages.labourer_wage": "1500", "I.wages.family_allowance": "200"}


class KeyboardPrompts(ScriptedPrompts):
    """The real New assessment dialog (typed into by the test); the file dialog is the system's: scripted."""

    def new_assessment(self, parent: QWidget | None, profiles: list[ProfileInfo], preferred_profile: int | None,
                       dialog_class: NewAssessmentDialog) -> NewAssessment | None:
        return Prompts.new_assessment(self, parent, profiles, preferred_profile, dialog_class)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _keys(text: str) -> None:
    QTest.keyClicks(_focused(), text)


def _key(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifiers)


def _tab_to(widget: QWidget, limit: int = 60) -> None:
    for _ in range(limit):
        if _focused() is widget:
            return
        _key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


def _active(qtbot: QtBot, dialog: QWidget) -> None:
    """A window just opened (or uncovered) gets the focus: the window manager's part, which the offscreen
    platform lacks."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    def focused_inside() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and dialog.isAncestorOf(focus)

    qtbot.waitUntil(focused_inside)


def _answer_by_keys(question: Question) -> None:
    """Give an answer to the question whose control has the focus, as a keyboard user does, then Enter."""
    kind = question.type
    if kind is QuestionType.YES_NO:
        # "No" for the Article 3 declaration (its questions then stay closed), "Yes" for the others.
        _key(Qt.Key.Key_Right if question.id == "I.art3.declaration" else Qt.Key.Key_Left)
        if question.id != "I.art3.declaration":
            _key(Qt.Key.Key_Right)  # Left wraps round to "Unknown", Right back to "Yes"
    elif kind is QuestionType.CHOICE:
        _key(Qt.Key.Key_Down)  # the first option
    elif kind is QuestionType.MULTI_CHOICE:
        _key(Qt.Key.Key_Space)  # ticks the first box
    elif kind in (QuestionType.TEXT, QuestionType.LEGAL_CITATION):
        _keys("Social Security Act 2004" if kind is QuestionType.LEGAL_CITATION else "NLD")
    else:
        if question.id in NUMBERS:
            typed = NUMBERS[question.id]
        elif question.unit == "year":
            typed = "2025"
        elif kind is QuestionType.PERCENTAGE:
            typed = "60"
        elif question.unit in ("years", "months", "weeks", "days"):
            typed = "12" if question.validation.maximum is None or question.validation.maximum >= 12 else "1"
        else:
            typed = "1000"
        _keys(typed)
    _key(Qt.Key.Key_Return)  # saves what is typed and goes on to the next question asked


def _answer_part(view: AssessmentView, part_id: str) -> int:
    answered = 0
    while view.current_question() is not None and view.current_question().startswith(f"{part_id}."):  # type: ignore[union-attr]
        question = view.session.questionnaire.by_id[str(view.current_question())]
        assert view.rows[question.id].isAncestorOf(_focused()), question.id  # the focus is where we are
        before = view.current_question()
        _answer_by_keys(question)
        answered += 1
        assert answered < 200 and view.current_question() != before
    return answered


def _while_modal(action: Callable[[QDialog], None], tries: int = 250) -> None:
    """Run ``action`` on the modal dialog once it is up and has the focus (the test goes on when it closes);
    a dialog the action leaves open is closed, so that a failure cannot hang the run."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible() or focus is None or not dialog.isAncestorOf(
                focus):
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.activateWindow()  # the window manager would give it the focus
            if tries > 0:
                _while_modal(action, tries - 1)
            return
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(20, run)


@pytest.mark.slow
def test_the_whole_path_by_keyboard_alone(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    identity = create_identity(tmp_path / "identity.p12", PASSPHRASE.encode(), name="Ana Pérez",
                               organisation="Ministry of Labour")
    target = default_identity_path(store.folder)  # the identity the ministry issued, already imported
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(identity.path, target)
    prompts = KeyboardPrompts(save_target=str(tmp_path / "Testland-report.pdf"))
    window = MainWindow(store, prompts)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    show_active(qtbot, window)

    # 1. Create the assessment: Ctrl+N, then type into the dialog and press Enter.
    def fill_new_assessment(dialog: QDialog) -> None:
        for text in ("Testland", "Baseline 2026"):
            _keys(text)
            _key(Qt.Key.Key_Tab)
        _key(Qt.Key.Key_Tab)  # past the assessor list ("New assessor…")
        _keys("Ana Pereira")  # (QTest types ASCII only)
        _key(Qt.Key.Key_Return)

    _while_modal(fill_new_assessment)
    _key(Qt.Key.Key_N, CTRL)
    view = window.assessment_view
    assert isinstance(view, AssessmentView) and view.session.info.title == "Baseline 2026"
    assert [p.name for p in store.profiles()] == ["Ana Pereira"]

    # 2. Answer Part I, then Part II (medical care), by keys only; Enter leads from one question to the next.
    _active(qtbot, window)
    assert view.isAncestorOf(_focused())
    _key(Qt.Key.Key_J, CTRL)  # the first unanswered question
    assert view.current_question() == "I.art3.declaration"
    assert _answer_part(view, "I") > 20
    assert view.current_question() == "II.scheme.exists" and view.session.progress("I").complete
    assert _answer_part(view, "II") > 5
    assert view.session.progress("II").complete
    assert "All changes saved" in view.saved_indicator.text()

    # 3. The dashboard: Ctrl+Shift+D, Part II's requirements, Enter on one goes to its question.
    _key(Qt.Key.Key_D, CTRL | SHIFT)
    dashboard = view.dashboard
    assert view.tabs.currentIndex() == 1
    _tab_to(dashboard.parts)
    while dashboard.parts.currentRow() != 0:
        _key(Qt.Key.Key_Up)
    _tab_to(dashboard.requirements)
    _key(Qt.Key.Key_Down)
    item = dashboard.requirements.currentItem()
    assert item is not None
    _key(Qt.Key.Key_Return)
    assert view.tabs.currentIndex() == 0 and view.current_question() is not None
    assert view.current_question().startswith("II.")  # type: ignore[union-attr]
    assert view.rows[str(view.current_question())].isAncestorOf(_focused())

    # 4. Mark as final: Ctrl+Shift+F, Tab to the button, Space.
    _key(Qt.Key.Key_F, CTRL | SHIFT)
    finalize = view.finalize_dialog
    assert isinstance(finalize, FinalizeDialog)
    _active(qtbot, finalize)
    with qtbot.waitSignal(view.assessmentChanged):
        _tab_to(finalize.confirm)
        _key(Qt.Key.Key_Space)
    assert view.is_read_only() and store.assessment(view.session.assessment_id).status == "final"
    _active(qtbot, window)  # the main window has the focus again once the dialog is gone

    # 5. Export a signed report: Ctrl+Shift+E, Alt+A to the passphrase, type it, Alt+S signs and saves.
    _key(Qt.Key.Key_E, CTRL | SHIFT)
    export = window.report_dialog
    assert isinstance(export, ExportReportDialog)
    _active(qtbot, export)
    _key(Qt.Key.Key_A, ALT)
    assert _focused() is export.passphrase_edit
    _keys(PASSPHRASE)
    with qtbot.waitSignal(export.saved, timeout=120_000) as saved:
        _key(Qt.Key.Key_S, ALT)
    result = verify_report(saved.args[0])
    assert result.ok
    assert any("Ana Pérez" in line for line in result.lines())
    qtbot.waitUntil(lambda: not export.runner.is_busy())
    export.reject()
    window.library.wait_for_progress()
    window.warmer.wait_for_done()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()
