"""Received reports… by keyboard alone, in English, French and Spanish: every control has a mnemonic of its own
(none used twice in the window), a label names each field, and Tab reaches them all."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from c102desk.ui import i18n
from c102desk.ui.i18n import Translators
from c102desk.ui.inbox.window import InboxWindow
from tests.ui.conftest import ScriptedPrompts

REPO = Path(__file__).resolve().parents[3]
MNEMONIC = re.compile(r"&([^&\s])")


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


def mnemonics(window: InboxWindow) -> dict[str, list[str]]:
    texts = [b.text() for b in window.findChildren(QAbstractButton)]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    found: dict[str, list[str]] = {}
    for text in texts:
        match = MNEMONIC.search(text)
        if match:
            found.setdefault(match.group(1).casefold(), []).append(text)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_mnemonic_is_unique(qtbot: QtBot, translators: Translators, tmp_path: Path, lang: str) -> None:
    translators.switch(lang)
    window = InboxWindow(tmp_path, ScriptedPrompts(), language=lang)
    qtbot.addWidget(window)
    found = mnemonics(window)
    assert {k: v for k, v in found.items() if len(v) > 1} == {}
    unlabelled = [b.objectName() or b.text() for b in window.findChildren(QAbstractButton)
                  if b.isVisibleTo(window) and b.text() and not MNEMONIC.search(b.text())
                  and b is not window.close_button]
    assert unlabelled == []
    for label in window.findChildren(QLabel):
        if label.buddy() is not None:
            assert MNEMONIC.search(label.text()), label.text()
    if lang != "en":
        assert window.choose_button.text() != "Choose &folder…"


def test_tab_reaches_every_control(qtbot: QtBot, tmp_path: Path) -> None:
    window = InboxWindow(tmp_path, ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.choose_button.setFocus()
    reached: list[QWidget] = []
    for _ in range(40):
        window.focusNextChild()
        widget = window.focusWidget()
        if widget is not None and widget not in reached:
            reached.append(widget)
    for wanted in (window.choose_button, window.subfolders, window.status_filter, window.region_filter,
                   window.search, window.table, window.export_button, window.summary_button, window.close_button):
        assert wanted in reached or not wanted.isEnabled(), wanted.objectName() or type(wanted).__name__


def test_the_window_follows_the_interface_language(qtbot: QtBot, translators: Translators, tmp_path: Path) -> None:
    from c102desk.store import Store
    from c102desk.ui.main_window import MainWindow

    with Store.open(tmp_path / "data") as store:
        main = MainWindow(store, ScriptedPrompts(), translators=translators)
        qtbot.addWidget(main)
        inbox = main.received_reports()
        assert isinstance(inbox, InboxWindow)
        main.set_language("fr")
        qtbot.waitUntil(lambda: inbox.heading.text() == "Rapports reçus")
        assert inbox.language == "fr" and inbox.model.language == "fr"
        assert inbox.status_filter.itemText(1) == "Intact" and inbox.status_filter.itemText(2) == "Modifié"
        assert inbox.picture.language == "fr"
        inbox.close()
        main.close()
        main.runner.wait_for_done()
        main.library.wait_for_progress()
        main.warmer.wait_for_done()
