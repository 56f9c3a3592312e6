"""The measurements. Each returns Figures; a figure that cannot be measured fails with its reason."""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from c102desk.bench.results import Figure


@dataclass(frozen=True)
class Sizes:
    """How much work each figure of the benchmark does (the full run's or ``--quick``'s)."""

    start_runs: int
    saves: int
    evaluations: int
    library_assessments: int
    library_answers: int
    report_runs: int
    inbox_reports: int = 500


FULL = Sizes(start_runs=7, saves=1000, evaluations=10_000, library_assessments=1000, library_answers=400,
             report_runs=7, inbox_reports=500)
QUICK = Sizes(start_runs=1, saves=30, evaluations=20, library_assessments=5, library_answers=40, report_runs=1,
              inbox_reports=3)


def _ms(seconds: float) -> float:
    return seconds * 1000


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


# ------------------------------------------------------------------------------------------ Qt subprocesses


def byte_compile_package() -> None:
    """Byte-compile c102desk, as an installed copy is (pip and the PyInstaller bundle both ship byte code).

    Python caches byte code itself on first import, unless PYTHONDONTWRITEBYTECODE is set — as it is on the
    benchmark machine: every fresh process then compiled ~40 of our modules from source (~60 ms of a cold
    start), while the floor's PySide6, installed by pip, runs from byte code. Quick when already done.
    """
    import compileall

    import c102desk

    compileall.compile_dir(Path(c102desk.__file__).parent, quiet=1)


