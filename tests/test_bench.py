"""The benchmark command runs on a tiny size and writes every figure as JSON (no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXPECTED = {
    "cold_start", "report_stack_at_start", "save_p50", "save_p99", "evaluate", "evaluate_throughput",
    "library_list", "library_store_query", "open_assessment", "peak_memory", "report",
    "inbox_cli", "inbox_cli_memory", "inbox_app", "inbox_app_memory", "inbox_gui_wait",
    "evaluate_process", "unsigned_report_signing_imports", "signed_report_process", "unsigned_report_process",
}
SCALE_EXPECTED = {
    "scale_report_example_time", "scale_report_example_memory", "scale_report_notes-300_time",
    "scale_report_notes-300_memory", "scale_report_time_growth", "scale_report_memory_growth",
    "scale_report_peak_memory", "scale_archive_close_growth", "scale_archive_growth",
    *(f"scale_archive_{size}_{what}" for size in (3, 12)
      for what in ("paint", "rss", "list", "close", "backups", "library")),
}


def test_quick_benchmark_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "c102desk.bench", "--quick", "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    figures = {f["id"]: f for f in results["figures"]}
    assert set(figures) == EXPECTED, [f["note"] for f in results["figures"] if f["value"] is None]
    for figure in figures.values():
        assert figure["value"] is not None, figure["note"]
        assert {"name", "unit", "floor", "ratio", "target", "passed"} <= set(figure)
    assert results["quick"] is True
    assert results["machine"]["cpus"]
    assert "cold start" in done.stdout


def test_quick_scale_benchmark_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "scale.json"
    done = subprocess.run(
        [sys.executable, "-m", "c102desk.bench", "--scale", "--quick", "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    figures = {f["id"]: f for f in results["figures"]}
    assert set(figures) == SCALE_EXPECTED, [f["note"] for f in results["figures"] if f["value"] is None]
    for figure in figures.values():
        assert figure["value"] is not None, figure["note"]
        assert {"name", "unit", "target", "passed"} <= set(figure)
    assert figures["scale_report_notes-300_time"]["details"]["pages"] > figures["scale_report_example_time"][
        "details"]["pages"]
    assert figures["scale_report_time_growth"]["target"] == "≤ 1.3×"
    assert figures["scale_archive_12_paint"]["floor"] > 0 and figures["scale_archive_12_list"]["floor"] > 0
    assert figures["scale_archive_12_rss"]["target"] == "≤ 200 MB"
    assert results["sizes"]["archive"] == [3, 12] and "painted ms" in done.stdout
    assert results["scale"] is True and len(results["load_average"]["start"]) == 3
    assert "growth" in done.stdout and "load average" in done.stdout


def test_only_one_part_measures_that_parts_figures(tmp_path: Path) -> None:
    out = tmp_path / "processes.json"
    done = subprocess.run(
        [sys.executable, "-m", "c102desk.bench", "--quick", "--only", "processes", "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    figures = {f["id"]: f for f in json.loads(out.read_text(encoding="utf-8"))["figures"]}
    assert set(figures) == {"evaluate_process", "unsigned_report_signing_imports", "signed_report_process",
                            "unsigned_report_process"}
    assert all(figure["value"] is not None for figure in figures.values()), [f["note"] for f in figures.values()]
    unknown = subprocess.run([sys.executable, "-m", "c102desk.bench", "--only", "nothing"], capture_output=True,
                             text=True, timeout=60, check=False)
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr
