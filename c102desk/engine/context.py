"""What every rule sees: the answers that are relevant (skipped questions are ignored), typed accessors,
the engine's documented assumptions, and the Article 3 switch."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c102desk import compiled_cache, yaml_files
from c102desk.i18n import Msg
from c102desk.numbers import to_fraction
from c102desk.questionnaire import progress
from c102desk.questionnaire.model import Questionnaire
from c102desk.resources import resource_path
from c102desk.yaml_files import load_yaml

if TYPE_CHECKING:
    from c102desk.engine.level_records import LevelRecord
    from c102desk.engine.results import PartResult



@dataclass(frozen=True)
class Assumption:
    """An interpretation [I] or unverified fact [U] the engine relies on (resources/engine/assumptions.yaml)."""

    id: str
    tag: str
    value: Fraction | None

    @property
    def text(self) -> Msg:
        return Msg(f"assumption.{self.id}")


@cache
def load_assumptions() -> dict[str, Assumption]:
    """The engine's documented assumptions (kept between runs in the compiled cache, keyed by the file)."""
    path = resource_path("engine", "assumptions.yaml")
    return compiled_cache.cached("assumptions", [path, *compiled_cache.module_files(sys.modules[__name__], yaml_files)],
                                 lambda: _read_assumptions(path), modules=("c102desk.engine.context",),
                                 check=lambda found: isinstance(found, dict))


def _read_assumptions(path: Path) -> dict[str, Assumption]:
    raw = load_yaml(path)
    out: dict[str, Assumption] = {}
    for item in raw["assumptions"]:
        value = item.get("value")
        out[item["id"]] = Assumption(
            id=item["id"],
            tag=item["tag"],
            value=to_fraction(value) if value is not None else None,
        )
    return out


# What the engine evaluates: the answers of questions that are asked (one definition, in the progress module).
relevant_answers = progress.visible_answers


@dataclass
class Context:
    """What the rules of one evaluation read and gather: the answers, the assumptions used, the Part XI tests made."""

    questionnaire: Questionnaire
    answers: dict[str, Any]
    assumptions: dict[str, Assumption] = field(default_factory=load_assumptions)
    used_assumptions: set[str] = field(default_factory=set)
    # Part XI tests made by the branch Parts' level rules, gathered for the Part XI verdicts.
    level_records: list[LevelRecord] = field(default_factory=list)
    # The branch Parts that could be accepted (Art 2), and every Part's result, known once the Parts are evaluated.
    accepted: list[str] = field(default_factory=list)
    parts: dict[str, PartResult] = field(default_factory=dict)

    @classmethod
    def build(cls, questionnaire: Questionnaire, raw_answers: Mapping[str, Any]) -> Context:
        return cls(questionnaire=questionnaire, answers=relevant_answers(questionnaire, raw_answers))

    # --- typed accessors: None means "not answered or unknown" -------------------------------------
    def number(self, question_id: str) -> Fraction | None:
        value = self._get(question_id)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            return None
        return to_fraction(value)

    def flag(self, question_id: str) -> bool | None:
        value = self._get(question_id)
        return value if isinstance(value, bool) else None

    def choice(self, question_id: str) -> str | None:
        value = self._get(question_id)
        return value if isinstance(value, str) else None

    def choices(self, question_id: str) -> list[str] | None:
        value = self._get(question_id)
        return list(value) if isinstance(value, list) else None

    def text(self, question_id: str) -> str | None:
        value = self._get(question_id)
        return value if isinstance(value, str) and value.strip() else None

    def answered(self, question_id: str) -> bool:
        self._get(question_id)  # an unknown id is a defect of the rule
        return progress.is_answered(self.questionnaire.by_id[question_id], self.answers)

    def part_answered(self, part_id: str) -> bool:
        return progress.answered_in_part(self.questionnaire, self.answers, part_id)

    def _get(self, question_id: str) -> Any:
        if question_id not in self.questionnaire.by_id:
            raise KeyError(f"rule refers to unknown question {question_id!r}")  # a defect, caught by tests
        return self.answers.get(question_id)

    # --- assumptions ---------------------------------------------------------------------------------
    def assume(self, assumption_id: str) -> Assumption:
        """Use a documented assumption and remember it, so the output can list every one relied upon."""
        self.used_assumptions.add(assumption_id)
        return self.assumptions[assumption_id]

    @property
    def article_3_declared(self) -> bool:
        """Art 3(1): the temporary exceptions exist only with a declaration appended to the ratification."""
        return self.flag("I.art3.declaration") is True
