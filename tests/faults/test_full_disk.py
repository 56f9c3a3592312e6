"""A real full disk (a small tmpfs in a private mount namespace): saving until the disk is full loses only the
save that did not fit, says so in words (no traceback), and leaves a whole store; the command line's import
exits 2 with nothing written."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from c102desk.store import Store
from tests.faults.figures import FULL_DISK_RUNS
from tests.store.fault_tools import EXAMPLES, needs_mount_namespace, run_in_mount_namespace

FILL = """
import json, sys
from pathlib import Path
from c102desk.store import Store, StoreFullError
from c102desk.store.sqlite import integrity
from c102desk.store.paths import store_file
data_dir, assessment_id = Path(sys.argv[1]), sys.argv[2]
saved, message = [], ""
store = Store.open(data_dir)
try:
    for n in range(100_000):
        store.set_answer(assessment_id, "I.stats.employees_source", f"{n} " + "x" * 19_000)
        saved.append(n)
except StoreFullError as exc:
    message = str(exc)
store.close()
store = Store.open(data_dir)  # the disk is still full: opening and reading work
history = [h.new_value.split()[0] for h in store.history(assessment_id, "I.stats.employees_source")]
store.close()
print(json.dumps({"saved": saved, "message": message, "history": history,
                  "whole": integrity.check(store_file(data_dir), thorough=True) is None}))
"""


@needs_mount_namespace
def test_saving_until_the_disk_is_full_loses_only_what_did_not_fit(tmp_path: Path) -> None:
    template = tmp_path / "template"
    with Store.open(template) as store:
        assessment_id = store.create_assessment("Ruritania", "full disk")
    for run in range(FULL_DISK_RUNS):
        disk = tmp_path / f"disk{run}"
        disk.mkdir()
        size_kb = 600 + 200 * run  # the disk fills at a different moment each run
        script = (
            f"mount -t tmpfs -o size={size_kb}k tmpfs '{disk}' && cp -r '{template}' '{disk}/data' && "
            f"'{sys.executable}' -c '{FILL}' '{disk}/data' {assessment_id}"
        )
        done = run_in_mount_namespace(script)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert "is full" in result["message"] and "not saved" in result["message"]
        assert result["saved"], "nothing fitted at all"
        assert result["history"] == [str(n) for n in result["saved"]]  # all that returned, nothing else
        assert result["whole"]


@needs_mount_namespace
def test_an_import_onto_a_full_disk_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    big = tmp_path / "big.c102.json"
    document = json.loads((EXAMPLES / "northland-all-parts.c102.json").read_text(encoding="utf-8"))
    document["answer_details"] = {q: {"note": "n" * 19_000} for q in list(document["answers"])[:60]}
    big.write_text(json.dumps(document), encoding="utf-8")
    python = sys.executable
    script = (
        f"mount -t tmpfs -o size=400k tmpfs '{disk}' && "
        f"'{python}' -m c102desk list --data-dir '{disk}/data' && "
        f"'{python}' -m c102desk import '{big}' --data-dir '{disk}/data'; echo \"import=$?\"; "
        f"'{python}' -m c102desk list --format json --data-dir '{disk}/data'"
    )
    done = run_in_mount_namespace(script)
    assert "import=2" in done.stdout, done.stderr
    assert "is full" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout.strip().endswith("[]")  # nothing of it was written
