"""The library's Import says a file it cannot use in words, with what to do (as Compare With… does), in the
interface language: a file cut short, not an assessment file, one of a newer version. Nothing is imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.i18n import Translators
from c102desk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE
from tests.ui.test_i18n import compiled, translated  # noqa: F401  (English again after each test)

TIMEOUT = 60_000


def _files(folder: Path) -> dict[str, Path]:
    text = Path(EXAMPLE).read_text(encoding="utf-8")
    newer = json.loads(text)
    newer["format_version"] = 99
    made = {"cut": text[: len(text) // 2], "other": json.dumps({"hello": "world"}), "newer": json.dumps(newer)}
    files = {}
    for name, content in made.items():
        files[name] = folder / f"{name}.c102.json"
        files[name].write_text(content, encoding="utf-8")
    return files


@pytest.mark.parametrize(("lang", "kind", "words"), [
    ("en", "cut", "This assessment file is incomplete"),
    ("en", "other", "This file is not a c102desk assessment file."),
    ("en", "newer", "saved by a newer version of c102desk"),
    ("fr", "cut", "Ce fichier d’évaluation est incomplet"),
    ("es", "newer", "versión más reciente de c102desk"),
])
def test_a_file_that_cannot_be_used_is_said_in_words(
        qtbot: QtBot, store: Store, prompts: ScriptedPrompts, translated: Translators,  # noqa: F811
        tmp_path: Path, lang: str, kind: str, words: str) -> None:
    window = MainWindow(store, prompts, translators=translated)
    qtbot.addWidget(window)
    window.set_language(lang)
    path = _files(tmp_path)[kind]
    with qtbot.waitSignal(window.library.failed, timeout=TIMEOUT):
        window.library.import_file(str(path))
    [(title, error)] = prompts.errors
    assert path.name in title
    shown = str(error)
    assert words in shown
    assert "Traceback" not in shown and "JSON" not in shown.split("\n\n")[0]  # words first, not the parser's
    assert store.list_assessments() == []
    window.runner.wait_for_done()
    window.library.wait_for_progress()
    window.warmer.wait_for_done()
