"""Screenshots of the real widgets, for the README and the user guide: ``python tools/screenshots.py [NAME…]``.

Each shot is a function registered with ``@shot("name")``: it gets a fresh store in a temporary folder and the
interface language, and returns the widget to photograph (shown and sized). Every shot is taken in English,
French and Spanish: docs/screenshots/<name>.png, <name>-fr.png, <name>-es.png (``--lang fr`` for one language).
The translations are compiled into a temporary folder first. Runs offscreen; under ``xvfb-run -s "-screen 0
1366x768x24"`` with ``QT_QPA_PLATFORM=xcb`` the dialogs are sized against a real 1366×768 screen.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from compile_translations import compile_all
from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from c102desk.resources import resource_path
from c102desk.store import Store
from c102desk.ui import i18n
from c102desk.ui.app import application
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.i18n import Translators
from c102desk.ui.inbox.window import InboxWindow
from c102desk.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
WINDOW_SIZE = (1366, 768)  # a small laptop's screen: what every screen must fit
REPORT_DIALOG_SIZE = (1358, 690)  # the largest a 1366×768 screen gives a dialog
VERIFY_DIALOG_SIZE = (1000, 740)
COSIGN_DIALOG_SIZE = (760, 520)
INBOX_SIZE = (1366, 768)
COSIGNERS = (("Kofi Mensah", "Federation of Employers", "Employers' representative"),
             ("María José Quispe", "Confederación de Trabajadores", "Workers' representative"))
SIGNER: dict[str, str] = {"name": "Amélie Núñez", "organisation": "Ministère du Travail et de la Sécurité sociale",
          "country": "SN", "email": "amelie@example.org", "role": "Chargée de mission"}
ASSESSMENT_SIZE = WINDOW_SIZE
LANGUAGES = ("en", "fr", "es")
EXAMPLE = "midland-three-parts.c102.json"

ShotFunction = Callable[[Store, Translators], QWidget]
SHOTS: dict[str, ShotFunction] = {}


def shot(name: str) -> Callable[[ShotFunction], ShotFunction]:
    """Register a screenshot: ``name`` becomes docs/screenshots/<name>.png."""

    def register(function: ShotFunction) -> ShotFunction:
        SHOTS[name] = function
        return function

    return register


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def import_examples(store: Store) -> list[str]:
    return [store.import_file(path) for path in sorted(resource_path("examples").glob("*.c102.json"))]


def main_window(store: Store, translators: Translators, size: tuple[int, int] = WINDOW_SIZE) -> MainWindow:
    window = MainWindow(store, translators=translators)
    window.resize(*size)
    window.show()
    settle()
    while window.library.progress_pending():  # the progress column is read off the GUI thread
        QApplication.processEvents()
    settle()
    return window


@shot("welcome")
def welcome(store: Store, translators: Translators) -> QWidget:
    return main_window(store, translators)


@shot("library")
def library(store: Store, translators: Translators) -> QWidget:
    ids = import_examples(store)
    store.duplicate(ids[1], "Reform 2027: longer pension qualifying period")
    store.finalize(ids[0])
    window = main_window(store, translators)
    window.library.refresh(select=ids[2])
    settle()
    return window


def assessment_window(store: Store, translators: Translators) -> tuple[MainWindow, AssessmentView]:
    window = main_window(store, translators, ASSESSMENT_SIZE)
    window.open_assessment(store.import_file(resource_path("examples", EXAMPLE)))
    view = window.assessment_view
    assert isinstance(view, AssessmentView)
    settle()
    return window, view


@shot("question-page")
def question_page(store: Store, translators: Translators) -> QWidget:
    window, view = assessment_window(store, translators)
    view.go_to_question("III.benefit.method")
    settle()
    view.part_pages["III"].verticalScrollBar().setValue(view.rows["III.benefit.method"].y() - 16)
    view.rows["III.benefit.rate"].details_button.setChecked(True)
    settle()
    return window


@shot("dashboard")
def dashboard(store: Store, translators: Translators) -> QWidget:
    window, view = assessment_window(store, translators)
    view.tabs.setCurrentIndex(1)
    view.dashboard.select("III")
    settle()
    return window


@shot("library-undo")
def library_undo(store: Store, translators: Translators) -> QWidget:
    """Move to Trash asked and done: the status bar's note takes it back."""
    ids = import_examples(store)
    window = main_window(store, translators)
    window.library.refresh(select=ids[2])
    window.prompts.confirm = lambda *_args: True  # type: ignore[method-assign]  # the question was answered
    window.library.commands.trash.trigger()
    settle()
    return window


