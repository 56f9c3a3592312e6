"""Export report… and Verify a report…: preview, sign with the right and the wrong passphrase, verify a good and
an altered file, and keyboard access. Offscreen, a fresh store per test (conftest), dialogs answered by script."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from c102desk.report.verification import verify_report
from c102desk.signing.identity import Identity, create_identity, default_identity_path
from c102desk.signing.verify import NotASignedReportError
from c102desk.store import Store
from c102desk.ui.main_window import MainWindow
from c102desk.ui.report import tasks
from c102desk.ui.report.export_dialog import ExportReportDialog
from c102desk.ui.report.identity_dialog import CreateIdentityDialog
from c102desk.ui.report.verify_dialog import VerifyReportDialog
from c102desk.ui.widgets.answers import NewIdentity
from tests.ui.conftest import ScriptedPrompts
from tests.ui.helpers import EXAMPLE

PASSPHRASE = "correct horse battery staple"
BUILD_TIMEOUT = 120_000  # a report takes a few seconds; a slow CI machine gets room


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    """One P-256 identity for the module; tests copy its file into their fresh data folder."""
    return create_identity(tmp_path_factory.mktemp("identity") / "identity.p12", PASSPHRASE.encode(),
                           name="Amélie Núñez", organisation="Ministère du Travail", country="SN",
                           email="amelie@example.org", role="Chargée de mission")


@pytest.fixture(scope="module")
def signed_pdf(tmp_path_factory: pytest.TempPathFactory, identity: Identity) -> Path:
    """A signed report written by the dialog's own task function, once for the module."""
    folder = tmp_path_factory.mktemp("signed")
    store = Store.open(folder / "data")
    try:
        assessment_id = store.import_file(EXAMPLE)
        out = folder / "signed.pdf"
        tasks.build_and_save(store, assessment_id, "en", out, tasks.SignWith(identity.path, PASSPHRASE.encode()))
    finally:
        store.close()
    return out


@pytest.fixture
def assessment_id(store: Store) -> str:
    return store.import_file(EXAMPLE)


@pytest.fixture
def dialog(qtbot: QtBot, store: Store, assessment_id: str, prompts: ScriptedPrompts) -> Iterator[ExportReportDialog]:
    made = ExportReportDialog(store, assessment_id, prompts, language="fr")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.runner.wait_for_done()
    qtbot.waitUntil(lambda: not made.runner.is_busy())


def _install(identity: Identity, store: Store) -> Path:
    target = default_identity_path(store.folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(identity.path, target)
    return target


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---------------------------------------------------------------------------------------------- export


def test_report_language_defaults_to_the_interface_language(dialog: ExportReportDialog) -> None:
    assert dialog.report_language() == "fr"
    assert dialog.language_combo.count() == 3


def test_preview_builds_in_the_worker_and_shows_pages(qtbot: QtBot, dialog: ExportReportDialog) -> None:
    with qtbot.waitSignal(dialog.previewReady, timeout=BUILD_TIMEOUT) as blocker:
        dialog.preview_button.click()
        assert dialog.runner.is_busy()  # the build runs off the GUI thread, the event loop keeps going
        assert not dialog.preview_button.isEnabled()
    pages = blocker.args[0]
    assert pages >= 1
    assert dialog.viewer.page_count() == pages
    assert str(pages) in dialog.viewer.page_label.text()
    qtbot.waitUntil(lambda: dialog.viewer.rendered >= 1)  # the first page was painted from a pdfium image
    image = dialog.viewer.page_image(0)
    assert not image.isNull() and image.width() > 100 and image.height() > image.width()
    assert dialog.preview_button.isEnabled()

    before = dialog.viewer.pages[0].width()
    dialog.viewer.zoom_in_action.trigger()
    assert dialog.viewer.zoom > 1.0
    assert dialog.viewer.pages[0].width() > before


def test_signing_with_the_right_passphrase_writes_a_verified_pdf(
        qtbot: QtBot, dialog: ExportReportDialog, store: Store, identity: Identity, prompts: ScriptedPrompts,
        tmp_path: Path) -> None:
    _install(identity, store)
    dialog.identity.update_identity()
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    prompts.save_target = str(out_folder / "report.pdf")
    dialog.sign_box.setChecked(True)
    dialog.role_edit.setText("Legal adviser")
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.saved, timeout=BUILD_TIMEOUT) as blocker:
        dialog.save_button.click()
    assert blocker.args == [prompts.save_target]
    result = verify_report(prompts.save_target)
    assert result.ok, result.all_problems()
    [signature] = result.signatures
    assert signature.signer == "Amélie Núñez"
    assert signature.role == "Legal adviser"
    assert dialog.fingerprint_edit.isVisible()
    assert dialog.fingerprint_edit.text() == identity.fingerprint == signature.fingerprint
    assert prompts.save_target in dialog.status_label.text()
    assert dialog.passphrase_edit.text() == ""  # not kept around
    assert _leftovers(out_folder) == ["report.pdf"]


