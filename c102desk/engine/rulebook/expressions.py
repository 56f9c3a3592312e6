"""The values a rule file computes and shows: message texts, their parameters and a requirement's ``values``.

An expression in a rule file is a YAML scalar (a constant) or a one-key mapping::

    {answer: ID}                    the answer to a question (a number is exact; a blank text is no answer)
    {question: ID}                  a question named in a sentence (its id; readers see its words)
    {v: NAME}                       a named value: a ``let`` of the rule, a check's ``status``/``text``/
                                    ``values`` (``NAME.status``), another rule's (``RULE_ID.status``), or a
                                    fact of the assessment (``article_3_declared``, ``accepted_parts``, ...)
    {message: KEY, params: {...}}   a text of the engine catalogue, in the reader's language
    {message_for: EXPR, prefix: P}  the catalogue text ``P<value>`` naming a choice (the value itself if none)
    {quantity: EXPR, unit: NAME}    a number with its unit, agreeing with it: "1 week", "2 weeks"
    {pct: EXPR, threshold: EXPR}    a percentage shown precisely enough to differ from its threshold
    {join: [EXPR, ...], sep: "; "}  texts one after another (the items of a list one by one)
    {if: CONDITION, then: EXPR, else: EXPR}   (in a join or ``values``, an item without ``else`` is left out)
    {calc: NAME, ARG: EXPR, ...}    a named calculator of c102desk.engine.rulebook.calculators (arithmetic)
    {assumption_value: ID, default: N}        the figure a documented assumption fixes
    {map: {KEY: EXPR, ...}}         a table (e.g. the options a checklist requires, each with its name; an entry
                                    that is an ``if`` without ``else`` is left out when its condition fails)
    [EXPR, ...]                     a list

Every expression is parsed once, at load, into an object that knows the questions, names and messages it uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Protocol

from c102desk.i18n import Msg, Pct, Qty, catalog_keys
from c102desk.numbers import to_fraction
from c102desk.questionnaire.conditions import Condition, parse_condition


class Scope(Protocol):
    """What an expression reads while a rule is evaluated (c102desk.engine.rulebook.interpreter)."""

    def answer(self, question_id: str) -> Any: ...

    def value(self, name: str) -> Any: ...

    def calculate(self, name: str, args: Mapping[str, Any]) -> Any: ...

    def assumption_value(self, assumption_id: str) -> Fraction | None: ...

    def holds(self, condition: Condition) -> bool: ...


class Expr(Protocol):
    def eval(self, scope: Scope) -> Any: ...


class Omitted:
    """The value of an ``if`` without ``else`` whose condition fails: the item is left out."""


OMITTED = Omitted()
# The units a quantity may have (resources/i18n/formats.yaml).
UNITS = ("days", "weeks", "months", "years", "persons")


@dataclass(frozen=True)
class Uses:
    """Where an expression was found and what it refers to, gathered by the parser for the load checks."""

    questions: list[str]
    names: list[str]
    messages: list[tuple[str, frozenset[str]]]
    message_prefixes: list[tuple[str, str | None]]  # (prefix, question id whose options name the keys)
    calculators: list[tuple[str, frozenset[str]]]
    assumptions: list[str]
    # The questions a named calculator reads besides its arguments, from its constant arguments.
    calculator_reads: Callable[[str, Mapping[str, Any]], Sequence[str]] = lambda name, args: ()

    @classmethod
    def empty(cls, calculator_reads: Callable[[str, Mapping[str, Any]], Sequence[str]] | None = None) -> Uses:
        if calculator_reads is None:
            return cls([], [], [], [], [], [])
        return cls([], [], [], [], [], [], calculator_reads)

    def condition(self, condition: Condition) -> Condition:
        self.questions.extend(condition.question_ids())
        self.names.extend(condition.value_names())
        return condition


@dataclass(frozen=True)
class Const:
    """A constant written in the rule file."""

    value: Any

    def eval(self, scope: Scope) -> Any:
        return self.value


@dataclass(frozen=True)
class Answer:
    """The answer to a question."""

    question_id: str

    def eval(self, scope: Scope) -> Any:
        return scope.answer(self.question_id)


@dataclass(frozen=True)
class Name:
    """A named value of the rule (a calculator's result, another rule's status …)."""

    name: str

    def eval(self, scope: Scope) -> Any:
        return scope.value(self.name)


@dataclass(frozen=True)
class Message:
    """A message of the catalogue, with its parameters."""

    key: str
    params: tuple[tuple[str, Expr], ...]

    def eval(self, scope: Scope) -> Msg:
        return Msg(self.key, **{name: expr.eval(scope) for name, expr in self.params})


@dataclass(frozen=True)
class MessageFor:
    """A choice's value named by the catalogue (``prefix + value``), or the value itself when it has no text."""

    of: Expr
    prefix: str

    def eval(self, scope: Scope) -> Any:
        value = self.of.eval(scope)
        key = f"{self.prefix}{value}"
        return Msg(key) if key in catalog_keys() else value