@shot("search")
def search(store: Store, translators: Translators) -> QWidget:
    window, view = assessment_window(store, translators)
    view.open_search().field.setText("Art 18")
    settle()
    return window


@shot("question-details")
def question_details(store: Store, translators: Translators) -> QWidget:
    """A figure that looks wrong ("is this right?"), the answer's note, evidence with a caption and history."""
    window, view = assessment_window(store, translators)
    session = view.session
    view.set_assessor(store.add_profile("Ana Pereira", "Ministry of Labour", "Legal adviser"))
    evidence = Path(store.folder) / "labour-force-survey-2025.pdf"
    evidence.write_bytes(b"%PDF-1.4 labour force survey")
    session.set_answer("I.stats.employees", 2_500_000)
    session.set_answer("I.stats.employees", 3_100_000)
    session.add_evidence("I.stats.economically_active", str(evidence))
    (evidence_id,) = session.details["I.stats.economically_active"].evidence_ids
    session.set_evidence_caption(evidence_id, "Labour force survey 2025, table 3")
    session.change_details("I.stats.economically_active", "note",
                           note="Persons aged 15 and over.\nExcludes the armed forces.")
    view.go_to_question("I.stats.employees")
    view.rows["I.stats.employees"].details_button.setChecked(True)
    view.rows["I.stats.economically_active"].details_button.setChecked(True)
    settle()
    view.part_pages["I"].verticalScrollBar().setValue(view.rows["I.stats.employees"].y() - 16)
    settle()
    return window


@shot("mark-as-final")
def mark_as_final(store: Store, translators: Translators) -> QWidget:
    _window, view = assessment_window(store, translators)
    dialog = view.request_finalize()
    settle()
    return dialog


@shot("final-assessment")
def final_assessment(store: Store, translators: Translators) -> QWidget:
    window, view = assessment_window(store, translators)
    view.session.finalize()
    view.go_to_question("III.benefit.method")
    settle()
    view.part_pages["III"].verticalScrollBar().setValue(view.rows["III.benefit.method"].y() - 16)
    settle()
    return window


@shot("keyboard-shortcuts")
def keyboard_shortcuts(store: Store, translators: Translators) -> QWidget:
    window, _view = assessment_window(store, translators)
    dialog = window.show_shortcuts()
    settle()
    return dialog


def signer() -> dict[str, Any]:
    return dict(SIGNER)


def run_until(signal: SignalInstance, start: Callable[[], object]) -> None:
    """Start slow work (it runs in the dialog's worker) and process events until ``signal`` says it is done."""
    loop = QEventLoop()
    signal.connect(lambda *_args: loop.quit())
    QTimer.singleShot(0, start)
    loop.exec()
    settle()


@shot("report-preview")
def report_preview(store: Store, translators: Translators) -> QWidget:
    from c102desk.signing.identity import create_identity, default_identity_path
    from c102desk.ui.report.export_dialog import ExportReportDialog

    assessment_id = store.import_file(resource_path("examples", EXAMPLE))
    identity = create_identity(default_identity_path(store.folder), b"screenshot passphrase", **signer())
    dialog = ExportReportDialog(store, assessment_id, language=translators.language)
    dialog.identity.identity_name, dialog.identity.identity_fingerprint = SIGNER["name"], identity.fingerprint
    dialog.identity.update_identity()
    dialog.role_edit.setText(SIGNER["role"])
    dialog.passphrase_edit.setText("screenshot passphrase")  # the preview is then the report as it will be signed
    dialog.resize(*REPORT_DIALOG_SIZE)
    dialog.show()
    run_until(dialog.previewReady, dialog.preview)
    dialog.viewer.zoom_combo.setCurrentIndex(1)  # 75 %: a whole page in view
    settle()
    return dialog


