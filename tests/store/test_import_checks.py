"""What an imported file says about its evidence is checked against the files at hand, and what the store
saves stays within the file's limits (so that every export imports again)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from c102desk.errors import AssessmentFileError
from c102desk.store import InvalidAnswerError, Store
from c102desk.store.paths import evidence_dir

from .conftest import dump_store, dump_tables

pytestmark = pytest.mark.both_backends  # every test on the local file and on a server


def _with_evidence(store: Store, tmp_path: Path, *, keep_copy: bool) -> tuple[str, Path, Path]:
    assessment_id = store.create_assessment("Ruritania", "evidence")
    original = tmp_path / "labour-code.pdf"
    original.write_bytes(b"%PDF-1.4 the labour code, 2024 edition")
    evidence = store.add_evidence(assessment_id, original, keep_copy=keep_copy)
    store.set_answer(assessment_id, "I.stats.employees", 10, evidence_ids=[evidence])
    exported = tmp_path / "with-evidence.c102.json"
    store.export_file(assessment_id, exported)
    return assessment_id, original, exported


def test_evidence_at_its_path_must_be_the_file_named(store: Store, tmp_path: Path) -> None:
    _assessment, original, exported = _with_evidence(store, tmp_path, keep_copy=False)
    with Store.open(tmp_path / "fresh") as fresh:
        fresh.import_file(exported)  # the file at its path is the one: accepted
        original.write_bytes(b"%PDF-1.4 the labour code, a different edition")
        before = dump_tables(fresh.folder)
        with pytest.raises(AssessmentFileError, match="SHA-256 or size differs"):
            fresh.import_file(exported, on_conflict="keep_both")
        assert dump_tables(fresh.folder) == before
        original.unlink()  # not at hand here (another computer): its details are kept as they are
        fresh.import_file(exported, on_conflict="keep_both")


def test_the_stores_copy_of_evidence_must_match_its_sha256(store: Store, tmp_path: Path) -> None:
    _assessment, _original, exported = _with_evidence(store, tmp_path, keep_copy=True)
    (copy,) = [p for p in evidence_dir(store.folder).iterdir() if len(p.name) == 64]
    store.import_file(exported, on_conflict="keep_both")  # the copy is whole
    copy.write_bytes(b"something else")
    before = dump_store(store)
    with pytest.raises(AssessmentFileError, match="SHA-256 or size differs"):
        store.import_file(exported, on_conflict="keep_both")
    assert dump_store(store) == before


def test_a_stored_copy_must_be_named_by_its_sha256(store: Store, tmp_path: Path) -> None:
    _assessment, _original, exported = _with_evidence(store, tmp_path, keep_copy=True)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["evidence"][0]["path"] = "../../../../etc/passwd"
    exported.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(AssessmentFileError, match="named by its SHA-256"):
        store.import_file(exported, on_conflict="keep_both")


@pytest.mark.parametrize(("field", "value", "words"), [
    ("note", "n" * 20_001, "too long"),
    ("note", "a\x1b[2J", "control character"),
    ("legal_citation", "Act \ud800", "invalid character"),
])
def test_what_the_store_saves_keeps_within_the_file_limits(
    store: Store, field: str, value: str, words: str
) -> None:
    assessment_id = store.create_assessment("A", "limits")
    with pytest.raises(InvalidAnswerError, match=words):
        store.set_answer(assessment_id, "I.stats.employees", 1, **{field: value})  # type: ignore[arg-type]
    assert store.answers(assessment_id) == {}


def test_titles_names_and_values_keep_within_the_file_limits(store: Store) -> None:
    with pytest.raises(InvalidAnswerError, match="title: the text is too long"):
        store.create_assessment("A", "t" * 501)
    assessment_id = store.create_assessment("A", "t" * 500)
    with pytest.raises(InvalidAnswerError, match="country"):
        store.rename(assessment_id, country="c" * 201)
    with pytest.raises(InvalidAnswerError, match="name"):
        store.add_profile("x" * 201)
    with pytest.raises(InvalidAnswerError, match="text is too long"):
        store.set_answer(assessment_id, "I.stats.employees_source", "s" * 20_001)
    with pytest.raises(InvalidAnswerError, match="digits after the decimal point"):
        store.set_answer(assessment_id, "I.child.age_limit", Decimal("15.000000000000000000001"))
    store.set_answer(assessment_id, "I.stats.employees_source", "s" * 20_000)  # the limit itself is fine
    assert len(store.answers(assessment_id)["I.stats.employees_source"]) == 20_000
