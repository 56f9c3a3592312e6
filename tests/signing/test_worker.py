"""``report --sign`` signs in a worker process (c102desk/signing/worker.py): the report it writes verifies, the
parent never imports pyHanko, the worker's refusals read as they always did, and a worker that cannot start,
dies or talks nonsense leaves the signing to the parent."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from c102desk.cli import main
from c102desk.cli import report as report_commands
from c102desk.signing import worker
from c102desk.signing.identity import Identity
from tests.report.fixtures import example_path

EXAMPLE = example_path("southland-blocked")  # the shortest report: these tests build several

_REPORT = """
import json, sys
from c102desk.cli import main
status = main(["report", sys.argv[1], "--out", sys.argv[2], "--sign", sys.argv[3], "--passphrase-file",
               sys.argv[4], "--role", "Analyst"])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""

# A worker whose signing function raises ``error``: a refusal (pyHanko's failures become a SigningError) or a bug.
_RAISING = """
from c102desk.i18n import Msg
from c102desk.signing.identity import SigningError
from c102desk.signing.worker import serve

def sign(pdf, identity, *, role, lang):
    raise {error}

serve(sign)
"""
_REFUSING = _RAISING.format(error="SigningError(Msg('sign.failed', detail=\"refused by the test's worker\"))")
_BUGGY = _RAISING.format(error="KeyError('a bug')")

BROKEN_WORKERS = {
    "cannot start": ["/nonexistent/c102desk-signing-worker"],
    "dies": [sys.executable, "-c", "import sys; sys.exit(3)"],
    "talks nonsense": [sys.executable, "-c", "import sys; sys.stdin.buffer.read(); print('garbage')"],
    "has a bug": [sys.executable, "-c", _BUGGY],
}


def _assert_signed_by(pdf: Path, identity: Identity, folder: Path) -> None:
    """Valid, intact and by ``identity``, as pyHanko's own validator sees it."""
    from cryptography.hazmat.primitives.serialization import Encoding

    pem = folder / "signer.pem"
    pem.write_bytes(identity.certificate.public_bytes(Encoding.PEM))
    root = load_cert_from_pemder(str(pem))  # type: ignore[no-untyped-call]
    with pdf.open("rb") as handle:
        signatures = PdfFileReader(handle).embedded_signatures
        assert len(signatures) == 1
        status = validate_pdf_signature(signatures[0], ValidationContext(trust_roots=[root], allow_fetching=False))
    assert status.bottom_line and status.intact and status.valid


def _report_in_fresh_process(mode: str, identity: Identity, passphrase_file: Path, out: Path,
                             monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv(worker.MODE_ENV, mode)
    done = subprocess.run([sys.executable, "-c", _REPORT, str(EXAMPLE), str(out), str(identity.path),
                           str(passphrase_file)], capture_output=True, text=True, check=True, timeout=120)
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["status"] == 0, done.stderr
    modules: list[str] = result["modules"]
    return modules


def test_the_worker_signs_and_the_parent_never_imports_pyhanko(identity: Identity, passphrase_file: Path,
                                                                tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "signed.pdf"
    modules = _report_in_fresh_process(worker.REQUIRED, identity, passphrase_file, out, monkeypatch)
    assert "c102desk.signing.worker" in modules and "reportlab" in modules
    assert "pyhanko" not in modules and "c102desk.report.signatures" not in modules
    _assert_signed_by(out, identity, tmp_path)


def test_off_signs_in_the_process_itself(identity: Identity, passphrase_file: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "signed.pdf"
    modules = _report_in_fresh_process(worker.OFF, identity, passphrase_file, out, monkeypatch)
    assert "pyhanko" in modules
    _assert_signed_by(out, identity, tmp_path)


def _report(identity: Identity, passphrase_file: Path, out: Path) -> int:
    return main(["report", str(EXAMPLE), "--out", str(out), "--sign", str(identity.path), "--passphrase-file",
                 str(passphrase_file)])


def test_a_refusal_in_the_worker_reads_as_in_the_process(identity: Identity, passphrase_file: Path,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(worker.MODE_ENV, worker.REQUIRED)
    monkeypatch.setattr(report_commands, "signing_worker_command", lambda: [sys.executable, "-c", _REFUSING])
    out = tmp_path / "r.pdf"
    assert _report(identity, passphrase_file, out) == 2
    err = capsys.readouterr().err
    assert err == "c102desk: the signature could not be made (refused by the test's worker)\n"
    assert not out.exists()


@pytest.mark.parametrize("broken", BROKEN_WORKERS)
def test_a_broken_worker_leaves_the_signing_to_the_process(broken: str, identity: Identity, passphrase_file: Path,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv(worker.MODE_ENV, raising=False)
    monkeypatch.setattr(worker, "cores", lambda: 2)  # as on the machines it is started on
    monkeypatch.setattr(report_commands, "signing_worker_command", lambda: BROKEN_WORKERS[broken])
    out = tmp_path / "r.pdf"
    with caplog.at_level(logging.INFO, logger=worker.__name__):
        assert _report(identity, passphrase_file, out) == 0
    assert "signing in this process" in caplog.text
    _assert_signed_by(out, identity, tmp_path)


def test_required_makes_a_broken_worker_an_error(identity: Identity, passphrase_file: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(worker.MODE_ENV, worker.REQUIRED)
    monkeypatch.setattr(report_commands, "signing_worker_command", lambda: BROKEN_WORKERS["dies"])
    out = tmp_path / "r.pdf"
    assert _report(identity, passphrase_file, out) == 2
    err = capsys.readouterr().err
    assert "the signing worker did not sign" in err and "Traceback" not in err
    assert not out.exists()


def test_one_core_starts_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(worker.MODE_ENV, raising=False)
    monkeypatch.setattr(worker, "cores", lambda: 1)
    with worker.SigningWorker(BROKEN_WORKERS["cannot start"]) as idle:  # would log "could not start" if tried
        assert idle.sign(b"%PDF", lambda: b"signed here") == b"signed here"


@pytest.mark.parametrize("sent", [b"", b"C102SW1\n"], ids=["nothing", "half a frame"])
def test_the_worker_ends_at_the_end_of_its_input(sent: bytes) -> None:
    """The parent gone (or done) closes the worker's input: the worker ends by itself, no orphan is left."""
    done = subprocess.run(report_commands.signing_worker_command(), input=sent, capture_output=True,
                          timeout=120, check=False)
    assert (done.returncode, done.stdout) == (0, b"")
