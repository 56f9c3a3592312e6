"""The ``report``, ``verify``, ``cosign`` and ``keys`` commands (engine-contract.md §3, docs/signatures.md).

This module is imported at start-up, so it imports only argparse; reportlab and pyHanko (about half a second)
are loaded by the command that needs them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from c102desk.errors import C102Error

if TYPE_CHECKING:
    from c102desk.report.model import ChangesSince
    from c102desk.signing.worker import SigningWorker

COMMANDS = ("report", "verify", "cosign", "keys")
EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT = 0, 1, 2
# The hidden switch that makes the program the signing worker of a ``report --sign`` (c102desk.cli.main reads it
# before argparse: it is in no help).
SIGNING_WORKER = "--signing-worker"


class ReportError(C102Error):
    """A report cannot be written (bad output path, missing passphrase file …)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rep = subparsers.add_parser("report", help="write the gap-assessment PDF of an assessment file")
    rep.add_argument("file", help="assessment file (.c102.json)")
    rep.add_argument("--out", required=True, help="PDF file to write")
    rep.add_argument("--lang", choices=("en", "fr", "es"), default="en")
    rep.add_argument("--sign", metavar="P12", help="sign with this PKCS#12 signing identity")
    rep.add_argument("--passphrase-file", metavar="F", help="file whose first line is the PKCS#12 passphrase")
    rep.add_argument("--role", default="", help="signer's role printed in the signature block")
    rep.add_argument("--with-review", action="store_true",
                     help="add an annex of the open review comments the local store holds for this assessment")
    ver = subparsers.add_parser("verify", help="check every signature of a c102desk report")
    ver.add_argument("file", help="signed report (.pdf)")
    ver.add_argument("--lang", choices=("en", "fr", "es"), default="en", help="language of the printed result")
    co = subparsers.add_parser("cosign", help="add a signature, with the signer's role, to a signed report")
    co.add_argument("file", help="signed c102desk report (.pdf)")
    co.add_argument("--sign", required=True, metavar="P12", help="sign with this PKCS#12 signing identity")
    co.add_argument("--passphrase-file", required=True, metavar="F",
                    help="file whose first line is the PKCS#12 passphrase")
    co.add_argument("--role", required=True, help="the role you sign in, e.g. \"Workers' representative\"")
    co.add_argument("--out", required=True, help="co-signed PDF to write (may be the report itself)")
    co.add_argument("--lang", choices=("en", "fr", "es"),
                    help="language of the signature block (default: the report's)")
    keys = subparsers.add_parser("keys", help="create or import a signing identity (PKCS#12)")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = keys_sub.add_parser("create", help="create a key and a self-signed certificate")
    create.add_argument("--name", required=True)
    create.add_argument("--organisation", default="")
    create.add_argument("--country", default="", help="two-letter ISO code, e.g. SN")
    create.add_argument("--email", default="")
    create.add_argument("--role", default="")
    create.add_argument("--out", help="PKCS#12 file (default: signing/identity.p12 in the data folder)")
    create.add_argument("--passphrase-file", required=True, metavar="F")
    imp = keys_sub.add_parser("import", help="import a PKCS#12 issued by the ministry")
    imp.add_argument("p12", help="PKCS#12 file (.p12/.pfx)")
    imp.add_argument("--out", help="where to keep it (default: signing/identity.p12 in the data folder)")
    imp.add_argument("--passphrase-file", required=True, metavar="F")
    for parser in (rep, ver, co, create, imp):
        parser.add_argument("--data-dir", default=argparse.SUPPRESS,
                            help="folder of the local store (default: the user data folder)")


def dispatch(args: argparse.Namespace) -> int | None:
    if args.command == "report":
        return _report(args)
    if args.command == "verify":
        return _verify(args)
    if args.command == "cosign":
        return _cosign(args)
    if args.command == "keys":
        return _keys(args)
    return None


def read_passphrase(path: str | None) -> bytes:
    if not path:
        raise ReportError("--passphrase-file is needed to open the signing identity")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"{path}: the passphrase file cannot be read ({exc.strerror})") from None
    lines = text.splitlines()
    return (lines[0] if lines else "").encode("utf-8")


