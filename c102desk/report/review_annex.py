# mypy: disable-error-code="import-untyped"
# (reportlab ships no type information)
"""The report's team annexes, when asked for: C, the open review comments and flags of the assessment, per Part,
each with its question, who wrote it and when (``c102desk report … --with-review``); D, what changed since an
earlier revision (``--changes-since``): verdicts, then answers per Part (docs/team-work.md)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from c102desk.i18n import format_date
from c102desk.report.layout import Paragraph
from c102desk.report.model import ChangeNote, ReportInput, ReviewNote
from c102desk.report.sections import esc, grid_table, stack
from c102desk.report.styles import CONTENT_WIDTH, Styles
from c102desk.report.text import part_heading, question_label, t

if TYPE_CHECKING:
    from c102desk.assessment.file_format import AssessmentFile


def review_annex(data: ReportInput, s: Styles) -> list[Flowable]:
    """Nothing when the report was not asked to carry the review (``data.review`` is None)."""
    if data.review is None:
        return []
    lang = data.lang
    story: list[Flowable] = [PageBreak(), Paragraph(esc(t("review.title", lang)), s.h1),
                             Paragraph(esc(t("review.intro", lang)), s.body)]
    if not data.review:
        return [*story, Paragraph(esc(t("review.none", lang)), s.body)]
    questionnaire = data.assessment.questionnaire
    order = {q.id: n for n, q in enumerate(questionnaire.questions())}
    by_part: dict[str, list[ReviewNote]] = {}
    for note in sorted(data.review, key=lambda n: (order.get(n.question_id, len(order)), n.created)):
        question = questionnaire.by_id.get(note.question_id)
        by_part.setdefault(question.part if question is not None else "?", []).append(note)
    for part, notes in by_part.items():
        rows: list[list[Any]] = [[Paragraph(esc(t(k, lang)), s.cell_head)
                                  for k in ("annex.col.question", "review.col.comment", "review.col.who")]]
        for note in notes:
            question = questionnaire.by_id.get(note.question_id)
            label = esc(question_label(questionnaire, question, lang) if question is not None else note.question_id)
            words = t("review.flag", lang) if note.kind == "flag" else ""
            text = " — ".join(p for p in (words, note.text) if p)
            rows.append([stack([(label, s.cell), (esc(note.question_id), s.cell_id)]), Paragraph(esc(text), s.cell),
                         Paragraph(esc(", ".join(p for p in (note.author, _day(note.created, lang)) if p)), s.cell)])
        story += [CondPageBreak(40 * mm), Paragraph(esc(part_heading(part, lang) if part != "?" else "—"), s.h3),
                  grid_table(rows, [64 * mm, CONTENT_WIDTH - 104 * mm, 40 * mm])]
    return story


def changes_annex(data: ReportInput, s: Styles) -> list[Flowable]:
    """Nothing when the report was not asked to show changes (``data.changes`` is None)."""
    if data.changes is None:
        return []
    lang = data.lang
    story: list[Flowable] = [PageBreak(), Paragraph(esc(t("changes.title", lang, since=data.changes.revision)), s.h1),
                             Paragraph(esc(t("changes.intro", lang, since=data.changes.revision)), s.body)]
    if not data.changes.changes:
        return [*story, Paragraph(esc(t("changes.none", lang)), s.body)]
    verdicts = [c for c in data.changes.changes if not c.question_id]
    if verdicts:
        rows: list[list[Any]] = [[Paragraph(esc(t(k, lang)), s.cell_head)
                                  for k in ("changes.col.verdict", "changes.col.before", "changes.col.after")]]
        rows += [[Paragraph(esc(c.what), s.cell), Paragraph(esc(c.before), s.cell), Paragraph(esc(c.after), s.cell)]
                 for c in verdicts]
        story += [Paragraph(esc(t("changes.verdicts", lang)), s.h2),
                  grid_table(rows, [CONTENT_WIDTH - 80 * mm, 40 * mm, 40 * mm])]
    by_part: dict[str, list[ChangeNote]] = {}
    for change in data.changes.changes:
        if change.question_id:
            by_part.setdefault(change.part, []).append(change)
    if by_part:
        story.append(Paragraph(esc(t("changes.answers", lang)), s.h2))
    for part, changes in by_part.items():
        rows = [[Paragraph(esc(t(k, lang)), s.cell_head)
                 for k in ("annex.col.question", "changes.col.field", "changes.col.before", "changes.col.after")]]
        for c in changes:
            rows.append([stack([(esc(c.what), s.cell), (esc(c.question_id), s.cell_id)]),
                         Paragraph(esc(c.field), s.cell), Paragraph(esc(c.before or "—"), s.cell),
                         Paragraph(esc(c.after or "—"), s.cell)])
        story += [CondPageBreak(40 * mm), Paragraph(esc(part_heading(part, lang) if part else "—"), s.h3),
                  grid_table(rows, [58 * mm, 26 * mm, (CONTENT_WIDTH - 84 * mm) / 2, (CONTENT_WIDTH - 84 * mm) / 2])]
    return story


def _day(stamp: str, lang: str) -> str:
    try:
        return format_date(datetime.fromisoformat(stamp.replace("Z", "+00:00")), lang)
    except ValueError:
        return stamp


def open_review_notes(data_dir: str | Path | None, assessment: AssessmentFile, source: str) -> tuple[ReviewNote, ...]:
    """The open comments and flags the local store holds for the assessment of this file (by its id)."""
    from c102desk.errors import AssessmentFileError
    from c102desk.store import Store, UnknownAssessmentError
    from c102desk.store.review_store import comments

    assessment_id = (assessment.extra.get("assessment") or {}).get("id")
    if not assessment_id:
        raise AssessmentFileError(t("review.no_id", "en", source=source))
    with Store.open(data_dir) as store:
        try:
            found = comments(store, str(assessment_id), open_only=True)
        except UnknownAssessmentError:
            raise AssessmentFileError(t("review.not_in_store", "en", source=source)) from None
    return tuple(ReviewNote(c.question_id, c.kind, c.text, c.author or "", c.created) for c in found)
