"""What the engine produces: requirement verdicts, Part verdicts and the ratification answer.

The JSON shape is fixed by engine-contract.md §2.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from c102desk.engine.calculations import Calculation
from c102desk.engine.version import ENGINE_VERSION
from c102desk.i18n import text_in


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NEEDS_REVIEW = "needs_review"
    INSUFFICIENT = "insufficient_information"
    NOT_APPLICABLE = "not_applicable"


class PartStatus(StrEnum):
    NOT_ASSESSED = "not_assessed"
    NOT_COMPLIANT = "not_compliant"
    INSUFFICIENT = "insufficient_information"
    COMPLIANT_WITH_REVIEW = "compliant_with_review"
    COMPLIANT = "compliant"


class RatificationStatus(StrEnum):
    """Art 2: ``possible``; ``not_possible`` (a condition fails); ``not_yet_determinable`` (no condition is
    shown to fail, but one lacks information or was not assessed)."""

    POSSIBLE = "possible"
    NOT_POSSIBLE = "not_possible"
    NOT_YET_DETERMINABLE = "not_yet_determinable"


ACCEPTABLE_PART_STATUSES = frozenset({PartStatus.COMPLIANT, PartStatus.COMPLIANT_WITH_REVIEW})

# Within a group of alternatives the best member decides; this is the order from best to worst.
BEST_FIRST: tuple[Status, ...] = (Status.MET, Status.NEEDS_REVIEW, Status.INSUFFICIENT, Status.NOT_MET)
# For conditions that must all hold, the worst one decides; this is the order from worst to best.
WORST_FIRST: tuple[Status, ...] = (Status.NOT_MET, Status.INSUFFICIENT, Status.NEEDS_REVIEW, Status.MET)


@dataclass
class Requirement:
    """The verdict on one requirement of the Convention.

    ``group`` names a set of alternatives (e.g. the coverage alternatives of a Part): the Part needs one
    member of the group to hold. ``required=False`` marks an informational item that never decides a Part.
    """

    id: str
    article: str
    status: Status
    explanation: str
    values: dict[str, Any] = field(default_factory=dict)
    questions: tuple[str, ...] = ()
    group: str | None = None
    article_3: bool = False
    required: bool = True
    assumptions: tuple[str, ...] = ()
    # An alternative not needed: another member of its group is met (its own status is kept).
    superseded: bool = False
    # The calculations behind the verdict (exact figures, threshold): what the dashboard and the report display.
    calculations: tuple[Calculation, ...] = ()

    def text(self, lang: str = "en") -> str:
        """The explanation in ``lang`` (engine texts are translatable messages)."""
        return text_in(self.explanation, lang)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "article": self.article,
            "status": self.status.value,
            "explanation": self.text(lang),
            "values": self.values,
            "questions": list(self.questions),
        }
        if self.group:
            data["alternative_group"] = self.group
        if self.article_3:
            data["article_3_alternative"] = True
        if not self.required:
            data["informational"] = True
        if self.superseded:
            data["superseded"] = True
        if self.assumptions:
            data["assumptions"] = list(self.assumptions)
        return data


@dataclass
class PartResult:
    """One Part's verdict: its status, whether it needs the Article 3 declaration and its requirements."""

    part: str
    status: PartStatus
    article_3: bool
    requirements: list[Requirement]

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {
            "status": self.status.value,
            "article_3": self.article_3,
            "requirements": [r.to_json(lang) for r in self.requirements],
        }

    def requirement(self, requirement_id: str) -> Requirement:
        for req in self.requirements:
            if req.id == requirement_id:
                return req
        raise KeyError(requirement_id)


@dataclass(frozen=True)
class Missing:
    """What keeps a ratification condition open: a Part (``I`` for the general provisions) that is not
    assessed or lacks information, and the requirements of it that lack information."""

    part: str
    status: str  # a PartStatus value, or "insufficient_information" for Part I
    requirements: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"part": self.part, "status": self.status, "requirements": list(self.requirements)}


@dataclass
class Ratification:
    """Whether the country could ratify (Arts 2, 3): the Parts it could accept and what blocks the rest."""

    possible: bool
    parts: list[str]
    blocking: list[str]
    article_3_declaration_needed: bool
    requirements: list[Requirement]
    status: RatificationStatus = RatificationStatus.NOT_POSSIBLE
    missing: list[Missing] = field(default_factory=list)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {
            "possible": self.possible,
            "status": self.status.value,
            "parts": self.parts,
            "blocking": self.blocking,
            "missing": [m.to_json() for m in self.missing],
            "article_3_declaration_needed": self.article_3_declaration_needed,
            "requirements": [r.to_json(lang) for r in self.requirements],
        }


@dataclass
class Evaluation:
    """The verdicts of one assessment: every Part's and the ratification's, with the assumptions used."""

    parts: dict[str, PartResult]
    ratification: Ratification
    questionnaire_version: str
    assumptions: list[dict[str, str]]
    engine_version: str = ENGINE_VERSION
    # The questionnaire version the answers were written for, when they were carried forward to a newer one.
    migrated_from: str | None = None

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        migrated = {"questionnaire_migrated_from": self.migrated_from} if self.migrated_from else {}
        return {
            "format": "c102-evaluation",
            "format_version": 1,
            "questionnaire_version": self.questionnaire_version,
            **migrated,
            "engine_version": self.engine_version,
            "language": lang,
            "parts": {part_id: result.to_json(lang) for part_id, result in self.parts.items()},
            "ratification": self.ratification.to_json(lang),
            "assumptions": [{**a, "text": text_in(a["text"], lang)} for a in self.assumptions],
        }

    def requirement(self, requirement_id: str) -> Requirement:
        """Find a requirement by id in the Parts or in the ratification block."""
        for result in self.parts.values():
            for req in result.requirements:
                if req.id == requirement_id:
                    return req
        for req in self.ratification.requirements:
            if req.id == requirement_id:
                return req
        raise KeyError(requirement_id)


def best_of(statuses: list[Status]) -> Status:
    """The status of a group of alternatives (not-applicable members are ignored)."""
    live = [s for s in statuses if s is not Status.NOT_APPLICABLE]
    if not live:
        return Status.NOT_APPLICABLE
    return min(live, key=BEST_FIRST.index)


def worst_of(statuses: list[Status]) -> Status:
    """The status of conditions that must all hold (not-applicable ones are ignored)."""
    live = [s for s in statuses if s is not Status.NOT_APPLICABLE]
    if not live:
        return Status.NOT_APPLICABLE
    return min(live, key=WORST_FIRST.index)
