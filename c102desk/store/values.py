"""Answer values as JSON text, numbers kept exactly.

The file reader gives ``Decimal`` for JSON numbers with a fraction; their exact text is stored ("45.50" stays
"45.50"), and reading gives the same ``Decimal`` back.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def dump_json(value: Any, *, indent: int | None = None) -> str:
    """JSON text of ``value`` (dicts, lists, str, int, float, Decimal, bool, None); Decimals verbatim."""
    parts: list[str] = []
    _write(value, parts, indent, 0)
    return "".join(parts)


def load_json(text: str) -> Any:
    """Read JSON text with numbers that have a fraction or exponent as ``Decimal``."""
    return json.loads(text, parse_float=Decimal)


def _write(value: Any, out: list[str], indent: int | None, level: int) -> None:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a number JSON can hold")
        out.append(str(value))
    elif isinstance(value, dict):
        _write_container([(k, v) for k, v in value.items()], "{", "}", out, indent, level)
    elif isinstance(value, list | tuple):
        _write_container([(None, v) for v in value], "[", "]", out, indent, level)
    else:
        out.append(json.dumps(value, ensure_ascii=False, allow_nan=False))


def _write_container(
    items: list[tuple[Any, Any]], opening: str, closing: str, out: list[str], indent: int | None, level: int
) -> None:
    if not items:
        out.append(opening + closing)
        return
    out.append(opening)
    inner = "" if indent is None else "\n" + " " * (indent * (level + 1))
    separator = ", " if indent is None else ","
    for position, (key, item) in enumerate(items):
        if position:
            out.append(separator)
        out.append(inner)
        if key is not None:
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be text, got {key!r}")
            out.append(json.dumps(key, ensure_ascii=False) + ": ")
        _write(item, out, indent, level + 1)
    out.append("" if indent is None else "\n" + " " * (indent * level))
    out.append(closing)
