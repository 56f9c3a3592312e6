# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""The chapters of the report, each a list of flowables."""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from c102desk.engine.results import PartStatus, RatificationStatus, Requirement, Status
from c102desk.i18n import colon, format_date, text_in
from c102desk.i18n.verdicts import (
    article,
    mark_meaning,
    marks_in,
    missing_heading,
    missing_line,
    part_status,
    requirement_name,
    requirement_status,
    requirement_status_meaning,
)
from c102desk.report.analysis import calculations, closing_action, information_requests
from c102desk.report.chart import status_chart
from c102desk.report.layout import ContentsTable, Paragraph
from c102desk.report.model import ReportInput, format_value
from c102desk.report.styles import (
    CONTENT_WIDTH,
    HEADER_FILL,
    RULE,
    Styles,
    part_status_fill,
    status_fill,
)
from c102desk.report.text import part_heading, part_title, question_label, t

MAIN_PARTS = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
CROSS_PARTS = ("XI", "XII", "XIII", "XIV")


_BEFORE_PERCENT = re.compile(r"(?<=\d) (?=%)")


def esc(text: Any) -> str:
    """Text for a Paragraph. reportlab breaks lines at a narrow no-break space (U+202F, the French thousands
    separator) and at the space before "%", so both become a no-break space, which it keeps together."""
    return escape(_BEFORE_PERCENT.sub("\u00a0", str(text).replace("\u202f", "\u00a0")))


def stack(lines: list[tuple[str, Any]]) -> list[Flowable]:
    """Lines of one cell, each a paragraph of one style, one under the other: what ``first<br/><font …>second``
    shows, in the same places (the styles keep the cell's font size and leading, see styles.py), but each line
    is plain text, which the report draws much faster than a paragraph mixing fonts (docs/performance.md)."""
    return [Paragraph(text, style) for text, style in lines]


