"""Review as the assessor reads it: the open comments and flags of an assessment grouped by Part, each with its
question in the reader's language, and the review state in words (docs/team-work.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from c102desk.i18n import Msg, colon
from c102desk.questionnaire import load_questionnaire
from c102desk.store.review_store import CommentInfo, comments, review_state, state_history
from c102desk.team.compare import question_words

if TYPE_CHECKING:
    from c102desk.store import Store


@dataclass(frozen=True)
class PartComments:
    """The open review comments of one Part."""

    part: str
    part_title: str
    comments: tuple[tuple[str, CommentInfo], ...]  # (the question's words, the comment), in questionnaire order


def state_name(state: str, lang: str = "en") -> str:
    """"Draft", "In review", "Returned", "Approved" in ``lang``."""
    return Msg(f"team.review.state.{state}").render(lang)


def open_by_part(store: Store, assessment_id: str, lang: str = "en") -> list[PartComments]:
    """The open comments and flags, grouped by Part in the questionnaire's order."""
    questionnaire = load_questionnaire(store.assessment(assessment_id).questionnaire_version)
    order = {q.id: n for n, q in enumerate(questionnaire.questions())}
    found = sorted(comments(store, assessment_id, open_only=True),
                   key=lambda c: (order.get(c.question_id, len(order)), c.id))
    parts: dict[str, tuple[str, list[tuple[str, CommentInfo]]]] = {}
    for comment in found:
        part, title, label = question_words(questionnaire, comment.question_id, lang)
        parts.setdefault(part, (title, []))[1].append((label, comment))
    return [PartComments(part, title, tuple(items)) for part, (title, items) in parts.items()]


def review_json(store: Store, assessment_id: str, lang: str = "en") -> dict[str, Any]:
    """The review of an assessment for ``c102desk review ID --format json``."""
    questionnaire = load_questionnaire(store.assessment(assessment_id).questionnaire_version)

    def one(c: CommentInfo) -> dict[str, Any]:
        part, title, label = question_words(questionnaire, c.question_id, lang)
        return {"id": c.id, "part": part, "part_title": title, "question_id": c.question_id, "question": label,
                "kind": c.kind, "text": c.text, "author": c.author, "created": c.created, "open": c.open,
                "resolved_at": c.resolved_at, "resolved_by": c.resolved_by}

    return {
        "assessment": assessment_id, "state": review_state(store, assessment_id),
        "history": [{"state": e.state, "note": e.note, "at": e.at, "by": e.by}
                    for e in state_history(store, assessment_id)],
        "comments": [one(c) for c in comments(store, assessment_id)],
    }


def review_text(store: Store, assessment_id: str, lang: str = "en") -> str:
    """The state, then the open comments and flags per Part."""
    c = colon(lang)
    state = review_state(store, assessment_id)
    lines = [f"{Msg('team.review.state').render(lang)}{c} {state_name(state, lang)}"]
    grouped = open_by_part(store, assessment_id, lang)
    if not grouped:
        lines.append(Msg("team.review.no_open").render(lang))
    for part in grouped:
        lines += ["", part.part_title]
        for label, comment in part.comments:
            what = Msg("team.review.flag" if comment.kind == "flag" else "team.review.comment").render(lang)
            who = f" — {comment.author}" if comment.author else ""
            text = f"{c} {comment.text}" if comment.text else ""
            lines.append(f"  [{comment.id}] {label} ({comment.question_id}){who}")
            lines.append(f"      {what}{text}")
    return "\n".join(lines) + "\n"