@dataclass(frozen=True)
class Quantity:
    """An amount with its unit (years, weeks, persons …)."""

    amount: Expr
    unit: str

    def eval(self, scope: Scope) -> Qty:
        return Qty(self.amount.eval(scope), self.unit)


@dataclass(frozen=True)
class Percent:
    """A percentage, with the threshold it is measured against when there is one."""

    value: Expr
    threshold: Expr | None

    def eval(self, scope: Scope) -> Pct:
        return Pct(self.value.eval(scope), self.threshold.eval(scope) if self.threshold is not None else None)


@dataclass(frozen=True)
class Join:
    """Several texts joined into one."""

    items: tuple[Expr, ...]
    sep: str

    def eval(self, scope: Scope) -> Msg:
        texts: list[Any] = []
        for item in self.items:
            value = item.eval(scope)
            if isinstance(value, list):  # a list's items are joined one by one
                texts.extend(value)
            elif value is not OMITTED:
                texts.append(value)
        return Msg.join(texts, self.sep)


@dataclass(frozen=True)
class If:
    """One expression or another, as a condition holds."""

    condition: Condition
    then: Expr
    otherwise: Expr | None

    def eval(self, scope: Scope) -> Any:
        if scope.holds(self.condition):
            return self.then.eval(scope)
        return self.otherwise.eval(scope) if self.otherwise is not None else OMITTED


@dataclass(frozen=True)
class Calc:
    """A calculator's result for the given arguments."""

    name: str
    args: tuple[tuple[str, Expr], ...]

    def eval(self, scope: Scope) -> Any:
        return scope.calculate(self.name, {name: expr.eval(scope) for name, expr in self.args})


@dataclass(frozen=True)
class AssumptionValue:
    """An assumption's value (the engine's reference figures), or a default."""

    assumption_id: str
    default: Any

    def eval(self, scope: Scope) -> Any:
        value = scope.assumption_value(self.assumption_id)
        return value if value is not None else self.default


@dataclass(frozen=True)
class Table:
    """A mapping of names to values, those that are omitted left out."""

    entries: tuple[tuple[str, Expr], ...]

    def eval(self, scope: Scope) -> dict[str, Any]:
        return {key: value for key, expr in self.entries if (value := expr.eval(scope)) is not OMITTED}


@dataclass(frozen=True)
class ListOf:
    """A list of values, those that are omitted left out."""

    items: tuple[Expr, ...]

    def eval(self, scope: Scope) -> list[Any]:
        return [v for item in self.items if (v := item.eval(scope)) is not OMITTED]


def _number(value: Any) -> Any:
    """Constants of a rule file are exact: 0.5 is 1/2."""
    return to_fraction(value) if isinstance(value, float) else value


