# mypy: disable-error-code="import-untyped"
# (reportlab ships no type information)
""""Compare With…" in the library: the differences of two assessments grouped by Part, in the question's words,
with both values; identical ones say so; a file that cannot be used (not an assessment, a forged report, a file
from a newer version…) is said in words with what to do, in the interface language."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from c102desk.engine.render_text import part_title
from c102desk.errors import C102Error
from c102desk.questionnaire import load_questionnaire
from c102desk.store import Store
from c102desk.team.compare import Comparison, render_text
from c102desk.ui.i18n import Translators
from c102desk.ui.main_window import MainWindow
from c102desk.ui.team import compare_flow
from c102desk.ui.team.compare_dialog import CompareDialog
from c102desk.ui.team.compare_flow import load_comparison
from c102desk.ui.team.compare_source import CompareSourceDialog
from tests.report.fixtures import identity, passphrase_file, signed_report  # noqa: F401
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE, show_active
from tests.ui.test_i18n import compiled, translated  # noqa: F401

RATE = "III.benefit.rate"


@pytest.fixture
def two(store: Store) -> tuple[str, str]:
    """An assessment and its copy, which differ on Part III's rate only (50 against 60)."""
    first = store.import_file(EXAMPLE)
    second = store.duplicate(first, "Reform model")
    store.set_answer(first, RATE, 50)
    store.set_answer(second, RATE, 60)
    return first, second


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for n in range(item.childCount()) if (child := item.child(n)) is not None]


def _group(dialog: CompareDialog, key: str) -> QTreeWidgetItem:
    for n in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(n)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
            return item
    raise AssertionError(f"no group {key}")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_answer_that_differs_is_shown_under_its_part(qtbot: QtBot, store: Store, two: tuple[str, str],
                                                         lang: str) -> None:
    comparison = load_comparison(store, *two, lang=lang)
    dialog = CompareDialog(comparison, lang, prompts=ScriptedPrompts())
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert not dialog.same_label.isVisible() and dialog.tree.isVisible()
    part = _group(dialog, "part:III")
    assert part.text(0) == part_title("III", lang)
    questions = _children(part)
    questionnaire = load_questionnaire()
    assert [q.text(0) for q in questions] == [questionnaire.label(questionnaire.question(RATE), lang)]
    assert RATE not in questions[0].text(0)  # words, not the id
    (value,) = _children(questions[0])
    assert value.data(0, Qt.ItemDataRole.UserRole) == "field:value"
    assert "50" in value.text(1) and "60" in value.text(2)
    # No other Part has an answer that differs
    parts = [dialog.tree.topLevelItem(n) for n in range(dialog.tree.topLevelItemCount())]
    assert [p.data(0, Qt.ItemDataRole.UserRole) for p in parts if p is not None
            and str(p.data(0, Qt.ItemDataRole.UserRole)).startswith("part:")] == ["part:III"]


