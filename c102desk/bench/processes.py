"""Whole processes, as a user or a script starts them: ``c102desk evaluate`` against ``python -c "import yaml"``,
an unsigned report's imports, a signed report against a plain reportlab process drawing as many pages.

Each run is a fresh interpreter, the two sides interleaved, the median taken. The program's compiled cache
(``c102desk.compiled_cache``) lives in the benchmark's own folder: one run fills it (not counted, but reported:
the first run after an install or an update of the data files), the timed runs find it, as every later run does.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from c102desk.bench import measure
from c102desk.bench.results import Figure

# The signing stack: none of it is imported by an unsigned report.
SIGNING_MODULES = ("pyhanko", "pyhanko_certvalidator", "cryptography", "asn1crypto", "aiohttp", "c102desk.signing",
                   "c102desk.report.signatures")

_REPORT_IMPORTS = """
import json, sys
from c102desk.cli import main
status = main(["report", sys.argv[1], "--out", sys.argv[2]])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def _runs(sizes: measure.Sizes) -> int:
    return 1 if sizes == measure.QUICK else 11


def _environment(work: Path) -> dict[str, str]:
    env = dict(os.environ, C102DESK_CACHE_DIR=str(work / "compiled-cache"))
    env.pop("C102DESK_REPORT_FAST_PATHS", None)
    return env


def _time(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True, timeout=300)
    return time.perf_counter() - began


def _interleaved(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(_time(command, env))
    return times


def evaluate_process(sizes: measure.Sizes, work: Path) -> list[Figure]:
    """``c102desk evaluate`` of the complete example, a fresh process each time, against ``import yaml``."""
    from c102desk.bench.data import northland_path

    measure.byte_compile_package()
    env = _environment(work)
    evaluate = [sys.executable, "-m", "c102desk", "evaluate", str(northland_path())]
    first = _time(evaluate, env)  # fills the compiled cache
    times = _interleaved({"evaluate": evaluate, "floor": [sys.executable, "-c", "import yaml"]}, _runs(sizes), env)
    value, floor = statistics.median(times["evaluate"]), statistics.median(times["floor"])
    return [
        Figure("evaluate_process", "evaluate as a whole process", measure._ms(value), "ms", measure._ms(floor),
               "≤ 3× floor", value <= 3 * floor,
               note=f"python -m c102desk evaluate (northland) vs python -c 'import yaml'; median of {_runs(sizes)} "
                    f"interleaved runs; compiled cache filled by a first run of {measure._ms(first):.0f} ms",
               details={"runs_ms": [measure._ms(t) for t in times["evaluate"]],
                        "floor_runs_ms": [measure._ms(t) for t in times["floor"]], "first_run_ms": measure._ms(first)}),
    ]


def unsigned_report_imports(sizes: measure.Sizes, work: Path) -> list[Figure]:
    """Which signing modules a fresh process writing an unsigned report imports (none, is the target)."""
    from c102desk.bench.data import northland_path

    done = subprocess.run([sys.executable, "-c", _REPORT_IMPORTS, str(northland_path()), str(work / "unsigned.pdf")],
                          env=_environment(work), capture_output=True, text=True, check=True, timeout=300)
    modules = json.loads(done.stdout.splitlines()[-1])["modules"]
    signing = sorted({m.split(".")[0] if not m.startswith("c102desk") else m for m in modules
                      if any(m == name or m.startswith(name + ".") for name in SIGNING_MODULES)})
    return [Figure("unsigned_report_signing_imports", "signing modules imported by an unsigned report",
                   float(len(signing)), "packages", target="none imported", passed=not signing,
                   note="imported: " + ", ".join(signing) if signing else "",
                   details={"imported": signing, "modules": len(modules)})]


def signed_report_process(sizes: measure.Sizes, work: Path) -> list[Figure]:
    """``c102desk report --sign`` of the complete example, a fresh process each time, against a fresh process of
    reportlab alone drawing as many pages (report_floor.plain_tables)."""
    from c102desk.bench import report_floor
    from c102desk.bench.data import northland_path
    from c102desk.signing.identity import create_identity

    measure.byte_compile_package()
    env = _environment(work)
    identity, passphrase = work / "process-identity.p12", work / "passphrase.txt"
    passphrase.write_text("benchmark only\n", encoding="utf-8")
    create_identity(identity, b"benchmark only", name="Benchmark Signer", organisation="c102desk")
    signed = work / "signed.pdf"
    report = [sys.executable, "-m", "c102desk", "report", str(northland_path()), "--out", str(signed),
              "--sign", str(identity), "--passphrase-file", str(passphrase)]
    unsigned = [sys.executable, "-m", "c102desk", "report", str(northland_path()), "--out", str(work / "u.pdf")]
    first = _time(report, env)
    pages = report_floor.page_count(signed.read_bytes())
    floor = [sys.executable, "-c",
             f"from c102desk.bench.report_floor import plain_tables; plain_tables({pages})"]
    times = _interleaved({"signed": report, "unsigned": unsigned, "floor": floor}, max(1, _runs(sizes) // 2), env)
    value, plain = statistics.median(times["signed"]), statistics.median(times["floor"])
    alone = statistics.median(times["unsigned"])
    runs = max(1, _runs(sizes) // 2)
    return [
        Figure("signed_report_process", "signed report as a whole process", measure._ms(value), "ms",
               measure._ms(plain), "≤ 2.5× floor", value <= 2.5 * plain,
               note=f"{pages} pages; python -m c102desk report --sign vs a python process of reportlab alone drawing "
                    f"{pages} pages of plain tables; median of {runs} interleaved runs (first run "
                    f"{measure._ms(first):.0f} ms)",
               details={"pages": pages, "runs_ms": [measure._ms(t) for t in times["signed"]],
                        "floor_runs_ms": [measure._ms(t) for t in times["floor"]]}),
        Figure("unsigned_report_process", "unsigned report as a whole process", measure._ms(alone), "ms",
               measure._ms(plain), note="the same report without --sign; floor as above",
               details={"runs_ms": [measure._ms(t) for t in times["unsigned"]]}),
    ]
