"""The library imports the assessment attached to a signed report only when every signature holds; an unsigned
report only when the user confirms; an altered one never, with the reason in the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from c102desk.assessment import read_assessment
from c102desk.cli import main
from c102desk.store import Store
from c102desk.ui.main_window import MainWindow
from tests.signing import forge
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE

TIMEOUT = 60_000


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A signed report, the same altered after signing, and an unsigned one."""
    folder = tmp_path_factory.mktemp("reports")
    signer = forge.make_identity(folder, "Ana Signer")
    secret = folder / "pass.txt"
    secret.write_text("forge passphrase\n", encoding="utf-8")
    signed, unsigned = folder / "signed.pdf", folder / "unsigned.pdf"
    assert main(["report", str(EXAMPLE), "--out", str(signed), "--sign", str(signer.path),
                 "--passphrase-file", str(secret)]) == 0
    assert main(["report", str(EXAMPLE), "--out", str(unsigned)]) == 0
    altered = folder / "altered.pdf"
    altered.write_bytes(forge.overlay_page(signed.read_bytes()))
    return {"signed": signed, "unsigned": unsigned, "altered": altered}


def test_a_signed_report_is_imported(qtbot: QtBot, window: MainWindow, store: Store,
                                     reports: dict[str, Path]) -> None:
    with qtbot.waitSignal(window.library.imported, timeout=TIMEOUT) as imported:
        window.library.import_file(str(reports["signed"]))
    assert store.answers(imported.args[0]) == read_assessment(EXAMPLE).answers


def test_an_altered_report_is_refused_in_the_interface_language(
        qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts, reports: dict[str, Path]) -> None:
    window.library.language = "fr"
    with qtbot.waitSignal(window.library.failed, timeout=TIMEOUT):
        window.library.import_file(str(reports["altered"]))
    [(title, error)] = prompts.errors
    assert "altered.pdf" in title
    assert "non importé, car ce rapport n'est pas intact" in str(error)
    assert store.list_assessments() == []


def test_an_unsigned_report_needs_the_users_confirmation(
        qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts, reports: dict[str, Path]) -> None:
    prompts.confirm_answer = False
    with qtbot.waitSignal(window.library.failed, timeout=TIMEOUT):
        window.library.import_file(str(reports["unsigned"]))
    assert any(q.startswith("confirm:unsigned.pdf carries no signature") for q in prompts.asked)
    assert store.list_assessments() == [] and prompts.errors == []

    prompts.confirm_answer = True
    messages: list[str] = []
    window.library.message.connect(messages.append)
    with qtbot.waitSignal(window.library.imported, timeout=TIMEOUT):
        window.library.import_file(str(reports["unsigned"]))
    assert len(store.list_assessments()) == 1
    assert messages == ["Imported unsigned.pdf, which carries no signature."]
