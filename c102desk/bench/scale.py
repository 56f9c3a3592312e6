"""``python -m c102desk.bench --scale``: how costs grow with the work. Each size is measured in fresh processes;
the table gives time and peak memory per size and the growth factor from the smallest to the largest.

- **Reports** (issue 20): the complete example as shipped, then the same with a note on every answer and 200
  evidence files, notes long enough for ~400 pages and then the longest a note may be (20,000 characters, the
  limit of an assessment file's texts), ~1,700 pages. Time per page is the CPU time of building and signing the
  report (one thread: on a quiet machine the same as the wall time, which is shown beside it; the machine's load
  moves the wall time of separate runs, not the work done), memory per page the peak of what Python allocated
  for the report (tracemalloc, a run of its own), and the process's peak resident memory at the largest size.
- **Archive** (c102desk.bench.archive): stores of 100 / 1,000 / 10,000 assessments — the library painted
  against an empty store's, the app's resident memory, ``c102desk list`` against plain sqlite3, close after one
  change and the backups on disk against the store's size.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from c102desk.bench.results import Figure

TIME_GROWTH_TARGET = 1.3
MEMORY_GROWTH_TARGET = 1.3
PEAK_MEMORY_TARGET_MB = 250


@dataclass(frozen=True)
class ReportSize:
    """One report size of the scale run: the length of the notes and the number of evidence files."""

    label: str
    note_chars: int  # 0 and no evidence: the example as shipped
    evidence: int
    runs: int  # timed runs (fresh processes); the median is taken


@dataclass(frozen=True)
class ScaleSizes:
    """The report and archive sizes of a scale run."""

    reports: tuple[ReportSize, ...]
    archive: tuple[int, ...]  # assessments in the store


FULL = ScaleSizes(reports=(ReportSize("example", 0, 0, 3), ReportSize("notes-4k", 4_000, 200, 2),
                           ReportSize("notes-20k", 20_000, 200, 1)), archive=(100, 1_000, 10_000))
QUICK = ScaleSizes(reports=(ReportSize("example", 0, 0, 1), ReportSize("notes-300", 300, 20, 1)), archive=(3, 12))


def _probe(size: ReportSize, identity: Path, work: Path, traced: bool) -> dict[str, float]:
    out = work / f"scale-{size.label}-{time.monotonic_ns()}.json"
    command = [sys.executable, "-m", "c102desk.bench.scale_probe", "--note-chars", str(size.note_chars),
               "--evidence", str(size.evidence), "--identity", str(identity), "--out", str(out)]
    if traced:
        command.append("--traced")
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0 or not out.is_file():
        raise RuntimeError(f"scale probe {size.label} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    record: dict[str, float] = json.loads(out.read_text(encoding="utf-8"))
    return record


def reports(sizes: ScaleSizes, work: Path) -> list[Figure]:
    """Each report size: time and memory per page, peak memory; growth from the smallest to the largest."""
    from c102desk.bench.measure import byte_compile_package
    from c102desk.bench.scale_probe import PASSPHRASE
    from c102desk.signing.identity import create_identity

    byte_compile_package()
    identity = work / "scale-identity.p12"
    create_identity(identity, PASSPHRASE, name="Benchmark Signer", organisation="c102desk")
    rows = []
    for size in sizes.reports:
        timed = [_probe(size, identity, work, traced=False) for _ in range(size.runs)]
        traced = _probe(size, identity, work, traced=True)
        rows.append(_Row(size, int(timed[0]["pages"]), statistics.median(r["cpu_s"] for r in timed),
                         statistics.median(r["wall_s"] for r in timed),
                         max(r["peak_rss_kib"] for r in timed) / 1024, traced["traced_peak_bytes"] / 1024 / 1024))
    figures: list[Figure] = []
    for row in rows:
        size, pages = row.size, row.pages
        what = "the example" if not size.note_chars else f"notes of {size.note_chars:,} characters"
        figures += [
            Figure(f"scale_report_{size.label}_time", f"report of {pages:,} pages: time per page",
                   1000 * row.cpu_s / pages, "ms",
                   note=f"{what}, {size.evidence} evidence files: built and signed in {row.cpu_s:.2f} s CPU, "
                        f"{row.wall_s:.2f} s wall (median of {size.runs})",
                   details={"pages": pages, "cpu_s": row.cpu_s, "wall_s": row.wall_s}),
            Figure(f"scale_report_{size.label}_memory", f"report of {pages:,} pages: memory per page",
                   1024 * row.traced_peak_mib / pages, "KiB",
                   note=f"peak of Python's allocations {row.traced_peak_mib:.1f} MiB (tracemalloc); "
                        f"process peak resident {row.peak_rss_mib:.0f} MiB",
                   details={"traced_peak_mib": row.traced_peak_mib, "peak_rss_mib": row.peak_rss_mib}),
        ]
    first, last = rows[0], rows[-1]
    time_growth = (last.cpu_s / last.pages) / (first.cpu_s / first.pages)
    memory_growth = (last.traced_peak_mib / last.pages) / (first.traced_peak_mib / first.pages)
    span = f"{first.pages:,} → {last.pages:,} pages"
    figures += [
        Figure("scale_report_time_growth", f"report time per page, growth {span}", time_growth, "×",
               target=f"≤ {TIME_GROWTH_TARGET}×", passed=time_growth <= TIME_GROWTH_TARGET),
        Figure("scale_report_memory_growth", f"report memory per page, growth {span}", memory_growth, "×",
               target=f"≤ {MEMORY_GROWTH_TARGET}×", passed=memory_growth <= MEMORY_GROWTH_TARGET),
        Figure("scale_report_peak_memory", f"report of {last.pages:,} pages: peak resident memory",
               last.peak_rss_mib, "MiB", target=f"≤ {PEAK_MEMORY_TARGET_MB} MB",
               passed=last.peak_rss_mib * 1024 * 1024 <= PEAK_MEMORY_TARGET_MB * 1_000_000,
               note="the whole process (Python, reportlab, pyHanko, the example's warm-up) at its peak"),
    ]
    return figures


def archive(sizes: ScaleSizes, work: Path) -> list[Figure]:
    """The store at each archive size (c102desk.bench.archive)."""
    from c102desk.bench import archive as archive_bench

    return archive_bench.archive(sizes.archive, work, list_runs=3 if sizes is FULL else 1)


@dataclass(frozen=True)
class _Row:
    """One report size's figures: pages, time and peak memory."""

    size: ReportSize
    pages: int
    cpu_s: float
    wall_s: float
    peak_rss_mib: float
    traced_peak_mib: float


