"""The quick schema check (c102desk/assessment/schema_check.py) never says yes where jsonschema says no: on the
example files and many changed copies of them its "valid" is always jsonschema's; a valid file is checked
without loading jsonschema, an invalid one still gets jsonschema's message."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from c102desk.assessment.file_format import _plain, assessment_schema, parse_assessment
from c102desk.assessment.schema_check import conforms
from c102desk.bench.data import long_notes_assessment
from c102desk.errors import AssessmentFileError
from c102desk.resources import resource_path

EXAMPLES = ("northland-all-parts", "midland-three-parts", "southland-blocked")


def _document(name: str) -> dict[str, Any]:
    text = resource_path("examples", f"{name}.c102.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text, parse_float=Decimal)
    return document


def _jsonschema_valid(document: Any) -> bool:
    return jsonschema.Draft202012Validator(assessment_schema()).is_valid(_plain(document))


def test_the_examples_and_a_store_export_conform() -> None:
    for name in EXAMPLES:
        assert conforms(_document(name), assessment_schema())
    exported = json.loads(long_notes_assessment(300, 12), parse_float=Decimal)
    exported["assessors"] = [{"ref": "A1", "name": "Amélie", "organisation": "Ministère", "role": "assessor"}]
    exported["assessment"] = {"id": "x", "status": "final", "revision": 2, "previous_revision_id": None,
                              "created": "2025-01-01", "changed": "2025-01-02"}
    exported["history"] = [{"question": "II.scheme.exists", "old": None, "new": True, "at": "2025-01-01",
                            "assessor": "A1"}]
    assert conforms(exported, assessment_schema()) and _jsonschema_valid(exported)


# Values that a schema check tells apart: kinds, numbers on both sides of the limits, enum words, long texts …
_ODD = [None, True, False, 0, 1, -1, 2, Decimal("1.0"), Decimal("0.5"), Decimal("1.5"), Decimal("-1"),
        Decimal("1E+400"), 1.5, 2.0, float("nan"), "", "x", "draft", "final", "copy", "path", "high", "medium",
        "c102-assessment", "I.x", "II.scheme.exists", "a" * 33, "a" * 201, "a" * 501, "0" * 64, "g" * 64,
        ["x"], [1], [], {}, {"ref": "E1"}, {"ref": "E1", "name": "n", "sha256": "a" * 64, "size": 1}]
_ODD_VALUES = st.sampled_from(_ODD)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*path, index))
    return out


def _small_document() -> dict[str, Any]:
    """A file with every part the schema describes, small, so that changes often land where the schema looks."""
    return {
        "format": "c102-assessment", "format_version": 1, "questionnaire_version": "2", "country": "Northland",
        "title": "t", "answers": {"II.scheme.exists": True, "I.wages.currency": "NLD", "II.cov.share": Decimal("50"),
                                  "I.stats.industrial_sectors": ["mining"], "III.x.y": None},
        "assessment": {"id": "x", "status": "draft", "revision": 1, "previous_revision_id": None, "created": "c",
                       "changed": "c"},
        "assessors": [{"ref": "A1", "name": "n", "organisation": "o", "role": "r"}],
        "evidence": [{"ref": "E1", "name": "f.pdf", "sha256": "a" * 64, "size": 3, "storage": "copy", "path": "p",
                      "added": "a"}],
        "answer_details": {"II.scheme.exists": {"changed": "c", "assessor": "A1", "note": "n", "legal_citation": "l",
                                                "confidence": "low", "evidence": ["E1"]}},
        "history": [{"question": "II.scheme.exists", "old": None, "new": True, "at": "a", "assessor": None}],
        "exported_at": "e", "generator": "g",
    }


def _changed(document: Any, path: tuple[Any, ...], value: Any, how: str) -> None:
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if how == "delete" and isinstance(parent, dict):
        del parent[path[-1]]
    elif how == "key" and isinstance(parent, dict):
        parent[str(value)[:8] or "?"] = parent.pop(path[-1])
    else:
        parent[path[-1]] = copy.deepcopy(value)


def test_every_single_change_of_a_small_file_is_judged_as_jsonschema_does() -> None:
    validator = jsonschema.Draft202012Validator(assessment_schema())
    judged = 0
    for path in _paths(_small_document())[1:]:
        for how, values in (("set", _ODD), ("delete", [None]), ("key", ["x", "II.y", "format"])):
            for value in values:
                document = _small_document()
                _changed(document, path, value, how)
                if conforms(document, assessment_schema()):
                    assert validator.is_valid(_plain(document)), (path, how, value)
                judged += 1
    assert judged > 1000


@settings(max_examples=500, deadline=None)
@given(changes=st.lists(st.tuples(st.integers(0, 10_000), _ODD_VALUES, st.sampled_from(["set", "delete", "key"])),
                        min_size=1, max_size=2))
def test_two_changes_are_judged_as_jsonschema_does(changes: list[tuple[int, Any, str]]) -> None:
    document: Any = _small_document()
    assert conforms(document, assessment_schema()) and _jsonschema_valid(document)
    for index, value, how in changes:
        paths = _paths(document)
        path = paths[index % len(paths)]
        if path:
            _changed(document, path, value, how)
    if conforms(document, assessment_schema()):
        assert _jsonschema_valid(document)


def test_a_schema_keyword_it_does_not_check_is_left_to_jsonschema() -> None:
    assert conforms({"a": 1}, {"type": "object"})
    assert not conforms({"a": 1}, {"type": "object", "maxProperties": 3})  # unknown: not known to be valid
    assert not conforms("x", {"format": "date"})
    assert not conforms(2, {"multipleOf": 2})


def test_an_invalid_file_still_gets_jsonschemas_message() -> None:
    document = _document("northland-all-parts")
    document["assessment"] = {"status": "archived"}
    with pytest.raises(AssessmentFileError, match=r"assessment/status: 'archived' is not one of \['draft', 'final'\]"):
        parse_assessment(json.dumps(document, default=str), "x.c102.json")


def test_evaluating_a_valid_file_loads_no_jsonschema() -> None:
    script = ("import sys\nfrom c102desk.cli import main\nmain(['evaluate', sys.argv[1]])\n"
              "print('jsonschema' in sys.modules, file=sys.stderr)")
    example = resource_path("examples", "northland-all-parts.c102.json")
    done = subprocess.run([sys.executable, "-c", script, str(example)], capture_output=True, text=True, check=True,
                          timeout=120)
    assert "Northland" in done.stdout  # it printed the verdicts
    assert done.stderr.strip().splitlines()[-1] == "False"