def grid_table(rows: list[list[Any]], widths: list[float], *, header: bool = True,
               fills: list[tuple[int, int, Any]] | None = None) -> Table:
    """A table that breaks cleanly across pages: header row repeated, rows may split, thin rules."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    for col, row, fill in fills or []:
        style.append(("BACKGROUND", (col, row), (col, row), fill))
    table.setStyle(TableStyle(style))
    return table


# --------------------------------------------------------------------- cover


def cover(data: ReportInput, s: Styles) -> list[Flowable]:
    lang = data.lang
    names, orgs = data.assessor_line()
    not_given = t("cover.not_given", lang)
    story: list[Flowable] = [
        Spacer(1, 18 * mm),
        Paragraph(esc(t("doc.title", lang)), s.cover_title),
        Paragraph(esc(t("doc.instrument", lang)), s.cover_sub),
        Paragraph(esc(data.country), s.cover_country),
        Paragraph(esc(data.assessment.title), s.cover_sub),
        Spacer(1, 12 * mm),
    ]
    rows = [
        (t("cover.country", lang), data.country),
        (t("cover.title", lang), data.assessment.title or not_given),
        (t("cover.assessor", lang), names or not_given),
        (t("cover.organisation", lang), orgs or not_given),
        (t("cover.date", lang), format_date(data.generated, lang)),
        (t("cover.questionnaire", lang), data.assessment.questionnaire_version),
        (t("cover.status", lang), data.status_text()),
    ]
    table = Table([[Paragraph(esc(k), s.cell_head), Paragraph(esc(v), s.cell)] for k, v in rows],
                  colWidths=[50 * mm, CONTENT_WIDTH - 50 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story += [table, Spacer(1, 10 * mm)]
    story += signature_note(data, s)
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def signature_note(data: ReportInput, s: Styles) -> list[Flowable]:
    lang = data.lang
    out: list[Flowable] = [Paragraph(esc(t("cover.signature", lang)), s.h3)]
    if data.signer is None:
        return [*out, Paragraph(esc(t("cover.unsigned", lang)), s.body)]
    return [
        *out,
        Paragraph(esc(t("cover.signed_by", lang, name=data.signer.name)), s.body),
        Paragraph(f"<font size=9>{esc(data.signer.fingerprint_sha256)}</font>", s.body),
        Paragraph(esc(t("cover.fingerprint_note", lang)), s.small),
    ]


def contents(data: ReportInput, s: Styles) -> list[Flowable]:
    toc = ContentsTable()
    toc.levelStyles = [s.toc1, s.toc2]
    toc.dotsMinLevel = 0
    return [Paragraph(esc(t("toc.title", data.lang)), s.h1.clone("toc_title")), toc, PageBreak()]


# --------------------------------------------------------------------- summary


def summary(data: ReportInput, s: Styles) -> list[Flowable]:
    lang, ev = data.lang, data.evaluation
    rat = ev.ratification
    story: list[Flowable] = [Paragraph(esc(t("summary.title", lang)), s.h1)]
    if rat.possible:
        story.append(Paragraph(esc(t("summary.can_ratify", lang, country=data.country,
                                     parts=", ".join(rat.parts))), s.body))
    else:
        key = "summary.undetermined" if rat.status is RatificationStatus.NOT_YET_DETERMINABLE else \
            "summary.cannot_ratify"
        story.append(Paragraph(esc(t(key, lang, country=data.country)), s.body))
        story.append(Paragraph(esc(t("summary.parts_now", lang, parts=", ".join(rat.parts))) if rat.parts
                               else esc(t("summary.parts_none", lang)), s.body))
    if rat.missing:
        story.append(Paragraph(esc(missing_heading(lang)), s.body))
        for item in rat.missing:
            title = part_heading(item.part, lang)
            story.append(Paragraph(esc(missing_line(title, item.status, item.requirements, lang)), s.bullet,
                                   bulletText="•"))
    if rat.blocking:
        story.append(Paragraph(esc(t("summary.blocking", lang)), s.body))
        for req_id in rat.blocking:
            story.append(_finding(data, _requirement_or_none(data, req_id), req_id, s))
    if rat.article_3_declaration_needed:
        story.append(Paragraph(esc(t("summary.art3", lang)), s.body))
    assessed = [p for p in ev.parts.values() if p.status is not PartStatus.NOT_ASSESSED]
    review = sum(1 for p in assessed for r in p.requirements if r.status is Status.NEEDS_REVIEW)
    missing = sum(1 for p in assessed for r in p.requirements if r.status is Status.INSUFFICIENT)
    if review or missing:
        story.append(Paragraph(esc(t("summary.open_items", lang, review=review, missing=missing)), s.body))

    story += [CondPageBreak(50 * mm), Paragraph(esc(t("chart.title", lang)), s.h2)]
    story.append(part_status_table(data, s))
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([status_chart(ev, lang), Paragraph(esc(t("chart.caption", lang)), s.small)]))

    story += [CondPageBreak(40 * mm), Paragraph(esc(t("summary.main_gaps", lang)), s.h2)]
    gaps = [(p, r) for p, result in ev.parts.items() for r in result.requirements if r.status is Status.NOT_MET]
    if not gaps:
        story.append(Paragraph(esc(t("summary.no_gaps", lang)), s.body))
    for part, req in gaps:
        story.append(_finding(data, req, req.id, s, part=part))
    return story


def _requirement_or_none(data: ReportInput, requirement_id: str) -> Requirement | None:
    try:
        return data.evaluation.requirement(requirement_id)
    except KeyError:
        return None


def _finding(data: ReportInput, req: Requirement | None, requirement_id: str, s: Styles, *,
             part: str | None = None) -> Flowable:
    """One gap as a bullet, in words and figures: the requirement's name, where it is, what is wrong, and what
    would close it."""
    lang = data.lang
    name = f"<b>{esc(requirement_name(requirement_id, lang))}</b>"
    if req is None:
        return Paragraph(name, s.bullet, bulletText="•")
    where = t("summary.gap_ref", lang, part=part, article=req.article) if part else article(req.article, lang)
    text = f"{name} ({esc(where)}){esc(colon(lang))} {esc(req.text(lang))}"
    action = closing_action(req, data.assessment.questionnaire, data.assessment.answers, lang)
    if action:
        text += f" <i>{esc(t('cell.to_close', lang, action=action))}</i>"
    return Paragraph(text, s.bullet, bulletText="•")


def part_status_table(data: ReportInput, s: Styles) -> Table:
    lang = data.lang
    rows: list[list[Any]] = [[Paragraph(esc(t("col.part", lang)), s.cell_head),
                              Paragraph(esc(t("col.title", lang)), s.cell_head),
                              Paragraph(esc(t("col.assessment", lang)), s.cell_head)]]
    fills = []
    for index, (part, result) in enumerate(data.evaluation.parts.items(), start=1):
        status = part_status(result.status.value, lang)
        if result.article_3:
            status = t("part.status_art3", lang, status=status)
        rows.append([Paragraph(esc(part), s.cell_bold), Paragraph(esc(part_title(part, lang)), s.cell),
                     Paragraph(esc(status), s.cell)])
        fills.append((2, index, part_status_fill(result.status)))
    return grid_table(rows, [16 * mm, CONTENT_WIDTH - 76 * mm, 60 * mm], fills=fills)


# --------------------------------------------------------------------- introduction


def introduction(data: ReportInput, s: Styles) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph(esc(t("intro.title", lang)), s.h1),
        Paragraph(esc(t("intro.text", lang, version=data.assessment.questionnaire_version)), s.body),
        Paragraph(esc(t("intro.scale", lang)), s.h3),
    ]
    rows: list[list[Any]] = []
    fills = []
    scale: list[tuple[str, bool]] = [(status.value, False) for status in Status]
    if any(r.superseded for r in _all_requirements(data)):
        scale.append((Status.NOT_APPLICABLE.value, True))
    for index, (status, superseded) in enumerate(scale):
        meaning = requirement_status_meaning("superseded" if superseded else status, lang)
        rows.append([Paragraph(esc(requirement_status(status, lang, superseded=superseded)), s.cell_bold),
                     Paragraph(esc(meaning), s.cell)])
        fills.append((0, index, status_fill(Status(status), superseded=superseded)))
    story.append(grid_table(rows, [40 * mm, CONTENT_WIDTH - 40 * mm], header=False, fills=fills))
    story.append(Paragraph(esc(t("intro.references", lang)), s.small))
    return story


def _all_requirements(data: ReportInput) -> list[Requirement]:
    ev = data.evaluation
    return [*ev.ratification.requirements, *(r for part in ev.parts.values() for r in part.requirements)]


# --------------------------------------------------------------------- comparison tables


def requirement_table(data: ReportInput, requirements: list[Requirement], s: Styles, part: str) -> Table:
    lang = data.lang
    questionnaire = data.assessment.questionnaire
    answers = data.assessment.answers
    details = data.details
    head = [Paragraph(esc(t(k, lang)), s.cell_head)
            for k in ("col.requirement", "col.provision", "col.assessment", "col.explanation")]
    rows: list[list[Any]] = [head]
    fills = []
    for index, req in enumerate(requirements, start=1):
        first = [(esc(requirement_name(req.id, lang)), s.cell_bold), (esc(article(req.article, lang)), s.cell)]
        if req.group:
            key = "cell.alternative" if req.group == "coverage" else "cell.alternative_any"
            first.append((esc(t(key, lang)), s.cell_muted))
        if not req.required:
            first.append((esc(t("cell.informational", lang)), s.cell_muted))
        first.append((esc(req.id), s.cell_id))  # the reference code, for those who look it up in the JSON
        provision: list[str] = []
        if req.status is not Status.NOT_APPLICABLE:
            for qid in req.questions:
                if qid not in answers:
                    continue
                question = questionnaire.by_id.get(qid)
                label = question_label(questionnaire, question, lang) if question else qid
                if question is not None and question.part not in (part, "I"):
                    label = t("cell.other_part", lang, part=question.part, label=label)
                value = format_value(questionnaire, question, answers[qid], answers, lang)
                # "Is it limited? no", not "limited?: no"; "Waiting period: 3 days".
                between = " " if label.rstrip().endswith("?") else colon(lang) + " "
                provision.append(f"{esc(label)}{esc(between)}<b>{esc(value)}</b>")
                citation = str(details.get(qid, {}).get("legal_citation", "") or "")
                if citation:
                    provision.append(f"<i>{esc(t('cell.citation', lang, citation=citation))}</i>")
        if not provision:
            provision = ["—" if req.status is Status.NOT_APPLICABLE else esc(t("cell.no_answer", lang))]
        explanation = [(esc(req.text(lang)), s.cell)]
        explanation += [(esc(t("cell.calc", lang, calc=c)), s.cell_calc) for c in calculations(req, lang)]
        action = closing_action(req, questionnaire, answers, lang)
        if action:
            explanation.append((esc(t("cell.to_close", lang, action=action)), s.cell_bold))
        rows.append([
            stack(first),
            Paragraph("<br/>".join(provision), s.cell),
            Paragraph(esc(requirement_status(req.status.value, lang, superseded=req.superseded)), s.cell_bold),
            stack(explanation),
        ])
        fills.append((2, index, status_fill(req.status, superseded=req.superseded)))
    widths = [34 * mm, 46 * mm, 22 * mm, CONTENT_WIDTH - 102 * mm]
    return grid_table(rows, widths, fills=fills)


def marks_note(data: ReportInput, requirements: list[Requirement], s: Styles) -> list[Flowable]:
    """What [I] and [U] mean, under a table whose explanations carry them."""
    lang = data.lang
    marks = marks_in(" ".join(r.text(lang) for r in requirements))
    return [Spacer(1, 1.5 * mm), *(Paragraph(esc(mark_meaning(mark, lang)) + ".", s.small) for mark in marks)] \
        if marks else []


def part_chapter(data: ReportInput, part: str, s: Styles, level_style: Any) -> list[Flowable]:
    lang = data.lang
    result = data.evaluation.parts[part]
    story: list[Flowable] = [CondPageBreak(70 * mm), Paragraph(esc(part_heading(part, lang)), level_style)]
    status = part_status(result.status.value, lang)
    intro = esc(t("part.status", lang, status=status))
    legal_basis = data.assessment.answers.get(f"{part}.scheme.legal_basis")
    if legal_basis:
        intro += " " + esc(t("part.legal_basis", lang, citation=legal_basis))
    if result.article_3:
        intro += " " + esc(t("part.article_3", lang))
    story.append(Paragraph(intro, s.body))
    if result.status is PartStatus.NOT_ASSESSED:
        story.append(Paragraph(esc(t("part.not_assessed", lang)), s.body))
        return story
    story.append(requirement_table(data, result.requirements, s, part))
    story += marks_note(data, result.requirements, s)
    return story


def general_chapter(data: ReportInput, s: Styles) -> list[Flowable]:
    lang = data.lang
    return [
        CondPageBreak(70 * mm),
        Paragraph(esc(t("general.title", lang)), s.h1),
        Paragraph(esc(t("summary.rat_table", lang)), s.h3),
        requirement_table(data, data.evaluation.ratification.requirements, s, "I"),
        *marks_note(data, data.evaluation.ratification.requirements, s),
    ]


def parts_chapters(data: ReportInput, s: Styles) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = [PageBreak(), Paragraph(esc(t("parts.main.title", lang)), s.h1)]
    first = True
    for part in MAIN_PARTS:
        if part in data.evaluation.parts:
            if not first:
                story.append(Spacer(1, 4 * mm))
            story += part_chapter(data, part, s, s.h2)
            first = False
    story += [PageBreak(), Paragraph(esc(t("parts.cross.title", lang)), s.h1)]
    for part in CROSS_PARTS:
        if part in data.evaluation.parts:
            story += part_chapter(data, part, s, s.h2)
    story += general_chapter(data, s)
    story += information_to_obtain(data, s)
    return story


def information_to_obtain(data: ReportInput, s: Styles) -> list[Flowable]:
    """For every requirement lacking information, per Part, the questions to put to the Government, in the
    report's language: what a supervisory body's direct request would ask for."""
    lang = data.lang
    requests = information_requests(data.evaluation, data.assessment.questionnaire, data.assessment.answers)
    story: list[Flowable] = [CondPageBreak(60 * mm), Paragraph(esc(t("requests.title", lang)), s.h1)]
    story.append(Paragraph(esc(t("requests.intro" if requests.parts else "requests.none", lang)), s.body))
    questionnaire = data.assessment.questionnaire
    for part, items in requests.parts.items():
        heading = part_heading(part, lang) if part != "I" else t("general.title", lang)
        story += [CondPageBreak(30 * mm), Paragraph(esc(heading), s.h3)]
        for item in items:
            name = f"<b>{esc(requirement_name(item.requirement.id, lang))}</b>"
            where = esc(article(item.requirement.article, lang))
            if item.questions:
                lines: list[Flowable] = [Paragraph(t("requests.ask", lang, requirement=f"{name} ({where})"), s.body)]
                for question in item.questions:
                    label = question_label(questionnaire, question, lang)
                    lines.append(Paragraph(esc(label), s.bullet, bulletText="–"))
                story.append(KeepTogether(lines))
            else:
                story.append(Paragraph(f"{name} ({where}){esc(colon(lang))} {esc(item.requirement.text(lang))}",
                                       s.body))
    if requests.not_assessed:
        story.append(Paragraph(esc(t("requests.not_assessed", lang, parts=", ".join(requests.not_assessed))),
                               s.small))
    return story


# --------------------------------------------------------------------- annexes


def annex(data: ReportInput, s: Styles, attachments: tuple[str, str]) -> list[Flowable]:
    lang = data.lang
    questionnaire = data.assessment.questionnaire
    answers = data.assessment.answers
    evidence_names = {str(e.get("ref")): e for e in data.evidence}
    story: list[Flowable] = [PageBreak(), Paragraph(esc(t("annex.title", lang)), s.h1),
                             Paragraph(esc(t("annex.attached", lang, assessment=attachments[0],
                                             evaluation=attachments[1])), s.body)]
    if data.assessors:
        story += [CondPageBreak(30 * mm), Paragraph(esc(t("annex.assessors", lang)), s.h2)]
        for person in data.assessors:
            line = ", ".join(str(person.get(k, "")) for k in ("name", "role", "organisation") if person.get(k))
            story.append(Paragraph(esc(line), s.bullet, bulletText="•"))
    story += [CondPageBreak(50 * mm), Paragraph(esc(t("annex.answers", lang)), s.h2)]
    order = {q.id: n for n, q in enumerate(questionnaire.questions())}
    by_part: dict[str, list[str]] = {}
    for qid in sorted(answers, key=lambda q: order.get(q, len(order))):
        part = questionnaire.by_id[qid].part if qid in questionnaire.by_id else "?"
        by_part.setdefault(part, []).append(qid)
    for part, qids in by_part.items():
        title = part_heading(part, lang) if part != "?" else "—"
        head = [Paragraph(esc(t(k, lang)), s.cell_head)
                for k in ("annex.col.question", "annex.col.answer", "annex.col.details")]
        rows: list[list[Any]] = [head]
        for qid in qids:
            question = questionnaire.by_id.get(qid)
            label = stack([(esc(question_label(questionnaire, question, lang)), s.cell), (esc(qid), s.cell_id)]) \
                if question else Paragraph(esc(qid), s.cell)
            detail = data.details.get(qid, {})
            extra: list[str] = []
            if detail.get("legal_citation"):
                extra.append(esc(t("cell.citation", lang, citation=detail["legal_citation"])))
            if detail.get("note"):
                extra.append(esc(t("cell.note", lang, note=detail["note"])))
            for ref in detail.get("evidence", []):
                extra.append(f"{esc(ref)}{esc(colon(lang))} {esc(evidence_title(evidence_names.get(str(ref), {})))}")
            rows.append([label,
                         Paragraph(esc(format_value(questionnaire, question, answers[qid], answers, lang)), s.cell),
                         Paragraph("<br/>".join(extra), s.cell)])
        story += [CondPageBreak(40 * mm), Paragraph(esc(title), s.h3),
                  grid_table(rows, [64 * mm, 40 * mm, CONTENT_WIDTH - 104 * mm])]
    story += [CondPageBreak(30 * mm), Paragraph(esc(t("annex.evidence", lang)), s.h2)]
    if not data.evidence:
        story.append(Paragraph(esc(t("annex.no_evidence", lang)), s.body))
    else:
        rows = [[Paragraph(esc(t(k, lang)), s.cell_head)
                 for k in ("annex.col.ref", "annex.col.file", "annex.col.sha256")]]
        for item in data.evidence:
            caption = str(item.get("caption") or "")
            file = stack([(esc(caption), s.cell), (esc(item.get("name", "")), s.cell_muted)]) if caption \
                else Paragraph(esc(item.get("name", "")), s.cell)
            rows.append([Paragraph(esc(item.get("ref", "")), s.cell), file,
                         Paragraph(esc(item.get("sha256", "")), s.mono)])
        story.append(grid_table(rows, [14 * mm, 62 * mm, CONTENT_WIDTH - 76 * mm]))
    return story


def evidence_title(item: dict[str, Any]) -> str:
    """An evidence file as an answer names it: what it is in the assessor's words (its caption), then the file's
    name; the name alone when it has no caption."""
    name, caption = str(item.get("name", "")), str(item.get("caption") or "")
    return f"{caption} ({name})" if caption and name else caption or name


def method(data: ReportInput, s: Styles) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = [PageBreak(), Paragraph(esc(t("method.title", lang)), s.h1),
                             Paragraph(esc(t("method.text", lang)), s.body),
                             Paragraph(esc(t("method.used", lang)), s.h2)]
    if not data.evaluation.assumptions:
        return [*story, Paragraph(esc(t("method.none", lang)), s.body)]
    rows: list[list[Any]] = [[Paragraph(esc(t(k, lang)), s.cell_head)
                              for k in ("method.col.id", "method.col.tag", "method.col.text")]]
    for item in data.evaluation.assumptions:
        tag = str(item.get("tag", ""))
        rows.append([Paragraph(esc(item.get("id", "")), s.mono),
                     Paragraph(f"[{esc(tag)}] {esc(t(f'tag.{tag}', lang)) if tag in ('I', 'U') else ''}", s.cell),
                     Paragraph(esc(text_in(item.get("text", ""), lang)), s.cell)])
    story.append(grid_table(rows, [46 * mm, 24 * mm, CONTENT_WIDTH - 70 * mm]))
    return story


def signature_section(data: ReportInput, s: Styles) -> list[Flowable]:
    return [Spacer(1, 4 * mm), *signature_note(data, s)]


