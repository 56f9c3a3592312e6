"""File dialogs start in the documents folder, then in the one used last (remembered across runs); the app's
Import takes a signed report PDF as the command line does. No real folder of the user's is used: each test
gives its own documents folder and settings file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.main_window import MainWindow
from c102desk.ui.report import tasks
from c102desk.ui.widgets.prompts import FileFolders, Prompts
from tests.ui.helpers import EXAMPLE


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    return folder


def test_the_first_dialog_opens_in_documents_then_in_the_last_folder_used(
    tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_in: list[str] = []
    elsewhere = tmp_path / "mission" / "files"
    elsewhere.mkdir(parents=True)

    def open_names(_parent: Any, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        opened_in.append(folder)
        return [str(elsewhere / "a.c102.json")], ""

    def save_name(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        opened_in.append(suggested)
        return suggested, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    prompts = Prompts(FileFolders(settings, documents=str(documents)))
    assert prompts.open_files(None, "Import") == [str(elsewhere / "a.c102.json")]
    assert opened_in[-1] == str(documents)
    assert prompts.save_as(None, "Save", "report.pdf", "PDF (*.pdf)", ".pdf") == str(elsewhere / "report.pdf")
    assert opened_in[-1] == str(elsewhere / "report.pdf")  # the folder used last, with the suggested name
    assert prompts.save_file(None, "Export", "Testland.c102.json") == str(elsewhere / "Testland.c102.json")

    again = FileFolders(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), str(documents))
    assert again.start() == str(elsewhere)  # remembered for the next run
    elsewhere.rmdir()
    assert again.start() == str(documents)  # a folder that is gone: back to the documents


def test_import_takes_a_signed_report_as_the_command_line_does(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    from c102desk.signing.identity import create_identity

    source = Store.open(tmp_path / "elsewhere")
    try:
        original = source.import_file(EXAMPLE)
        identity = create_identity(tmp_path / "id.p12", b"a long passphrase", name="Ana Pérez")
        report = tmp_path / "Midland-report.pdf"
        tasks.build_and_save(source, original, "en", report, tasks.SignWith(identity.path, b"a long passphrase"))
        expected = source.answers(original)
    finally:
        source.close()
    with qtbot.waitSignal(window.library.imported, timeout=30_000) as imported:
        window.library.import_file(str(report))
    assert store.answers(imported.args[0]) == expected
    assert store.assessment(imported.args[0]).country == "Midland (fictional)"
