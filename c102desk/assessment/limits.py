"""The limits of an assessment file, and the JSON reader that holds them (docs/assessment-file.md, "Limits").

An assessment file comes from anywhere — another laptop, an e-mail, a USB stick, a script — so it is read as
untrusted input: every limit is checked while or right after the text is parsed, before anything else looks
at the values, and a file over a limit is refused with one sentence naming what and where. Without them a file
could take the program down or stall it: a 200 MB file took 2 GB of memory, ``1e999999999`` or a 5,000-digit
integer hung or crashed the checks, ``NaN`` and lone surrogates crashed the store and the report, a 10 MB title
made the report run for minutes, and a JSON object with a key twice silently kept the second value.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from c102desk.assessment.errors import (
    CutShortError,
    FileNotReadableError,
    FileTooLargeError,
    NotJsonError,
    RefusedContentsError,
)

MAX_FILE_BYTES = 16 * 1024 * 1024  # 16 MiB: an assessment with 100,000 history entries is about 15 MB
MAX_DEPTH = 32  # nesting of objects and lists; the format itself needs 5
MAX_STRING_CHARS = 20_000  # any text in the file (a note, a text answer); some keys have less (the schema)
MAX_KEY_CHARS = 200
# Shorter limits of some texts, in the JSON Schema (resources/schema/, "maxLength"; a test keeps them equal)
TEXT_LIMITS = {"text": MAX_STRING_CHARS, "country": 200, "title": 500, "name": 200}
MAX_NUMBER = 10**18  # every number's magnitude stays below this (below 2**63, SQLite's integer limit)
_MAX_DIGITS = 18  # digits of MAX_NUMBER - 1
MAX_DECIMALS = 20  # digits after the decimal point
MAX_NUMBER_CHARS = 64  # of a number as written in the file

# C0 control characters other than tab, line feed and carriage return, and halves of surrogate pairs (only
# "\ud800"-style escapes can produce them: they cannot be stored, printed or written to a PDF).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
# What a text cut short may end with (``cut_short``)
_CUT_WORD = re.compile(r"t(r(u)?)?|f(a(l(s)?)?)?|n(u(l)?)?|-")  # the start of true, false, null, a number
_CUT_NUMBER = re.compile(r"[.eE]|[eE][-+]")  # a number's fraction or exponent begun after its digits
_HEX = re.compile(r"[0-9A-Fa-f]*")


class _Refused(Exception):
    """Raised by the parser's hooks; becomes a RefusedContentsError naming the file (and the key, when known)."""

    def __init__(self, problem: str, key: str | None = None) -> None:
        super().__init__(problem)
        self.key = key


