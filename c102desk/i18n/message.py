"""Translatable messages: a text that remembers its key and parameters and renders in any language.

A ``Msg`` is a ``str`` (its English rendering, so existing code keeps working) that also renders in French or
Spanish on request. Its parameters are rendered for the language too: numbers with its separators, a ``Pct``
as a percentage, a ``Qty`` with its unit agreeing in number, a nested ``Msg`` (or anything with a
``render(lang)`` method, such as the questionnaire's question names) in the same language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Protocol, runtime_checkable

from c102desk.i18n.catalogue import DEFAULT_LANGUAGE, CatalogError, has_key, template
from c102desk.i18n.formats import Number, amount, format_number, format_percent, quantity
from c102desk.i18n.typography import separator
from c102desk.i18n.verdicts import requirement_name

JOIN = "__join__"
# A parameter named "question", "questions", "…_question(s)" or "…_q" holds question ids, and a template may name
# a question itself as ``{q[<question id>]}``: readers see the questions' words instead (``with_question_names``),
# never the ids.
_QUESTION_PARAM = re.compile(r"(?:^|_)questions?$|_q$")
_QUESTION_REF = re.compile(r"\{q\[([^\]]+)\](?::silent)?\}")
SILENT = "silent"  # {q[<id>]:silent}: the question a sentence is about, printed as nothing
QUESTION_WORDS = "q"
# A parameter named "rule" or "…_rule" holds a requirement id: readers see the requirement's name.
_RULE_PARAM = re.compile(r"(?:^|_)rule$")


@runtime_checkable
class Renderable(Protocol):
    """Anything that knows how it reads in each language."""

    def render(self, lang: str) -> str: ...


class Pct:
    """A percentage parameter, with the threshold it is compared to (for the precision shown)."""

    __slots__ = ("threshold", "value")

    def __init__(self, value: Number, threshold: Number | None = None) -> None:
        self.value = value
        self.threshold = threshold

    def render(self, lang: str) -> str:
        return format_percent(self.value, lang, self.threshold)


class Qty:
    """A number with its unit (``unit.<unit>.one|other`` in formats.yaml): "1 day", "3 days", "1,5 an"."""

    __slots__ = ("unit", "value")

    def __init__(self, value: Number, unit: str) -> None:
        self.value = value
        self.unit = unit

    def render(self, lang: str) -> str:
        return quantity(self.value, self.unit, lang)


class QuestionRef(Protocol):
    """A question named in a message: renders as its words, remembers its id."""

    question_id: str

    def render(self, lang: str) -> str: ...


class QuestionWords:
    """The ``q`` parameter of a message whose template names questions as ``{q[<question id>]}``."""

    __slots__ = ("name",)

    def __init__(self, name: Callable[[str], QuestionRef]) -> None:
        self.name = name

    def in_language(self, lang: str) -> _Lookup:
        return _Lookup(lambda question_id: self.name(question_id).render(lang))


class _Lookup:
    __slots__ = ("get",)

    def __init__(self, get: Callable[[str], str]) -> None:
        self.get = get

    def __getitem__(self, key: str) -> _Words:
        return _Words(self.get(key))


class _Words(str):
    """A question's words in a template: ``{q[<id>]}`` prints them, ``{q[<id>]:silent}`` prints nothing."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return "" if spec == SILENT else str.__format__(self, spec)


_UNBOUND = _Lookup(lambda question_id: question_id)  # before with_question_names: the id as written


