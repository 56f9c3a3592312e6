"""``c102desk inbox FOLDER``: verify and list every received report of a folder (engine-contract.md §3,
docs/inbox-and-exports.md). Imported at start-up: it imports only argparse; pyHanko comes with the command."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from c102desk.inbox.entry import ReportEntry

COMMANDS = ("inbox",)
EXIT_OK = 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    inbox = subparsers.add_parser("inbox", help="verify and list every report received in a folder")
    inbox.add_argument("folder", help="folder of received reports (.pdf)")
    inbox.add_argument("--format", choices=("text", "json"), default="text")
    inbox.add_argument("--lang", choices=("en", "fr", "es"), default="en", help="language of the printed result")
    inbox.add_argument("--recursive", action="store_true", help="also the reports in the folder's subfolders")
    inbox.add_argument("--export", metavar="FILE", help="also write the intact reports' tables (.xlsx or .csv)")
    inbox.add_argument("--summary", metavar="FILE", help="also write the cross-country summary (.pdf)")
    inbox.add_argument("--data-dir", default=argparse.SUPPRESS,
                       help="folder of the local store, which holds your own grouping of countries into regions")


def dispatch(args: argparse.Namespace) -> int | None:
    if args.command != "inbox":
        return None
    try:
        return _inbox(args)
    except BrokenPipeError:  # the reader stopped early (``| head``): nothing more to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _inbox(args: argparse.Namespace) -> int:
    from c102desk.inbox.scan import inbox_files, scan
    from c102desk.regions import Regions, load_user_regions, user_regions_path
    from c102desk.store.paths import data_dir

    folder = Path(args.folder)
    own = load_user_regions(user_regions_path(data_dir(getattr(args, "data_dir", None))))
    export = _export_target(args.export)
    total = len(inbox_files(folder, recursive=args.recursive))  # a folder that cannot be read stops here: exit 2
    entries = []
    printer = _JsonPrinter(folder, args.lang) if args.format == "json" else _TextPrinter(folder, args.lang)
    for number, entry in enumerate(scan(folder, recursive=args.recursive, regions=Regions(own)), start=1):
        _progress(number, total)
        entries.append(entry)
        printer.entry(entry)
    _progress(0, 0)
    printer.end(entries)
    if export is not None:
        _write_export(entries, export, args.lang)
    if args.summary:
        from c102desk.inbox.summary_pdf import write_summary

        write_summary(entries, Path(args.summary), args.lang, folder=folder.name or str(folder))
    return EXIT_OK


def _export_target(value: str | None) -> tuple[Path, str] | None:
    if value is None:
        return None
    from c102desk.exports import ExportError
    from c102desk.i18n import Msg

    out = Path(value)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise ExportError(Msg("export.which_format", path=value))
    return out, fmt


def _write_export(entries: list[ReportEntry], target: tuple[Path, str], lang: str) -> None:
    from c102desk.exports import write_tables
    from c102desk.i18n import Msg
    from c102desk.inbox.tables import assessed

    changed: list[ReportEntry] = []
    written = write_tables(assessed(entries, changed), target[0], target[1], lang)
    for entry in changed:
        print(f"c102desk: {Msg('inbox.changed_since', file=entry.name).render(lang)}", file=sys.stderr)
    print(Msg("inbox.exported", count=str(written.assessments),
              files=", ".join(str(f) for f in written.files)).render(lang), file=sys.stderr)


def _progress(number: int, total: int) -> None:
    """On a terminal, "checking 12 of 500" on stderr while the reports are verified (never in a pipe)."""
    if not sys.stderr.isatty():
        return
    sys.stderr.write(f"\r{number}/{total}…" if total else "\r\033[K")
    sys.stderr.flush()


class _TextPrinter:
    def __init__(self, folder: Path, lang: str) -> None:
        from c102desk.inbox.render import say

        self.lang = lang
        print(say("inbox.folder", lang, folder=str(folder)), flush=True)

    def entry(self, entry: ReportEntry) -> None:
        from c102desk.inbox.render import entry_lines

        print("\n".join(entry_lines(entry, self.lang)), flush=True)

    def end(self, entries: list[ReportEntry]) -> None:
        from c102desk.inbox.render import counts_line

        print(counts_line(entries, self.lang))


class _JsonPrinter:
    """One JSON document, its file objects written as they are checked."""

    def __init__(self, folder: Path, lang: str) -> None:
        from c102desk.inbox.render import FORMAT, FORMAT_VERSION

        self.lang = lang
        self.first = True
        head = {"format": FORMAT, "format_version": FORMAT_VERSION, "folder": str(folder), "language": lang}
        sys.stdout.write(json.dumps(head, ensure_ascii=False, indent=2)[:-2] + ',\n  "files": [')

    def entry(self, entry: ReportEntry) -> None:
        from c102desk.inbox.render import entry_json

        text = json.dumps(entry_json(entry, self.lang), ensure_ascii=False, indent=2).replace("\n", "\n    ")
        sys.stdout.write(("\n    " if self.first else ",\n    ") + text)
        sys.stdout.flush()
        self.first = False

    def end(self, entries: list[ReportEntry]) -> None:
        from c102desk.inbox.render import counts_json

        counts = json.dumps(counts_json(entries), indent=2).replace("\n", "\n  ")
        sys.stdout.write(("\n  ],\n" if entries else "],\n") + f'  "counts": {counts}\n}}\n')
