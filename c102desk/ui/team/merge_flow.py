"""Merging a file into the library from the app: read and plan it off the GUI thread, ask the assessor about the
conflicts (``Prompts.merge_conflicts``, the merge dialog), then write it in one transaction off the GUI thread.
Cancel anywhere changes nothing."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from c102desk.store.merge_apply import Person
from c102desk.team.merge_file import PreparedMerge, finish_merge, prepare_merge
from c102desk.ui.team.merge_dialog import MergeDialog

if TYPE_CHECKING:
    from c102desk.team.merge import MergeResult
    from c102desk.ui.library.library_page import LibraryPage

translate = QCoreApplication.translate


def merge_into_library(page: LibraryPage, path: str, allow_unsigned: bool = False) -> None:
    """Merge ``path`` into the library's assessment of the same id (the import found it there)."""
    store = page.store
    name = Path(path).name

    def failed(exc: BaseException) -> None:
        title = translate("MergeFlow", "Could not merge %1").replace("%1", name)
        page.prompts.show_error(page.window(), title, exc)
        page.failed.emit(str(exc))

    def merged(result: object) -> None:
        assert isinstance(result, tuple)
        prepared, outcome = result
        page.refresh(select=prepared.assessment_id)
        page.message.emit(translate("MergeFlow", "Merged %1: %2 answers taken from the file, %3 conflicts decided.")
                          .replace("%1", name).replace("%2", str(len(prepared.plan.taken)))
                          .replace("%3", str(len(outcome.decisions))))
        page.imported.emit(prepared.assessment_id)

    def planned(result: object) -> None:
        if result is None:  # the assessment left the library meanwhile: an ordinary import
            page.import_file(path, allow_unsigned=allow_unsigned)
            return
        assert isinstance(result, PreparedMerge)
        prepared = result
        resolutions = page.prompts.merge_conflicts(page.window(), prepared, page.language, MergeDialog)
        if resolutions is None:
            page.message.emit(
                translate("MergeFlow", "Merge of %1 cancelled; nothing was changed.").replace("%1", name))
            page.failed.emit("cancelled")
            return
        who = _decider(page)

        def work() -> tuple[PreparedMerge, MergeResult]:
            return prepared, finish_merge(store, prepared, resolutions, None, who)

        page.runner.run(translate("MergeFlow", "Merging %1…").replace("%1", name), work, merged, failed)

    page.runner.run(translate("MergeFlow", "Reading %1…").replace("%1", name),
                    lambda: prepare_merge(store, path, force_unsigned=allow_unsigned), planned, failed)


def _decider(page: LibraryPage) -> Person | None:
    """Who decides the conflicts: the assessor chosen in the app, else the login name."""
    profile = next((p for p in page.store.profiles() if p.id == page.current_profile_id), None)
    if profile is not None:
        return Person(profile.name, profile.organisation, profile.role)
    try:
        return Person(getpass.getuser())
    except (KeyError, OSError):
        return None
