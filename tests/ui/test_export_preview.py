"""The export preview shows exactly what will be signed (the signer's block and the same assessor and
organisation lines) and is built again when the report's language changes; Save signs those very bytes."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from c102desk.report.verification import verify_report
from c102desk.signing.identity import Identity, create_identity, default_identity_path
from c102desk.store import Store
from c102desk.ui.report.export_dialog import ExportReportDialog
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE

PASSPHRASE = "correct horse battery staple"
TIMEOUT = 120_000


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(tmp_path_factory.mktemp("identity") / "identity.p12", PASSPHRASE.encode(),
                           name="Amélie Núñez", organisation="Ministère du Travail", country="SN",
                           email="amelie@example.org", role="Chargée de mission")


@pytest.fixture
def dialog(qtbot: QtBot, store: Store, prompts: ScriptedPrompts) -> Iterator[ExportReportDialog]:
    made = ExportReportDialog(store, store.import_file(EXAMPLE), prompts, language="en")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    qtbot.waitUntil(lambda: not made.runner.is_busy(), timeout=TIMEOUT)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages[:2])


def _shown(dialog: ExportReportDialog) -> bytes:
    assert dialog._previewed is not None
    return dialog._previewed[1]


@pytest.mark.slow
def test_the_preview_follows_the_report_language(qtbot: QtBot, dialog: ExportReportDialog) -> None:
    with qtbot.waitSignal(dialog.previewReady, timeout=TIMEOUT):
        dialog.preview_button.click()
    english = _text(_shown(dialog))
    with qtbot.waitSignal(dialog.previewReady, timeout=TIMEOUT):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))  # no click on Preview
    spanish = _text(_shown(dialog))
    assert spanish != english and "Parte" in spanish


@pytest.mark.slow
def test_the_preview_is_what_gets_signed(
    qtbot: QtBot, dialog: ExportReportDialog, store: Store, identity: Identity, prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    target = default_identity_path(store.folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(identity.path, target)
    dialog.identity.update_identity()
    dialog.sign_box.setChecked(True)
    dialog.role_edit.setText("Legal adviser")
    with qtbot.waitSignal(dialog.previewReady, timeout=TIMEOUT):
        dialog.preview_button.click()  # no passphrase yet: the preview says it lacks the signature block
    assert "without the signature block" in dialog.status_label.text()
    assert "Amélie Núñez" not in _text(_shown(dialog))

    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.previewReady, timeout=TIMEOUT):
        dialog.preview_button.click()
    previewed = _shown(dialog)
    assert "exactly as they will be signed by Amélie Núñez" in dialog.status_label.text()
    cover = _text(previewed)
    assert "Amélie Núñez" in cover and "Ministère du Travail" in cover  # the signer's and assessor lines

    prompts.save_target = str(tmp_path / "signed.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save_button.click()
    saved = Path(prompts.save_target).read_bytes()
    assert saved.startswith(previewed)  # the signature is an update appended to the very bytes shown
    assert verify_report(prompts.save_target).ok