def test_a_wrong_passphrase_writes_nothing_and_says_so(
        qtbot: QtBot, dialog: ExportReportDialog, store: Store, identity: Identity, prompts: ScriptedPrompts,
        tmp_path: Path) -> None:
    _install(identity, store)
    dialog.identity.update_identity()
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    prompts.save_target = str(out_folder / "report.pdf")
    dialog.passphrase_edit.setText("not the passphrase")
    with qtbot.waitSignal(dialog.failed, timeout=BUILD_TIMEOUT) as blocker:
        dialog.save_button.click()
    assert "passphrase" in blocker.args[0]
    assert "Nothing was written" in dialog.status_label.text()
    assert _leftovers(out_folder) == []
    assert not prompts.errors  # said in the dialog, not as an unexpected error
    assert dialog.passphrase_edit.hasFocus() or not dialog.isActiveWindow()


def test_signing_without_an_identity_asks_for_one(dialog: ExportReportDialog, prompts: ScriptedPrompts) -> None:
    assert "No signing identity" in dialog.identity_label.text()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.save_button.click()
    assert "create or import one" in dialog.status_label.text()
    assert not any(asked.startswith("save_as") for asked in prompts.asked)


def test_saving_unsigned(qtbot: QtBot, dialog: ExportReportDialog, prompts: ScriptedPrompts, tmp_path: Path) -> None:
    prompts.save_target = str(tmp_path / "unsigned.pdf")
    dialog.sign_box.setChecked(False)
    assert dialog.save_button.text().replace("&", "") != ""
    with qtbot.waitSignal(dialog.saved, timeout=BUILD_TIMEOUT):
        dialog.save_button.click()
    assert Path(prompts.save_target).read_bytes().startswith(b"%PDF-")
    with pytest.raises(NotASignedReportError):
        verify_report(prompts.save_target)


def test_create_an_identity_from_the_dialog(qtbot: QtBot, dialog: ExportReportDialog, store: Store,
                                             prompts: ScriptedPrompts) -> None:
    prompts.new_identity_answer = NewIdentity(name="Kofi Mensah", organisation="Ministry of Labour", country="GH",
                                              email="kofi@example.org", role="Legal adviser", passphrase=PASSPHRASE)
    with qtbot.waitSignal(dialog.identityReady, timeout=BUILD_TIMEOUT):
        dialog.create_identity_button.click()
    assert default_identity_path(store.folder).is_file()
    assert "Kofi Mensah" in dialog.identity_label.text()
    assert dialog.role_edit.text() == "Legal adviser"
    assert not dialog.create_identity_button.isEnabled()  # never overwrite the one in the data folder


def test_import_an_identity_from_the_dialog(qtbot: QtBot, dialog: ExportReportDialog, store: Store,
                                             identity: Identity, prompts: ScriptedPrompts) -> None:
    prompts.file_to_open = str(identity.path)
    prompts.secret_answer = PASSPHRASE
    with qtbot.waitSignal(dialog.identityReady, timeout=BUILD_TIMEOUT):
        dialog.import_identity_button.click()
    assert default_identity_path(store.folder).read_bytes() == identity.path.read_bytes()
    assert identity.fingerprint[:23] in dialog.identity_label.text()
    assert dialog.identity_label.toolTip() == identity.fingerprint


def test_identity_dialog_checks_the_passphrases(qtbot: QtBot) -> None:
    made = CreateIdentityDialog()
    qtbot.addWidget(made)
    made.name_edit.setText("A. Diallo")
    made.country_edit.setText("sn")
    made.passphrase_edit.setText("long enough passphrase")
    made.confirm_edit.setText("another passphrase")
    assert not made.ok_button.isEnabled()
    assert made.hint.text()
    made.confirm_edit.setText("long enough passphrase")
    assert made.ok_button.isEnabled()
    assert made.result_value() == NewIdentity(name="A. Diallo", country="SN", passphrase="long enough passphrase")
    for edit in made.findChildren(QLineEdit):
        assert edit.accessibleName()


# ---------------------------------------------------------------------------------------------- verify


@pytest.fixture
def verifier(qtbot: QtBot, prompts: ScriptedPrompts) -> Iterator[VerifyReportDialog]:
    made = VerifyReportDialog(prompts)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.runner.wait_for_done()
    qtbot.waitUntil(lambda: not made.runner.is_busy())


