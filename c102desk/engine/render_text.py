"""The evaluation for a person to read (``c102desk evaluate --format text --lang L``)."""

from __future__ import annotations

from c102desk.engine.results import Evaluation, PartStatus, Requirement, Status
from c102desk.i18n import Msg, term, text_in
from c102desk.i18n.verdicts import part_status, requirement_status

# Failures stand out in plain text, where no colour can mark them.
_LOUD = frozenset({Status.NOT_MET.value, PartStatus.NOT_COMPLIANT.value})


def part_title(part_id: str, lang: str = "en") -> str:
    """The Part's title in the Convention's own words, e.g. "Part III — Sickness Benefit"."""
    return term(f"part.{part_id}", lang)


def _loud(word: str, status: str) -> str:
    return word.upper() if status in _LOUD else word


def _mark(req: Requirement, lang: str) -> str:
    word = requirement_status(req.status.value, lang, superseded=req.superseded)
    return _loud(word, "" if req.superseded else req.status.value)


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
    lines.append(t("text.possible" if rat.possible else "text.not_possible", parts=parts))
    if rat.blocking:
        lines.append(t("text.blocking", ids=", ".join(rat.blocking)))
    if rat.article_3_declaration_needed:
        lines.append(t("text.art3_needed"))
    for req in rat.requirements:
        lines.append(f"  [{_mark(req, lang)}] {req.id} ({t('text.article', article=req.article)}): "
                     f"{req.text(lang)}")
    for part_id, result in evaluation.parts.items():
        lines.append("")
        flag = t("text.relies_art3") if result.article_3 else ""
        verdict = _loud(part_status(result.status.value, lang), result.status.value)
        lines.append(f"{part_title(part_id, lang)}: {verdict}{flag}")
        if result.status is PartStatus.NOT_ASSESSED:
            continue
        for req in result.requirements:
            lines.append(f"  [{_mark(req, lang)}] {req.id} "
                         f"({t('text.article', article=req.article)}): {req.text(lang)}")
    if evaluation.assumptions:
        lines += ["", t("text.assumptions")]
        lines += [f"  {a['id']} [{a['tag']}]: {text_in(a['text'], lang)}" for a in evaluation.assumptions]
    return "\n".join(lines) + "\n"