def sizes_table(figures: list[Figure]) -> str:
    """The report sizes side by side: pages, time, time per page, peak memory, memory per page."""
    by_id = {f.id: f for f in figures}
    lines = ["size        pages   CPU s   wall s  ms/page  peak RSS   traced peak  KiB/page",
             "----------  ------  ------  ------  -------  ---------  -----------  --------"]
    for figure in figures:
        if not (figure.id.startswith("scale_report_") and figure.id.endswith("_time")):
            continue
        label = figure.id.removeprefix("scale_report_").removesuffix("_time")
        memory = by_id.get(f"scale_report_{label}_memory")
        if memory is None or figure.value is None or memory.value is None:
            continue
        d, m = figure.details, memory.details
        lines.append(f"{label:<10}  {d['pages']:>6,}  {d['cpu_s']:>6.2f}  {d['wall_s']:>6.2f}  {figure.value:>7.2f}  "
                     f"{m['peak_rss_mib']:>5.0f} MiB  {m['traced_peak_mib']:>7.1f} MiB  {memory.value:>8.1f}")
    return "\n".join(lines) + "\n"


# Each step, with the id and name of the failed figure recorded when the whole step breaks (as in __main__).
SCALE_STEPS: list[tuple[Callable[[ScaleSizes, Path], list[Figure]], str, str]] = [
    (reports, "scale_report_time_growth", "report scale"),
    (archive, "scale_archive_growth", "archive scale"),
]
