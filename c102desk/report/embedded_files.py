# mypy: disable-error-code="import-untyped"
# (reportlab ships no type information)
"""The report's attached files (the assessment, its evaluation, the report's description) written into the PDF by
reportlab with the pages, as the document's embedded files: the catalogue's ``/Names /EmbeddedFiles`` name tree,
one file specification per file, each file a Flate-compressed ``/EmbeddedFile`` stream with its MIME type, size
and MD5 checksum (ISO 32000-1, 7.11.4). ``attachments.read_attachments`` reads them back.

Written here, while the PDF is written, they need no second writer over the finished PDF: an unsigned report
loads none of pyHanko (whose PDF writer brings its certificate validator and cryptography with it); signing,
when asked, comes after, as an incremental update that covers them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString, PDFZCompress

from c102desk.report.attachments import Attachment


def _mime_name(mime_type: str) -> str:
    """The MIME type as a PDF name (``/application#2Fjson``): reportlab's PDFName leaves "/" as it is."""
    return "/" + "".join(c if c.isalnum() or c in "-+." else f"#{ord(c):02X}" for c in mime_type)


def attach(document: Any, files: Sequence[Attachment]) -> None:
    """Make ``files`` the embedded files of reportlab's PDF ``document`` (a canvas's ``_doc``), before it is
    written. The name tree's keys are in sorted order, as a reader looking one up expects."""
    entries: list[Any] = []
    for item in sorted(files, key=lambda f: f.name):
        stream = PDFStream(PDFDictionary({
            "Type": PDFName("EmbeddedFile"),
            "Subtype": _mime_name(item.mime_type),
            "Params": PDFDictionary({"Size": len(item.data),
                                     "CheckSum": PDFString(hashlib.md5(item.data).digest(), enc="raw")}),
        }), content=item.data, filters=[PDFZCompress])
        reference = document.Reference(stream)
        spec = PDFDictionary({
            "Type": PDFName("Filespec"), "F": PDFString(item.name), "UF": PDFString(item.name),
            "EF": PDFDictionary({"F": reference, "UF": reference}), "Desc": PDFString(item.description),
        })
        entries += [PDFString(item.name), document.Reference(spec)]
    if entries:
        document.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(entries)})})