def _mapping(raw: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{what} must be a mapping")
    return raw


def parse_params(raw: Any, uses: Uses, what: str = "'params'") -> tuple[tuple[str, Expr], ...]:
    return tuple((str(name), parse_expr(value, uses)) for name, value in _mapping(raw or {}, what).items())


def _parse_message(raw: Mapping[str, Any], uses: Uses) -> Message:
    extra = set(raw) - {"message", "params"}
    if extra:
        raise ValueError(f"a message takes 'params' only, not {sorted(extra)}")
    key = raw["message"]
    if not isinstance(key, str):
        raise ValueError("'message' must be a message key")
    params = parse_params(raw.get("params"), uses)
    uses.messages.append((key, frozenset(name for name, _ in params)))
    return Message(key, params)


def _parse_message_for(raw: Mapping[str, Any], uses: Uses) -> MessageFor:
    if set(raw) != {"message_for", "prefix"}:
        raise ValueError("'message_for' takes a 'prefix' (and nothing else)")
    of = parse_expr(raw["message_for"], uses)
    uses.message_prefixes.append((str(raw["prefix"]), of.question_id if isinstance(of, Answer) else None))
    return MessageFor(of, str(raw["prefix"]))


def _parse_if(raw: Mapping[str, Any], uses: Uses) -> If:
    if not {"if", "then"} <= set(raw) <= {"if", "then", "else"}:
        raise ValueError("'if' takes 'then' and optionally 'else'")
    condition = uses.condition(parse_condition(raw["if"], names=True))
    otherwise = parse_expr(raw["else"], uses) if "else" in raw else None
    return If(condition, parse_expr(raw["then"], uses), otherwise)


def _parse_calc(raw: Mapping[str, Any], uses: Uses) -> Calc:
    name = raw["calc"]
    if not isinstance(name, str):
        raise ValueError("'calc' must name a calculator")
    args = tuple((str(k), parse_expr(v, uses)) for k, v in raw.items() if k != "calc")
    uses.calculators.append((name, frozenset(k for k, _ in args)))
    uses.questions.extend(uses.calculator_reads(name, {k: e.value for k, e in args if isinstance(e, Const)}))
    return Calc(name, args)


def _parse_single(key: str, raw: Mapping[str, Any], uses: Uses) -> Expr:
    if key in ("answer", "question"):
        if set(raw) != {key} or not isinstance(raw[key], str):
            raise ValueError(f"'{key}' takes one question id")
        uses.questions.append(raw[key])
        return Answer(raw[key]) if key == "answer" else Const(raw[key])
    if key == "v":
        if set(raw) != {"v"} or not isinstance(raw["v"], str):
            raise ValueError("'v' takes one value name")
        uses.names.append(raw["v"])
        return Name(raw["v"])
    if key == "quantity":
        if set(raw) != {"quantity", "unit"} or raw["unit"] not in UNITS:
            raise ValueError(f"'quantity' takes a 'unit' ({', '.join(UNITS)})")
        return Quantity(parse_expr(raw["quantity"], uses), str(raw["unit"]))
    if key == "pct":
        if not set(raw) <= {"pct", "threshold"}:
            raise ValueError("'pct' takes only a 'threshold'")
        threshold = parse_expr(raw["threshold"], uses) if "threshold" in raw else None
        return Percent(parse_expr(raw["pct"], uses), threshold)
    if key == "join":
        if not set(raw) <= {"join", "sep"} or not isinstance(raw["join"], list):
            raise ValueError("'join' takes a list and optionally 'sep'")
        return Join(tuple(parse_expr(item, uses) for item in raw["join"]), str(raw.get("sep", "; ")))
    if key == "map":
        if set(raw) != {"map"}:
            raise ValueError("'map' takes one mapping")
        return Table(parse_params(raw["map"], uses, "'map'"))
    if key == "assumption_value":
        if not set(raw) <= {"assumption_value", "default"}:
            raise ValueError("'assumption_value' takes only a 'default'")
        uses.assumptions.append(str(raw["assumption_value"]))
        return AssumptionValue(str(raw["assumption_value"]), _number(raw.get("default")))
    raise AssertionError(key)


_PARSERS: dict[str, Callable[[Mapping[str, Any], Uses], Expr]] = {
    "message": _parse_message,
    "message_for": _parse_message_for,
    "if": _parse_if,
    "calc": _parse_calc,
}
_SINGLE = ("answer", "question", "v", "quantity", "pct", "join", "assumption_value", "map")


def parse_expr(raw: Any, uses: Uses) -> Expr:
    """Parse one expression (see the module docstring); ``uses`` gathers what it refers to, in order."""
    if isinstance(raw, list):
        return ListOf(tuple(parse_expr(item, uses) for item in raw))
    if not isinstance(raw, Mapping):
        return Const(_number(raw))
    for key, parser in _PARSERS.items():
        if key in raw:
            return parser(raw, uses)
    for key in _SINGLE:
        if key in raw:
            return _parse_single(key, raw, uses)
    raise ValueError(f"unknown expression {dict(raw)}; see c102desk/engine/rulebook/expressions.py")


def walk(expr: Expr) -> Iterator[Expr]:
    """Every expression inside ``expr`` (itself included)."""
    yield expr
    children: list[Expr] = []
    if isinstance(expr, Message | Calc):
        children = [e for _, e in (expr.params if isinstance(expr, Message) else expr.args)]
    elif isinstance(expr, Join | ListOf):
        children = list(expr.items)
    elif isinstance(expr, Table):
        children = [e for _, e in expr.entries]
    elif isinstance(expr, If):
        children = [expr.then, *([expr.otherwise] if expr.otherwise else [])]
    elif isinstance(expr, MessageFor):
        children = [expr.of]
    elif isinstance(expr, Quantity):
        children = [expr.amount]
    elif isinstance(expr, Percent):
        children = [expr.value, *([expr.threshold] if expr.threshold else [])]
    for child in children:
        yield from walk(child)
