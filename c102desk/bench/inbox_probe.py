"""Run in a fresh process by the benchmark: verify and list a folder of signed reports, and note the time and the
peak resident memory.

``python -m c102desk.bench.inbox_probe floor|cli|app FOLDER --out FILE``:

- ``floor``: pyHanko alone, in a bare loop — each file read, each signature validated with its own certificate
  as trust root (what ``signing.verify`` asks of pyHanko), nothing kept;
- ``cli``: ``c102desk inbox FOLDER --format json`` (its output thrown away);
- ``app``: Received reports… offscreen — the folder verified on the window's worker thread and listed in its
  table, with a 20 ms timer on the GUI thread noting the longest wait between two of its ticks (how long the
  window could not answer the user).

Qt is imported only by ``app``.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any


def floor(folder: Path) -> dict[str, Any]:
    began = time.perf_counter()  # pyHanko's import counted too, as c102desk's commands import it when used
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.authority import CertTrustAnchor

    checked = 0
    for path in sorted(folder.iterdir()):
        reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
        for signature in reader.embedded_signatures:
            context = ValidationContext(trust_roots=[CertTrustAnchor(signature.signer_cert)], allow_fetching=False,
                                        moment=signature.self_reported_timestamp)
            status = validate_pdf_signature(signature, context)
            checked += bool(status.bottom_line)
    return {"seconds": time.perf_counter() - began, "valid": checked}


def cli(folder: Path) -> dict[str, Any]:
    from c102desk.cli import main

    began = time.perf_counter()
    stdout = sys.stdout
    with open(os.devnull, "w", encoding="utf-8") as sink:
        sys.stdout = sink
        try:
            status = main(["inbox", str(folder), "--format", "json", "--data-dir", str(folder.parent / "data")])
        finally:
            sys.stdout = stdout
    return {"seconds": time.perf_counter() - began, "status": status}


def app(folder: Path) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from c102desk.ui.inbox.window import InboxWindow

    application = QApplication(sys.argv[:1])
    window = InboxWindow(folder.parent / "data")
    window.show()
    record: dict[str, Any] = {}
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def idle_then_start() -> None:
        # The window idle for a moment first: the timer's own gaps, the floor of the longest wait.
        record["idle_gap"] = _longest_gap(ticks)
        ticks.clear()
        record["began"] = time.perf_counter()
        window.load_folder(folder)

    def finished(_cancelled: bool) -> None:
        record["seconds"] = time.perf_counter() - record["began"]
        record["longest_gap"] = _longest_gap([record["began"], *ticks])
        gaps = [(round(b - record["began"], 3), round(b - a, 3)) for a, b in itertools.pairwise(ticks) if b - a > 0.1]
        record["long_gaps"] = gaps[:20]
        record["rows"] = window.model.rowCount()
        record["intact"] = sum(1 for e in window.model.entries() if e.verdict.value == "intact")
        window.close()
        application.quit()

    window.verified.connect(finished)
    timer.start()
    QTimer.singleShot(500, idle_then_start)
    application.exec()
    return record


def _longest_gap(ticks: list[float]) -> float:
    return max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("floor", "cli", "app"))
    parser.add_argument("folder")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    run = {"floor": floor, "cli": cli, "app": app}[args.mode]
    record = run(Path(args.folder))
    record["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    Path(args.out).write_text(json.dumps(record), encoding="utf-8")
    return 0


if __name__ == "__main__":
    status = main()
    # Ended as the program ends (c102desk.cli.run): without this, the interpreter's collections at exit, after the
    # window of 500 reports, abort with "bool_dealloc: deallocating True or False" (a reference miscounted in a C
    # extension, not found yet; docs/performance.md §7) — and the figure was lost with the probe.
    import gc

    gc.freeze()
    sys.exit(status)
