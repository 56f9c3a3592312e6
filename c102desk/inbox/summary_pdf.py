# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information)
"""The cross-country summary of an inbox as a PDF (reportlab), in the report's fonts, colours and styles.

Pages: what was received (every report, with its verification), the Parts by status across countries (the
latest intact report of each), what stops ratification where it is not possible, and each country's revisions
over time when it sent more than one. Dates are ISO 8601, the same in every language (as ``verify`` prints).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from c102desk import __version__, files
from c102desk.engine.results import PartStatus, Status
from c102desk.exports import ExportError
from c102desk.i18n import term, verdicts
from c102desk.inbox import picture
from c102desk.inbox.entry import PARTS, ReportEntry, Verdict
from c102desk.inbox.render import say, verdict_name
from c102desk.regions import region_name
from c102desk.report import fonts
from c102desk.report.chart import stacked_bars
from c102desk.report.layout import Paragraph
from c102desk.report.styles import (
    ACCENT,
    CONTENT_WIDTH,
    HEADER_FILL,
    INK,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PART_STATUS_FILL,
    RULE,
    STATUS_BAR,
    Styles,
    make_styles,
)

# The bar colour of each Part status: the report's colours of the requirement verdicts they rest on.
PART_STATUS_BAR = {
    PartStatus.COMPLIANT: STATUS_BAR[Status.MET],
    PartStatus.COMPLIANT_WITH_REVIEW: STATUS_BAR[Status.NEEDS_REVIEW],
    PartStatus.INSUFFICIENT: STATUS_BAR[Status.INSUFFICIENT],
    PartStatus.NOT_COMPLIANT: STATUS_BAR[Status.NOT_MET],
    PartStatus.NOT_ASSESSED: colors.HexColor("#d5dae1"),
}
VERDICT_INK = {Verdict.INTACT: colors.HexColor("#1d5c3d"), Verdict.ALTERED: colors.HexColor("#a51d2d"),
               Verdict.UNSIGNED: colors.HexColor("#8a5300")}



def write_summary(entries: Iterable[ReportEntry], out: Path, lang: str = "en", *, folder: str = "",
                  now: datetime | None = None) -> None:
    """Write the summary PDF to ``out`` atomically (``ExportError`` when it cannot be written)."""
    pdf = render_summary(list(entries), lang, folder=folder, now=now)
    files.write_atomically(out, pdf, error=ExportError)


def render_summary(entries: list[ReportEntry], lang: str = "en", *, folder: str = "",
                   now: datetime | None = None) -> bytes:
    styles = make_styles()
    moment = (now or datetime.now(UTC)).astimezone()
    stamp = moment.strftime("%Y-%m-%d %H:%M UTC%z")
    stamp = stamp[:-2] + ":" + stamp[-2:]
    buffer = io.BytesIO()
    title = say("summary_pdf.title", lang)
    footer = say("summary_pdf.footer", lang, version=__version__, date=stamp)

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.BODY, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_LEFT, PAGE_HEIGHT - MARGIN_TOP + 10, title)
        canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM - 14, footer)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM - 14,
                               say("summary_pdf.page", lang, page=str(doc.page)))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, PAGE_HEIGHT - MARGIN_TOP + 6, PAGE_WIDTH - MARGIN_RIGHT, PAGE_HEIGHT - MARGIN_TOP + 6)
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_LEFT,
                            rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                            title=title, author=f"c102desk {__version__}", creator=f"c102desk {__version__}",
                            lang=lang)
    story: list[Any] = [
        Paragraph(escape(title), styles.h1),
        Paragraph(escape(say("summary_pdf.intro", lang, folder=folder or "—", date=stamp)), styles.body),
        Paragraph(escape(_counts(entries, lang)), styles.body),
        *_received(entries, styles, lang),
        *_parts_by_status(entries, styles, lang),
        *_blockers(entries, styles, lang),
        *_revisions(entries, styles, lang),
    ]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _counts(entries: list[ReportEntry], lang: str) -> str:
    counted = {v: sum(1 for e in entries if e.verdict is v) for v in Verdict}
    parts = [say("inbox.count_of", lang, verdict=verdict_name(v, lang), count=str(n)) for v, n in counted.items() if n]
    return say("summary_pdf.counts", lang, count=str(len(entries)), parts=", ".join(parts) or "—")


def _heading(text: str, styles: Styles) -> list[Any]:
    return [CondPageBreak(60), Paragraph(escape(text), styles.h2)]


def _table(rows: list[list[Any]], widths: list[float], extra: list[tuple[Any, ...]] | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *(extra or []),
    ]))
    return table


def _received(entries: list[ReportEntry], styles: Styles, lang: str) -> list[Any]:
    def cell(text: str, style: Any = None) -> Paragraph:
        return Paragraph(escape(text), style or styles.cell)

    head = [cell(say(f"summary_pdf.col.{c}", lang), styles.cell_head)
            for c in ("country", "report", "verification", "signed_by", "ratification")]
    rows: list[list[Any]] = [head]
    others: list[str] = []
    for entry in entries:
        contents = entry.contents
        if contents is None:
            others.append(f"{entry.name} ({verdict_name(entry.verdict, lang)})")
            continue
        country = contents.country or say("inbox.no_country", lang)
        where = region_name(entry.region, lang) if entry.region else ""
        report = [entry.name]
        if contents.revision:
            report.append(say("inbox.revision", lang, revision=str(contents.revision)))
        if contents.day:
            report.append(contents.day.isoformat())
        signed = "<br/>".join(escape(f"{s.name} ({s.role})" if s.role else s.name) for s in entry.signers) or "—"
        if entry.shows_verdicts and contents.ratification:
            answer = verdicts.ratification_status(contents.ratification, lang)
            if contents.acceptable and contents.ratification == "possible":
                answer += " — " + say("summary_pdf.parts", lang, parts=", ".join(contents.acceptable))
        else:
            answer = "—"
        rows.append([Paragraph(f"<b>{escape(country)}</b>" + (f"<br/>{escape(where)}" if where else ""),
                               styles.cell), Paragraph("<br/>".join(escape(r) for r in report), styles.cell),
                     _verdict_cell(entry.verdict, styles, lang), Paragraph(signed, styles.cell), cell(answer)])
    out = _heading(say("summary_pdf.received", lang), styles)
    if len(rows) > 1:
        widths = [0.2, 0.22, 0.12, 0.22, 0.24]
        out.append(_table(rows, [w * CONTENT_WIDTH for w in widths]))
    if others:
        out.append(Spacer(1, 4))
        out.append(Paragraph(escape(say("summary_pdf.others", lang, files="; ".join(others))), styles.small))
    altered = [e for e in entries if e.verdict is Verdict.ALTERED]
    if altered:
        out.append(Paragraph(escape(say("summary_pdf.altered_note", lang)), styles.small))
    return out


def _hex(colour: Any) -> str:
    return str(colour.hexval()).replace("0x", "#")


def _verdict_cell(verdict: Verdict, styles: Styles, lang: str) -> Paragraph:
    ink = VERDICT_INK.get(verdict, INK)
    return Paragraph(f'<font color="{_hex(ink)}"><b>{escape(verdict_name(verdict, lang))}</b></font>', styles.cell)


def _parts_by_status(entries: list[ReportEntry], styles: Styles, lang: str) -> list[Any]:
    counts = picture.parts_by_status(entries)
    heading = Paragraph(escape(say("summary_pdf.chart_title", lang)), styles.h2)
    if not counts.countries:
        return [heading, Paragraph(escape(say("summary_pdf.nothing_intact", lang)), styles.body)]
    caption = Paragraph(escape(say("summary_pdf.chart_caption", lang, count=str(counts.countries))), styles.small)
    return [KeepTogether([heading, caption, parts_chart(counts, lang)])]


def part_label(part: str, lang: str) -> str:
    return term(f"part.{part}", lang)


def parts_chart(counts: picture.PartsByStatus, lang: str, width: float = CONTENT_WIDTH) -> Drawing:
    """One stacked bar per Part: how many countries' latest reports give it each status."""
    # A long name (Spanish Part VI is 90 characters) is wrapped onto two lines rather than squeezing the bars.
    room = width * 0.36
    names = ["\n".join(simpleSplit(part_label(p, lang), fonts.TABLE, 7.5, room)[:2]) for p in reversed(PARTS)]
    series = [(PART_STATUS_BAR[PartStatus(s)], verdicts.part_status(s, lang),
               [counts.counts[p][s] for p in reversed(PARTS)]) for s in picture.PART_STATUS_ORDER]
    return stacked_bars(names, series, counts.countries, width=width, row=19, right_gap=12, grid=RULE,
                        leading=8.5)