def three_signature_report(store: Store, translators: Translators) -> Path:
    """The example's report signed by its author, then co-signed by the employers' and workers' representatives."""
    from c102desk.signing.identity import create_identity, default_identity_path
    from c102desk.ui.report import tasks

    assessment_id = store.import_file(resource_path("examples", EXAMPLE))
    passphrase = b"screenshot passphrase"
    identity = create_identity(default_identity_path(store.folder), passphrase, **signer())
    out = store.folder / "midland-report.pdf"
    tasks.build_and_save(store, assessment_id, translators.language, out,
                         tasks.SignWith(identity.path, passphrase, SIGNER["role"]))
    for name, organisation, role in COSIGNERS:
        other = create_identity(store.folder / f"{name}.p12", passphrase, name=name, organisation=organisation)
        tasks.cosign_and_save(out, out, tasks.SignWith(other.path, passphrase, role))
    return out


@shot("verify-result")
def verify_result(store: Store, translators: Translators) -> QWidget:
    from c102desk.ui.report.verify_dialog import VerifyReportDialog

    out = three_signature_report(store, translators)
    dialog = VerifyReportDialog(language=translators.language)
    dialog.resize(*VERIFY_DIALOG_SIZE)
    dialog.show()
    run_until(dialog.verified, lambda: dialog.verify_file(out))
    return dialog


@shot("cosign")
def cosign(store: Store, translators: Translators) -> QWidget:
    from c102desk.signing.identity import create_identity, default_identity_path
    from c102desk.ui.report import tasks
    from c102desk.ui.report.cosign_dialog import CosignDialog

    assessment_id = store.import_file(resource_path("examples", EXAMPLE))
    passphrase = b"screenshot passphrase"
    author = create_identity(store.folder / "author.p12", passphrase, **signer())
    out = store.folder / "midland-report.pdf"
    tasks.build_and_save(store, assessment_id, translators.language, out,
                         tasks.SignWith(author.path, passphrase, SIGNER["role"]))
    name, organisation, _role = COSIGNERS[1]
    mine = create_identity(default_identity_path(store.folder), passphrase, name=name, organisation=organisation)
    dialog = CosignDialog(store.folder, language=translators.language)
    dialog.identity.identity_name, dialog.identity.identity_fingerprint = name, mine.fingerprint
    dialog.identity.update_identity()
    dialog.resize(*COSIGN_DIALOG_SIZE)
    dialog.show()
    run_until(dialog.checked, lambda: dialog.check_report(out))
    dialog.role_combo.setCurrentIndex(1)
    settle()
    return dialog


MERGE_DIALOG_SIZE = (1100, 560)


def merge_case(store: Store) -> Path:
    """The library's Northland assessment and a consultant's laptop copy of it, each edited offline: Part III's
    rate and a note on both sides (conflicts), Part V's rate on the laptop only (taken)."""
    from decimal import Decimal

    assessment = store.import_file(resource_path("examples", "northland-all-parts.c102.json"))
    copy = store.folder / "copy.c102.json"
    store.export_file(assessment, copy)
    with Store.open(store.folder / "laptop") as laptop:
        laptop.import_file(copy)
        lee = laptop.add_profile("Lee Laptop")
        laptop.set_answer(assessment, "III.benefit.rate", Decimal("62.5"), assessor_id=lee)
        laptop.set_answer(assessment, "III.benefit.earnings_ceiling", 4000,
                          note="Confirmed with the sickness fund in March", assessor_id=lee)
        laptop.set_answer(assessment, "V.benefit.rate", 44, assessor_id=lee)
        laptop.set_answer(assessment, "I.art3.declaration", True, assessor_id=lee)
        out = store.folder / "northland-laptop.c102.json"
        laptop.export_file(assessment, out)
    store.set_answer(assessment, "III.benefit.rate", 60)
    store.set_answer(assessment, "III.benefit.earnings_ceiling", 4000, note="Ceiling from the 2026 decree")
    store.set_answer(assessment, "I.art3.declaration", False, note="Checked again with the legal office")
    return out


