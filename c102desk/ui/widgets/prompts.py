"""Every question the application asks the user through a modal dialog, in one replaceable object.

Screens receive a ``Prompts`` and never call ``QFileDialog``/``QMessageBox`` themselves, so tests hand in a
scripted subclass instead of clicking through modal dialogs (which block an offscreen test run).
"""

from __future__ import annotations

import logging
import re
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from c102desk.errors import C102Error
from c102desk.store.records import ProfileInfo
from c102desk.ui.qt_logging import unexpected_error_box
from c102desk.ui.widgets.answers import NewAssessment, NewIdentity

if TYPE_CHECKING:
    from c102desk.team.merge import Resolution
    from c102desk.team.merge_file import PreparedMerge

log = logging.getLogger(__name__)

# The screens that ask hand in their own dialog's class (the library its New assessment dialog, the merge its merge
# dialog…): the widgets sit below the screens and import none of them.
Answer = TypeVar("Answer", covariant=True)


class AnswerDialog(Protocol[Answer]):
    """A modal dialog whose answer, once accepted, is ``result_value()``."""

    def exec(self) -> int: ...

    def result_value(self) -> Answer: ...

    def deleteLater(self) -> None: ...


class NewAssessmentDialog(Protocol):
    def __call__(self, profiles: list[ProfileInfo], parent: QWidget | None = None,
                 preferred_profile: int | None = None) -> AnswerDialog[NewAssessment]: ...


class NewIdentityDialog(Protocol):
    def __call__(self, parent: QWidget | None = None,
                 suggested: NewIdentity | None = None) -> AnswerDialog[NewIdentity]: ...


class MergeAnswerDialog(Protocol):
    """The merge dialog: the assessor's decision for each conflict, once accepted."""

    def exec(self) -> int: ...

    def resolutions(self) -> dict[str, Resolution]: ...

    def deleteLater(self) -> None: ...


class MergeDialogClass(Protocol):
    def __call__(self, prepared: PreparedMerge, lang: str = "en",
                 parent: QWidget | None = None) -> MergeAnswerDialog: ...


def _answer(dialog: AnswerDialog[Answer]) -> Answer | None:
    try:
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()




def _file_filter() -> str:
    return QCoreApplication.translate("Prompts", "c102desk assessment (*.c102.json);;JSON (*.json)")


def _import_filter() -> str:
    """Assessment files and signed reports, whose attached assessment is imported."""
    return QCoreApplication.translate(
        "Prompts", "Assessments and reports (*.c102.json *.json *.pdf);;c102desk assessment (*.c102.json);;"
                   "c102desk report (*.pdf);;JSON (*.json)")


class FileFolders:
    """Where the file dialogs start: the user's documents folder at first, then the folder used last (kept in
    ``settings`` across runs when given; tests give a folder of their own and no settings)."""

    SETTINGS_KEY = "files/last_folder"

    def __init__(self, settings: QSettings | None = None, documents: str | None = None) -> None:
        self.settings = settings
        self.documents = documents or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self._last: str | None = None

    def start(self, name: str = "") -> str:
        """The folder to open in (with ``name`` in it, for a file to save)."""
        folder = self._last
        if folder is None and self.settings is not None:
            saved = self.settings.value(self.SETTINGS_KEY)
            folder = str(saved) if saved else None
        if folder is None or not Path(folder).is_dir():
            folder = self.documents
        return str(Path(folder) / name) if name else folder

    def used(self, path: str) -> None:
        """Remember the folder of a file just chosen."""
        if not path:
            return
        folder = str(Path(path).parent)
        self._last = folder
        if self.settings is not None:
            self.settings.setValue(self.SETTINGS_KEY, folder)


class Conflict(Enum):
    KEEP_BOTH = "keep_both"
    REPLACE = "replace"
    MERGE = "merge"  # answer by answer (c102desk.ui.team.merge_flow)


