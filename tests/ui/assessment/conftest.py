"""Fixtures of the assessment view tests: a fresh store per test, opened by the production code."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.answer_widgets import (
    ChoiceEditor,
    MultiChoiceEditor,
    NumberEditor,
    TextEditor,
    YesNoEditor,
)
from c102desk.ui.assessment.locale_numbers import format_number


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def assessment_id(store: Store) -> str:
    return store.create_assessment("Testland", "Sickness benefit review")


@pytest.fixture
def view(qtbot: QtBot, store: Store, assessment_id: str) -> AssessmentView:
    widget = AssessmentView(store, assessment_id)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    return widget


def answer(qtbot: QtBot, view: AssessmentView, question_id: str, value: Any) -> None:
    """Give an answer as the assessor does: through the question's control."""
    row = view.rows[question_id]
    assert row.isVisibleTo(view) or not view.isVisible() or not row.isHidden(), f"{question_id} is not shown"
    editor = row.editor
    if isinstance(editor, YesNoEditor):
        editor.buttons[value].click()
    elif isinstance(editor, NumberEditor):
        editor.field.setText(value if isinstance(value, str) else format_number(value, QLocale()))
        QTest.keyClick(editor.field, Qt.Key.Key_Return)
    elif isinstance(editor, ChoiceEditor):
        editor.combo.setCurrentIndex(editor.combo.findData(value))
    elif isinstance(editor, MultiChoiceEditor):
        for key, box in editor.boxes.items():
            if box.isChecked() != (key in value):
                box.click()
    elif isinstance(editor, TextEditor):
        editor.field.setText(value)
        QTest.keyClick(editor.field, Qt.Key.Key_Return)
    else:  # pragma: no cover - every type has an editor above
        raise AssertionError(type(editor))