def _blockers(entries: list[ReportEntry], styles: Styles, lang: str) -> list[Any]:
    latest = [e for e in picture.latest_by_country(entries) if e.contents and e.contents.blockers]
    if not latest:
        return []
    rows: list[list[Any]] = [[Paragraph(escape(say(f"summary_pdf.col.{c}", lang)), styles.cell_head)
                              for c in ("country", "blockers")]]
    for entry in latest:
        assert entry.contents is not None
        items = "<br/>".join(f'{escape(name)} <font size="6.5" color="{_hex(MUTED)}">{escape(rid)}</font>'
                             for name, rid in zip(entry.contents.blocker_names(lang), entry.contents.blockers,
                                                  strict=True))
        rows.append([Paragraph(f"<b>{escape(entry.contents.country)}</b>", styles.cell),
                     Paragraph(items, styles.cell)])
    return [*_heading(say("summary_pdf.blockers_title", lang), styles),
            _table(rows, [0.28 * CONTENT_WIDTH, 0.72 * CONTENT_WIDTH])]


def _revisions(entries: list[ReportEntry], styles: Styles, lang: str) -> list[Any]:
    out: list[Any] = []
    for key, name, count in picture.countries(entries):
        if count < 2:
            continue
        revisions = picture.revisions_of(entries, key)
        block: list[Any] = [Paragraph(escape(name), styles.h3), revisions_table(revisions, styles, lang)]
        if not out:
            block.insert(0, Paragraph(escape(say("summary_pdf.revisions_title", lang)), styles.h2))
        out.append(KeepTogether(block))
        out.append(Spacer(1, 6))
    return out


