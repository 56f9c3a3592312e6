"""The evaluation for a person to read (``c102desk evaluate --format text --lang L``).

Every sentence is in words: requirements by their names, questions by their words. The requirement ids, for
those who look them up in the JSON output, stand only in the reference column at the end of each requirement's
first line (``REFERENCE_COLUMN``); the ids of the assumptions only in the list of assumptions at the end.
"""

from __future__ import annotations

from c102desk.engine.gaps import closing_action
from c102desk.engine.results import Evaluation, PartStatus, Requirement, Status
from c102desk.i18n import Msg, term, text_in
from c102desk.i18n.verdicts import (
    mark_meaning,
    marks_in,
    missing_heading,
    missing_line,
    part_status,
    requirement_named,
    requirement_status,
)

# Failures stand out in plain text, where no colour can mark them.
_LOUD = frozenset({Status.NOT_MET.value, PartStatus.NOT_COMPLIANT.value})
REFERENCE_COLUMN = 100  # where the requirement ids start (further right when a name is longer)
INDENT = "  "
EXPLANATION_INDENT = "      "


def part_title(part_id: str, lang: str = "en") -> str:
    """The Part's title in the Convention's own words, e.g. "Part III — Sickness Benefit"."""
    return term(f"part.{part_id}", lang)


def _loud(word: str, status: str) -> str:
    return word.upper() if status in _LOUD else word


def _requirement(req: Requirement, lang: str) -> list[str]:
    word = requirement_status(req.status.value, lang, superseded=req.superseded)
    head = f"{INDENT}[{_loud(word, '' if req.superseded else req.status.value)}] " \
           f"{requirement_named(req.id, req.article, lang)}"
    lines = [f"{head.ljust(REFERENCE_COLUMN - 2)}  {req.id}", f"{EXPLANATION_INDENT}{req.text(lang)}"]
    action = closing_action(req)
    if action is not None:
        lines.append(EXPLANATION_INDENT + Msg("text.to_close", action=action).render(lang))
    return lines


def render_text(evaluation: Evaluation, *, title: str = "", country: str = "", lang: str = "en") -> str:
    def t(key: str, **params: object) -> str:
        return Msg(key, **params).render(lang)

    lines: list[str] = []
    heading = t("text.heading")
    if country or title:
        heading += ": " + " — ".join(x for x in (country, title) if x)
    lines += [heading, "=" * len(heading), ""]
    rat = evaluation.ratification
    parts = ", ".join(rat.parts) if rat.parts else t("text.none")
    lines.append(t(f"text.{rat.status.value}" if rat.status.value != "not_possible" else "text.not_possible",
                   parts=parts))
    if rat.blocking:
        lines.append(t("text.blocking"))
        for req_id in rat.blocking:
            try:
                req = evaluation.requirement(req_id)
            except KeyError:
                lines.append(f"{INDENT}- {requirement_named(req_id, '?', lang)}")
                continue
            named = requirement_named(req.id, req.article, lang)
            blocker = Msg("text.blocker", requirement=named, explanation=req.text(lang))
            lines.append(f"{INDENT}- {blocker.render(lang)}")
            action = closing_action(req)
            if action is not None:
                lines.append(f"{INDENT}  " + Msg("text.to_close", action=action).render(lang))
    if rat.missing:
        lines.append(missing_heading(lang))
        lines += [f"{INDENT}- {missing_line(part_title(m.part, lang), m.status, m.requirements, lang)}"
                  for m in rat.missing]
    if rat.article_3_declaration_needed:
        lines.append(t("text.art3_needed"))
    shown: list[Requirement] = []
    lines += ["", f"{t('text.conditions').ljust(REFERENCE_COLUMN)}{t('text.reference')}"]
    for req in rat.requirements:
        lines += _requirement(req, lang)
        shown.append(req)
    for part_id, result in evaluation.parts.items():
        lines.append("")
        verdict = _loud(part_status(result.status.value, lang), result.status.value)
        flag = t("text.relies_art3") if result.article_3 else ""
        lines.append(t("text.part", title=part_title(part_id, lang), verdict=verdict) + flag)
        if result.status is PartStatus.NOT_ASSESSED:
            continue
        for req in result.requirements:
            lines += _requirement(req, lang)
            shown.append(req)
    marks = marks_in(" ".join(r.text(lang) for r in shown))
    if marks:
        lines += [""] + [mark_meaning(mark, lang) for mark in marks]
    if evaluation.assumptions:
        lines += ["", t("text.assumptions")]
        lines += [f"{INDENT}{a['id']} [{a['tag']}]: {text_in(a['text'], lang)}" for a in evaluation.assumptions]
    return "\n".join(lines) + "\n"
