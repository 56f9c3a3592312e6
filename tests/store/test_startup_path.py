"""What the app does before its first paint (open an up-to-date store, list the library) needs neither
SQLAlchemy, Alembic nor the questionnaire: importing them took longer than everything else at start-up
(docs/performance.md). Checked in fresh interpreters, where nothing else has imported them yet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from c102desk import questionnaire
from c102desk.store import Store, UnknownAssessmentError, service
from c102desk.store.records import AssessmentInfo

SLOW_PACKAGES = ("sqlalchemy", "alembic", "yaml", "c102desk.questionnaire", "c102desk.store.orm")


def _loaded_after(script: str) -> dict[str, object]:
    """Run ``script`` in a fresh interpreter; it sets ``result``. Returns it with the slow modules then loaded."""
    code = (
        "import json, sys\n"
        f"{script}\n"
        f"slow = sorted({{m for m in sys.modules for p in {SLOW_PACKAGES!r} if m == p or m.startswith(p + '.')}})\n"
        "print(json.dumps({'result': result, 'slow': slow}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    loaded: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_opening_an_up_to_date_store_and_listing_it_imports_no_slow_package(data_dir: Path) -> None:
    with Store.open(data_dir) as store:  # created (and upgraded) here, so the next open has nothing to upgrade
        first = store.create_assessment("Northland", "first")
        store.set_answer(first, "I.stats.employees", 1200)
        second = store.create_assessment("Southland", "second")
        store.trash(second)
    loaded = _loaded_after(
        "from c102desk.store import Store\n"
        f"store = Store.open({str(data_dir)!r})\n"
        "result = [[i.country for i in store.list_assessments()], [i.country for i in store.list_assessments("
        "trashed=True)], store.assessment(" + repr(first) + ").title]\n"
        "store.close()"
    )
    assert loaded["result"] == [["Northland"], ["Southland"], "first"]
    assert loaded["slow"] == []


def test_warm_up_imports_what_the_first_other_call_needs(data_dir: Path) -> None:
    Store.open(data_dir).close()
    loaded = _loaded_after(
        "from c102desk.store import Store\n"
        f"store = Store.open({str(data_dir)!r})\n"
        "store.warm_up()\n"
        "result = None\n"
        "store.close()"
    )
    slow = loaded["slow"]
    assert isinstance(slow, list)
    assert {"sqlalchemy", "c102desk.store.orm", "c102desk.questionnaire"} <= set(slow)


def test_the_store_names_the_current_questionnaire_version() -> None:
    # Written in service.py so that importing the store does not import the questionnaire package.
    assert service.CURRENT_VERSION == questionnaire.CURRENT_VERSION


def test_plain_reads_give_what_the_orm_rows_hold(store: Store) -> None:
    first = store.create_assessment("Northland", "first")
    store.finalize(first)
    revision = store.new_revision(first)
    info = store.assessment(revision)
    assert isinstance(info, AssessmentInfo)
    assert (info.country, info.title, info.status, info.revision, info.previous_revision_id) == (
        "Northland", "first", "draft", 2, first
    )
    assert info.created == info.changed and info.trashed_at is None
    assert [i.id for i in store.list_assessments()] == [revision, first]  # most recently changed first
    with pytest.raises(UnknownAssessmentError):
        store.assessment("no-such-id")


def test_a_store_used_only_through_plain_reads_closes_cleanly(data_dir: Path) -> None:
    Store.open(data_dir).close()
    store = Store.open(data_dir)
    assert store.list_assessments() == []
    store.close()  # no engine was ever made: nothing to dispose
    assert store._engine is None
