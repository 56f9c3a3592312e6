"""Translatable messages: a text that remembers its key and parameters and renders in any language.

A ``Msg`` is a ``str`` (its English rendering, so existing code keeps working) that also renders in French or
Spanish on request. Its parameters are rendered for the language too: numbers with its separators, a ``Pct``
as a percentage, a ``Qty`` with its unit agreeing in number, a nested ``Msg`` (or anything with a
``render(lang)`` method, such as the questionnaire's question names) in the same language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Protocol, runtime_checkable

from c102desk.i18n.catalogue import DEFAULT_LANGUAGE, CatalogError, has_key, template
from c102desk.i18n.formats import Number, format_number, format_percent, quantity
from c102desk.i18n.typography import separator

JOIN = "__join__"


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


def text(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The catalogue's text ``key`` in ``lang`` with its ``{fields}`` filled in (each rendered for ``lang``)."""
    if key == JOIN:
        return separator(str(params["sep"]), lang).join(render_param(item, lang) for item in params["items"])
    rendered = {name: render_param(value, lang) for name, value in params.items()}
    try:
        return template(key, lang).format_map(rendered)
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


def text_in(value: str, lang: str) -> str:
    """Render any text in ``lang``: a Msg is translated, a plain str is returned as it is."""
    return value.render(lang) if isinstance(value, Msg) else value


__all__ = ["JOIN", "Msg", "Pct", "Qty", "Renderable", "has_key", "render_param", "text", "text_in"]
