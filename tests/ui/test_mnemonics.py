"""No two controls share an Alt+letter key, in any window or dialog, in English, French and Spanish: the walk
goes through every screen and dialog of the app and fails on the first clash it finds (typing a passphrase
fired buttons when two of them shared Alt+P)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QMenu, QWidget
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
from c102desk.ui.report.verify_dialog import VerifyReportDialog
from c102desk.ui.widgets.shortcuts_dialog import ShortcutsDialog
from tests.ui.conftest import ScriptedPrompts
from tests.ui.mnemonics import clashes, menu_mnemonics, mnemonic, window_mnemonics

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "fr", "es")


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


def test_the_mnemonic_reader() -> None:
    assert mnemonic("&File") == "f" and mnemonic("Aid&e") == "e" and mnemonic("Save && close") is None
    assert mnemonic("Tom && &Jerry") == "j" and mnemonic("É&valuation") == "v" and mnemonic("Plain") is None


class Walk:
    """Every screen and dialog, each checked as it is shown."""

    def __init__(self, qtbot: QtBot, lang: str) -> None:
        self.qtbot, self.lang = qtbot, lang
        self.problems: list[str] = []
        self.checked: list[str] = []

    def window(self, name: str, top: QWidget) -> None:
        top.show()
        self.qtbot.waitExposed(top)
        self.checked.append(name)
        for letter, names in clashes(window_mnemonics(top)).items():
            self.problems.append(f"{self.lang} {name}: Alt+{letter.upper()} is {' and '.join(names)}")

    def menus(self, name: str, top: QWidget) -> None:
        for menu in top.findChildren(QMenu):
            if menu.objectName().startswith("qt_"):  # the menu bar's overflow copy of its own titles
                continue
            self.checked.append(f"{name} menu {menu.title()}")
            for letter, names in clashes(menu_mnemonics(menu)).items():
                self.problems.append(f"{self.lang} {name} menu {menu.title()!r}: Alt+{letter.upper()} is "
                                     f"{' and '.join(names)}")

    def dialog(self, name: str, make: Callable[[], QDialog], prepare: Callable[[QDialog], None] | None = None) -> None:
        dialog = make()
        self.qtbot.addWidget(dialog)
        if prepare is not None:
            prepare(dialog)
        self.window(name, dialog)
        dialog.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_two_controls_share_an_alt_key_in_any_window_or_dialog(
    qtbot: QtBot, store: Store, translators: Translators, lang: str
) -> None:
    assert translators.switch(lang) or lang == "en"
    walk = Walk(qtbot, lang)
    window = MainWindow(store, ScriptedPrompts(), translators=translators)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    walk.window("welcome page", window)
    walk.menus("main window", window)

    example = store.import_file(resource_path("examples", "midland-three-parts.c102.json"))
    window.library.refresh(select=example)
    walk.window("library", window)
    window.library.commands.show_trash.trigger()
    walk.window("trash", window)
    window.library.commands.show_trash.trigger()

    window.open_assessment(example)
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    view.go_to_question("III.benefit.rate")
    view.rows["III.benefit.rate"].details_button.setChecked(True)
    view.rows["III.benefit.method"].details_button.setChecked(True)  # two details open at once
    view.open_search()
    walk.window("assessment, questions", window)
    walk.menus("assessment", window)
    view.tabs.setCurrentIndex(1)
    walk.window("assessment, dashboard", window)
    view.tabs.setCurrentIndex(0)

    walk.dialog("new assessment", lambda: CreateAssessmentDialog(store.profiles(), window))
    walk.dialog("mark as final", lambda: FinalizeDialog(find_gaps(view.session), window))
    walk.dialog("export report", lambda: ExportReportDialog(store, example, ScriptedPrompts(), window,
                                                             language=lang))
    walk.dialog("keyboard shortcuts", lambda: ShortcutsDialog(window.shortcut_table(), window))
    walk.dialog("signing identity", lambda: CreateIdentityDialog(window))
    walk.dialog("verify a report", lambda: VerifyReportDialog(ScriptedPrompts(), window))
    for name, opener in (("about", window.show_about), ("add a signature", window.cosign_report),
                         ("received reports", window.received_reports)):
        opened = opener()
        walk.window(name, opened)
        opened.close()

    view.session.finalize()
    walk.window("final assessment", window)
    assert len(walk.checked) >= 14
    assert not walk.problems, "\n".join(walk.problems)
    window.runner.wait_for_done()
    window.library.wait_for_progress()
    window.warmer.wait_for_done()