def write_atomically(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` atomically (nothing is left half-written); problems raise ``ReportError``."""
    from c102desk import files  # tempfile, shutil …: only for the commands that write

    files.write_atomically(out, data, error=ReportError)


def _report(args: argparse.Namespace, changes: ChangesSince | None = None) -> int:
    """``c102desk report``; ``changes`` is the annex of changes since an earlier revision (``--changes-since``,
    worked out by ``cli.team``, which compares)."""
    if not args.sign:
        return _write_report(args, changes, None)
    from c102desk.signing.worker import SigningWorker

    # Started first, so that the signing stack is imported on the other core while this process builds.
    with SigningWorker(signing_worker_command()) as worker:
        return _write_report(args, changes, worker)


def _write_report(args: argparse.Namespace, changes: ChangesSince | None, worker: SigningWorker | None) -> int:
    from c102desk.assessment.file_format import parse_assessment
    from c102desk.assessment.limits import read_limited

    source = Path(args.file)
    raw = read_limited(source)  # a file too large for an assessment is refused before it is read whole
    assessment = parse_assessment(raw, str(source))
    identity = None
    if worker is not None:
        from c102desk.signing.identity import load_identity

        # A wrong passphrase, or a certificate that may not sign today, stops here: nothing is built.
        passphrase = read_passphrase(args.passphrase_file)
        identity = load_identity(Path(args.sign), passphrase)
        worker.prepare(identity.path, passphrase, role=args.role, lang=args.lang)
    elif args.passphrase_file:
        raise ReportError("--passphrase-file is given without --sign")
    from c102desk.report.builder import build_report

    review = None
    if args.with_review:
        from c102desk.report.review_annex import open_review_notes

        review = open_review_notes(args.data_dir, assessment, str(source))
    if worker is None or identity is None:  # an unsigned report loads no signing code (pyHanko, cryptography …)
        pdf = build_report(assessment, lang=args.lang, source=raw, review=review, changes=changes)
    else:
        from c102desk.report.model import signer_info

        signer = signer_info(identity, args.role)
        unsigned = build_report(assessment, lang=args.lang, signer=signer, source=raw, review=review,
                                changes=changes)
        signing = identity

        def in_process() -> bytes:
            from c102desk.report.signatures import sign_report

            return sign_report(unsigned, signing, role=args.role, lang=args.lang)

        pdf = worker.sign(unsigned, in_process)
    write_atomically(Path(args.out), pdf)
    return EXIT_OK


def signing_worker_command() -> list[str]:
    """How this program starts itself as the signing worker: frozen, ``sys.executable`` is c102desk itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, SIGNING_WORKER]
    return [sys.executable, "-m", "c102desk", SIGNING_WORKER]


def serve_signing_worker() -> int:
    """``c102desk --signing-worker`` (started by ``_report``, never by hand): import the signing stack at once,
    then sign what the parent sends (``c102desk.signing.worker``)."""
    from c102desk.report.signatures import sign_report
    from c102desk.signing.worker import serve

    return serve(sign_report)


def _verify(args: argparse.Namespace) -> int:
    from c102desk.report.verification import verify_report

    result = verify_report(args.file)
    for line in result.lines(args.lang):
        print(line)
    return EXIT_OK if result.ok else EXIT_INVALID


def _cosign(args: argparse.Namespace) -> int:
    from c102desk.i18n import Msg
    from c102desk.report.signatures import cosign_report
    from c102desk.report.verification import read_report
    from c102desk.signing.identity import load_identity

    pdf = read_report(args.file)
    identity = load_identity(Path(args.sign), read_passphrase(args.passphrase_file))
    signed, check = cosign_report(pdf, identity, role=args.role, lang=args.lang, source=args.file)
    write_atomically(Path(args.out), signed)
    added = check.signatures[-1]
    print(Msg("cosign.done", out=args.out))
    print(Msg("cosign.added", number=str(added.number), count=str(len(check.signatures)), name=added.signer,
              role=added.role))
    print(Msg("verify.fingerprint", fingerprint=added.fingerprint))
    return EXIT_OK


def _keys(args: argparse.Namespace) -> int:
    from c102desk.signing.identity import create_identity, default_identity_path, import_identity
    from c102desk.store.paths import data_dir

    out = Path(args.out) if args.out else default_identity_path(data_dir(getattr(args, "data_dir", None)))
    passphrase = read_passphrase(args.passphrase_file)
    if args.keys_command == "create":
        identity = create_identity(out, passphrase, name=args.name, organisation=args.organisation,
                                   country=args.country, email=args.email, role=args.role)
    else:
        identity = import_identity(Path(args.p12), out, passphrase)
    print(f"signing identity: {identity.path}")
    print(f"certificate SHA-256 fingerprint: {identity.fingerprint}")
    return EXIT_OK