def revisions_table(revisions: list[picture.Revision], styles: Styles, lang: str) -> Table:
    """The Parts (rows) of a country's reports (columns, oldest first), each cell its status on its colour."""
    def head(revision: picture.Revision) -> Paragraph:
        lines = [say("inbox.revision", lang, revision=str(revision.revision)) if revision.revision else ""]
        lines.append(revision.day.isoformat() if revision.day else "")
        return Paragraph("<br/>".join(escape(x) for x in lines if x) or "—", styles.cell_head)

    shown = revisions[-6:]  # the latest six fit the page; the older ones are in the table of reports
    first = 0.3 * CONTENT_WIDTH
    other = (CONTENT_WIDTH - first) / len(shown)
    rows: list[list[Any]] = [[Paragraph(escape(say("summary_pdf.col.part", lang)), styles.cell_head),
                              *(head(r) for r in shown)]]
    extra: list[tuple[Any, ...]] = []
    for part in PARTS:
        row: list[Any] = [Paragraph(escape(part_label(part, lang)), styles.cell)]
        for column, revision in enumerate(shown, start=1):
            status = revision.parts.get(part, "not_assessed")
            row.append(Paragraph(escape(verdicts.part_status(status, lang)), styles.cell))
            fill = PART_STATUS_FILL.get(PartStatus(status)) if status in PartStatus._value2member_map_ else None
            if fill is not None:
                extra.append(("BACKGROUND", (column, len(rows)), (column, len(rows)), fill))
        rows.append(row)
    answer_row: list[Any] = [Paragraph(f"<b>{escape(say('summary_pdf.col.ratification', lang))}</b>",
                                       styles.cell)]
    for revision in shown:
        answer_row.append(Paragraph(escape(verdicts.ratification_status(revision.ratification, lang)
                                            if revision.ratification else "—"), styles.cell_bold))
    rows.append(answer_row)
    extra.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, ACCENT))
    return _table(rows, [first, *([other] * len(shown))], extra)
