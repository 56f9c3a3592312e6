"""An assessment named by a file (an assessment file, or the one attached to a report whose every signature holds:
``report.verification``, the import's own check) or by its id in the local store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from c102desk.assessment.file_format import AssessmentFile
from c102desk.errors import C102Error
from c102desk.i18n import Msg

if TYPE_CHECKING:
    from c102desk.store import Store
    from c102desk.team.snapshot import Snapshot


@contextmanager
def checked_file(path: Path, *, force_unsigned: bool = False) -> Iterator[AssessmentFile]:
    """The checked assessment of a file: read and validated, or extracted from a report whose every signature
    holds (``report.verification``, the import's own check)."""
    from c102desk.assessment import read_assessment
    from c102desk.store.transfer import is_pdf

    if not is_pdf(path):
        yield read_assessment(path)
        return
    from c102desk.report.verification import extracted_assessment

    with extracted_assessment(path, allow_unsigned=force_unsigned) as found:
        yield read_assessment(found.file)


class UnknownSourceError(C102Error):
    """What was named to compare is neither an assessment of the store nor a file."""


class StoreOnDemand:
    """The local store, opened only when an id is named (two files compare without one)."""

    def __init__(self, data_dir: str | None, stack: ExitStack) -> None:
        self._data_dir = data_dir
        self._stack = stack
        self._store: Store | None = None

    def get(self) -> Store:
        if self._store is None:
            from c102desk.store import Store

            self._store = self._stack.enter_context(Store.open(self._data_dir))
        return self._store


def load_snapshot(source: str, store: StoreOnDemand | Store, *, force_unsigned: bool = False) -> Snapshot:
    """An assessment named on the command line: a file (a report's attached assessment once its signatures hold),
    else an id of the local store."""
    from c102desk.team.snapshot import snapshot_of_document, snapshot_of_file

    path = Path(source)
    if path.is_file():
        with checked_file(path, force_unsigned=force_unsigned) as parsed:
            return snapshot_of_file(parsed, source)
    if source.lower().endswith((".json", ".pdf")) or "/" in source or "\\" in source:
        raise UnknownSourceError(Msg("team.compare.not_found", source=source))
    from c102desk.store import UnknownAssessmentError

    opened = store.get() if isinstance(store, StoreOnDemand) else store
    try:
        return snapshot_of_document(opened.export_document(source), source)
    except UnknownAssessmentError:
        raise UnknownSourceError(Msg("team.compare.not_found", source=source)) from None
