"""Add a signature…: an intact report is co-signed in the worker with the signer's role, a wrong passphrase writes
nothing, an altered or unsigned report cannot be signed; the menu opens it and every control is reachable."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from c102desk.cli import main
from c102desk.report.verification import verify_report
from c102desk.signing.identity import Identity, default_identity_path
from c102desk.store import Store
from c102desk.ui.main_window import MainWindow
from c102desk.ui.report.cosign_dialog import CosignDialog
from tests.signing import forge
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE

TIMEOUT = 60_000
PASSPHRASE = "forge passphrase"


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    author = forge.make_identity(folder, "Amélie Autora")
    secret = folder / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    signed, unsigned = folder / "signed.pdf", folder / "unsigned.pdf"
    assert main(["report", str(EXAMPLE), "--out", str(signed), "--sign", str(author.path), "--passphrase-file",
                 str(secret), "--role", "Chargée de mission"]) == 0
    assert main(["report", str(EXAMPLE), "--out", str(unsigned)]) == 0
    altered = folder / "altered.pdf"
    altered.write_bytes(forge.overlay_page(signed.read_bytes()))
    return {"signed": signed, "unsigned": unsigned, "altered": altered}


@pytest.fixture(scope="module")
def employer(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return forge.make_identity(tmp_path_factory.mktemp("employer"), "Kofi Mensah")


@pytest.fixture
def dialog(qtbot: QtBot, store: Store, prompts: ScriptedPrompts) -> Iterator[CosignDialog]:
    made = CosignDialog(store.folder, prompts)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.runner.wait_for_done()
    qtbot.waitUntil(lambda: not made.runner.is_busy())


def _install(identity: Identity, store: Store) -> None:
    target = default_identity_path(store.folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(identity.path, target)


def _check(qtbot: QtBot, dialog: CosignDialog, path: Path) -> str:
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT) as blocker:
        dialog.check_report(path)
    return str(blocker.args[0])


def test_an_intact_report_is_co_signed_with_the_role(qtbot: QtBot, dialog: CosignDialog, store: Store,
                                                    prompts: ScriptedPrompts, reports: dict[str, Path],
                                                    employer: Identity, tmp_path: Path) -> None:
    _install(employer, store)
    dialog.identity.update_identity()
    assert not dialog.sign_button.isEnabled()  # nothing chosen yet
    assert _check(qtbot, dialog, reports["signed"]) == "intact"
    assert "1. Amélie Autora, as Chargée de mission (certifies the report)" in dialog.signers_label.text()
    assert dialog.sign_button.isEnabled()

    dialog.sign()  # no role yet
    assert "Give the role you sign in" in dialog.status_label.text()

    dialog.role_combo.setCurrentIndex(0)  # the first suggestion
    assert dialog.role_combo.currentText() == "Employers' representative"
    dialog.identity.passphrase_edit.setText(PASSPHRASE)
    prompts.save_target = str(tmp_path / "signed-by-employers.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as blocker:
        dialog.sign_button.click()
    assert blocker.args == [prompts.save_target]
    assert "save_as:signed-signed.pdf" in prompts.asked
    result = verify_report(prompts.save_target)
    assert result.ok
    assert [s.role for s in result.signatures] == ["Chargée de mission", "Employers' representative"]
    assert dialog.fingerprint_edit.isVisible() and dialog.fingerprint_edit.text() == employer.fingerprint
    assert "2 signatures" in dialog.status_label.text()
    assert dialog.identity.passphrase_edit.text() == ""


def test_a_wrong_passphrase_writes_nothing(qtbot: QtBot, dialog: CosignDialog, store: Store,
                                          prompts: ScriptedPrompts, reports: dict[str, Path], employer: Identity,
                                          tmp_path: Path) -> None:
    _install(employer, store)
    dialog.identity.update_identity()
    assert _check(qtbot, dialog, reports["signed"]) == "intact"
    dialog.role_combo.setEditText("Workers' representative")
    dialog.identity.passphrase_edit.setText("not the passphrase")
    out = tmp_path / "out"
    out.mkdir()
    prompts.save_target = str(out / "x.pdf")
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT):
        dialog.sign_button.click()
    assert "Nothing was written" in dialog.status_label.text()
    assert list(out.iterdir()) == []
    assert not prompts.errors


@pytest.mark.parametrize(("kind", "verdict", "words"), [
    ("altered", "altered", "not intact, so it cannot be signed"),
    ("unsigned", "not_signed", "not a signed c102desk report"),
])
def test_a_report_that_is_not_intact_cannot_be_signed(qtbot: QtBot, dialog: CosignDialog, reports: dict[str, Path],
                                                      kind: str, verdict: str, words: str) -> None:
    assert _check(qtbot, dialog, reports[kind]) == verdict
    assert words in dialog.status_label.text()
    assert not dialog.sign_button.isEnabled()
    assert not dialog.sign_box.isEnabled()


def test_the_dialog_is_keyboard_reachable_and_named(dialog: CosignDialog, qtbot: QtBot,
                                                    reports: dict[str, Path]) -> None:
    assert _check(qtbot, dialog, reports["signed"]) == "intact"
    chain: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    controls = [w for w in dialog.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QLineEdit | QComboBox) and w.isVisibleTo(dialog)
                and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))]
    assert controls
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
        assert control in chain, control


def test_the_file_menu_opens_it(window: MainWindow, prompts: ScriptedPrompts) -> None:
    assert window.cosign_report_action in window.file_menu.actions()
    window.cosign_report_action.trigger()
    assert isinstance(window.report_dialog, CosignDialog)
    assert "open_file" in prompts.asked