def import_conflict_box(parent: QWidget | None, file_name: str, existing: str
                        ) -> tuple[QMessageBox, dict[Conflict, QAbstractButton]]:
    """The question asked when a file holds an assessment already in the library: merge (the default), keep
    both, replace, or cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Prompts", "Assessment already in the library"),
        QCoreApplication.translate(
            "Prompts",
            "The file %1 holds the assessment “%2”, which is already in your library.\n\n"
            "Merge the file into it answer by answer (you decide where both were changed), keep both "
            "(the file is added as a new assessment), or replace the one in the library with the file's "
            "content?",
        ).replace("%1", file_name).replace("%2", existing),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    merge = box.addButton(QCoreApplication.translate("Prompts", "Merge…"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("Prompts", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(QCoreApplication.translate("Prompts", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(merge)
    return box, {Conflict.MERGE: merge, Conflict.KEEP_BOTH: keep, Conflict.REPLACE: replace}


class Prompts:
    """The real dialogs. Each method returns the user's answer (``None``/``False`` when cancelled). File dialogs
    start in ``folders`` (the documents folder, then the last one used)."""

    def __init__(self, folders: FileFolders | None = None) -> None:
        self.folders = folders or FileFolders()

    def open_files(self, parent: QWidget | None, title: str) -> list[str]:
        """Assessment files or signed reports to import."""
        files, _ = QFileDialog.getOpenFileNames(parent, title, self.folders.start(), _import_filter())
        if files:
            self.folders.used(files[0])
        return list(files)

    def save_file(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        """Where to write an assessment file; ``suggested`` is the file's name."""
        file, _ = QFileDialog.getSaveFileName(parent, title, self.folders.start(Path(suggested).name),
                                              _file_filter())
        if not file:
            return None
        self.folders.used(file)
        return file if file.endswith(".json") else file + ".c102.json"

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def import_conflict(self, parent: QWidget | None, file_name: str, existing: str) -> Conflict | None:
        box, buttons = import_conflict_box(parent, file_name, existing)
        box.exec()
        clicked = box.clickedButton()
        return next((choice for choice, button in buttons.items() if button is clicked), None)

    def merge_conflicts(self, parent: QWidget | None, prepared: PreparedMerge, lang: str,
                        dialog_class: MergeDialogClass) -> dict[str, Resolution] | None:
        """The assessor's decision for each conflict of a merge (the merge dialog); None when cancelled."""
        dialog = dialog_class(prepared, lang, parent)
        try:
            return dialog.resolutions() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def show_error(self, parent: QWidget | None, title: str, error: BaseException) -> None:
        """A known error (``C102Error``) in its own words; anything else is a bug: logged, and said so, with
        where the log is (``qt_logging.unexpected_error_box``)."""
        if isinstance(error, C102Error):
            QMessageBox.warning(parent, title, str(error))
            return
        log.error("unexpected error", exc_info=error)
        box = unexpected_error_box(parent, title, error)
        box.exec()
        box.deleteLater()

    def new_assessment(
        self, parent: QWidget | None, profiles: list[ProfileInfo], preferred_profile: int | None,
        dialog_class: NewAssessmentDialog,
    ) -> NewAssessment | None:
        return _answer(dialog_class(profiles, parent, preferred_profile))

    def ask_text(self, parent: QWidget | None, title: str, label: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
        return text.strip() if ok and text.strip() else None

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> str | None:
        """One existing file of the kind ``file_filter`` names (e.g. a PDF report, a PKCS#12 identity)."""
        file, _ = QFileDialog.getOpenFileName(parent, title, self.folders.start(), file_filter)
        self.folders.used(file)
        return file or None

    def save_as(self, parent: QWidget | None, title: str, suggested: str, file_filter: str,
                suffix: str) -> str | None:
        """Where to write a file of the kind ``file_filter`` names; ``suffix`` is added when left out."""
        file, chosen = QFileDialog.getSaveFileName(parent, title, self.folders.start(Path(suggested).name),
                                                   file_filter)
        if not file:
            return None
        self.folders.used(file)
        return completed_file_name(file, file_filter, chosen, suffix)

    def open_document(self, path: str) -> bool:
        """Open a file with the system's viewer for its kind (an evidence file); False when none could."""
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A passphrase, typed hidden; ``None`` when cancelled or left empty."""
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password, "")
        return text if ok and text else None

    def new_identity(self, parent: QWidget | None, dialog_class: NewIdentityDialog,
                     suggested: NewIdentity | None = None) -> NewIdentity | None:
        """The details of a new signing identity (name, organisation, country, e-mail, role, passphrase)."""
        return _answer(dialog_class(parent, suggested))


def completed_file_name(file: str, file_filter: str, chosen_filter: str, default_suffix: str) -> str:
    """The file name typed in a save dialog, with the suffix of the kind chosen in it when the name has none of
    the kinds offered ("summary" with "CSV files (*.csv)" chosen is summary.csv, not summary.xlsx)."""
    offered = [s.lower() for s in re.findall(r"\*(\.[\w.]+)", file_filter)]
    if any(file.lower().endswith(s) for s in offered):
        return file
    chosen = re.findall(r"\*(\.[\w.]+)", chosen_filter)
    return file + (chosen[0] if chosen else default_suffix)

