"""Files attached to a report PDF: the assessment file, its evaluation and a small description of the report.

``c102desk import report.pdf`` reads the assessment back from here. Embedding happens before signing (an
incremental update that the signature then covers); reading never writes.
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
    name: str
    data: bytes
    description: str
    mime_type: str = "application/json"


def embed(pdf: bytes, attachments: list[Attachment]) -> bytes:
    """Return ``pdf`` with the files attached (document-level embedded files, visible in PDF readers)."""
    from pyhanko.pdf_utils import embed as pdf_embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for item in attachments:
        stream = pdf_embed.EmbeddedFileObject.from_file_data(
            writer, data=item.data, mime_type=item.mime_type,
            params=pdf_embed.EmbeddedFileParams(embed_size=True, embed_checksum=True),
        )
        pdf_embed.embed_file(writer, pdf_embed.FileSpec(
            file_spec_string=item.name, file_name=item.name, embedded_data=stream, description=item.description,
        ))
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


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
