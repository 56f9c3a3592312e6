"""``python -m c102desk.bench [--quick] [--scale] [--only PART] [--server URL] [--json OUT]``: measure every figure,
print the table, write JSON. ``--only processes`` measures one part's figures alone; ``--scale`` measures how costs
grow with the work instead (c102desk.bench.scale); ``--server URL`` adds the team server under load
(c102desk.bench.team_server), skipped without it."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from c102desk.bench import archive, measure, processes, scale, team_server
from c102desk.bench.results import Figure, failed, machine, table

# Each step, with the id and name of the failed figure recorded when the whole step breaks.
STEPS: list[tuple[Callable[[measure.Sizes, Path], list[Figure]], str, str]] = [
    (measure.cold_start, "cold_start", "cold start"),
    (measure.save_answer, "save_p99", "save one answer"),
    (measure.evaluation, "evaluate", "evaluate a complete assessment"),
    (measure.big_library, "library_list", "big library"),
    (measure.report, "report", "signed report"),
    (measure.received_reports, "inbox_app", "inbox of signed reports"),
    (processes.evaluate_process, "evaluate_process", "evaluate as a whole process"),
    (processes.unsigned_report_imports, "unsigned_report_signing_imports", "unsigned report's imports"),
    (processes.signed_report_process, "signed_report_process", "signed report as a whole process"),
]


def _load() -> list[float] | None:
    """The machine's load average (1, 5, 15 minutes): others' work on a shared machine moves the figures."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return None


def run_scale(quick: bool) -> dict[str, object]:
    sizes = scale.QUICK if quick else scale.FULL
    began, load = time.perf_counter(), _load()
    figures: list[Figure] = []
    with measure.temp_work() as work:
        for step, figure_id, name in scale.SCALE_STEPS:
            try:
                figures += step(sizes, Path(work))
            except Exception as exc:  # a broken measurement is a failed figure, the rest go on
                figures.append(failed(figure_id, name, "", "", exc))
    return {
        "quick": quick, "scale": True, "seconds": time.perf_counter() - began, "machine": machine(),
        "load_average": {"start": load, "end": _load()},
        "sizes": {"reports": [vars(size) for size in sizes.reports], "archive": list(sizes.archive)},
        "figures": [f.to_json() for f in figures],
        "table": scale.sizes_table(figures) + "\n" + archive.sizes_table(figures) + "\n" + table(figures),
    }


TEAM_SERVER = team_server.__name__.rsplit(".", 1)[-1]


def run(quick: bool, only: Sequence[str] = (), server: team_server.Load | None = None) -> dict[str, object]:
    sizes = measure.QUICK if quick else measure.FULL
    began, load = time.perf_counter(), _load()
    figures: list[Figure] = []
    skipped: list[str] = []
    steps = [entry for entry in STEPS if not only or _part(entry[0]) in only]
    with measure.temp_work() as work:
        for step, figure_id, name in steps:
            try:
                figures += step(sizes, Path(work))
            except Exception as exc:  # a broken measurement is a failed figure, the rest go on
                figures.append(failed(figure_id, name, "", "", exc))
        if not only or TEAM_SERVER in only:
            if server is None:
                skipped.append("team server under load: skipped, no --server URL given (docs/performance.md)")
            else:
                try:
                    figures += team_server.under_load(server, Path(work))
                except Exception as exc:
                    figures.append(failed("team_lost", "team server under load", "answers", "0", exc))
    return {
        "quick": quick, "seconds": time.perf_counter() - began, "machine": machine(),
        "load_average": {"start": load, "end": _load()}, "sizes": vars(sizes),
        "team_server": None if server is None else {"clients": server.clients, "seconds": server.seconds},
        "skipped": skipped, "figures": [f.to_json() for f in figures],
        "table": table(figures) + "".join(f"\n{line}\n" for line in skipped),
    }


def _part(step: Callable[..., object]) -> str:
    """The part a step belongs to: the name of its module (``measure``, ``processes``)."""
    return step.__module__.rsplit(".", 1)[-1]


PARTS = sorted({_part(step) for step, _, _ in STEPS} | {TEAM_SERVER})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m c102desk.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (checks that everything runs)")
    parser.add_argument("--scale", action="store_true",
                        help="how costs grow with the work: reports of ~50, ~400 and ~1,700 pages; "
                             "stores of 100, 1,000 and 10,000 assessments")
    parser.add_argument("--only", metavar="PART", action="append", choices=PARTS, default=[],
                        help="measure only this part's figures (repeatable): " + ", ".join(PARTS))
    parser.add_argument("--server", metavar="URL",
                        help="the PostgreSQL team server for the team_server part (prepared if not yet; its data "
                             "is added to)")
    parser.add_argument("--clients", type=int, default=20, help="team_server: concurrent clients (default 20)")
    parser.add_argument("--seconds", type=float, default=60.0, help="team_server: how long they work (default 60)")
    parser.add_argument("--json", metavar="OUT", help="write the results as JSON")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.seconds <= 0:
        parser.error("--clients and --seconds must be positive")
    server = team_server.Load(args.server, args.clients, args.seconds) if args.server else None
    results = run_scale(args.quick) if args.scale else run(args.quick, args.only, server)
    sys.stdout.write(str(results["table"]))
    load: Any = results["load_average"]
    sys.stdout.write(f"\n{results['seconds']:.0f} s in all; load average at start {load['start']}, "
                     f"at end {load['end']}\n")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
