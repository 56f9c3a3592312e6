"""The interface in French and Spanish: complete .ts files that compile and load, and a switch without restart."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from c102desk.resources import resource_path
from c102desk.store import Store
from c102desk.ui import i18n
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.i18n import Translators
from c102desk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts

REPO = Path(__file__).resolve().parents[2]
TS_FILES = sorted((REPO / "translations").glob("c102desk_*.ts"))
# Texts that read the same in the translation: names, codes and words the languages share.
SAME_AS_SOURCE = {"OK", "%", "C102", "c102desk", "No", "Possible", "Conforme", "&Questions", "&Note",
                  "{name} — SHA-256 {digest}…", "Ref.", "{requirement}: {explanation}",
                  "Version", "Licence", "Note", "note", "%1 — c102desk", "Esc", "{when} · {who}: {old} → {new}",
                  "Question"}
PLACEHOLDER = re.compile(r"%\d|\{[a-z_]*\}")


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message.findtext("source") or "", message


def test_there_are_french_and_spanish_files() -> None:
    assert {path.name for path in TS_FILES} >= {"c102desk_fr.ts", "c102desk_es.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    problems = []
    for context, source, message in _messages(ts):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where} is {translation.get('type')}")
        elif any(not form.strip() for form in forms):
            problems.append(f"{where} has an empty translation")
        elif any(form == source for form in forms) and source not in SAME_AS_SOURCE:
            problems.append(f"{where} is left in English")
        elif any(sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)) for form in forms):
            problems.append(f"{where} does not keep the placeholders of the source")
        elif source.count("&") - source.count("&&") != 0 and not all("&" in form for form in forms):
            problems.append(f"{where} lost its keyboard accelerator")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_file_compiles_and_loads(ts: Path, tmp_path: Path, qapp: QApplication) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    qm = tmp_path / ts.with_suffix(".qm").name
    result = subprocess.run([lrelease, str(ts), "-qm", str(qm)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} cannot be loaded"
    assert not translator.isEmpty()
    assert translator.language().split("_")[0] == ts.stem.removeprefix("c102desk_")


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files, built the way ./dev.sh builds them, into a temp folder the app is pointed at."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import compile_translations
    finally:
        sys.path.remove(str(REPO / "tools"))
    out = tmp_path_factory.mktemp("qm")
    compile_translations.compile_all(out)
    return out


@pytest.fixture
def translated(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Translators]:
    monkeypatch.setenv(i18n.TRANSLATIONS_ENV, str(compiled))
    previous_locale = QLocale()
    translators = Translators()
    yield translators
    translators.switch("en")
    QLocale.setDefault(previous_locale)


def test_the_language_is_the_saved_choice_else_the_systems(translated: Translators, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert i18n.initial_language(settings, QLocale("fr_CA")) == "fr"
    assert i18n.initial_language(settings, QLocale("es_MX")) == "es"
    assert i18n.initial_language(settings, QLocale("de_DE")) == "en"
    i18n.save_language(settings, "es")
    assert i18n.initial_language(settings, QLocale("fr_FR")) == "es"
    settings.setValue(i18n.SETTINGS_KEY, "xx")  # a language no longer installed: back to the system's
    assert i18n.initial_language(settings, QLocale("fr_FR")) == "fr"


def test_qt_dialogs_and_layout_direction_follow_the_language(translated: Translators) -> None:
    assert translated.switch("fr")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own (qtbase_fr)
    assert QLocale().toString(1234.5, "f", 1) == QLocale("fr").toString(1234.5, "f", 1)
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.layout_direction("ar") == Qt.LayoutDirection.RightToLeft  # an Arabic .ts is enough for RTL
    assert not translated.switch("de")  # not installed: the interface stays in English
    assert translated.language == "en"


@pytest.fixture
def example_window(qtbot: QtBot, store: Store, translated: Translators) -> Iterator[MainWindow]:
    window = MainWindow(store, ScriptedPrompts(), translators=translated)
    qtbot.addWidget(window)
    window.example_id = store.import_file(  # type: ignore[attr-defined]
        resource_path("examples", "midland-three-parts.c102.json"))
    window.library.refresh()
    window.show()
    yield window
    window.runner.wait_for_done()


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _headers(window: MainWindow) -> list[str]:
    model = window.library.table.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def test_switching_language_retranslates_without_a_restart(qtbot: QtBot, example_window: MainWindow) -> None:
    window = example_window
    assert "English" in [a.text() for a in window.language_menu.actions()]
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Assessment", "&Help"]
    assert _headers(window)[0] == "Country"
    window.open_assessment(window.example_id)  # type: ignore[attr-defined]
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    question = view.session.questionnaire.by_id["III.benefit.method"]
    row = view.rows[question.id]
    assert row.label.text() == question.label

    window.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: _menu_titles(window) == ["&Fichier", "&Édition", "&Affichage", "É&valuation",
                                                      "Aid&e"])
    assert window.language == "fr"
    assert _headers(window)[:2] == ["Pays", "Titre"]
    assert window.library.commands.new.text() == "&Nouvelle évaluation…"
    assert row.label.text() == view.session.questionnaire.label(question, "fr")
    assert view.tabs.tabText(1) == "&Tableau de conformité"
    assert view.navigator.item(0).text().startswith("Partie I")
    titles = view.session.questionnaire
    assert view.part_pages["III"].title.text() == f"Partie III — {titles.part_title('III', 'fr')}"
    # the dashboard's explanations come from the engine in the same language
    view.tabs.setCurrentIndex(1)
    view.dashboard.select("III")
    items = view.dashboard.requirement_items()
    assert items
    requirement = view.dashboard.evaluation.parts["III"].requirements[0]
    assert items[0].text(2).endswith(requirement.text("fr"))

    window.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&Archivo")
    assert row.label.text() == view.session.questionnaire.label(question, "es")

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: _menu_titles(window) == ["&File", "&Edit", "&View", "&Assessment", "&Help"])
    assert row.label.text() == question.label
    assert _headers(window)[0] == "Country"
    assert view.tabs.tabText(1) == "Compliance &dashboard"


def test_the_choice_is_saved(qtbot: QtBot, store: Store, translated: Translators, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, ScriptedPrompts(), translators=translated, settings=settings)
    qtbot.addWidget(window)
    window.set_language("es")
    assert settings.value(i18n.SETTINGS_KEY) == "es"
    qtbot.waitUntil(lambda: window.library.welcome.create_button.text() == "Crear una evaluación")
    window.set_language("en")
    qtbot.waitUntil(lambda: window.library.welcome.create_button.text() == "Create an assessment")
