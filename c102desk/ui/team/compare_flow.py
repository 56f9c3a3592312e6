"""Comparing the library's selected assessment with another one, a file or a signed report from the app: ask
which (``CompareSourceDialog``), read both and compare them off the GUI thread (``team.compare``, the engine's
verdicts), then show the differences (``CompareDialog``). A file that cannot be used, or a report whose
signatures do not hold, is said in words with what to do (``source_problem``); an unsigned report is compared
only if the user agrees."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from c102desk.team.compare import Comparison, compare
from c102desk.team.sources import load_snapshot
from c102desk.ui.team.compare_dialog import CompareDialog
from c102desk.ui.team.compare_source import CompareSourceDialog
from c102desk.ui.widgets.source_problem import explained

if TYPE_CHECKING:
    from c102desk.store import Store
    from c102desk.ui.library.library_page import LibraryPage

translate = QCoreApplication.translate


def load_comparison(store: Store, first: str, second: str, lang: str, force_unsigned: bool = False) -> Comparison:
    """``first`` (an id of the library) compared with ``second`` (an id, or a file's path): the work of the
    worker thread, the same as ``c102desk diff``'s."""
    return compare(load_snapshot(first, store), load_snapshot(second, store, force_unsigned=force_unsigned), lang)


def choose_source(page: LibraryPage, assessment_id: str) -> str | None:
    store = page.store
    assessments = store.list_assessments()
    current = next((a for a in assessments if a.id == assessment_id), None) or store.assessment(assessment_id)
    dialog = CompareSourceDialog(current, assessments, page.prompts, page.window())
    try:
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def show_comparison(page: LibraryPage, comparison: Comparison) -> None:
    dialog = CompareDialog(comparison, page.language, page.window(), page.prompts)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def compare_with(page: LibraryPage, assessment_id: str, other: str | None = None,
                 force_unsigned: bool = False) -> None:
    """Compare ``assessment_id`` with ``other`` (asked for when None); the result in the comparison dialog."""
    from c102desk.report.verification import UnsignedReportError

    chosen = other if other is not None else choose_source(page, assessment_id)
    if chosen is None:
        return
    name = Path(chosen).name if Path(chosen).is_file() else chosen
    store, lang = page.store, page.language

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UnsignedReportError) and not force_unsigned:
            if page.prompts.confirm(
                    page.window(), translate("CompareFlow", "Compare with an unsigned report?"),
                    translate("CompareFlow", "%1 carries no signature: nothing shows who made it or that it was "
                                             "not changed since. Compare with its assessment anyway?")
                    .replace("%1", name),
                    translate("CompareFlow", "Compare")):
                compare_with(page, assessment_id, chosen, force_unsigned=True)
            return
        shown = explained(exc, lang)
        page.prompts.show_error(page.window(), translate("CompareFlow", "Could not compare with %1")
                                .replace("%1", name), shown)
        page.failed.emit(str(shown))

    def done(result: object) -> None:
        assert isinstance(result, Comparison)
        show_comparison(page, result)

    page.runner.run(translate("CompareFlow", "Comparing with %1…").replace("%1", name),
                    lambda: load_comparison(store, assessment_id, chosen, lang, force_unsigned), done, failed)