def read_limited(path: Path) -> bytes:
    """The bytes of an assessment file, refused early when larger than ``MAX_FILE_BYTES`` (also for a device or
    a pipe, which is read only that far)."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FileNotReadableError(str(path), "is a folder, not an assessment file")
        if size > MAX_FILE_BYTES:
            _too_large(path, size)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise FileNotReadableError(str(path), "no such file") from None
    except OSError as exc:
        raise FileNotReadableError(str(path), f"cannot be read ({exc.strerror})", exc.strerror) from None
    except ValueError:  # a NUL character in the name
        raise FileNotReadableError(repr(path), "not a file name") from None
    if len(data) > MAX_FILE_BYTES:
        _too_large(path, None)
    return data


def _too_large(path: Path | str, size: int | None) -> NoReturn:
    actual = f" ({size / 1024 / 1024:.0f} MB)" if size else ""
    raise FileTooLargeError(
        str(path),
        f"the file is too large{actual} for an assessment file; at most {MAX_FILE_BYTES // 1024 // 1024} MB are read",
    )


def load_json(text: str, source: str) -> Any:
    """Parse the text of an assessment file within the limits (numbers with a fraction as ``Decimal``)."""
    if len(text) > MAX_FILE_BYTES:
        _too_large(source, len(text))
    try:
        value = json.loads(text, parse_float=_decimal, parse_int=_integer, parse_constant=_constant,
                           object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        where = f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
        if cut_short(text, exc):
            raise CutShortError(source, f"not valid JSON (the file seems cut off): {where}") from None
        raise NotJsonError(source, f"not valid JSON: {where}") from None
    except _Refused as exc:
        raise RefusedContentsError(source, str(exc), exc.key) from None
    except RecursionError:
        _too_deep(source, "(top level)")
    _check_values(value, source)
    return value


def cut_short(text: str, error: json.JSONDecodeError) -> bool:
    """Whether ``error`` is where ``text`` ends too early: after its last value began (brackets left open), inside
    a string (json says "Unterminated string" only when the text ends before the closing quote), in a \\u escape,
    a word (true, false, null) or a number."""
    rest = text[error.pos:].rstrip()
    if not rest or error.msg.startswith("Unterminated string"):
        return True
    if error.msg.startswith("Invalid \\uXXXX escape"):  # at the "u", its four digits running past the end
        return len(rest) < 5 and _HEX.fullmatch(rest[1:]) is not None
    if error.msg == "Expecting value":
        return _CUT_WORD.fullmatch(rest) is not None
    return _CUT_NUMBER.fullmatch(rest) is not None and text[error.pos - 1:error.pos].isdigit()


def _decimal(token: str) -> Decimal:
    value = Decimal(_number_text(token))
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):  # NaN or Infinity (JSON text cannot hold them here; Python values can)
        raise _Refused(f"{token} is not a number an assessment may hold")
    if exponent < -MAX_DECIMALS:
        raise _Refused(f"the number {_shown(token)} has more than {MAX_DECIMALS} digits after the decimal point")
    if exponent >= _MAX_DIGITS or (value and value.adjusted() >= _MAX_DIGITS):
        raise _Refused(f"the number {_shown(token)} is too large (numbers must stay below 10^{_MAX_DIGITS})")
    return value


def _integer(token: str) -> int:
    digits = _number_text(token).lstrip("-")
    if len(digits) > _MAX_DIGITS or abs(int(token)) >= MAX_NUMBER:
        raise _Refused(f"the number {_shown(token)} is too large (numbers must stay below 10^{_MAX_DIGITS})")
    return int(token)


def _number_text(token: str) -> str:
    if len(token) > MAX_NUMBER_CHARS:
        raise _Refused(f"the number {_shown(token)} has too many digits")
    return token


def _constant(token: str) -> NoReturn:
    raise _Refused(f"{token} is not a number an assessment file may hold (JSON has no {token})")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Refused(f"the key {_shown_text(key)!r} appears twice in the same object; keep one of them",
                               _shown_text(key))
            seen.add(key)
    return found


def _check_values(value: Any, source: str) -> None:
    """Depth, text length and characters of everything parsed: without recursion, so depth cannot crash it."""
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, where, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                _too_deep(source, where)
            if isinstance(item, dict):
                for key, inner in item.items():
                    _check_text(key, f"{where}/{_shown_text(key)}", source, MAX_KEY_CHARS, "key")
                    stack.append((inner, f"{where}/{_shown_text(key)}", depth + 1))
            else:
                stack.extend((inner, f"{where}/{n}", depth + 1) for n, inner in enumerate(item))
        elif isinstance(item, str):
            _check_text(item, where, source, MAX_STRING_CHARS, "text")


def _check_text(text: str, where: str, source: str, limit: int, what: str) -> None:
    problem = text_problem(text, limit, what)
    if problem is not None:
        raise RefusedContentsError(source, f"{_place(where)}: {problem}", _place(where))


def text_problem(text: str, limit: int = MAX_STRING_CHARS, what: str = "text") -> str | None:
    """Why ``text`` may not be kept in an assessment (too long, a control character, a broken surrogate), or
    None. The store holds what it saves to the same limits, so that every export can be imported again."""
    if len(text) > limit:
        return f"the {what} is too long ({len(text):,} characters; at most {limit:,})"
    bad = _FORBIDDEN.search(text)
    if bad is None:
        return None
    char = bad.group()
    kind = "an invalid character" if "\ud800" <= char <= "\udfff" else "a control character"
    return f"the {what} holds {kind} (U+{ord(char):04X}), which is not text"


def value_problem(value: Any) -> str | None:
    """``text_problem`` for an answer's value (a text, a list of texts), and the number limits; None if fine."""
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, list):
        return next((p for p in (value_problem(v) for v in value) if p is not None), None)
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        return None
    try:
        _integer(str(value)) if isinstance(value, int) else _decimal(str(value))
    except (_Refused, ArithmeticError, ValueError) as exc:
        return str(exc) if isinstance(exc, _Refused) else f"{value!r} is not a number an assessment may hold"
    return None


def _too_deep(source: str, where: str) -> NoReturn:
    raise RefusedContentsError(
        source, f"{_place(where)}: objects and lists are nested too deeply (at most {MAX_DEPTH} levels)", _place(where)
    )


def _place(where: str) -> str:
    """Where in the file, as a path of keys and positions (shortened when very deep)."""
    place = where.lstrip("/") or "(top level)"
    return place if len(place) <= 80 else place[:60] + "/…"


def _shown(token: str) -> str:
    return token if len(token) <= 24 else f"{token[:10]}…{token[-6:]} ({len(token):,} characters)"


def _shown_text(text: str) -> str:
    """A key or value as it may appear in a message: cut, and printable (no surrogates or controls)."""
    cut = text if len(text) <= 60 else text[:57] + "…"
    return _FORBIDDEN.sub("\ufffd", cut)
