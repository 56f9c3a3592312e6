"""Relevance (skip) conditions of questions, written as small structured expressions in the data files.

A condition is a mapping, one of::

    {q: ID, eq: VALUE}      {q: ID, ne: VALUE}      {q: ID, in: [V, ...]}
    {q: ID, gt: N} / ge / lt / le                   {q: ID, contains: VALUE}   (several-choice answers)
    {q: ID, answered: true|false}
    {all: [C, ...]}         {any: [C, ...]}         {not: C}

An unanswered question (absent or null) makes every comparison false, so dependent questions stay hidden
until the question they depend on is answered.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

_COMPARATORS = ("eq", "ne", "in", "gt", "ge", "lt", "le", "contains", "answered")


class Condition(Protocol):
    def evaluate(self, answers: Mapping[str, Any]) -> bool: ...

    def evaluate3(self, answers: Mapping[str, Any]) -> bool | None:
        """Three-valued form: None when the answers the condition depends on are not given yet."""
        ...

    def question_ids(self) -> Iterator[str]: ...

    def describe(self) -> str: ...


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


@dataclass(frozen=True)
class Compare:
    question_id: str
    operator: str
    operand: Any

    def evaluate(self, answers: Mapping[str, Any]) -> bool:
        value = answers.get(self.question_id)
        if self.operator == "answered":
            return (value is not None) == bool(self.operand)
        if value is None:
            return False
        match self.operator:
            case "eq":
                return bool(value == self.operand)
            case "ne":
                return bool(value != self.operand)
            case "in":
                return value in self.operand
            case "contains":
                return isinstance(value, list) and self.operand in value
        if not _is_number(value):
            return False
        match self.operator:
            case "gt":
                return bool(value > self.operand)
            case "ge":
                return bool(value >= self.operand)
            case "lt":
                return bool(value < self.operand)
            case _:
                return bool(value <= self.operand)

    def evaluate3(self, answers: Mapping[str, Any]) -> bool | None:
        if self.operator != "answered" and answers.get(self.question_id) is None:
            return None
        return self.evaluate(answers)

    def question_ids(self) -> Iterator[str]:
        yield self.question_id

    def describe(self) -> str:
        return f"{self.question_id} {self.operator} {self.operand!r}"


@dataclass(frozen=True)
class AllOf:
    parts: tuple[Condition, ...]

    def evaluate(self, answers: Mapping[str, Any]) -> bool:
        return all(p.evaluate(answers) for p in self.parts)

    def evaluate3(self, answers: Mapping[str, Any]) -> bool | None:
        values = [p.evaluate3(answers) for p in self.parts]
        if False in values:
            return False
        return None if None in values else True

    def question_ids(self) -> Iterator[str]:
        for p in self.parts:
            yield from p.question_ids()

    def describe(self) -> str:
        return "(" + " and ".join(p.describe() for p in self.parts) + ")"


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Condition, ...]

    def evaluate(self, answers: Mapping[str, Any]) -> bool:
        return any(p.evaluate(answers) for p in self.parts)

    def evaluate3(self, answers: Mapping[str, Any]) -> bool | None:
        values = [p.evaluate3(answers) for p in self.parts]
        if True in values:
            return True
        return None if None in values else False

    def question_ids(self) -> Iterator[str]:
        for p in self.parts:
            yield from p.question_ids()

    def describe(self) -> str:
        return "(" + " or ".join(p.describe() for p in self.parts) + ")"


@dataclass(frozen=True)
class Not:
    inner: Condition

    def evaluate(self, answers: Mapping[str, Any]) -> bool:
        return not self.inner.evaluate(answers)

    def evaluate3(self, answers: Mapping[str, Any]) -> bool | None:
        value = self.inner.evaluate3(answers)
        return None if value is None else not value

    def question_ids(self) -> Iterator[str]:
        yield from self.inner.question_ids()

    def describe(self) -> str:
        return f"not {self.inner.describe()}"


def parse_condition(raw: object) -> Condition:
    """Build a condition from its data form; raise ``ValueError`` with the reason when malformed."""
    if not isinstance(raw, Mapping):
        raise ValueError(f"a condition must be a mapping, not {type(raw).__name__}")
    keys = set(raw)
    if keys == {"all"} or keys == {"any"}:
        key = next(iter(keys))
        items = raw[key]
        if not isinstance(items, list) or not items:
            raise ValueError(f"'{key}' needs a non-empty list of conditions")
        parsed = tuple(parse_condition(item) for item in items)
        return AllOf(parsed) if key == "all" else AnyOf(parsed)
    if keys == {"not"}:
        return Not(parse_condition(raw["not"]))
    if "q" in keys:
        ops = keys - {"q"}
        if len(ops) != 1 or not ops <= set(_COMPARATORS):
            raise ValueError(f"a comparison needs 'q' and exactly one of {', '.join(_COMPARATORS)}; got {sorted(keys)}")
        op = next(iter(ops))
        question_id = raw["q"]
        if not isinstance(question_id, str):
            raise ValueError("'q' must be a question id")
        operand = raw[op]
        if op == "in" and not isinstance(operand, list):
            raise ValueError("'in' needs a list")
        if op in {"gt", "ge", "lt", "le"} and not _is_number(operand):
            raise ValueError(f"'{op}' needs a number")
        if op == "in":
            operand = tuple(operand)
        return Compare(question_id, op, operand)
    raise ValueError(f"unknown condition keys {sorted(keys)}")
