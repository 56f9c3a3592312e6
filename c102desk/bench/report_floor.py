"""The report figure's two sides: the real signed report, and reportlab alone rendering plain tables."""

from __future__ import annotations

import importlib
import io
from pathlib import Path


def signed_report(raw: bytes, identity_file: Path, passphrase: bytes) -> bytes:
    """What ``c102desk report FILE --sign P12`` does, without writing the file."""
    from c102desk.assessment.file_format import parse_assessment
    from c102desk.report.builder import build_report
    from c102desk.report.model import signer_info
    from c102desk.report.signatures import sign_report
    from c102desk.signing.identity import load_identity

    assessment = parse_assessment(raw, "northland")
    identity = load_identity(identity_file, passphrase)
    pdf = build_report(assessment, lang="en", signer=signer_info(identity, "Benchmark"), source=raw)
    return sign_report(pdf, identity, role="Benchmark", lang="en")


def page_count(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return int(PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Count"])


def plain_tables(pages: int) -> bytes:
    """``pages`` A4 pages, each one plain table of 40 rows × 4 columns, rendered by reportlab's platypus."""
    # Through importlib: reportlab has no type hints, and this is the only place the benchmark draws with it.
    colors = importlib.import_module("reportlab.lib.colors")
    platypus = importlib.import_module("reportlab.platypus")
    a4 = importlib.import_module("reportlab.lib.pagesizes").A4
    PageBreak, SimpleDocTemplate, Table, TableStyle = (
        platypus.PageBreak, platypus.SimpleDocTemplate, platypus.Table, platypus.TableStyle
    )
    out = io.BytesIO()
    story: list[object] = []
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey)])
    for page in range(pages):
        rows = [[f"P{page}.{row}", f"Article {row}", "met", f"{row * 1.5:.1f} %"] for row in range(40)]
        story += [Table(rows, style=style), PageBreak()]
    SimpleDocTemplate(out, pagesize=a4).build(story[:-1])
    return out.getvalue()