@shot("merge")
def merge(store: Store, translators: Translators) -> QWidget:
    from c102desk.team.merge_file import prepare_merge
    from c102desk.ui.team.merge_dialog import MergeDialog

    prepared = prepare_merge(store, merge_case(store))
    assert prepared is not None
    dialog = MergeDialog(prepared, translators.language)
    dialog.resize(*MERGE_DIALOG_SIZE)
    dialog.show()
    settle()
    dialog.choices[0].setCurrentIndex(2)  # theirs for the first; the others still to decide
    settle()
    return dialog


COMPARE_DIALOG_SIZE = (1100, 600)


@shot("compare")
def compare(store: Store, translators: Translators) -> QWidget:
    """Northland's assessment against a copy modelling a reform: Part III's rate raised, a note on the ceiling,
    Part V's rate lowered below the floor (its verdict changes)."""
    from decimal import Decimal

    from c102desk.ui.team.compare_dialog import CompareDialog
    from c102desk.ui.team.compare_flow import load_comparison

    first = store.import_file(resource_path("examples", "northland-all-parts.c102.json"))
    second = store.duplicate(first, "Reform 2027")
    store.set_answer(second, "III.benefit.rate", Decimal("62.5"))
    store.set_answer(second, "III.benefit.earnings_ceiling", 4000, note="Ceiling from the 2026 decree")
    store.set_answer(second, "V.benefit.rate", 30)
    dialog = CompareDialog(load_comparison(store, first, second, translators.language), translators.language)
    dialog.resize(*COMPARE_DIALOG_SIZE)
    dialog.show()
    settle()
    return dialog


TEAM_SERVER_DIALOG_SIZE = (1000, 520)


@shot("team-server")
def team_server(store: Store, translators: Translators) -> QWidget:
    """File ▸ Team server… after a sync with a team store in another data folder: a reform copy sent, one answer
    sent, and Part III's rate changed differently here and on the team store (the conflict to decide)."""
    from decimal import Decimal

    from c102desk.sync.engine import sync
    from c102desk.ui.team.team_server_dialog import TeamServerDialog, run_sync

    assessment = store.import_file(resource_path("examples", "northland-all-parts.c102.json"))
    team_folder = store.folder / "team-store"
    with Store.open(team_folder) as team:
        sync(store, team, "Ana")
        team.set_answer(assessment, "III.benefit.rate", 60)
    store.set_answer(assessment, "III.benefit.rate", Decimal("62.5"))
    store.set_answer(assessment, "V.benefit.rate", 44)
    store.duplicate(assessment, "Reform 2027")
    window = main_window(store, translators)
    dialog = window.team_server()
    assert isinstance(dialog, TeamServerDialog)
    dialog.resize(*TEAM_SERVER_DIALOG_SIZE)
    address = f"sqlite:///{team_folder}"
    dialog.address.setText(address)
    dialog.role.setText("amelie")
    dialog.show_report(run_sync(store, address, address, "Amélie", {}))
    settle()
    return dialog


@shot("compare-same")
def compare_same(store: Store, translators: Translators) -> QWidget:
    from c102desk.ui.team.compare_dialog import CompareDialog
    from c102desk.ui.team.compare_flow import load_comparison

    first = store.import_file(resource_path("examples", "northland-all-parts.c102.json"))
    second = store.duplicate(first, "Copy")
    dialog = CompareDialog(load_comparison(store, first, second, translators.language), translators.language)
    dialog.show()
    settle()
    return dialog


