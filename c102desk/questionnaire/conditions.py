"""Conditions written as small structured expressions in the data files: the relevance (skip) conditions of
questions, and the decisions of the rules (resources/rules/, c102desk.engine.rulebook) — one language for both.

A condition is a mapping, one of::

    {q: ID, eq: VALUE}      {q: ID, ne: VALUE}      {q: ID, in: [V, ...]}
    {q: ID, gt: N} / ge / lt / le                   {q: ID, contains: VALUE}   (several-choice answers)
    {q: ID, answered: true|false}
    {all: [C, ...]}         {any: [C, ...]}         {not: C}

An unanswered question (absent or null) makes every comparison false, so dependent questions stay hidden
until the question they depend on is answered.

Rules may also compare a *named value* — a figure or fact the rule file names (a calculator's result, another
rule's status, the Article 3 declaration) — written ``{v: NAME, ...}`` in place of ``{q: ID, ...}``, and may compare
with another answer or named value instead of a constant: ``{q: ID, ge: {q: OTHER}}``, ``{q: ID, le: {v: NAME}}``.
Questionnaire files accept neither (``parse_condition(raw)`` refuses them unless ``names=True``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar, Protocol

_COMPARATORS = ("eq", "ne", "in", "gt", "ge", "lt", "le", "contains", "answered")


class Names(Protocol):
    """Where a rule's conditions find its named values (a mapping will do)."""

    def get(self, name: str, default: Any = None, /) -> Any: ...


class Condition(Protocol):
    def evaluate(self, answers: Mapping[str, Any], names: Names | None = None) -> bool: ...

    def evaluate3(self, answers: Mapping[str, Any], names: Names | None = None) -> bool | None:
        """Three-valued form: None when the answers the condition depends on are not given yet."""
        ...

    def question_ids(self) -> Iterator[str]: ...

    def value_names(self) -> Iterator[str]:
        """The named values the condition reads (rules only)."""
        ...

    def describe(self) -> str: ...


_NO_NAMES: Names = {}


@dataclass(frozen=True)
class Ref:
    """What a comparison reads: an answer (``q``) or a named value of a rule (``v``)."""

    kind: str  # "q" or "v"
    name: str

    def resolve(self, answers: Mapping[str, Any], names: Names | None) -> Any:
        if self.kind == "q":
            return answers.get(self.name)
        return (names if names is not None else _NO_NAMES).get(self.name)

    def describe(self) -> str:
        return self.name


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal | Fraction) and not isinstance(value, bool)


@dataclass(frozen=True)
class Compare:
    """An answer (or named value) compared with a constant or another answer."""

    question_id: str  # the question id, or the value name when ``kind`` is "v"
    operator: str
    operand: Any  # a constant, or a Ref to another answer or named value
    kind: str = "q"

    def evaluate(self, answers: Mapping[str, Any], names: Names | None = None) -> bool:
        value = answers.get(self.question_id) if self.kind == "q" else Ref(self.kind, self.question_id).resolve(
            answers, names)
        operand = self.operand
        if isinstance(operand, Ref):
            operand = operand.resolve(answers, names)
            if operand is None:
                return False
        if self.operator == "answered":
            return (value is not None) == bool(operand)
        if value is None:
            return False
        match self.operator:
            case "eq":
                return bool(value == operand)
            case "ne":
                return bool(value != operand)
            case "in":
                return value in operand
            case "contains":
                return isinstance(value, list | tuple | set | frozenset) and operand in value
        if not _is_number(value) or not _is_number(operand):
            return False
        match self.operator:
            case "gt":
                return bool(value > operand)
            case "ge":
                return bool(value >= operand)
            case "lt":
                return bool(value < operand)
            case _:
                return bool(value <= operand)

    def evaluate3(self, answers: Mapping[str, Any], names: Names | None = None) -> bool | None:
        refs = [Ref(self.kind, self.question_id)] if self.operator != "answered" else []
        if isinstance(self.operand, Ref):
            refs.append(self.operand)
        if any(ref.resolve(answers, names) is None for ref in refs):
            return None
        return self.evaluate(answers, names)

    def question_ids(self) -> Iterator[str]:
        if self.kind == "q":
            yield self.question_id
        if isinstance(self.operand, Ref) and self.operand.kind == "q":
            yield self.operand.name

    def value_names(self) -> Iterator[str]:
        if self.kind == "v":
            yield self.question_id
        if isinstance(self.operand, Ref) and self.operand.kind == "v":
            yield self.operand.name

    def describe(self) -> str:
        operand = self.operand.describe() if isinstance(self.operand, Ref) else repr(self.operand)
        return f"{self.question_id} {self.operator} {operand}"