def run_probe(mode: str, work: Path, data_dir: Path | None = None, open_id: str | None = None) -> dict[str, Any]:
    """One fresh process (offscreen Qt); its record plus ``spawned``, the moment it was started."""
    byte_compile_package()
    out = work / f"probe-{mode}-{time.monotonic_ns()}.json"
    command = [sys.executable, "-m", "c102desk.bench.qt_probe", mode, "--out", str(out)]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    if open_id is not None:
        command += ["--open", open_id]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("C102DESK_BENCH_QPA", "offscreen"))
    env.pop("C102DESK_QUIT_AFTER_MS", None)
    spawned = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180, check=False)
    if done.returncode != 0 or not out.is_file():
        raise RuntimeError(f"{mode} probe failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    record: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    record["spawned"] = spawned
    return record


def cold_start(sizes: Sizes, work: Path) -> list[Figure]:
    """Process start → first paint of the main window with the library, vs a bare QMainWindow (median)."""
    data_dir = work / "start-store"
    run_probe("app", work, data_dir)  # creates the store once; not counted
    floors, apps, heavy = [], [], set()
    for _ in range(sizes.start_runs):  # interleaved, so that both see the same machine
        floor = run_probe("floor", work)
        floors.append(floor["painted"] - floor["spawned"])
        app = run_probe("app", work, data_dir)
        apps.append(app["painted"] - app["spawned"])
        heavy.update(app.get("heavy_modules_at_start", []))
    value, floor_value = statistics.median(apps), statistics.median(floors)
    start = Figure("cold_start", "cold start to first paint", _ms(value), "ms", _ms(floor_value),
                   "≤ 2× floor", value <= 2 * floor_value,
                   note=f"median of {sizes.start_runs} interleaved runs each; c102desk byte-compiled, as installed",
                   details={"runs_ms": [_ms(a) for a in apps], "floor_runs_ms": [_ms(f) for f in floors]})
    stack = Figure("report_stack_at_start", "report/signing modules at start", float(len(heavy)), "packages",
                   target="none imported", passed=not heavy,
                   note="imported at start-up: " + ", ".join(sorted(heavy)) if heavy else "",
                   details={"imported": sorted(heavy)})
    return [start, stack]


def big_library(sizes: Sizes, work: Path) -> list[Figure]:
    """The app on a big library: open and show the list, open one assessment, peak memory."""
    from c102desk.bench.data import build_library

    data_dir = work / "big-store"
    began = time.perf_counter()
    ids = build_library(data_dir, sizes.library_assessments, sizes.library_answers)
    generated = time.perf_counter() - began
    from c102desk.store import Store

    with Store.open(data_dir) as store:  # the store-side part of showing the list (no Qt)
        began = time.perf_counter()
        entries = store.library()
        store_list = time.perf_counter() - began
        assert len(entries) == len(ids)
    Store.open(work / "empty-store").close()  # created here, so that the floor does not include creating it
    empty = run_probe("app", work, work / "empty-store")
    record = run_probe("app", work, data_dir, open_id=ids[len(ids) // 2])
    show_list = record["painted"] - record["store_opening"]
    empty_list = empty["painted"] - empty["store_opening"]
    open_one = record["assessment_painted"] - record["assessment_opening"]
    size = f"{sizes.library_assessments} assessments × {sizes.library_answers} answers"
    return [
        Figure("library_list", "big library: store open → list painted", _ms(show_list), "ms", _ms(empty_list),
               "< 500 ms", show_list < 0.5,
               note=f"{size}; floor = the same on an empty store; from process start: "
                    f"{_ms(record['painted'] - record['spawned']):.0f} ms; progress column filled "
                    f"{_ms(record['progress_filled'] - record['store_opening']):.0f} ms after store open "
                    f"(off the GUI thread), store warmed up after "
                    f"{_ms(record['warmed_up'] - record['store_opening']):.0f} ms; generated in {generated:.1f} s",
               details={"from_process_start_ms": _ms(record["painted"] - record["spawned"]),
                        "progress_filled_ms": _ms(record["progress_filled"] - record["store_opening"]),
                        "warmed_up_ms": _ms(record["warmed_up"] - record["store_opening"]),
                        "store_library_query_ms": _ms(store_list), "generation_s": generated}),
        Figure("library_store_query", "big library: Store.library() (list + progress)", _ms(store_list), "ms",
               target="< 500 ms", passed=store_list < 0.5, note="the one store call the library page needs"),
        Figure("open_assessment", "big library: open one assessment", _ms(open_one), "ms", target="< 500 ms",
               passed=open_one < 0.5,
               details={"built_ms": _ms(record["assessment_built"] - record["assessment_opening"])}),
        Figure("peak_memory", "peak resident memory, big library open", record["peak_rss_kib"] / 1024, "MiB",
               empty["peak_rss_kib"] / 1024, note="floor = the app on an empty store"),
    ]


# ------------------------------------------------------------------------------------------ store


def _raw_floor_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE answers (assessment_id TEXT, question_id TEXT, value_json TEXT, "
                       "PRIMARY KEY (assessment_id, question_id))")
    return connection


def save_answer(sizes: Sizes, work: Path) -> list[Figure]:
    """p50/p99 of Store.set_answer vs one raw sqlite3 insert + commit (WAL, synchronous=FULL), interleaved."""
    from c102desk.bench.data import complete_answers
    from c102desk.store import Store
    from c102desk.store.values import dump_json

    answers = list(complete_answers(400).items())
    floor_db = _raw_floor_connection(work / "floor.sqlite3")
    store_times, floor_times = [], []
    with Store.open(work / "save-store") as store:
        assessment_id = store.create_assessment("Benchland", "save benchmark")
        for n in range(sizes.saves):
            question_id, value = answers[n] if n < len(answers) else ("I.stats.employees", n)
            text = dump_json(value)
            began = time.perf_counter()
            floor_db.execute("BEGIN IMMEDIATE")
            floor_db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (assessment_id, question_id, text))
            floor_db.execute("COMMIT")
            floor_times.append(time.perf_counter() - began)
            began = time.perf_counter()
            store.set_answer(assessment_id, question_id, value)
            store_times.append(time.perf_counter() - began)
    floor_db.close()
    p50, p99 = _percentile(store_times, 0.5), _percentile(store_times, 0.99)
    f50, f99 = _percentile(floor_times, 0.5), _percentile(floor_times, 0.99)
    return [
        Figure("save_p50", "save one answer, p50", _ms(p50), "ms", _ms(f50), "",
               note=f"{sizes.saves} answers"),
        Figure("save_p99", "save one answer, p99", _ms(p99), "ms", _ms(f99), "≤ 5× floor", p99 <= 5 * f99,
               details={"max_ms": _ms(max(store_times)), "floor_max_ms": _ms(max(floor_times))}),
    ]


# ------------------------------------------------------------------------------------------ engine


def evaluation(sizes: Sizes, work: Path) -> list[Figure]:
    """Time of one evaluation of the complete example (median), and throughput over many."""
    from c102desk.bench.data import northland_answers
    from c102desk.engine import evaluate

    answers, questionnaire = northland_answers()
    evaluate(answers, questionnaire)  # warm caches (rules, assumptions, catalogues)
    times = []
    began = time.perf_counter()
    for _ in range(sizes.evaluations):
        one = time.perf_counter()
        evaluate(answers, questionnaire)
        times.append(time.perf_counter() - one)
    total = time.perf_counter() - began
    median = statistics.median(times)
    return [
        Figure("evaluate", "evaluate a complete assessment (median)", _ms(median), "ms", target="< 10 ms",
               passed=median < 0.010, details={"p99_ms": _ms(_percentile(times, 0.99))}),
        Figure("evaluate_throughput", f"evaluations per second ({sizes.evaluations})", sizes.evaluations / total,
               "/s", note=f"{sizes.evaluations} evaluations in {total:.1f} s"),
    ]


# ------------------------------------------------------------------------------------------ report


def report(sizes: Sizes, work: Path) -> list[Figure]:
    """The full signed report of the complete example vs reportlab alone, same number of pages (median)."""
    from c102desk.bench import report_floor
    from c102desk.bench.data import northland_path

    identity_file = work / "identity.p12"
    passphrase = b"benchmark only"
    from c102desk.signing.identity import create_identity

    create_identity(identity_file, passphrase, name="Benchmark Signer", organisation="c102desk")
    raw = northland_path().read_bytes()
    report_times, floor_times, pages = [], [], 0
    for run in range(sizes.report_runs + 1):  # the first run of each warms imports and caches: not counted
        began = time.perf_counter()
        pdf = report_floor.signed_report(raw, identity_file, passphrase)
        spent = time.perf_counter() - began
        pages = report_floor.page_count(pdf)
        began = time.perf_counter()
        report_floor.plain_tables(pages)
        floor_spent = time.perf_counter() - began
        if run:
            report_times.append(spent)
            floor_times.append(floor_spent)
    value, floor_value = statistics.median(report_times), statistics.median(floor_times)
    return [Figure("report", "signed report of a complete assessment", _ms(value), "ms", _ms(floor_value),
                   "≤ 2× floor", value <= 2 * floor_value, note=f"{pages} pages",
                   details={"pages": pages})]


# ------------------------------------------------------------------------------------------ inbox


def received_reports(sizes: Sizes, work: Path) -> list[Figure]:
    """A folder of signed reports verified and listed (c102desk.bench.inbox_bench)."""
    from c102desk.bench.inbox_bench import inbox

    return inbox(sizes.inbox_reports, work)


def temp_work() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="c102desk-bench-")