def render_param(value: Any, lang: str) -> str:
    """One parameter as it reads in ``lang``."""
    if isinstance(value, Msg):
        # A Msg already holds its English text: no need to render it again.
        return str.__str__(value) if lang == DEFAULT_LANGUAGE else value.render(lang)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Fraction | Decimal | int | float):
        return format_number(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(render_param(v, lang) for v in value)
    if isinstance(value, Renderable):
        return value.render(lang)
    return str(value)


class Amount:
    """An amount of money: the number for the language, the currency as the assessor gave it, the period
    ("2 600 MDL par mois")."""

    __slots__ = ("currency", "period", "value")

    def __init__(self, value: Number, currency: str = "", period: str | None = None) -> None:
        self.value = value
        self.currency = currency
        self.period = period

    def render(self, lang: str) -> str:
        return amount(self.value, self.currency, self.period, lang)


def _render_named(name: str, value: Any, lang: str) -> Any:
    if isinstance(value, QuestionWords):
        return value.in_language(lang)
    if type(value) is str and _RULE_PARAM.search(name):
        return requirement_name(value, lang)
    return render_param(value, lang)


def text(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The catalogue's text ``key`` in ``lang`` with its ``{fields}`` filled in (each rendered for ``lang``)."""
    if key == JOIN:
        return separator(str(params["sep"]), lang).join(render_param(item, lang) for item in params["items"])
    rendered: dict[str, Any] = {name: _render_named(name, value, lang) for name, value in params.items()}
    found = template(key, lang)
    if QUESTION_WORDS not in rendered and "{q[" in found:
        rendered[QUESTION_WORDS] = _UNBOUND
    try:
        return found.format_map(rendered)
    except KeyError as exc:
        raise CatalogError(f"message {key!r} ({lang}) uses {exc.args[0]!r}, which is not given") from None


class Msg(str):
    """Translatable text: a str holding its English rendering, plus the key and parameters to render others."""

    key: str
    params: Mapping[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Msg:
        obj = super().__new__(cls, text(key, DEFAULT_LANGUAGE, **params))
        obj.key = key
        obj.params = params
        return obj

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return text(self.key, lang, **self.params)

    @classmethod
    def join(cls, items: Iterable[str], sep: str = "; ") -> Msg:
        """Several texts one after another (each translated when it is a Msg); ``sep`` is written as each
        language writes it (``separator``)."""
        return cls(JOIN, items=tuple(items), sep=sep)

    def __reduce__(self) -> tuple[Any, ...]:  # keep pickling/copying working for a str subclass
        return (_rebuild, (self.key, dict(self.params)))


def _rebuild(key: str, params: dict[str, Any]) -> Msg:
    return Msg(key, **params)


def is_question_param(name: str) -> bool:
    return bool(_QUESTION_PARAM.search(name))


def with_question_names(value: str, name: Callable[[str], QuestionRef]) -> str:
    """``value`` with every question-type parameter, in it and in the messages nested in it, replaced by
    ``name(question_id)`` (something that renders as the question's words in each language); unchanged, the same
    object, when it has none."""
    if not isinstance(value, Msg):
        return value
    params: dict[str, Any] = {}
    changed = False
    for key, param in value.params.items():
        new = _named(param, name) if is_question_param(key) else _nested(param, name)
        changed = changed or new is not param
        params[key] = new
    if value.key != JOIN and QUESTION_WORDS not in params and "{q[" in template(value.key):
        params[QUESTION_WORDS] = QuestionWords(name)
        changed = True
    return Msg(value.key, **params) if changed else value


def question_ids_in(value: str) -> list[str]:
    """The questions a message names (its question-type parameters and its ``{q[…]}``), nested ones included, in
    the order they are named: what the message says is missing, when it is about missing information."""
    found: list[str] = []
    _collect(value, found)
    return list(dict.fromkeys(found))


def _collect(value: Any, found: list[str]) -> None:
    if isinstance(value, Msg):
        if value.key != JOIN:
            found.extend(_QUESTION_REF.findall(template(value.key)))
        for key, param in value.params.items():
            if is_question_param(key):
                items = param if isinstance(param, list | tuple) else (param,)
                found.extend(p if isinstance(p, str) else str(getattr(p, "question_id", "")) for p in items
                             if isinstance(p, str) or hasattr(p, "question_id"))
            _collect(param, found)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, found)


def _named(param: Any, name: Callable[[str], QuestionRef]) -> Any:
    if isinstance(param, str) and not isinstance(param, Msg):
        return name(param)
    if isinstance(param, list | tuple) and all(isinstance(p, str) for p in param):
        return tuple(name(p) for p in param)
    return _nested(param, name)


def _nested(param: Any, name: Callable[[str], QuestionRef]) -> Any:
    if isinstance(param, Msg):
        return with_question_names(param, name)
    if isinstance(param, list | tuple) and any(isinstance(p, Msg) for p in param):
        items = tuple(_nested(p, name) for p in param)
        return items if any(a is not b for a, b in zip(items, param, strict=True)) else param
    return param


def text_in(value: str, lang: str) -> str:
    """Render any text in ``lang``: a Msg is translated, a plain str is returned as it is."""
    return value.render(lang) if isinstance(value, Msg) else value


__all__ = [
    "JOIN",
    "Amount",
    "Msg",
    "Pct",
    "Qty",
    "QuestionRef",
    "QuestionWords",
    "Renderable",
    "has_key",
    "is_question_param",
    "question_ids_in",
    "render_param",
    "text",
    "text_in",
    "with_question_names",
]
