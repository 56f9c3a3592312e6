"""Mutated assessment files — a value replaced by any JSON value, or bytes flipped, inserted or cut — are read
or refused with one AssessmentFileError: never another exception, never a hang (hypothesis, derandomized)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c102desk.assessment import parse_assessment
from c102desk.errors import AssessmentFileError
from tests.faults.figures import FUZZED_INPUTS
from tests.store.fault_tools import EXAMPLES

BASE: dict[str, Any] = json.loads((EXAMPLES / "midland-three-parts.c102.json").read_text(encoding="utf-8"))
BASE_TEXT = json.dumps(BASE)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=10**17, max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
PLACES = [(), ("answers",), ("assessment",), ("answer_details",), ("history",), ("evidence",)]
FUZZ = settings(max_examples=FUZZED_INPUTS // 3, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])


def _read(text: str | bytes) -> None:
    try:
        parse_assessment(text, "fuzzed.c102.json")
    except AssessmentFileError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzzed.c102.json")


@FUZZ
@given(key=st.sampled_from([*BASE, *BASE["answers"], "assessment", "history", "x"]), value=json_values,
       place=st.sampled_from(PLACES))
def test_any_value_anywhere(key: str, value: Any, place: tuple[str, ...]) -> None:
    document = json.loads(BASE_TEXT)
    target = document
    for step in place:
        target = target.setdefault(step, {}) if not isinstance(target.get(step), list) else {}
    target[key] = value
    _read(json.dumps(document, allow_nan=True))


@FUZZ
@given(cuts=st.lists(st.tuples(st.integers(0, len(BASE_TEXT)), st.integers(0, 8), st.binary(max_size=8)),
                     min_size=1, max_size=4))
def test_bytes_flipped_inserted_or_cut(cuts: list[tuple[int, int, bytes]]) -> None:
    data = bytearray(BASE_TEXT.encode("utf-8"))
    for position, length, replacement in cuts:
        data[position:position + length] = replacement
    _read(bytes(data))


@FUZZ
@given(depth=st.integers(1, 3000), number=st.sampled_from(["1e999999999", "-1e-99999", "9" * 5000, "NaN",
                                                            "Infinity", "1" * 19, "0." + "0" * 30 + "1"]))
def test_deep_and_enormous_values(depth: int, number: str) -> None:
    nested = "[" * depth + number + "]" * depth
    _read(BASE_TEXT.replace('"I.child.age_limit": 18', f'"I.child.age_limit": {nested}'))
