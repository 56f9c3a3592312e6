"""The archive part of ``python -m c102desk.bench --scale``: a store of 100 / 1,000 / 10,000 assessments
(``archive_data.build_archive``: the shipped examples' answers with notes, citations, history and evidence).

For each size:
- **library painted**: the real app in a fresh process (offscreen), from the call that opens the store to the
  first paint of the window with the library — against the same on an empty store (the floor, median of
  three). Targets: ≤ 5× the floor and ≤ 1.0 s.
- **resident memory**: the app's peak, measured after the progress column is filled and the store warmed up
  (the library's whole work at open). Target ≤ 200 MB.
- **``c102desk list``** as a whole process against plain ``sqlite3`` in a process of its own reading and printing
  the same rows (median of three, interleaved). Target ≤ 2×.
- **close**: the store opened, one answer saved, then ``close`` timed (what the user waits for when quitting),
  and the backups on disk against the store's size after it. Targets: close grows ≤ 3× from the smallest
  to the largest size, backups ≤ 2× the store.
- **``Store.library()``**: time and the peak of Python's allocations (tracemalloc), for the information.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from c102desk.bench.results import Figure

PAINT_RATIO_TARGET = 5.0
PAINT_TARGET_S = 1.0
RSS_TARGET_MB = 200
LIST_RATIO_TARGET = 2.0
CLOSE_GROWTH_TARGET = 3.0
BACKUPS_RATIO_TARGET = 2.0

# Plain sqlite3 reading the rows ``c102desk list`` prints, and printing them the same way: the list's floor.
SQLITE_LIST = (
    "import sqlite3, sys\n"
    "db = sqlite3.connect(sys.argv[1])\n"
    "for i, s, c, n, t in db.execute('SELECT id, status, changed, country, title FROM assessments WHERE trashed_at IS "
    "NULL ORDER BY changed DESC, id'):\n"
    "    print(f'{i}  {s:<5}  {c}  {n}  {t}')\n"
)


def _ms(seconds: float) -> float:
    return seconds * 1000


def _run_process(command: list[str]) -> float:
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    spent = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(f"{command[2:4]} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    return spent


def _list_times(data_dir: Path, runs: int) -> tuple[float, float]:
    """Median of ``c102desk list`` and of the plain sqlite3 process, interleaved (the first of each not counted:
    it brings the file into the page cache for both)."""
    from c102desk.store.paths import store_file

    ours = [sys.executable, "-m", "c102desk", "list", "--data-dir", str(data_dir)]
    floor = [sys.executable, "-c", SQLITE_LIST, str(store_file(data_dir))]
    _run_process(ours)
    _run_process(floor)
    times, floors = [], []
    for _ in range(runs):
        floors.append(_run_process(floor))
        times.append(_run_process(ours))
    return statistics.median(times), statistics.median(floors)


def _close_after_one_change(data_dir: Path, assessment_id: str) -> tuple[float, int, int]:
    """Open, save one answer, close: the time of ``close``; then the backups' bytes and the store's."""
    from c102desk.store import Store
    from c102desk.store.paths import backups_dir, store_file

    store = Store.open(data_dir, check="quick")
    store.backups()  # an automatic backup the open started is waited for: not the close's
    store.set_answer(assessment_id, "I.art3.declaration", True)
    began = time.perf_counter()
    store.close()
    spent = time.perf_counter() - began
    backups = sum(f.stat().st_size for f in backups_dir(data_dir).rglob("*") if f.is_file())
    return spent, backups, store_file(data_dir).stat().st_size


def _library_call(data_dir: Path) -> tuple[float, float]:
    """Seconds and peak MiB of Python's allocations of one ``Store.library()`` (after a warm-up call)."""
    from c102desk.store import Store

    with Store.open(data_dir, check="quick") as store:
        store.library()  # the questionnaire loaded, the relevance cache filled, as in the app after its first read
        began = time.perf_counter()
        store.library()
        spent = time.perf_counter() - began
        tracemalloc.start()
        store.library()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return spent, peak / 1024 / 1024


@dataclass(frozen=True)
class _Row:
    """One archive size's figures: the store's size, the paint, memory, progress and listing times."""

    size: int
    store_mib: float
    paint_s: float
    rss_mib: float
    progress_s: float
    list_s: float
    list_floor_s: float
    close_s: float
    backups_bytes: int
    store_bytes: int
    library_s: float
    library_mib: float
    generated_s: float


def archive(sizes: tuple[int, ...], work: Path, list_runs: int = 3) -> list[Figure]:
    """The archive figures at each size (see the module's note)."""
    from c102desk.bench.archive_data import build_archive
    from c102desk.bench.measure import run_probe
    from c102desk.store import Store
    from c102desk.store.paths import store_file

    empty_dir = work / "archive-empty"
    Store.open(empty_dir).close()
    run_probe("app", work, empty_dir)  # byte code, fonts and the page cache warm: not counted
    floors = []
    for _ in range(3):
        record = run_probe("app", work, empty_dir)
        floors.append(record["painted"] - record["store_opening"])
    floor = statistics.median(floors)
    rows = []
    for size in sizes:
        data_dir = work / f"archive-{size}"
        began = time.perf_counter()
        ids = build_archive(data_dir, size)
        generated = time.perf_counter() - began
        store_bytes = store_file(data_dir).stat().st_size
        list_s, list_floor = _list_times(data_dir, list_runs)  # first, as a user's first command would
        record = run_probe("app", work, data_dir)
        close_s, backups_bytes, store_after = _close_after_one_change(data_dir, ids[1])
        library_s, library_mib = _library_call(data_dir)
        rows.append(_Row(size, store_bytes / 1024 / 1024, record["painted"] - record["store_opening"],
                         record["peak_rss_kib"] / 1024, record["progress_filled"] - record["store_opening"],
                         list_s, list_floor, close_s, backups_bytes, store_after, library_s, library_mib,
                         generated))
    return _figures(rows, floor)


