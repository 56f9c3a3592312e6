"""SIGKILL at any moment — while answers are saved, automatic backups taken and files imported — loses nothing
whose save returned, leaves a whole database, and what the kill left behind (a backup's temporary file and
journal, the store's write-ahead journal) is gone after the next opening and closing."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from c102desk.store import Store, backups
from c102desk.store.paths import backups_dir, evidence_dir, store_file
from c102desk.store.sqlite import integrity
from c102desk.store.values import dump_json
from tests.faults.figures import KILLS
from tests.store.fault_tools import EXAMPLES

IMPORTED = EXAMPLES / "midland-three-parts.c102.json"

CHILD = """
import sys
from decimal import Decimal
from c102desk.store import Store, service
from c102desk.store.values import dump_json

service.BACKUP_EVERY_CHANGES = 7  # backups all the time: kills land in them too
data_dir, assessment_id, n, imported = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
store = Store.open(data_dir)
while True:
    kind = n % 10
    if kind in (0, 3, 5, 7):
        question, value = "I.stats.employees", n
    elif kind in (1, 4, 8):
        question, value = "I.stats.employees_source", f"labour force survey, run {n}"
    elif kind in (2, 6):
        question, value = "I.child.age_limit", Decimal(f"{n % 29}.{n % 1000:03d}")
    else:
        new_id = store.import_file(imported, on_conflict="keep_both")
        sys.stdout.write("import " + new_id + "\\n")
        sys.stdout.flush()
        n += 1
        continue
    store.set_answer(assessment_id, question, value)
    sys.stdout.write(question + " " + dump_json(value) + "\\n")
    sys.stdout.flush()
    n += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_nothing_saved_is_lost_and_nothing_left_behind_after_kills(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Ruritania", "crash test")
        expected_import = store.import_file(IMPORTED, on_conflict="keep_both")
        imported_answers = store.answers(expected_import)
    rng = random.Random(102)
    confirmed: dict[str, list[str]] = {}
    imports: list[str] = []
    counter = 0
    leftovers_seen = 0
    whole: set[str] = {assessment_id}  # assessments already checked (nothing changes them afterwards)
    checked_backups: set[str] = set()
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir), assessment_id, str(counter), str(IMPORTED)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        # Kill at a random moment: one run in ten while the child may still be starting and opening the store,
        # the others at a random delay after its first save returned (so a slow, busy machine still saves).
        first = ""
        if rng.random() >= 0.1:
            assert child.stdout is not None
            ready, _, _ = select.select([child.stdout], [], [], 60)
            assert ready, "the child saved nothing within 60 s"
            first = child.stdout.readline()
        try:
            child.wait(timeout=rng.uniform(0.0, 0.3))
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err
        for line in (first + out).splitlines(keepends=True):
            if not line.endswith("\n"):
                continue  # cut off by the kill: its save may or may not have returned
            question, value_text = line.rstrip("\n").split(" ", 1)
            if question == "import":
                imports.append(value_text)
                continue
            confirmed.setdefault(question, []).append(value_text)
            counter = max(counter, _number_in(question, value_text)) + 1
        counter += 1000  # values the killed child may have committed without printing stay distinct

        database = store_file(data_dir)
        assert integrity.check(database, thorough=True) is None
        leftovers_seen += _age_leftovers(data_dir)  # as if the next start came a little later
        with Store.open(data_dir) as store:
            _check_every_confirmed_answer(store, assessment_id, confirmed)
            _check_imports(store, whole, imports, imported_answers)
        # Closed: SQLite replayed and removed the journal the killed child left; the temporary files of killed
        # backups are gone; every backup kept passes the full check.
        assert not [p for p in data_dir.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]
        for folder in (backups_dir(data_dir), evidence_dir(data_dir)):
            assert not list(folder.glob("*.partial*")) if folder.is_dir() else True
        for backup in Store.backups_of(data_dir):
            if backup.name not in checked_backups:
                assert integrity.check(backup.path, thorough=True) is None, backup.name
                checked_backups.add(backup.name)
    assert sum(len(v) for v in confirmed.values()) > KILLS  # the test did exercise saving
    assert imports  # … and importing
    print(f"\n{KILLS} kills: {sum(len(v) for v in confirmed.values())} confirmed saves, {len(imports)} imports, "
          f"{leftovers_seen} leftover files of killed backups cleaned")


def _age_leftovers(data_dir: Path) -> int:
    """Temporary files are removed only once older than a moment (backups.STALE_AFTER); date them back."""
    stale = time.time() - 10 * backups.STALE_AFTER
    found = 0
    for folder in (backups_dir(data_dir), evidence_dir(data_dir)):
        for leftover in folder.glob("*.partial*") if folder.is_dir() else ():
            os.utime(leftover, (stale, stale))
            found += 1
    return found


def _number_in(question: str, value_text: str) -> int:
    if question == "I.stats.employees":
        return int(value_text)
    if question == "I.stats.employees_source":
        return int(json.loads(value_text).rsplit(" ", 1)[1])
    return int(value_text.split(".")[1])  # not the counter itself; the +1000 per run keeps values apart


def _check_every_confirmed_answer(store: Store, assessment_id: str, confirmed: dict[str, list[str]]) -> None:
    current = store.answers(assessment_id)
    for question, values in confirmed.items():
        history = [dump_json(entry.new_value) for entry in store.history(assessment_id, question)]
        assert history, question
        assert dump_json(current[question]) == history[-1]
        # Every confirmed value is in the history, in the order it was given.
        position = 0
        for value in values:
            assert value in history[position:], (question, value)
            position = history.index(value, position) + 1


def _check_imports(store: Store, whole: set[str], imports: list[str], answers: dict[str, object]) -> None:
    """Every import that returned is there; every assessment imported is whole (all or nothing)."""
    present = {i.id for i in store.list_assessments()}
    assert set(imports) <= present
    for other in present - whole:
        assert store.answers(other) == answers
        whole.add(other)