@dataclass(frozen=True)
class _Group:
    """What ``all`` and ``any`` share: a list of conditions, of which one value decides the whole (false for
    ``all``, true for ``any``) and, short of it, an unknown one leaves it unknown."""

    parts: tuple[Condition, ...]
    _decides: ClassVar[bool]
    _joiner: ClassVar[str]

    def evaluate3(self, answers: Mapping[str, Any], names: Names | None = None) -> bool | None:
        values = [p.evaluate3(answers, names) for p in self.parts]
        if self._decides in values:
            return self._decides
        return None if None in values else not self._decides

    def question_ids(self) -> Iterator[str]:
        for p in self.parts:
            yield from p.question_ids()

    def value_names(self) -> Iterator[str]:
        for p in self.parts:
            yield from p.value_names()

    def describe(self) -> str:
        return "(" + self._joiner.join(p.describe() for p in self.parts) + ")"


@dataclass(frozen=True)
class AllOf(_Group):
    """Holds when every one of its conditions holds."""

    _decides = False
    _joiner = " and "

    def evaluate(self, answers: Mapping[str, Any], names: Names | None = None) -> bool:
        return all(p.evaluate(answers, names) for p in self.parts)


@dataclass(frozen=True)
class AnyOf(_Group):
    """Holds when one of its conditions holds."""

    _decides = True
    _joiner = " or "

    def evaluate(self, answers: Mapping[str, Any], names: Names | None = None) -> bool:
        return any(p.evaluate(answers, names) for p in self.parts)


@dataclass(frozen=True)
class Not:
    """Holds when its condition does not."""

    inner: Condition

    def evaluate(self, answers: Mapping[str, Any], names: Names | None = None) -> bool:
        return not self.inner.evaluate(answers, names)

    def evaluate3(self, answers: Mapping[str, Any], names: Names | None = None) -> bool | None:
        value = self.inner.evaluate3(answers, names)
        return None if value is None else not value

    def question_ids(self) -> Iterator[str]:
        yield from self.inner.question_ids()

    def value_names(self) -> Iterator[str]:
        yield from self.inner.value_names()

    def describe(self) -> str:
        return f"not {self.inner.describe()}"


def _reference(raw: object, names: bool) -> Ref | None:
    """An operand that reads another answer (``{q: ID}``) or named value (``{v: NAME}``), if it is one."""
    if not isinstance(raw, Mapping):
        return None
    if set(raw) == {"q"} and isinstance(raw["q"], str):
        kind = "q"
    elif set(raw) == {"v"} and isinstance(raw["v"], str):
        kind = "v"
    else:
        raise ValueError(f"an operand reads {{q: ID}} or {{v: NAME}}; got {dict(raw)}")
    if not names:
        raise ValueError("comparing with another answer is only for rules")
    return Ref(kind, str(raw[kind]))


def parse_condition(raw: object, *, names: bool = False) -> Condition:
    """Build a condition from its data form; raise ``ValueError`` with the reason when malformed.

    ``names``: named values (``{v: NAME}``) and references to other answers are allowed (rule files only).
    """
    if not isinstance(raw, Mapping):
        raise ValueError(f"a condition must be a mapping, not {type(raw).__name__}")
    keys = set(raw)
    if keys == {"all"} or keys == {"any"}:
        key = next(iter(keys))
        items = raw[key]
        if not isinstance(items, list) or not items:
            raise ValueError(f"'{key}' needs a non-empty list of conditions")
        parsed = tuple(parse_condition(item, names=names) for item in items)
        return AllOf(parsed) if key == "all" else AnyOf(parsed)
    if keys == {"not"}:
        return Not(parse_condition(raw["not"], names=names))
    subject = "q" if "q" in keys else "v" if "v" in keys else None
    if subject == "v" and not names:
        raise ValueError("named values ({v: NAME}) are only for rules")
    if subject is not None:
        ops = keys - {subject}
        if len(ops) != 1 or not ops <= set(_COMPARATORS):
            raise ValueError(
                f"a comparison needs '{subject}' and exactly one of {', '.join(_COMPARATORS)}; got {sorted(keys)}")
        op = next(iter(ops))
        question_id = raw[subject]
        if not isinstance(question_id, str):
            raise ValueError(f"'{subject}' must be a {'question id' if subject == 'q' else 'value name'}")
        operand = raw[op]
        reference = _reference(operand, names) if op in {"eq", "ne", "gt", "ge", "lt", "le"} else None
        if reference is not None:
            return Compare(question_id, op, reference, subject)
        if op == "in" and not isinstance(operand, list):
            raise ValueError("'in' needs a list")
        if op in {"gt", "ge", "lt", "le"} and not _is_number(operand):
            raise ValueError(f"'{op}' needs a number")
        if op == "in":
            operand = tuple(operand)
        return Compare(question_id, op, operand, subject)
    raise ValueError(f"unknown condition keys {sorted(keys)}")
