"""Two processes on one store: saves and backups of both succeed (each rotation used to delete the other's
temporary file), every backup kept is whole, and cleaning up never touches a journal that is in use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from c102desk.store import Store
from c102desk.store.paths import backups_dir, store_file
from c102desk.store.sqlite import integrity
from tests.faults.figures import CONCURRENT_BACKUPS, CONCURRENT_PROCESSES

WORKER = """
import sys
from c102desk.store import Store
data_dir, assessment_id, name, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
failures = 0
with Store.open(data_dir) as store:
    for n in range(count):
        store.set_answer(assessment_id, "I.stats.employees_source", f"{name} {n}")
        try:
            store.backup("manual")
        except Exception as exc:  # counted: the test expects none
            failures += 1
            print("FAILED", type(exc).__name__, exc, file=sys.stderr)
print(failures)
"""


def test_two_processes_save_and_back_up_one_store_at_once(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Ruritania", "two processes")
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(data_dir), assessment_id, f"p{n}",
                          str(CONCURRENT_BACKUPS)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(CONCURRENT_PROCESSES)
    ]
    results = [w.communicate(timeout=300) for w in workers]
    for worker, (out, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err
        assert out.strip() == "0", err  # no backup failed
    kept = Store.backups_of(data_dir)
    assert len(kept) == 10  # rotated to the newest ten, whichever process took them
    assert all(integrity.check(b.path, thorough=True) is None for b in kept)
    assert not list(backups_dir(data_dir).glob("*.partial*"))
    with Store.open(data_dir) as store:
        sources = [h.new_value for h in store.history(assessment_id, "I.stats.employees_source")]
    for n in range(CONCURRENT_PROCESSES):  # every save of both is in the history, in its order
        mine = [s for s in sources if s.startswith(f"p{n} ")]
        assert mine == [f"p{n} {i}" for i in range(CONCURRENT_BACKUPS)]


HOLDER = """
import sys
from c102desk.store import Store
store = Store.open(sys.argv[1])
store.set_answer(sys.argv[2], "I.stats.employees", 4242)  # committed into the journal, not yet into the file
print("saved", flush=True)
sys.stdin.read()
"""


def test_opening_and_closing_beside_a_running_program_keeps_its_journal(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Ruritania", "journal")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir), assessment_id],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "saved"
        wal = store_file(data_dir).with_name(store_file(data_dir).name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        with Store.open(data_dir) as store:  # another c102desk: opens, cleans up, closes
            assert store.answers(assessment_id) == {"I.stats.employees": 4242}
        assert wal.exists()  # the running program's journal is left alone
        holder.kill()  # … and even when that program dies, the save is not lost
        holder.wait(timeout=30)
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.stdout.close()
        holder.wait(timeout=30)
    with Store.open(data_dir) as store:
        assert store.answers(assessment_id) == {"I.stats.employees": 4242}
