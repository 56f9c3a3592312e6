"""A quick yes to "does this document follow the schema?" for the plain JSON Schema keywords the assessment schema
uses, without loading jsonschema.

Importing jsonschema (with referencing, attrs, rpds …) costs several times what ``c102desk evaluate`` otherwise
spends on a valid file. ``conforms`` answers True only when every keyword it meets is one it checks exactly as
JSON Schema 2020-12 (and the jsonschema package) does and the document passes them all; False means "not known
to be valid": a document that fails, or a schema keyword this module does not check. The caller then asks
jsonschema, which says what is wrong in its own words (or finds it valid after all). So a valid file needs no
jsonschema, and an invalid one gets the same message as before.

Numbers may be ``Decimal`` (assessment files are read with ``parse_float=Decimal``): jsonschema is given them as
floats, and so is every check here (an integral float is an integer to jsonschema).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

# Keywords that only describe; they never make a document invalid.
_ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "$comment", "examples", "default"})
_CHECKED = frozenset({"type", "required", "properties", "additionalProperties", "propertyNames", "items", "const",
                      "enum", "minimum", "minLength", "maxLength", "pattern"})


class _Unsure(Exception):
    """The schema uses something this module does not check: the answer is left to jsonschema."""


def conforms(document: Any, schema: Mapping[str, Any]) -> bool:
    """True when ``document`` is known to follow ``schema``; False when it does not or when that is not known."""
    try:
        return _valid(document, schema)
    except _Unsure:
        return False


def _valid(value: Any, schema: Any) -> bool:
    if isinstance(value, Decimal):
        value = float(value)  # what jsonschema is given (file_format._plain)
    if schema is True:
        return True
    if not isinstance(schema, Mapping):
        raise _Unsure  # False schemas, references … are jsonschema's to judge
    unknown = schema.keys() - _CHECKED - _ANNOTATIONS
    if unknown:
        raise _Unsure
    if "type" in schema and not _of_type(value, schema["type"]):
        return False
    if "const" in schema and not _same(value, schema["const"]):
        return False
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        return False
    if _is_number(value) and "minimum" in schema:
        minimum = schema["minimum"]
        if not _is_number(minimum) or isinstance(minimum, float) or value != value or value < minimum:
            return False
    if isinstance(value, str) and not _valid_string(value, schema):
        return False
    if isinstance(value, list) and "items" in schema:
        items = schema["items"]
        if not all(_valid(item, items) for item in value):
            return False
    if isinstance(value, dict):
        return _valid_object(value, schema)
    return True


def _valid_string(value: str, schema: Mapping[str, Any]) -> bool:
    if "minLength" in schema and len(value) < _count(schema["minLength"]):
        return False
    if "maxLength" in schema and len(value) > _count(schema["maxLength"]):
        return False
    return not ("pattern" in schema and _pattern(schema["pattern"]).search(value) is None)


def _valid_object(value: dict[Any, Any], schema: Mapping[str, Any]) -> bool:
    if not all(isinstance(key, str) for key in value):
        raise _Unsure
    if any(key not in value for key in schema.get("required", ())):
        return False
    if "propertyNames" in schema and not all(_valid(key, schema["propertyNames"]) for key in value):
        return False
    properties = schema.get("properties", {})
    for key, item in value.items():
        if key in properties:
            if not _valid(item, properties[key]):
                return False
        elif "additionalProperties" in schema:
            extra = schema["additionalProperties"]
            if extra is False:
                return False
            if not _valid(item, extra):
                return False
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _of_type(value: Any, kind: Any) -> bool:
    if isinstance(kind, list):
        return any(_of_type(value, one) for one in kind)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    if kind == "number":
        return _is_number(value)
    if kind == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    raise _Unsure


def _same(value: Any, expected: Any) -> bool:
    """JSON equality for the scalars a schema's const or enum names (True is not 1, as in jsonschema)."""
    if expected is None or isinstance(expected, (bool, str)):
        return type(value) is type(expected) and value == expected
    raise _Unsure  # numbers, arrays, objects: left to jsonschema's notion of equality


def _count(limit: Any) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise _Unsure
    return limit


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
