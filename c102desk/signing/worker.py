"""Sign in a worker process: the signing stack imported on the second core while the report is built.

``c102desk report --sign`` spends ~0.4 s importing pyHanko, its certificate validator, fontTools' subsetter and
HarfBuzz before it can sign, and ~0.8 s building the report; one after the other, on a machine with two cores
or more. A thread does not help (the interpreter lock: tried, docs/performance.md §9), a process does: the
command starts one at once (``SigningWorker``), which imports the stack while the parent builds, loads the
signing identity itself, and signs the PDF the parent hands it (``serve``).

The two talk over the worker's standard input and output, in frames of a magic word, a length and a pickle
(both sides are this program; the pickle comes from our own child, never from a file). The parent sends the
identity's path and passphrase (over the pipe: never on the command line nor in the environment, where other
users' tools can see them), the role and the language as soon as it has opened the identity — the worker opens
it too and signs a blank page to get ready — then the built PDF; the worker answers with the signed PDF, or
the ``C102Error`` that refused it (raised again in the parent: the same words, exit status 2), or the
traceback of a bug. The worker answers once and ends; it also ends at the end of its input (the parent gave
up, finished or died): it leaves no orphan.

The worker never makes signing fail: a worker that cannot start, dies, answers garbage, is another c102desk or
takes too long is given up and the PDF is signed in the parent, as without it (logged at info level). It is
started only where it can help, with two cores or more; ``C102DESK_SIGNING_WORKER=off`` never starts it, and
``required`` always does and turns a fallback into an error (the tests and the installer's smoke test, which
must know the worker signed). The wrong passphrase is still found by the parent before anything is built
(``c102desk.cli.report``): the worker loading the identity again costs the other core only.

``cosign`` and the desktop app sign in their own process, as before: they build no report to overlap with.
This module knows nothing of reports: the caller hands it the signing function (``serve``) and the command
that starts the worker (``SigningWorker``), both from ``c102desk.cli.report``.
"""

from __future__ import annotations

import io
import os
import pickle
import struct
import subprocess
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn, Protocol

import c102desk
from c102desk.errors import C102Error
from c102desk.signing.identity import Identity, SigningError, load_identity

MODE_ENV = "C102DESK_SIGNING_WORKER"
OFF, REQUIRED = "off", "required"  # any other value (or none): the worker when there are two cores or more
ANSWER_TIMEOUT_S = 120.0  # signing takes well under a second; beyond this the worker is stuck, not slow
_MAGIC = b"C102SW1\n"
_LENGTH = struct.Struct(">Q")
_PACKAGE = str(Path(c102desk.__file__).resolve().parent)  # the two sides must run the same c102desk


class SignFunction(Protocol):
    def __call__(self, pdf: bytes, identity: Identity, *, role: str, lang: str) -> bytes: ...


class SigningWorkerError(SigningError):
    """``C102DESK_SIGNING_WORKER=required`` and the worker did not sign."""


# ----------------------------------------------------------------------------------------- frames on a pipe


def _frame(message: object) -> bytes:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _MAGIC + _LENGTH.pack(len(payload)) + payload


def _read_frame(stream: IO[bytes]) -> Any:
    """The next message on ``stream``; None at the end of the input (or a broken frame)."""
    head = stream.read(len(_MAGIC) + _LENGTH.size)
    if len(head) < len(_MAGIC) + _LENGTH.size or not head.startswith(_MAGIC):
        return None
    (length,) = _LENGTH.unpack(head[len(_MAGIC):])
    payload = stream.read(length)
    return pickle.loads(payload) if len(payload) == length else None


def _parse_answer(output: bytes) -> tuple[str, Any]:
    """The worker's answer in its whole output; ValueError when it is not one (garbage, cut short)."""
    head = len(_MAGIC) + _LENGTH.size
    if not output.startswith(_MAGIC) or len(output) < head:
        raise ValueError(f"no answer ({len(output)} bytes)")
    (length,) = _LENGTH.unpack(output[len(_MAGIC):head])
    if len(output) != head + length:
        raise ValueError(f"an answer of {len(output) - head} bytes instead of {length}")
    answer = pickle.loads(output[head:])
    if not (isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], str)):
        raise ValueError("not an answer")
    return answer[0], answer[1]


# ------------------------------------------------------------------------------------------ the worker's side