def test_verify_a_good_report_says_intact(qtbot: QtBot, verifier: VerifyReportDialog, signed_pdf: Path,
                                         identity: Identity, prompts: ScriptedPrompts) -> None:
    prompts.file_to_open = str(signed_pdf)
    with qtbot.waitSignal(verifier.verified, timeout=BUILD_TIMEOUT) as blocker:
        verifier.choose_button.click()
    assert blocker.args == ["intact"]
    assert "Intact" in verifier.verdict_label.text()
    [card] = verifier.cards
    assert "Amélie Núñez" in card.signer_value.text()
    assert "signer's computer" in card.time_value.text()
    assert card.fingerprint_edit.text() == identity.fingerprint
    assert card.fingerprint_edit.isReadOnly()
    assert card.changes_value.text() == "nothing"
    assert not card.problems_label.isVisibleTo(card)
    assert verifier.banner.isVisible()
    assert not verifier.icon_label.pixmap().isNull()


def test_verify_a_report_with_a_flipped_byte_says_altered(qtbot: QtBot, verifier: VerifyReportDialog,
                                                          signed_pdf: Path, tmp_path: Path) -> None:
    data = bytearray(signed_pdf.read_bytes())
    data[len(data) // 3] ^= 0x01  # inside the signed range (the signature is the last incremental update)
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    with qtbot.waitSignal(verifier.verified, timeout=BUILD_TIMEOUT) as blocker:
        verifier.verify_file(altered)
    assert blocker.args == ["altered"]
    assert "Altered" in verifier.verdict_label.text()


def test_verify_lists_every_signer_and_what_changed_after_each(qtbot: QtBot, verifier: VerifyReportDialog,
                                                              signed_pdf: Path, tmp_path: Path) -> None:
    from tests.signing import forge

    other = forge.make_identity(tmp_path, "Kwame Second")
    countersigned = tmp_path / "countersigned.pdf"
    countersigned.write_bytes(forge.add_signature(signed_pdf.read_bytes(), other, "Countersignature"))
    with qtbot.waitSignal(verifier.verified, timeout=BUILD_TIMEOUT) as blocker:
        verifier.verify_file(countersigned)
    assert blocker.args == ["intact"]
    assert "2 signatures" in verifier.verdict_label.text()
    first, second = verifier.cards
    assert "Amélie Núñez" in first.signer_value.text() and "Kwame Second" in second.signer_value.text()
    assert first.changes_value.text() == "only signature 2 was added"
    assert second.fingerprint_edit.text() == other.fingerprint
    assert first.title().startswith("Signature 1 of 2")

    altered = tmp_path / "altered.pdf"
    altered.write_bytes(forge.add_signature(forge.overlay_page(signed_pdf.read_bytes()), other))
    with qtbot.waitSignal(verifier.verified, timeout=BUILD_TIMEOUT) as blocker:
        verifier.verify_file(altered)
    assert blocker.args == ["altered"]
    first, second = verifier.cards
    assert first.status_value.text() == "NOT valid" and second.status_value.text() == "valid"
    assert "not only by adding signatures" in first.problems_label.text()
    assert first.problems_label.isVisibleTo(first)


def test_verify_an_unsigned_file_says_not_signed(qtbot: QtBot, verifier: VerifyReportDialog, tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\nnot really a report\n%%EOF\n")
    with qtbot.waitSignal(verifier.verified, timeout=BUILD_TIMEOUT) as blocker:
        verifier.verify_file(plain)
    assert blocker.args == ["not_signed"]
    assert "Not a signed c102desk report" in verifier.verdict_label.text()
    assert not verifier.result_box.isVisible()


# ---------------------------------------------------------------------------------------------- keyboard


def _focus_chain(start: QWidget) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize("kind", ["export", "verify"])
def test_dialogs_are_keyboard_reachable_and_named(kind: str, dialog: ExportReportDialog,
                                                  verifier: VerifyReportDialog) -> None:
    target: QWidget = dialog if kind == "export" else verifier
    chain = _focus_chain(target)
    controls = [w for w in target.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QLineEdit | QComboBox) and w.isVisibleTo(target)]
    assert controls
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
        assert control in chain, control


def test_main_window_menus_and_header_button_open_the_dialogs(window: MainWindow, store: Store,
                                                              prompts: ScriptedPrompts) -> None:
    assert window.export_report_action in window.file_menu.actions()
    assert window.verify_report_action in window.file_menu.actions()
    assert window.export_report_action.shortcut().toString() == "Ctrl+Shift+E"
    assert not window.export_report_action.isEnabled()  # no assessment open
    window.open_assessment(store.import_file(EXAMPLE))
    assert window.export_report_action.isEnabled()
    view = window.assessment_view
    assert view is not None
    header = [b for b in view.findChildren(QToolButton)
              if b.defaultAction() is getattr(view, "export_report_action", None)]
    assert header and header[0].accessibleName()
    header[0].click()
    assert isinstance(window.report_dialog, ExportReportDialog)
    window.report_dialog.reject()
    window.verify_report_action.trigger()
    assert isinstance(window.report_dialog, VerifyReportDialog)
    assert "open_file" in prompts.asked
