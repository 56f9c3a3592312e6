"""``python -m c102desk.bench [--quick] [--json OUT]``: measure every figure, print the table, write JSON."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from c102desk.bench import measure
from c102desk.bench.results import Figure, failed, machine, table

# Each step, with the id and name of the failed figure recorded when the whole step breaks.
STEPS: list[tuple[Callable[[measure.Sizes, Path], list[Figure]], str, str]] = [
    (measure.cold_start, "cold_start", "cold start"),
    (measure.save_answer, "save_p99", "save one answer"),
    (measure.evaluation, "evaluate", "evaluate a complete assessment"),
    (measure.big_library, "library_list", "big library"),
    (measure.report, "report", "signed report"),
    (measure.received_reports, "inbox_app", "inbox of signed reports"),
]


def run(quick: bool) -> dict[str, object]:
    sizes = measure.QUICK if quick else measure.FULL
    began = time.perf_counter()
    figures: list[Figure] = []
    with measure.temp_work() as work:
        for step, figure_id, name in STEPS:
            try:
                figures += step(sizes, Path(work))
            except Exception as exc:  # a broken measurement is a failed figure, the rest go on
                figures.append(failed(figure_id, name, "", "", exc))
    return {
        "quick": quick, "seconds": time.perf_counter() - began, "machine": machine(),
        "sizes": vars(sizes), "figures": [f.to_json() for f in figures], "table": table(figures),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m c102desk.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (checks that everything runs)")
    parser.add_argument("--json", metavar="OUT", help="write the results as JSON")
    args = parser.parse_args(argv)
    results = run(args.quick)
    sys.stdout.write(str(results["table"]))
    sys.stdout.write(f"\n{results['seconds']:.0f} s in all\n")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