@shot("compare-error")
def compare_error(store: Store, translators: Translators) -> QWidget:
    """Comparing with a signed report changed after it was signed: the message the user is shown (the box
    ``Prompts.show_error`` opens, with the text ``compare_flow`` gives it)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from c102desk.signing.identity import create_identity, default_identity_path
    from c102desk.ui.report import tasks
    from c102desk.ui.team.compare_flow import load_comparison
    from c102desk.ui.widgets.source_problem import explained

    assessment_id = store.import_file(resource_path("examples", EXAMPLE))
    passphrase = b"screenshot passphrase"
    identity = create_identity(default_identity_path(store.folder), passphrase, **signer())
    signed = store.folder / "midland-report.pdf"
    tasks.build_and_save(store, assessment_id, translators.language, signed,
                         tasks.SignWith(identity.path, passphrase, SIGNER["role"]))
    data = bytearray(signed.read_bytes())
    data[data.index(b"/Producer") + 1] = ord("Q")  # one byte changed inside the signed content
    altered = store.folder / "midland-report-received.pdf"
    altered.write_bytes(bytes(data))
    try:
        load_comparison(store, assessment_id, str(altered), translators.language)
    except Exception as exc:  # the refusal is what this shot shows
        error = explained(exc, translators.language)
    else:
        raise AssertionError("an altered report was compared")
    title = QCoreApplication.translate("CompareFlow", "Could not compare with %1").replace("%1", altered.name)
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok)
    box.show()
    settle()
    return box


@shot("import-error")
def import_error(store: Store, translators: Translators) -> QWidget:
    """Importing an assessment file that was cut short (a copy interrupted): the message the library's Import
    shows (``explained``, in a box like ``Prompts.show_error``'s)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from c102desk.ui.widgets.source_problem import explained

    text = Path(resource_path("examples", EXAMPLE)).read_text(encoding="utf-8")
    cut = store.folder / "midland-from-usb.c102.json"
    cut.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    try:
        store.import_file(str(cut))
    except Exception as exc:  # the refusal is what this shot shows
        error = explained(exc, translators.language)
    else:
        raise AssertionError("a file cut short was imported")
    title = QCoreApplication.translate("LibraryPage", "Could not import %1").replace("%1", cut.name)
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok)
    box.show()
    settle()
    return box


@shot("merge-question")
def merge_question(store: Store, translators: Translators) -> QWidget:
    from c102desk.ui.widgets.prompts import import_conflict_box

    box, _buttons = import_conflict_box(None, "northland-laptop.c102.json", "Northland (fictional) — Full assessment")
    box.show()
    settle()
    return box


# Received reports: (file, example, country, revision, signed, language of the report)
RECEIVED = (
    ("senegal-2025.pdf", "midland-three-parts", "Senegal", 1, True, "fr"),
    ("senegal-2026.pdf", "northland-all-parts", "Sénégal", 2, True, "fr"),
    ("chile-2026.pdf", "southland-blocked", "Chile", 1, True, "es"),
    ("viet-nam-2026.pdf", "midland-three-parts", "Viet Nam", 1, True, "en"),
    ("jordan-2026.pdf", "northland-all-parts", "Jordan", 1, True, "en"),
    ("northland-draft.pdf", "northland-all-parts", "Northland (fictional)", 1, False, "en"),
)
_RECEIVED_FOLDER: list[Path] = []


