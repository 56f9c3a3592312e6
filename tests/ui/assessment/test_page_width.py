"""Question pages never need scrolling sideways: long option texts wrap (check boxes) or are elided with the
whole text in the list and the tooltip (combo boxes), in every language and at 150 % text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.answer_widgets import ChoiceEditor, MultiChoiceEditor


def _sideways(qtbot: QtBot, store: Store, assessment_id: str, lang: str, width: int) -> list[str]:
    view = AssessmentView(store, assessment_id, language=lang)
    qtbot.addWidget(view)
    view.resize(width, 800)
    view.show()
    qtbot.waitExposed(view)
    scrolling = []
    for part in view.session.questionnaire.parts:
        view.show_part(part.id)
        page = view.part_pages[part.id]
        QApplication.processEvents()
        assert page.isVisible()
        if page.horizontalScrollBar().maximum() > 0:
            scrolling.append(f"{lang} Part {part.id}: {page.horizontalScrollBar().maximum()} px too wide")
    view.close()
    return scrolling


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_no_page_scrolls_sideways_in_a_small_window(
    qtbot: QtBot, store: Store, assessment_id: str, lang: str
) -> None:
    assert _sideways(qtbot, store, assessment_id, lang, 1000) == []


@pytest.mark.slow
def test_no_page_scrolls_sideways_at_150_percent_text(
    qtbot: QtBot, store: Store, assessment_id: str, large_font: QFont
) -> None:
    assert _sideways(qtbot, store, assessment_id, "fr", 1400) == []


def test_a_long_option_is_whole_in_its_label_or_tooltip(qtbot: QtBot, store: Store, assessment_id: str) -> None:
    view = AssessmentView(store, assessment_id, language="fr")
    qtbot.addWidget(view)
    view.show_part("X")
    multi = next(r.editor for r in view.part_pages["X"].findChildren(type(view.rows["X.scheme.exists"]))
                 if isinstance(r.editor, MultiChoiceEditor))
    value, label = next(iter(multi.labels.items()))
    question = multi.question
    assert label.text() == view.session.questionnaire.option_label(question, value, "fr") and label.wordWrap()
    box = multi.boxes[value]
    assert not box.isChecked()
    QTest.mouseClick(label, Qt.MouseButton.LeftButton)  # the text ticks its box, as a box's own text does
    assert box.isChecked() and question.id in view.session.details
    view.show_part("III")
    combo = view.rows["III.benefit.method"].editor
    assert isinstance(combo, ChoiceEditor)
    combo.combo.setCurrentIndex(1)
    assert combo.combo.toolTip() == combo.combo.currentText()


def test_the_header_buttons_move_below_the_title_when_the_window_is_narrow(
    qtbot: QtBot, store: Store, assessment_id: str
) -> None:
    view = AssessmentView(store, assessment_id, language="fr")
    qtbot.addWidget(view)
    view.resize(1800, 800)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    title = view.title.geometry()
    assert view.header_tools.geometry().left() > title.right()  # beside the title
    assert view.title.height() < 2 * view.title.fontMetrics().height()  # on one line
    view.resize(1000, 800)
    qtbot.waitUntil(lambda: view.header_tools.geometry().top() > view.title.geometry().bottom())
    assert view.title.height() < 2 * view.title.fontMetrics().height()  # still one line: not squeezed
