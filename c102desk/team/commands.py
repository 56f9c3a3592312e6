"""Command-line commands of team work: ``diff`` (engine-contract.md §2, docs/team-work.md) and ``import --merge``.

Errors are typed (``C102Error``); ``cli.main`` prints them as one line on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from c102desk.errors import C102Error
from c102desk.i18n import Msg

if TYPE_CHECKING:
    from c102desk.assessment.file_format import AssessmentFile
    from c102desk.store import Store
    from c102desk.team.snapshot import Snapshot

COMMANDS = ("diff",)


class UnknownSourceError(C102Error):
    """What was named to compare is neither an assessment of the store nor a file."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``diff`` to the main parser."""
    diff = subparsers.add_parser(
        "diff", help="show what differs between two assessments or revisions (answers, notes, evidence, verdicts)")
    diff.add_argument("first", help="assessment id in the local store, assessment file (.c102.json) or signed report")
    diff.add_argument("second", help="the same, to compare with the first")
    diff.add_argument("--format", choices=("json", "text"), default="text")
    diff.add_argument("--lang", choices=("en", "fr", "es"), default="en",
                      help="language of the Parts, questions, values and verdicts")
    diff.add_argument("--force-unsigned", action="store_true",
                      help="accept a report PDF that carries no signature")
    diff.add_argument("--data-dir", default=argparse.SUPPRESS,
                      help="folder of the local store (default: the user data folder)")


def dispatch(args: argparse.Namespace) -> int | None:
    """Run a team command; return None when ``args.command`` is not one of them."""
    if args.command == "diff":
        return _diff(args)
    return None


def _diff(args: argparse.Namespace) -> int:
    from c102desk.team.compare import compare, render_text

    with ExitStack() as stack:
        store = _StoreOnDemand(args.data_dir, stack)
        first = load_snapshot(args.first, store, force_unsigned=args.force_unsigned)
        second = load_snapshot(args.second, store, force_unsigned=args.force_unsigned)
    comparison = compare(first, second, args.lang)
    if args.format == "json":
        json.dump(comparison.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(comparison, args.lang))
    return 0


class _StoreOnDemand:
    """The local store, opened only when an id is named (two files compare without one)."""

    def __init__(self, data_dir: str | None, stack: ExitStack) -> None:
        self._data_dir = data_dir
        self._stack = stack
        self._store: Store | None = None

    def get(self) -> Store:
        if self._store is None:
            from c102desk.store import Store

            self._store = self._stack.enter_context(Store.open(self._data_dir))
        return self._store


def load_snapshot(source: str, store: _StoreOnDemand | Store, *, force_unsigned: bool = False) -> Snapshot:
    """An assessment named on the command line: a file (a report's attached assessment once its signatures hold),
    else an id of the local store."""
    from c102desk.team.snapshot import snapshot_of_document, snapshot_of_file

    path = Path(source)
    if path.is_file():
        with checked_file(path, force_unsigned=force_unsigned) as parsed:
            return snapshot_of_file(parsed, source)
    if source.lower().endswith((".json", ".pdf")) or "/" in source or "\\" in source:
        raise UnknownSourceError(Msg("team.compare.not_found", source=source))
    from c102desk.store import UnknownAssessmentError

    opened = store.get() if isinstance(store, _StoreOnDemand) else store
    try:
        return snapshot_of_document(opened.export_document(source), source)
    except UnknownAssessmentError:
        raise UnknownSourceError(Msg("team.compare.not_found", source=source)) from None


@contextmanager
def checked_file(path: Path, *, force_unsigned: bool = False) -> Iterator[AssessmentFile]:
    """The checked assessment of a file: read and validated, or extracted from a report whose every signature
    holds (``report.verification``, the import's own check)."""
    from c102desk.assessment import read_assessment
    from c102desk.store.transfer import is_pdf

    if not is_pdf(path):
        yield read_assessment(path)
        return
    from c102desk.report.verification import extracted_assessment

    with extracted_assessment(path, allow_unsigned=force_unsigned) as found:
        yield read_assessment(found.file)
