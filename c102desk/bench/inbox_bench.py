"""The inbox figures: a folder of signed reports verified and listed by ``c102desk inbox`` and by Received
reports…, each beside pyHanko validating the same files in a bare loop (docs/performance.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from c102desk.bench.results import Figure

# Countries of every ILO region, so that the listing places them (the reports are the examples' answers).
COUNTRIES = ("Senegal", "Chile", "Viet Nam", "Jordan", "Kazakhstan", "Morocco", "Peru", "Fiji", "Albania",
             "Ghana")
EXAMPLES = ("midland-three-parts", "northland-all-parts", "southland-blocked")


def build_folder(folder: Path, count: int, work: Path) -> float:
    """``count`` signed reports in ``folder``: a report per country built once, then signed afresh for each file
    (each file its own signature, as each country's revisions would be). Returns the seconds it took."""
    from c102desk.assessment.file_format import parse_assessment
    from c102desk.report.builder import build_report
    from c102desk.report.model import signer_info
    from c102desk.report.signatures import sign_report
    from c102desk.resources import resource_path
    from c102desk.signing.identity import create_identity

    began = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    identity = create_identity(work / "inbox-signer.p12", b"benchmark only", name="Benchmark Signer",
                               organisation="c102desk", role="Assessor")
    unsigned: list[tuple[str, bytes]] = []
    for number, country in enumerate(COUNTRIES[: max(1, min(count, len(COUNTRIES)))]):
        raw = json.loads(resource_path("examples", f"{EXAMPLES[number % len(EXAMPLES)]}.c102.json")
                         .read_text(encoding="utf-8"))
        raw["country"] = country
        data = json.dumps(raw, ensure_ascii=False).encode("utf-8")
        pdf = build_report(parse_assessment(data, country), signer=signer_info(identity, "Assessor"), source=data)
        unsigned.append((country, pdf))
    for number in range(count):
        country, pdf = unsigned[number % len(unsigned)]
        name = f"{country.lower().replace(' ', '-')}-{number:04d}.pdf"
        (folder / name).write_bytes(sign_report(pdf, identity, role="Assessor"))
    return time.perf_counter() - began


def run_inbox_probe(mode: str, folder: Path, work: Path) -> dict[str, Any]:
    out = work / f"inbox-{mode}-{time.monotonic_ns()}.json"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("C102DESK_BENCH_QPA", "offscreen"))
    spawned = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "c102desk.bench.inbox_probe", mode, str(folder), "--out", str(out)],
                          env=env, capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0 or not out.is_file():
        raise RuntimeError(f"inbox {mode} probe failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    record: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    record["wall"] = time.perf_counter() - spawned
    return record


def inbox(count: int, work: Path) -> list[Figure]:
    folder = work / "received"
    generated = build_folder(folder, count, work)
    empty = work / "received-empty"
    empty.mkdir()
    floor = run_inbox_probe("floor", folder, work)
    cli = run_inbox_probe("cli", folder, work)
    app = run_inbox_probe("app", folder, work)
    idle = run_inbox_probe("app", empty, work)
    if app["rows"] != count or app["intact"] != count or floor["valid"] != count:
        raise RuntimeError(f"expected {count} intact reports; the app listed {app['rows']} ({app['intact']} "
                           f"intact), pyHanko found {floor['valid']} valid")
    size = f"{count} signed reports"
    per_file = 1000 * app["seconds"] / count
    return [
        Figure("inbox_cli", "inbox: c102desk inbox --format json", cli["wall"], "s", floor["wall"],
               note=f"{size}, process start to exit; floor = pyHanko validating the same files in a bare loop "
                    f"(its own process, start to exit); generated in {generated:.0f} s",
               details={"verify_loop_s": cli["seconds"], "floor_loop_s": floor["seconds"]}),
        Figure("inbox_cli_memory", "inbox: c102desk inbox, peak memory", cli["peak_rss_kib"] / 1024, "MiB",
               floor["peak_rss_kib"] / 1024, note="floor = the bare pyHanko loop's process"),
        Figure("inbox_app", "inbox: Received reports… verified and listed", app["seconds"], "s",
               floor["seconds"], note=f"{size} on one worker thread, rows streamed into the table "
                                      f"({per_file:.0f} ms a report); floor = the bare pyHanko loop",
               details={"per_report_ms": per_file}),
        Figure("inbox_app_memory", "inbox: Received reports…, peak memory", app["peak_rss_kib"] / 1024, "MiB",
               idle["peak_rss_kib"] / 1024, target="< floor + 200 MiB",
               passed=app["peak_rss_kib"] - idle["peak_rss_kib"] < 200 * 1024,
               note="floor = the same window on an empty folder (Qt and the program loaded)"),
        Figure("inbox_gui_wait", "inbox: longest GUI wait while verifying", 1000 * app["longest_gap"], "ms",
               1000 * app["idle_gap"], target="< 250 ms", passed=app["longest_gap"] < 0.25,
               note="between two ticks of a 20 ms timer on the GUI thread; floor = the same, the window idle"),
    ]
