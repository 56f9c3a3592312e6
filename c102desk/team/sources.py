"""An assessment named by a file: an assessment file, or the one attached to a report whose every signature holds
(``report.verification``, the import's own check)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from c102desk.assessment.file_format import AssessmentFile


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
