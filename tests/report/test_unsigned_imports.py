"""An unsigned report loads no signing code: the command writes its PDF, attachments included, in a fresh
interpreter that never imports pyHanko, its certificate validator or the cryptography libraries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from c102desk.report.attachments import ASSESSMENT_NAME, read_attachments
from tests.report.fixtures import example_path

SIGNING = ("pyhanko", "pyhanko_certvalidator", "cryptography", "asn1crypto", "aiohttp", "c102desk.signing",
           "c102desk.report.signatures")

_SCRIPT = """
import json, sys
from c102desk.cli import main
status = main(["report", sys.argv[1], "--out", sys.argv[2]])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def _run(*args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *args], capture_output=True, text=True, check=True,
                          timeout=120)
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_an_unsigned_report_imports_no_signing_module(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = _run(str(example_path("northland-all-parts")), str(out))
    assert result["status"] == 0
    modules = result["modules"]
    assert isinstance(modules, list)
    assert "reportlab" in modules  # the report was really built in that process
    loaded = [m for m in modules if any(m == name or m.startswith(name + ".") for name in SIGNING)]
    assert loaded == []
    attached = read_attachments(out.read_bytes())
    assert attached[ASSESSMENT_NAME] == example_path("northland-all-parts").read_bytes()
