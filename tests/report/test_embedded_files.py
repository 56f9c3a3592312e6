"""The attached files as the PDF holds them (report/embedded_files.py): a name tree in sorted order, each file a
compressed stream with its MIME type, size and MD5 checksum, read back by pyHanko's reader and by pypdf."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime
from typing import Any

from pypdf import PdfReader

from c102desk.assessment import read_assessment
from c102desk.engine import evaluate
from c102desk.report.attachments import Attachment, read_attachments
from c102desk.report.builder import render_pdf
from c102desk.report.model import ReportInput
from tests.report.fixtures import example_path

FILES = [
    Attachment("zeta.json", b'{"z": 1}\n', "last by name"),
    Attachment("alpha.c102.json", "{\"pays\": \"Sénégal\"}\n".encode(), "first by name"),
    Attachment("binary.bin", bytes(range(256)) * 3, "every byte value", mime_type="application/octet-stream"),
]


def _pdf() -> bytes:
    assessment = read_assessment(example_path("midland-three-parts"))
    data = ReportInput(assessment=assessment, evaluation=evaluate(assessment.answers, assessment.questionnaire),
                       lang="en", generated=datetime(2026, 1, 2, tzinfo=UTC))
    return render_pdf(data, FILES)


def test_the_files_are_embedded_as_a_reader_expects() -> None:
    pdf = _pdf()
    assert read_attachments(pdf) == {item.name: item.data for item in FILES}
    reader = PdfReader(io.BytesIO(pdf))
    names: Any = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]  # type: ignore[index]
    keys = [str(names[index]) for index in range(0, len(names), 2)]
    assert keys == sorted(item.name for item in FILES)
    by_name = {item.name: item for item in FILES}
    for index in range(0, len(names), 2):
        item = by_name[str(names[index])]
        spec = names[index + 1].get_object()
        assert spec["/Type"] == "/Filespec" and spec["/UF"] == item.name and spec["/Desc"] == item.description
        stream = spec["/EF"]["/F"].get_object()
        assert stream["/Type"] == "/EmbeddedFile"
        assert stream["/Subtype"] == "/" + item.mime_type
        assert stream["/Filter"] == ["/FlateDecode"]
        assert stream["/Params"]["/Size"] == len(item.data)
        assert bytes(stream["/Params"]["/CheckSum"].original_bytes) == hashlib.md5(item.data).digest()
        assert stream.get_data() == item.data


def test_no_attachments_no_name_tree() -> None:
    assessment = read_assessment(example_path("midland-three-parts"))
    data = ReportInput(assessment=assessment, evaluation=evaluate(assessment.answers, assessment.questionnaire),
                       lang="en", generated=datetime(2026, 1, 2, tzinfo=UTC))
    pdf = render_pdf(data)
    root: Any = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    assert "/Names" not in root
    assert read_attachments(pdf) == {}