def received_folder() -> Path:
    """A folder of received reports (built once per run): signed reports of five countries, Senegal's in two
    revisions and co-signed, one altered after signing, one unsigned, and a note that is not a PDF."""
    if _RECEIVED_FOLDER:
        return _RECEIVED_FOLDER[0]
    import json
    import uuid

    from c102desk.assessment.file_format import parse_assessment
    from c102desk.report.builder import build_report
    from c102desk.report.model import signer_info
    from c102desk.report.signatures import cosign_report, sign_report
    from c102desk.signing.identity import create_identity

    work = Path(tempfile.mkdtemp(prefix="c102desk-received-"))
    folder = work / "Received 2026"
    folder.mkdir()
    author = create_identity(work / "author.p12", b"screenshot passphrase", **signer())
    workers = create_identity(work / "workers.p12", b"screenshot passphrase", name=COSIGNERS[1][0],
                              organisation=COSIGNERS[1][1])
    for file, example, country, revision, signed, lang in RECEIVED:
        raw = json.loads(resource_path("examples", f"{example}.c102.json").read_text(encoding="utf-8"))
        raw["country"] = country
        raw["assessment"] = {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, country[:3])), "status": "final",
                             "revision": revision, "previous_revision_id": None,
                             "created": "2025-01-10T09:00:00Z", "changed": "2025-06-01T09:00:00Z"}
        data = json.dumps(raw, ensure_ascii=False, indent=2).encode("utf-8")
        assessment = parse_assessment(data, file)
        if not signed:
            (folder / file).write_bytes(build_report(assessment, lang=lang, source=data))
            continue
        pdf = build_report(assessment, lang=lang, signer=signer_info(author, SIGNER["role"]), source=data)
        pdf = sign_report(pdf, author, role=SIGNER["role"], lang=lang)
        if revision == 2:
            pdf, _check = cosign_report(pdf, workers, role=COSIGNERS[1][2])
        (folder / file).write_bytes(pdf)
    chile = bytearray((folder / "chile-2026.pdf").read_bytes())
    position = chile.index(b"stream", len(chile) // 4) + 40
    chile[position] ^= 1  # one bit changed after signing
    (folder / "chile-2026-copy.pdf").write_bytes(bytes(chile))
    (folder / "received-by-post.txt").write_text("Received by post on 3 March.\n", encoding="utf-8")
    _RECEIVED_FOLDER.append(folder)
    return folder


def inbox_window(store: Store, translators: Translators) -> InboxWindow:
    window = InboxWindow(store.folder, language=translators.language, import_report=lambda _path: None)
    window.resize(*INBOX_SIZE)
    window.show()
    settle()
    run_until(window.verified, lambda: window.load_folder(received_folder()))
    window.select_file("senegal-2026.pdf")
    window.folder_label.setText(str(Path("~") / "Documents" / "Received 2026"))  # not the temporary folder's path
    settle()
    return window


@shot("inbox")
def inbox(store: Store, translators: Translators) -> QWidget:
    return inbox_window(store, translators)


@shot("inbox-chart")
def inbox_chart(store: Store, translators: Translators) -> QWidget:
    window = inbox_window(store, translators)
    window.tabs.setCurrentIndex(1)
    settle()
    return window


def take(names: list[str], languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    app = application()
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as qm_dir:
        compile_all(Path(qm_dir))
        os.environ[i18n.TRANSLATIONS_ENV] = qm_dir
        translators = Translators(app)
        for lang in languages:
            translators.switch(lang)
            settle()
            for name in names or list(SHOTS):
                with tempfile.TemporaryDirectory() as folder:
                    store = Store.open(Path(folder) / "data")
                    try:
                        widget = SHOTS[name](store, translators)
                        settle()
                        target = OUT / (f"{name}.png" if lang == "en" else f"{name}-{lang}.png")
                        widget.grab().save(str(target))
                        written.append(target)
                        for top in QApplication.topLevelWidgets():  # the shot's window and its dialogs
                            top.close()
                            top.deleteLater()
                        settle()
                    finally:
                        store.close()
        translators.switch("en")
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Screenshots of the real widgets into docs/screenshots/.")
    parser.add_argument("names", nargs="*", help=f"shots to take (default: all of {', '.join(SHOTS)})")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only these languages")
    args = parser.parse_args()
    for path in take(args.names, tuple(args.lang or LANGUAGES)):
        print(path)
