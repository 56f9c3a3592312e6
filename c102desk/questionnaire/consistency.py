"""Soft checks across answers: a part larger than its whole, an amount an order of magnitude off the wages. The
checks are data beside the questionnaire (``consistency.yaml``); a finding is a question to the assessor ("is
this right?"), never a refusal. A note on the answer saying why settles it. No Qt.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from c102desk.errors import QuestionnaireError
from c102desk.numbers import to_fraction
from c102desk.questionnaire.model import NUMERIC_TYPES, Questionnaire, QuestionType
from c102desk.questionnaire.progress import data_file, read_data, visible_answers

CONSISTENCY_FILE = "consistency.yaml"
LANGUAGES = ("en", "fr", "es")


@dataclass(frozen=True)
class Check:
    """A check that two answers agree: one figure within bounds of the other."""

    id: str
    question_id: str  # the answer checked (it shows the message, and its note settles it)
    other_id: str
    low: Fraction | None  # the figure / the other must be ≥ low and ≤ high
    high: Fraction | None
    messages: Mapping[str, str]

    def ratio_kind(self) -> bool:
        return self.low is not None


@dataclass(frozen=True)
class Finding:
    """A consistency check that failed, with the two figures compared."""

    check: Check
    value: Fraction
    other: Fraction

    @property
    def question_id(self) -> str:
        return self.check.question_id

    @property
    def ratio(self) -> Fraction:
        return self.value / self.other if self.other else Fraction(0)

    def text(self, lang: str, number: Callable[[Fraction], str]) -> str:
        """The question to the assessor in ``lang`` (English when that language has none), the figures written
        by ``number`` (the reader's locale)."""
        template = self.check.messages.get(lang) or self.check.messages["en"]
        # "12 times", "0.4 times": one decimal below ten, whole above
        ratio = Fraction(round(self.ratio * 10), 10) if self.ratio < 10 else Fraction(round(self.ratio))
        return template.format(value=number(self.value), other=number(self.other), ratio=number(ratio))


def _number(value: Any) -> Fraction | None:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    return to_fraction(value)


def findings(questionnaire: Questionnaire, answers: Mapping[str, Any],
             question_id: str | None = None) -> list[Finding]:
    """What looks wrong among the answers that are asked (of one question when given), in questionnaire order."""
    visible = visible_answers(questionnaire, answers)
    checks = checks_of(questionnaire)
    wanted = checks.get(question_id, ()) if question_id is not None else [c for cs in checks.values() for c in cs]
    out = []
    for check in wanted:
        value, other = _number(visible.get(check.question_id)), _number(visible.get(check.other_id))
        if value is None or other is None:
            continue
        if check.ratio_kind():
            if other <= 0:
                continue
            ratio = value / other
            if (check.low is not None and ratio < check.low) or (check.high is not None and ratio > check.high):
                out.append(Finding(check, value, other))
        elif value > other:
            out.append(Finding(check, value, other))
    return out


def related(questionnaire: Questionnaire, question_id: str) -> set[str]:
    """The questions whose checks read this answer (their messages change when it does), itself included."""
    out = {question_id}
    for checks in checks_of(questionnaire).values():
        for check in checks:
            if check.other_id == question_id:
                out.add(check.question_id)
    return out


# --------------------------------------------------------------------------- the checks, as data

_CHECKS: dict[int, tuple[Questionnaire, dict[str, list[Check]]]] = {}


def checks_of(questionnaire: Questionnaire) -> dict[str, list[Check]]:
    """The checks of the questionnaire's version by the question they check (read once)."""
    found = _CHECKS.get(id(questionnaire))
    if found is None or found[0] is not questionnaire:
        path, lenient = data_file(questionnaire.version, CONSISTENCY_FILE)
        checks = {} if path is None else parse_checks(read_data(path), questionnaire, str(path), lenient=lenient)
        found = (questionnaire, checks)
        _CHECKS[id(questionnaire)] = found
    return found[1]


def parse_checks(raw: Any, questionnaire: Questionnaire, where: str = CONSISTENCY_FILE, *,
                 lenient: bool = False) -> dict[str, list[Check]]:
    """Build the checks from their data form; every problem is a ``QuestionnaireError`` naming it.
    ``lenient`` (the checks of a newer version read for an older one): checks of questions this questionnaire
    lacks are left out instead."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping) or set(raw) != {"checks"} or not isinstance(raw["checks"], list):
        raise QuestionnaireError(f"{where}: must be a mapping with a list of 'checks'")
    known = questionnaire.by_id
    out: dict[str, list[Check]] = {}
    for entry in raw["checks"]:
        if not isinstance(entry, Mapping) or not entry.get("id"):
            raise QuestionnaireError(f"{where}: every check needs an 'id'")
        name = str(entry["id"])
        other = entry.get("at_most", entry.get("ratio_to"))
        if lenient and other not in known:
            continue
        if ("at_most" in entry) == ("ratio_to" in entry) or other not in known:
            raise QuestionnaireError(f"{where}: check {name}: give one of 'at_most' or 'ratio_to' with a question id")
        low = high = None
        if "ratio_to" in entry:
            bounds = entry.get("ratio")
            if not isinstance(bounds, list) or len(bounds) != 2:
                raise QuestionnaireError(f"{where}: check {name}: 'ratio' must be [LOW, HIGH]")
            low, high = (to_fraction(b) for b in bounds)
        messages = entry.get("message")
        if not isinstance(messages, Mapping) or set(messages) != set(LANGUAGES):
            raise QuestionnaireError(f"{where}: check {name}: 'message' must give {', '.join(LANGUAGES)}")
        patterns = entry.get("question")
        patterns = patterns if isinstance(patterns, list) else [patterns]
        for pattern in patterns:
            matched = fnmatch.filter(known, str(pattern))
            if not matched and not lenient:
                raise QuestionnaireError(f"{where}: check {name}: {pattern!r} matches no question")
            for question_id in matched:
                question, compared = known[question_id], known[str(other)]
                if question.type not in NUMERIC_TYPES:
                    raise QuestionnaireError(f"{where}: check {name}: {question_id} is not a number")
                if question.type is QuestionType.AMOUNT and question.period != compared.period:
                    continue  # a yearly total is not compared with a wage per period
                out.setdefault(question_id, []).append(Check(
                    f"{name}:{question_id}", question_id, str(other), low, high,
                    {str(k): str(v) for k, v in messages.items()}))
    return out
