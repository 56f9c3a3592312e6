"""``c102desk sync --server URL``: send the laptop's changes to the team store and bring the others' here
(docs/team-server.md, "Syncing a laptop").

Exit status: 0 when everything is synced; 1 when it is synced except conflicts (answers both sides changed
differently: left as they are on both sides, listed, to be decided with ``--resolve``); 2 when nothing could be
done (a bad address, no team store there, the local store unusable — one sentence, no traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from c102desk.errors import C102Error

COMMANDS = ("sync",)
URL_ENV = "C102DESK_SERVER_URL"  # the same as ``server init``'s
EXIT_CONFLICTS = 1


class BadResolveError(C102Error):
    """A --resolve that is not [ASSESSMENT:]QUESTION=mine|theirs."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sync`` to the main parser."""
    sync = subparsers.add_parser(
        "sync", help="send this laptop's changes to the team store and bring the others' here, answer by answer")
    sync.add_argument("--server", metavar="URL",
                      help=f"the team store: postgresql://ROLE@HOST/DATABASE (default: ${URL_ENV})")
    sync.add_argument("--resolve", action="append", default=[], metavar="[ASSESSMENT:]QUESTION=mine|theirs",
                      help="decide a conflict listed by an earlier sync: mine (this laptop's answer goes to the "
                           "team store) or theirs (the team store's comes here); repeat for each")
    sync.add_argument("--assessor", metavar="NAME",
                      help="who syncs, recorded with answers put together from both sides (default: your login)")
    sync.add_argument("--json", action="store_true", help="print the report as JSON")
    sync.add_argument("--data-dir", default=argparse.SUPPRESS,
                      help="folder of the local store (default: the user data folder)")


def dispatch(args: argparse.Namespace) -> int | None:
    """Run ``sync``; return None when ``args.command`` is another command."""
    if args.command != "sync":
        return None
    from c102desk.server.errors import BadServerUrlError
    from c102desk.store import Store
    from c102desk.sync.engine import sync
    from c102desk.sync.remote import open_remote

    url = args.server or os.environ.get(URL_ENV)
    if not url:
        raise BadServerUrlError(f"give the team server's address with --server URL or set {URL_ENV}")
    choices = parse_resolve(args.resolve)
    with open_remote(url, args.data_dir) as remote, Store.open(args.data_dir) as local:  # a bad address opens
        remote_folder = None if remote.on_a_server else remote.folder                    # nothing here
        if remote_folder is not None and remote_folder.resolve() == local.folder.resolve():
            raise BadServerUrlError("the team store is this laptop's own library; give the server's address")
        report = sync(local, remote, _who(args.assessor), server=url, choices=choices)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(describe(report))
    return 0 if report.complete else EXIT_CONFLICTS


def parse_resolve(given: list[str]) -> dict[tuple[str, str], str]:
    from c102desk.sync.engine import KEEP_LOCAL, KEEP_REMOTE

    found: dict[tuple[str, str], str] = {}
    for item in given:
        target, sep, side = item.partition("=")
        assessment, _, question = target.rpartition(":")
        if not sep or not question.strip() or side.strip() not in (KEEP_LOCAL, KEEP_REMOTE):
            raise BadResolveError(f"--resolve {item}: write QUESTION=mine or QUESTION=theirs (the question's id "
                                  "as the sync listed it, optionally ASSESSMENT:QUESTION=…)")
        found[(assessment.strip(), question.strip())] = side.strip()
    return found


def describe(report: object) -> str:
    """The report in words: what went each way, what is left to decide."""
    from c102desk.sync.engine import SyncReport

    assert isinstance(report, SyncReport)
    lines = []
    if not report.changed_anything and not report.conflicts and not report.skipped:
        lines.append("Everything is already in sync; nothing was changed.")
    for assessment in report.sent:
        lines.append(f"sent to the team store: assessment {assessment}")
    for assessment in report.received:
        lines.append(f"received from the team store: assessment {assessment}")
    for assessment, count in report.pushed.items():
        lines.append(f"sent to the team store: {count} answer(s) of assessment {assessment}")
    for assessment, count in report.pulled.items():
        lines.append(f"received from the team store: {count} answer(s) of assessment {assessment}")
    for skipped in report.skipped:
        lines.append(f"not synced: assessment {skipped.assessment_id} ({skipped.reason})")
    if report.conflicts:
        lines.append(f"{len(report.conflicts)} answer(s) were changed differently here and on the team store; "
                     "they are left as they are on both sides until you decide:")
        for conflict in report.conflicts:
            lines.append(f"  {conflict.assessment_id}:{conflict.question_id}")
            for found in conflict.fields:
                lines.append(f"    {FIELD_WORDS.get(found.field, found.field)}: here {_text(found.mine)}, "
                             f"on the team store {_text(found.theirs)}")
        lines.append("Decide each with --resolve ASSESSMENT:QUESTION=mine (here) or =theirs (the team store's) "
                     "and sync again.")
    return "\n".join(lines) + "\n"


FIELD_WORDS = {"value": "answer", "note": "note", "legal_citation": "legal citation", "confidence": "confidence",
               "evidence": "evidence files"}


def _text(value: object) -> str:
    from c102desk.store.values import dump_json

    if isinstance(value, tuple | list):
        return f"{len(value)} file(s)" if value else "none"
    return "—" if value in (None, "") else dump_json(value)


def _who(given: str | None) -> str:
    import getpass

    if given:
        return given
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a user entry)
        return ""