def _figures(rows: list[_Row], floor: float) -> list[Figure]:
    figures: list[Figure] = []
    for row in rows:
        label = f"{row.size:,} assessments"
        key = f"scale_archive_{row.size}"
        paint_ok = row.paint_s <= PAINT_RATIO_TARGET * floor and row.paint_s <= PAINT_TARGET_S
        figures += [
            Figure(f"{key}_paint", f"archive of {label}: store open → library painted", _ms(row.paint_s), "ms",
                   _ms(floor), f"≤ {PAINT_RATIO_TARGET:g}× floor and ≤ {PAINT_TARGET_S:g} s", paint_ok,
                   note=f"store {row.store_mib:,.0f} MiB (generated in {row.generated_s:.0f} s); floor = an empty "
                        f"store; progress column filled {_ms(row.progress_s):,.0f} ms after store open",
                   details={"store_mib": row.store_mib, "progress_filled_ms": _ms(row.progress_s),
                            "generation_s": row.generated_s}),
            Figure(f"{key}_rss", f"archive of {label}: app's peak resident memory", row.rss_mib, "MiB",
                   target=f"≤ {RSS_TARGET_MB} MB", passed=row.rss_mib * 1024 * 1024 <= RSS_TARGET_MB * 1_000_000),
            Figure(f"{key}_list", f"archive of {label}: `c102desk list` (process)", _ms(row.list_s), "ms",
                   _ms(row.list_floor_s), f"≤ {LIST_RATIO_TARGET:g}× floor",
                   row.list_s <= LIST_RATIO_TARGET * row.list_floor_s,
                   note="floor = plain sqlite3 in a process reading and printing the same rows"),
            Figure(f"{key}_close", f"archive of {label}: close after one change", _ms(row.close_s), "ms",
                   note=f"backups on disk {row.backups_bytes / 1024 / 1024:,.1f} MiB for a store of "
                        f"{row.store_bytes / 1024 / 1024:,.0f} MiB",
                   details={"backups_bytes": row.backups_bytes, "store_bytes": row.store_bytes}),
            Figure(f"{key}_backups", f"archive of {label}: backups on disk / store",
                   row.backups_bytes / row.store_bytes, "×", target=f"≤ {BACKUPS_RATIO_TARGET:g}×",
                   passed=row.backups_bytes <= BACKUPS_RATIO_TARGET * row.store_bytes),
            Figure(f"{key}_library", f"archive of {label}: Store.library()", _ms(row.library_s), "ms",
                   note=f"peak of Python's allocations {row.library_mib:.1f} MiB (tracemalloc)",
                   details={"traced_peak_mib": row.library_mib}),
        ]
    first, last = rows[0], rows[-1]
    growth = last.close_s / first.close_s if first.close_s > 0 else float("inf")
    span = f"{first.size:,} → {last.size:,} assessments"
    figures += [
        Figure("scale_archive_close_growth", f"archive close after one change, growth {span}", growth, "×",
               target=f"≤ {CLOSE_GROWTH_TARGET:g}×", passed=growth <= CLOSE_GROWTH_TARGET,
               note="the close's cost follows what changed, not the store's size"),
        Figure("scale_archive_growth", f"archive library painted, growth {span}", last.paint_s / first.paint_s,
               "×", note=f"{_ms(first.paint_s):.0f} ms → {_ms(last.paint_s):.0f} ms"),
    ]
    return figures


def sizes_table(figures: list[Figure]) -> str:
    """The archive sizes side by side."""
    by_id = {f.id: f for f in figures}
    lines = ["assessments  store MiB  painted ms  RSS MiB  list ms  sqlite3 ms  close ms  backups ×  library() ms",
             "-----------  ---------  ----------  -------  -------  ----------  --------  ---------  ------------"]
    for figure in figures:
        if not (figure.id.startswith("scale_archive_") and figure.id.endswith("_paint")) or figure.value is None:
            continue
        key = figure.id.removesuffix("_paint")
        parts = [by_id.get(f"{key}_{name}") for name in ("rss", "list", "close", "backups", "library")]
        if any(p is None or p.value is None for p in parts):
            continue
        rss, listed, close, backups, library = parts
        assert rss and listed and close and backups and library
        lines.append(f"{key.removeprefix('scale_archive_'):>11}  {figure.details['store_mib']:>9,.0f}  "
                     f"{figure.value:>10,.0f}  {rss.value:>7.0f}  {listed.value:>7,.0f}  {listed.floor or 0:>10,.0f}  "
                     f"{close.value:>8,.0f}  {backups.value:>9.2f}  {library.value:>12,.0f}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # one size, by hand: python -m c102desk.bench.archive 1000 [WORK]
    import tempfile

    from c102desk.bench.results import table

    counts = tuple(int(a) for a in sys.argv[1].split(","))
    with tempfile.TemporaryDirectory(prefix="c102desk-archive-", dir=sys.argv[2] if len(sys.argv) > 2 else None) as w:
        found = archive(counts, Path(w))
    sys.stdout.write(sizes_table(found) + "\n" + table(found))
    sys.stdout.write(f"load average {os.getloadavg()}\n")
