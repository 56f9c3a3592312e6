"""Answers whose save returned survive a SIGKILL at any moment, with their history, in a whole database."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from c102desk.store import Store, integrity
from c102desk.store.paths import store_file
from c102desk.store.values import dump_json

KILLS = 50

CHILD = """
import sys
from decimal import Decimal
from c102desk.store import Store
from c102desk.store.values import dump_json

data_dir, assessment_id, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = Store.open(data_dir)
while True:
    kind = n % 3
    if kind == 0:
        question, value = "I.stats.employees", n
    elif kind == 1:
        question, value = "I.stats.employees_source", f"labour force survey, run {n}"
    else:
        question, value = "I.child.age_limit", Decimal(f"{n % 29}.{n % 1000:03d}")
    store.set_answer(assessment_id, question, value)
    sys.stdout.write(question + " " + dump_json(value) + "\\n")
    sys.stdout.flush()
    n += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_answers_saved_before_a_kill_are_all_there(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Ruritania", "crash test")
    rng = random.Random(102)
    confirmed: dict[str, list[str]] = {}
    counter = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir), assessment_id, str(counter)],
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
        delay = rng.uniform(0.0, 0.3)
        try:
            child.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        out = first + out
        assert child.returncode == -signal.SIGKILL, err
        for line in out.splitlines(keepends=True):
            if not line.endswith("\n"):
                continue  # cut off by the kill: its save may or may not have returned
            question, value_text = line.rstrip("\n").split(" ", 1)
            confirmed.setdefault(question, []).append(value_text)
            counter = max(counter, _number_in(question, value_text)) + 1
        counter += 1000  # values the killed child may have committed without printing stay distinct

        assert integrity.check(store_file(data_dir), thorough=True) is None
        with Store.open(data_dir) as store:
            _check_every_confirmed_answer(store, assessment_id, confirmed)
    assert sum(len(v) for v in confirmed.values()) > KILLS  # the test did exercise saving


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
