"""The evaluation for a person to read (``c102desk evaluate --format text``)."""

from __future__ import annotations

from c102desk.engine.results import Evaluation, PartStatus, Status

PART_TITLES = {
    "II": "Medical care", "III": "Sickness benefit", "IV": "Unemployment benefit", "V": "Old-age benefit",
    "VI": "Employment injury benefit", "VII": "Family benefit", "VIII": "Maternity benefit",
    "IX": "Invalidity benefit", "X": "Survivors' benefit", "XI": "Standards for periodical payments",
    "XII": "Equality of treatment of non-national residents", "XIII": "Common provisions",
    "XIV": "Miscellaneous provisions",
}
PART_STATUS_TEXT = {
    PartStatus.NOT_ASSESSED: "not assessed",
    PartStatus.NOT_COMPLIANT: "NOT COMPLIANT",
    PartStatus.INSUFFICIENT: "insufficient information",
    PartStatus.COMPLIANT_WITH_REVIEW: "compliant (items for review)",
    PartStatus.COMPLIANT: "compliant",
}
STATUS_MARK = {
    Status.MET: "met",
    Status.NOT_MET: "NOT MET",
    Status.NEEDS_REVIEW: "review",
    Status.INSUFFICIENT: "missing data",
    Status.NOT_APPLICABLE: "n/a",
}


def render_text(evaluation: Evaluation, *, title: str = "", country: str = "") -> str:
    lines: list[str] = []
    heading = "C102 gap assessment"
    if country or title:
        heading += ": " + " — ".join(x for x in (country, title) if x)
    lines += [heading, "=" * len(heading), ""]
    rat = evaluation.ratification
    if rat.possible:
        lines.append(f"Ratification possible now, accepting Parts {', '.join(rat.parts)} (Art 2).")
    else:
        accepted = ", ".join(rat.parts) if rat.parts else "none"
        lines.append(f"Ratification not possible yet (Art 2). Parts that could be accepted now: {accepted}.")
    if rat.blocking:
        lines.append(f"Blocking: {', '.join(rat.blocking)}.")
    if rat.article_3_declaration_needed:
        lines.append("This relies on the temporary exceptions of an Article 3 declaration.")
    for req in rat.requirements:
        lines.append(f"  [{STATUS_MARK[req.status]}] {req.id} (Art {req.article}): {req.explanation}")
    for part_id, result in evaluation.parts.items():
        lines.append("")
        flag = " — relies on Article 3" if result.article_3 else ""
        lines.append(f"Part {part_id} — {PART_TITLES[part_id]}: {PART_STATUS_TEXT[result.status]}{flag}")
        if result.status is PartStatus.NOT_ASSESSED:
            continue
        for req in result.requirements:
            lines.append(f"  [{STATUS_MARK[req.status]}] {req.id} (Art {req.article}): {req.explanation}")
    if evaluation.assumptions:
        lines += ["", "Assumptions relied upon:"]
        lines += [f"  {a['id']} [{a['tag']}]: {a['text']}" for a in evaluation.assumptions]
    return "\n".join(lines) + "\n"
