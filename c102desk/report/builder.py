"""Build the gap-assessment PDF (unsigned) from an assessment and its evaluation.

The result carries the assessment file, the evaluation JSON and a description of the report as attached files.
Signing, when asked, comes last (``c102desk.signing.sign``), because any later write breaks a signature.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from c102desk import __version__
from c102desk.assessment.file_format import FORMAT, FORMAT_VERSION, AssessmentFile
from c102desk.engine import evaluate
from c102desk.gc_pause import collector_paused
from c102desk.i18n import format_datetime
from c102desk.report import attachments as att
from c102desk.report import fonts, sections
from c102desk.report.layout import ReportDocTemplate, numbered_canvas
from c102desk.report.model import ChangesSince, ReportInput, ReviewNote, SignerInfo
from c102desk.report.review_annex import changes_annex, review_annex
from c102desk.report.styles import make_styles
from c102desk.report.text import LANGUAGES, t


def assessment_bytes(assessment: AssessmentFile) -> bytes:
    """The assessment as a file again (contract keys, then the extra keys the store writes)."""
    document: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "questionnaire_version": assessment.questionnaire_version,
        "country": assessment.country, "title": assessment.title, "answers": assessment.answers,
        **assessment.extra,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2, default=_json_default) + "\n").encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def render_pdf(data: ReportInput, attachments: Sequence[att.Attachment] = ()) -> bytes:
    """The report's PDF, with ``attachments`` as its embedded files (none: the pages alone)."""
    if data.lang not in LANGUAGES:
        raise ValueError(f"unknown report language {data.lang!r}")
    styles = make_styles()
    fonts.forget_widths()  # each report measures its texts afresh: the fonts' memory of widths stays small
    lang = data.lang
    buffer = io.BytesIO()
    doc = ReportDocTemplate(
        buffer,
        header=t("doc.header", lang, country=data.country),
        footer=t("doc.footer", lang, version=__version__, date=format_datetime(data.generated, lang)),
        page_label=t("doc.page", lang, page="{page}", total="{total}"),
        signature_label=t("cover.signature", lang),
        title=f"{t('doc.title', lang)} — {data.country}",
        author=data.assessor_line()[0] or (data.signer.name if data.signer else ""),
        subject=data.assessment.title,
        creator=f"c102desk {__version__}",
        lang=lang,
    )
    attached = (att.ASSESSMENT_NAME, att.EVALUATION_NAME)

    def story() -> list[Any]:
        # Made on demand: the layout uses up the list, freeing each flowable once drawn (OnePassContents).
        return [
            *sections.cover(data, styles),
            *sections.contents(data, styles),
            *sections.summary(data, styles),
            *sections.introduction(data, styles),
            *sections.parts_chapters(data, styles),
            *sections.annex(data, styles, attached),
            *sections.method(data, styles),
            *review_annex(data, styles),
            *changes_annex(data, styles),
        ]

    doc.multiBuild(story, canvasmaker=numbered_canvas(doc.page_label, attachments))
    return buffer.getvalue()


def build_report(assessment: AssessmentFile, *, lang: str = "en", signer: SignerInfo | None = None,
                 source: bytes | None = None, review: tuple[ReviewNote, ...] | None = None,
                 changes: ChangesSince | None = None) -> bytes:
    """The unsigned report PDF with its attachments. ``source`` is the assessment file as read, if any: it is
    attached byte for byte so that importing the PDF gives exactly that file back."""
    with collector_paused():
        return _build_report(assessment, lang, signer, source, review, changes)


def _build_report(assessment: AssessmentFile, lang: str, signer: SignerInfo | None, source: bytes | None,
                  review: tuple[ReviewNote, ...] | None = None, changes: ChangesSince | None = None) -> bytes:
    evaluation = evaluate(assessment.answers, assessment.questionnaire)
    data = ReportInput(assessment=assessment, evaluation=evaluation, lang=lang, signer=signer, review=review,
                       changes=changes)
    meta = {
        "format": "c102-report", "format_version": 1, "generator": f"c102desk {__version__}", "lang": lang,
        "generated": data.generated.isoformat(timespec="seconds"),
        "signer_fingerprint_sha256": signer.fingerprint_sha256 if signer else None,
    }
    files = [
        att.Attachment(att.ASSESSMENT_NAME, source if source is not None else assessment_bytes(assessment),
                       "c102desk assessment file"),
        att.Attachment(att.EVALUATION_NAME,
                       (json.dumps(evaluation.to_json(lang), ensure_ascii=False, indent=2, default=_json_default)
                        + "\n").encode("utf-8"), "c102desk evaluation"),
        att.Attachment(att.REPORT_META_NAME, (json.dumps(meta, indent=2) + "\n").encode("utf-8"),
                       "c102desk report description"),
    ]
    return render_pdf(data, files)
