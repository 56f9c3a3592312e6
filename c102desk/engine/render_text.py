"""The evaluation for a person to read (``c102desk evaluate --format text --lang L``)."""

from __future__ import annotations

from c102desk.engine.results import Evaluation, PartStatus
from c102desk.i18n import Msg, term, text_in


def part_title(part_id: str, lang: str = "en") -> str:
    """The Part's title in the Convention's own words, e.g. "Part III — Sickness Benefit"."""
    return term(f"part.{part_id}", lang)


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
        lines.append(f"  [{t(f'status_mark.{req.status.value}')}] {req.id} ({t('text.article', article=req.article)}): "
                     f"{req.text(lang)}")
    for part_id, result in evaluation.parts.items():
        lines.append("")
        flag = t("text.relies_art3") if result.article_3 else ""
        lines.append(f"{part_title(part_id, lang)}: {t(f'part_status.{result.status.value}')}{flag}")
        if result.status is PartStatus.NOT_ASSESSED:
            continue
        for req in result.requirements:
            lines.append(f"  [{t(f'status_mark.{req.status.value}')}] {req.id} "
                         f"({t('text.article', article=req.article)}): {req.text(lang)}")
    if evaluation.assumptions:
        lines += ["", t("text.assumptions")]
        lines += [f"  {a['id']} [{a['tag']}]: {text_in(a['text'], lang)}" for a in evaluation.assumptions]
    return "\n".join(lines) + "\n"
