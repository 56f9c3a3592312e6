"""Files attached to a report PDF: the assessment file, its evaluation and a small description of the report.

``c102desk import report.pdf`` reads the assessment back from here. The files are written with the pages
(report/embedded_files.py), before any signature, which then covers them; reading never writes.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any

ASSESSMENT_NAME = "assessment.c102.json"
EVALUATION_NAME = "evaluation.json"
REPORT_META_NAME = "c102desk-report.json"


@dataclass(frozen=True)
class Attachment:
    """A file embedded in a report (the assessment itself, an evidence file)."""

    name: str
    data: bytes
    description: str
    mime_type: str = "application/json"


def read_attachments(pdf: bytes) -> dict[str, bytes]:
    """The files attached to a PDF, by name; empty when it has none. Raises ``ValueError`` for a damaged PDF."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        names = reader.root.get("/Names")
        if names is None:
            return {}
        tree = names.get_object().get("/EmbeddedFiles")
        if tree is None:
            return {}
        found: dict[str, bytes] = {}
        _walk_name_tree(tree.get_object(), found)
        return found
    except (PdfError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ValueError(f"the PDF cannot be read ({exc})") from exc


def _walk_name_tree(node: Any, found: dict[str, bytes]) -> None:
    pairs = node.get("/Names")
    if pairs is not None:
        pairs = pairs.get_object()
        for index in range(0, len(pairs) - 1, 2):
            spec = pairs[index + 1].get_object()
            ef = spec.get("/EF")
            if ef is None:
                continue
            stream = ef.get_object().get("/F")
            if stream is None:
                continue
            found[str(pairs[index])] = stream.get_object().data
    kids = node.get("/Kids")
    if kids is not None:
        for kid in kids.get_object():
            _walk_name_tree(kid.get_object(), found)


def assessment_from_pdf(pdf: bytes) -> bytes | None:
    """The assessment file attached to a c102desk report, or None when the PDF has none."""
    return read_attachments(pdf).get(ASSESSMENT_NAME)


def report_meta(pdf: bytes) -> dict[str, Any] | None:
    raw = read_attachments(pdf).get(REPORT_META_NAME)
    if raw is None:
        return None
    try:
        meta = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return meta if isinstance(meta, dict) else None