def test_identical_assessments_say_there_is_no_difference(qtbot: QtBot, store: Store) -> None:
    first = store.import_file(EXAMPLE)
    second = store.duplicate(first, "Copy")
    comparison = load_comparison(store, first, second, "es")
    assert comparison.same
    dialog = CompareDialog(comparison, "es", prompts=ScriptedPrompts())
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.same_label.isVisible() and not dialog.tree.isVisible()
    assert dialog.same_label.text() in render_text(comparison, "es")
    assert dialog.same_label.text() != render_text(comparison, "en").splitlines()[-1]  # in Spanish
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_save_as_text_writes_what_diff_prints(qtbot: QtBot, store: Store, two: tuple[str, str],
                                              tmp_path: Path) -> None:
    comparison = load_comparison(store, *two, lang="en")
    prompts = ScriptedPrompts(save_target=str(tmp_path / "out.txt"))
    dialog = CompareDialog(comparison, "en", prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == render_text(comparison, "en")
    assert not list(tmp_path.glob("*.part"))


def test_the_menu_action_compares_the_selected_assessment(qtbot: QtBot, window: MainWindow, store: Store,
                                                          two: tuple[str, str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = two
    shown: list[Comparison] = []
    monkeypatch.setattr(compare_flow, "choose_source", lambda page, assessment_id: second)
    monkeypatch.setattr(compare_flow, "show_comparison", lambda page, comparison: shown.append(comparison))
    show_active(qtbot, window)
    window.library.refresh()
    window.library.select(first)
    action = window.library.commands.compare
    assert action in window.file_menu.actions() and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert [d.question_id for d in shown[0].answers] == [RATE]
    assert shown[0].first.assessment_id == first and shown[0].second.assessment_id == second


def _example_with(**changes: object) -> bytes:
    document = json.loads(Path(EXAMPLE).read_text(encoding="utf-8"))
    document.update(changes)
    return json.dumps(document).encode()


def _plain_pdf(path: Path) -> None:
    drawing = canvas.Canvas(str(path))
    drawing.drawString(100, 700, "A letter")
    drawing.save()


def _altered(signed: Path, path: Path) -> None:
    data = bytearray(signed.read_bytes())
    at = data.index(b"/Producer")  # inside the signed bytes: the signature no longer holds
    data[at + 1] = ord("Q")
    path.write_bytes(bytes(data))


# Each kind of bad file: its name, and the words (English, French) that say what is wrong and what to do.
BAD_FILES: dict[str, tuple[str, tuple[str, str], tuple[str, str]]] = {
    "not_json": ("notes.c102.json", ("is not a c102desk assessment file", "Choose an assessment file (.c102.json)"),
                 ("n’est pas un fichier d’évaluation c102desk", "Choisissez un fichier d’évaluation")),
    "broken_pdf": ("broken.pdf", ("cannot be read as a PDF", "Ask the sender for the report again"),
                   ("ne peut pas être lu comme un PDF", "Demandez de nouveau le rapport")),
    "plain_pdf": ("letter.pdf", ("not a report made by c102desk", "Choose a report exported from c102desk"),
                  ("n’est pas un rapport établi par c102desk", "Choisissez un rapport exporté")),
    "newer": ("future.c102.json", ("newer version of c102desk", "Install the latest version of c102desk"),
              ("version plus récente de c102desk", "Installez la dernière version de c102desk")),
    "cut_off": ("cut.c102.json", ("is incomplete", "use a backup copy"),
                ("est incomplet", "copie de sauvegarde")),
    "invalid": ("edited.c102.json", ("cannot accept", "export it again from c102desk"),
                ("ne peut pas accepter", "l’exporter de nouveau depuis c102desk")),
    "altered": ("altered.pdf", ("changed after it was signed", "original signed report"),
                ("modifié après sa signature", "le rapport signé d’origine")),
    "missing": ("gone.c102.json", ("cannot be opened", "file manager"),
                ("ne peut pas être ouvert", "gestionnaire de fichiers")),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_bad_file_is_said_in_words_with_what_to_do(qtbot: QtBot, store: Store, request: pytest.FixtureRequest,
                                                     tmp_path: Path, kind: str, lang: str) -> None:
    # The fixtures imported from tests.report and tests.ui.test_i18n, asked for by name (a parameter of the same
    # name would shadow the import)
    translators: Translators = request.getfixturevalue("translated")
    name, english, french = BAD_FILES[kind]
    bad = tmp_path / name
    if kind == "not_json":
        bad.write_bytes(b"{ not json")
    elif kind == "broken_pdf":
        bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    elif kind == "plain_pdf":
        _plain_pdf(bad)
    elif kind == "newer":
        bad.write_bytes(_example_with(format_version=99))
    elif kind == "cut_off":
        bad.write_bytes(Path(EXAMPLE).read_bytes().rstrip()[:-1])  # the last brace lost: a copy cut short
    elif kind == "invalid":
        bad.write_bytes(_example_with(answers=["not", "answers"]))
    elif kind == "altered":
        signed_report: Callable[[str, str], Path] = request.getfixturevalue("signed_report")
        _altered(signed_report("northland-all-parts", "en"), bad)
    prompts = ScriptedPrompts()
    prompts.confirm_answer = False
    window = MainWindow(store, prompts, translators=translators)
    qtbot.addWidget(window)
    window.set_language(lang)
    first = store.import_file(EXAMPLE)
    with qtbot.waitSignal(window.library.failed, timeout=15000):
        compare_flow.compare_with(window.library, first, str(bad))
    window.runner.wait_for_done()
    window.library.wait_for_progress()
    window.warmer.wait_for_done()
    ((title, error),) = prompts.errors
    assert name in title
    assert isinstance(error, C102Error)
    message = str(error)
    what, to_do, *details = message.split("\n\n")
    for words, paragraph in zip(english if lang == "en" else french, (what, to_do), strict=True):
        assert words in paragraph
    # Words only above the details: no path, no program's or library's terms
    for code in (str(tmp_path), "Error", "JSON", "format_version", "startxref", "Traceback"):
        assert code not in what + to_do
    if lang == "fr":
        assert re.search(r" [:;?!]", message) is None  # the narrow no-break space, not a plain one
        assert "Impossible de comparer" in title
    assert len(details) <= 1
    if kind in ("altered", "invalid"):  # which signature, which key: worth showing whoever fixes it
        (detail,) = details
        assert ("signature 1" if kind == "altered" else "answers") in detail
    if kind in ("newer", "plain_pdf", "missing"):  # nothing technical would help there
        assert details == []


def test_the_chooser_offers_the_earlier_revision_first(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    first = store.import_file(EXAMPLE)
    store.finalize(first)
    later = store.new_revision(first)
    other = store.duplicate(first, "Another")
    assessments = store.list_assessments()
    current = next(a for a in assessments if a.id == later)
    prompts = ScriptedPrompts(file_to_open=str(tmp_path / "x.c102.json"))
    dialog = CompareSourceDialog(current, assessments, prompts)
    qtbot.addWidget(dialog)
    ids = [dialog.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(dialog.list.count())]
    assert ids[0] == first and other in ids and later not in ids
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.chosen == first
    dialog2 = CompareSourceDialog(current, assessments, prompts)
    qtbot.addWidget(dialog2)
    dialog2.file_button.click()
    assert dialog2.chosen == str(tmp_path / "x.c102.json")
