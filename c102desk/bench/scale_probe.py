"""One report of the scale benchmark, in a fresh process: ``python -m c102desk.bench.scale_probe --note-chars N
--evidence E --identity P12 --out JSON [--traced]``.

The example is first built and signed once, not counted (fonts, catalogues and the signing stack loaded), then the
report of the size asked for is built and signed, its time (wall and CPU) and the process's peak resident memory
during it recorded. With ``--traced``, the same report is built again under tracemalloc: the peak of the
memory Python allocated for it (the figure per page, which the process's resident size, rounded up by the
allocator, cannot give for a small report).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import time
from pathlib import Path

PASSPHRASE = b"benchmark only"


def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Reset the process's peak resident size (Linux), so that the peak read after is this report's."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_kib() -> int:
    found = _status_kib("VmHWM")
    return found if found is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--note-chars", type=int, required=True)
    parser.add_argument("--evidence", type=int, required=True)
    parser.add_argument("--identity", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--traced", action="store_true")
    args = parser.parse_args()

    from c102desk.assessment.file_format import parse_assessment
    from c102desk.bench import report_floor
    from c102desk.bench.data import long_notes_assessment, northland_path
    from c102desk.report.builder import build_report
    from c102desk.report.model import signer_info
    from c102desk.report.signatures import sign_report
    from c102desk.signing.identity import load_identity

    identity = load_identity(Path(args.identity), PASSPHRASE)
    signer = signer_info(identity, "Benchmark")
    example = northland_path().read_bytes()
    raw = long_notes_assessment(args.note_chars, args.evidence) if args.note_chars or args.evidence else example

    def signed_report(source: bytes) -> bytes:
        assessment = parse_assessment(source, "benchmark")
        pdf = build_report(assessment, lang="en", signer=signer, source=source)
        return sign_report(pdf, identity, role="Benchmark", lang="en")

    signed_report(example)  # warm-up: not counted
    gc.collect()
    reset = _reset_peak()
    before = _status_kib("VmRSS")
    wall, cpu = time.perf_counter(), time.process_time()
    pdf = signed_report(raw)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    record: dict[str, object] = {
        "pages": report_floor.page_count(pdf), "bytes": len(pdf), "wall_s": wall, "cpu_s": cpu,
        "rss_before_kib": before, "peak_rss_kib": _peak_kib(), "peak_reset": reset,
    }
    if args.traced:
        import tracemalloc

        del pdf
        gc.collect()
        tracemalloc.start()
        signed_report(raw)
        record["traced_peak_bytes"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    Path(args.out).write_text(json.dumps(record), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