def serve(sign: SignFunction) -> int:
    """Run as the worker (the caller has imported ``sign``'s module, the signing stack, already): read who
    signs and how, get ready, read the PDF, answer once, end."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not land in the answer
    who = _read_frame(stdin)
    if who is None:  # the parent gave up before sending anything
        return 0
    if who["package"] != _PACKAGE:  # ``-m c102desk`` found another copy (another folder first on the path)
        _answer(stdout, ("failed", f"the worker runs c102desk from {_PACKAGE}, not {who['package']}"))
    role, lang = who["role"], who["lang"]
    try:
        identity = load_identity(Path(who["identity"]), who["passphrase"])
    except C102Error as exc:  # the parent opened it a moment ago, so this is rare (the file replaced since)
        refused: C102Error | None = exc
    else:
        refused = None
        _warm_up(sign, identity, role, lang)
    job = _read_frame(stdin)
    if job is None:  # the parent did not sign after all (its report failed, or it went away)
        return 0
    if refused is not None:
        _answer(stdout, ("refused", refused))
    try:
        answer: tuple[str, object] = ("signed", sign(job["pdf"], identity, role=role, lang=lang))
    except C102Error as exc:
        answer = ("refused", exc)
    except Exception:  # a bug: the parent signs again itself, where the traceback is shown as it always was
        answer = ("failed", traceback.format_exc())
    _answer(stdout, answer)


def _warm_up(sign: SignFunction, identity: Identity, role: str, lang: str) -> None:
    """Sign a blank page and throw it away, while the parent still builds: a first signature costs ~30 ms more
    than the next (modules pyHanko and fontTools import when first used, the language's messages), which the
    parent would otherwise wait for. Whatever goes wrong here goes wrong again, and is answered, with the PDF."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.writer import PdfFileWriter

    try:
        page = generic.DictionaryObject({  # type: ignore[no-untyped-call]  # (pyHanko's PDF objects are untyped)
            generic.pdf_name("/Type"): generic.pdf_name("/Page"),
            generic.pdf_name("/MediaBox"): generic.ArrayObject(map(generic.NumberObject, (0, 0, 595, 842))),
        })
        blank = PdfFileWriter()  # type: ignore[no-untyped-call]
        blank.insert_page(page)  # type: ignore[no-untyped-call]
        out = io.BytesIO()
        blank.write(out)  # type: ignore[no-untyped-call]
        sign(out.getvalue(), identity, role=role, lang=lang)
    except Exception:  # only a preparation: see above
        pass


def _answer(stdout: IO[bytes], answer: tuple[str, object]) -> NoReturn:
    try:
        data = _frame(answer)
    except Exception:  # an error that does not pickle: the parent signs itself and meets it there
        data = _frame(("failed", traceback.format_exc()))
    stdout.write(data)
    stdout.flush()
    sys.stderr.flush()
    # The parent waits for the end of the output: Python's finalisation of the signing stack would only delay
    # it, and the worker holds nothing to clean (no file written, nothing buffered).
    os._exit(0)


# ------------------------------------------------------------------------------------------ the parent's side


def mode() -> str:
    return os.environ.get(MODE_ENV, "").strip().lower()


def cores() -> int:
    """The processor cores this process may run on (its affinity where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class SigningWorker:
    """The parent's handle on a worker started with ``command`` (when it can help): ``prepare`` as soon as the
    identity is known good, ``sign`` with the built PDF, ``close`` in every case (a ``with`` block)."""

    def __init__(self, command: Sequence[str]) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._mode = mode()
        self._why_not = ""
        if self._mode == OFF or (self._mode != REQUIRED and cores() < 2):
            self._why_not = f"not started ({MODE_ENV}={self._mode})" if self._mode == OFF else "one core"
            return
        try:
            self._process = subprocess.Popen(list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                             stderr=subprocess.PIPE)
        except OSError as exc:
            self._why_not = f"could not start ({exc})"

    def __enter__(self) -> SigningWorker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def prepare(self, identity: Path, passphrase: bytes, *, role: str, lang: str) -> None:
        """Who signs and how, for the worker to open the identity and get ready while the report is built (a
        few hundred bytes: the pipe takes them without waiting)."""
        if self._process is None or self._process.stdin is None:
            return
        try:
            self._process.stdin.write(_frame({"package": _PACKAGE, "identity": str(identity),
                                              "passphrase": passphrase, "role": role, "lang": lang}))
            self._process.stdin.flush()
        except OSError as exc:  # it died already: sign will find it out
            self._why_not = f"it did not take the identity ({exc})"

    def sign(self, pdf: bytes, in_process: Callable[[], bytes]) -> bytes:
        """``pdf`` signed by the worker, or by ``in_process()`` when the worker cannot; the worker's refusal (a
        ``C102Error``) is raised here as it was raised there."""
        process, self._process = self._process, None
        if process is None:
            return self._fallback(in_process, self._why_not)
        try:
            output, errors = process.communicate(_frame({"pdf": pdf}), timeout=ANSWER_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return self._fallback(in_process, f"no answer within {ANSWER_TIMEOUT_S:.0f} s")
        try:
            kind, value = _parse_answer(output)
        except Exception as exc:  # whatever a broken answer raises while it is read, the parent signs itself
            return self._fallback(in_process, f"exit status {process.returncode}, {exc}; its errors: "
                                              f"{errors.decode('utf-8', 'replace').strip()}")
        if kind == "signed" and isinstance(value, bytes):
            return value
        if kind == "refused" and isinstance(value, C102Error):
            raise value
        return self._fallback(in_process, f"it failed: {value}")

    def _fallback(self, in_process: Callable[[], bytes], why: str) -> bytes:
        if self._mode == REQUIRED:
            raise SigningWorkerError(f"{MODE_ENV}={REQUIRED}, but the signing worker did not sign: {why}")
        import logging

        logging.getLogger(__name__).info("signing in this process: the signing worker did not sign (%s)", why)
        return in_process()

    def close(self) -> None:
        """End a worker that was never asked to sign (the report failed): at once, it holds nothing."""
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.communicate()  # reaped, its pipes closed


__all__ = ["MODE_ENV", "OFF", "REQUIRED", "SignFunction", "SigningWorker", "SigningWorkerError", "cores", "mode",
           "serve"]
