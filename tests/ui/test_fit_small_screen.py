"""The default window and every dialog fit a 1366×768 screen without cut-off text or sideways scrolling, in
English, French and Spanish, at 100 % and 150 % text."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from c102desk.resources import resource_path
from c102desk.store import Store
from c102desk.ui import i18n
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.finish import FinalizeDialog, find_gaps
from c102desk.ui.i18n import Translators
from c102desk.ui.library.create_dialog import CreateAssessmentDialog
from c102desk.ui.main_window import MainWindow
from c102desk.ui.report.export_dialog import ExportReportDialog
from c102desk.ui.report.identity_dialog import CreateIdentityDialog
from c102desk.ui.widgets.screen_fit import WORK_AREA
from c102desk.ui.widgets.shortcuts_dialog import ShortcutsDialog
from tests.ui.conftest import ScriptedPrompts

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import compile_translations
    finally:
        sys.path.remove(str(REPO / "tools"))
    out = tmp_path_factory.mktemp("qm")
    compile_translations.compile_all(out)
    return out


@pytest.fixture
def translators(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Translators]:
    monkeypatch.setenv(i18n.TRANSLATIONS_ENV, str(compiled))
    previous = QLocale()
    made = Translators()
    yield made
    made.switch("en")
    QLocale.setDefault(previous)


@pytest.fixture(params=[100, 150], ids=["100%", "150%"])
def text_scale(request: pytest.FixtureRequest) -> Iterator[int]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.font()
    if request.param != 100:
        bigger = QFont(previous)
        bigger.setPointSizeF(previous.pointSizeF() * request.param / 100)
        app.setFont(bigger)
    yield request.param
    app.setFont(previous)


def _cut_off(top: QWidget) -> list[str]:
    """Texts that do not fit where they are shown, and areas that scroll sideways."""
    problems = []
    for label in top.findChildren(QLabel):
        if not label.isVisibleTo(top) or not label.text() or label.width() == 0:
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 2:
                problems.append(f"label cut at the bottom: {label.text()[:50]!r}")
        elif label.sizeHint().width() > label.width() + 2:
            problems.append(f"label cut at the side: {label.text()[:50]!r}")
    for button in top.findChildren(QAbstractButton):
        if button.isVisibleTo(top) and button.text() and button.sizeHint().width() > button.width() + 2:
            problems.append(f"button cut: {button.text()!r}")
    for combo in top.findChildren(QComboBox):
        if combo.isVisibleTo(top) and combo.width() < combo.minimumSizeHint().width() - 2:
            problems.append("combo box narrower than its minimum")
    for area in top.findChildren(QAbstractScrollArea):
        name = area.objectName()
        if area.isVisibleTo(top) and name in ("helpPanel", "") and area.horizontalScrollBar().isVisible():
            problems.append(f"scrolls sideways: {type(area).__name__} {name!r}")
    return problems


def _fits(name: str, top: QWidget, qtbot: QtBot, problems: list[str]) -> None:
    top.show()
    qtbot.waitExposed(top)
    QApplication.processEvents()
    size, minimum = top.size(), top.minimumSizeHint()
    limit = WORK_AREA
    if size.width() > limit.width() or size.height() > limit.height():
        problems.append(f"{name}: opens at {size.width()}×{size.height()}, more than {limit.width()}×{limit.height()}")
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        problems.append(f"{name}: needs at least {minimum.width()}×{minimum.height()}")
    problems.extend(f"{name}: {p}" for p in _cut_off(top))


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_screen_and_dialog_fits_a_small_laptop(
    qtbot: QtBot, store: Store, translators: Translators, lang: str, text_scale: int
) -> None:
    assert translators.switch(lang) or lang == "en"
    problems: list[str] = []
    window = MainWindow(store, ScriptedPrompts(), translators=translators)
    qtbot.addWidget(window)
    _fits("welcome", window, qtbot, problems)
    example = store.import_file(resource_path("examples", "midland-three-parts.c102.json"))
    window.library.refresh(select=example)
    window.resize(WORK_AREA)  # the largest a small screen gives
    _fits("library", window, qtbot, problems)
    window.open_assessment(example)
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    view.go_to_question("III.benefit.rate")
    view.rows["III.benefit.rate"].details_button.setChecked(True)
    view.open_search().field.setText("Art 18")
    _fits("questions", window, qtbot, problems)
    view.tabs.setCurrentIndex(1)
    _fits("dashboard", window, qtbot, problems)
    view.tabs.setCurrentIndex(0)
    for name, dialog in (
        ("new assessment", CreateAssessmentDialog(store.profiles(), window)),
        ("mark as final", FinalizeDialog(find_gaps(view.session), window, session=view.session)),
        ("export report", ExportReportDialog(store, example, ScriptedPrompts(), window, language=lang)),
        ("keyboard shortcuts", ShortcutsDialog(window.shortcut_table(), window)),
    ):
        assert isinstance(dialog, QDialog)
        qtbot.addWidget(dialog)
        _fits(name, dialog, qtbot, problems)
        dialog.close()
    for name, opener in (("about", window.show_about), ("add a signature", window.cosign_report),
                         ("verify a report", window.verify_report)):
        opened = opener()
        _fits(name, opened, qtbot, problems)
        opened.close()
    identity = CreateIdentityDialog(window)
    qtbot.addWidget(identity)
    _fits("signing identity", identity, qtbot, problems)
    identity.close()
    assert QSize(1366, 768).width() - WORK_AREA.width() < 20
    assert not problems, f"{lang} at {text_scale} %:\n" + "\n".join(problems)
    window.library.wait_for_progress()
    window.warmer.wait_for_done()


@pytest.mark.parametrize("lang", ["fr"])
def test_the_received_reports_window_fits_at_150_percent(
    qtbot: QtBot, store: Store, translators: Translators, lang: str, large_font: QFont
) -> None:
    assert translators.switch(lang)
    window = MainWindow(store, ScriptedPrompts(), translators=translators)
    qtbot.addWidget(window)
    problems: list[str] = []
    inbox = window.received_reports()
    _fits("received reports", inbox, qtbot, problems)
    inbox.close()
    window.warmer.wait_for_done()
    assert not problems, "\n".join(problems)
