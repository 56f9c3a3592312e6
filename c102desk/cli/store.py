"""Command-line commands of the local store (import, export, list, backups, restore).

Errors are typed (``C102Error``); ``cli.main`` prints them as one line on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from c102desk.store import Store
    from c102desk.store.backups import Backup
    from c102desk.store.records import AssessmentInfo, LibraryEntry

COMMANDS = ("import", "export", "list", "backups", "restore")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the store's subcommands to the main parser."""
    imp = subparsers.add_parser("import", help="bring an assessment file into the local store")
    imp.add_argument("file", help="assessment file (.c102.json) or a c102desk report (.pdf)")
    choice = imp.add_mutually_exclusive_group()
    choice.add_argument("--keep-both", action="store_true",
                        help="if its id is already in the store, import it as a new assessment")
    choice.add_argument("--replace", action="store_true",
                        help="if its id is already in the store, overwrite the stored assessment")
    imp.add_argument("--force-unsigned", action="store_true",
                     help="import the assessment of a report PDF that carries no signature (with a warning)")
    exp = subparsers.add_parser("export", help="write one assessment of the local store to a file")
    exp.add_argument("id", help="assessment id (see 'c102desk list')")
    exp.add_argument("--out", required=True, help="file to write (.c102.json; .xlsx or .csv for analysts)")
    exp.add_argument("--format", choices=("json", "csv", "xlsx"), default="json",
                     help="json: the assessment file; csv, xlsx: one row per requirement, and the answers")
    exp.add_argument("--lang", choices=("en", "fr", "es"), default="en",
                     help="language of the names of statuses, requirements and questions (csv, xlsx)")
    lst = subparsers.add_parser("list", help="list the assessments in the local store")
    lst.add_argument("--format", choices=("text", "json"), default="text")
    lst.add_argument("--trash", action="store_true", help="list the assessments in the trash instead")
    bak = subparsers.add_parser("backups", help="list the backups of the local store, newest first")
    bak.add_argument("--format", choices=("text", "json"), default="text")
    res = subparsers.add_parser("restore", help="bring back a backup (the current store is backed up first)")
    res.add_argument("backup", help="backup file name (see 'c102desk backups')")
    for parser in (imp, exp, lst, bak, res):
        # Also accepted after the command; SUPPRESS keeps the global option's value when absent here.
        parser.add_argument("--data-dir", default=argparse.SUPPRESS,
                            help="folder of the local store (default: the user data folder)")


def dispatch(args: argparse.Namespace) -> int | None:
    """Run a store command; return None when ``args.command`` is not one of the store's."""
    if args.command not in COMMANDS:
        return None
    from c102desk.store import Store

    if args.command == "backups":  # listed without opening the store: they matter most when it cannot be
        from c102desk.store.paths import data_dir

        _print_backups(Store.backups_of(args.data_dir), args.format, data_dir(args.data_dir))
        return 0
    if args.command == "restore":
        print(_restore(args.data_dir, args.backup))
        return 0
    # ``list`` only reads, and only the rows it prints: the quick check (nothing read whole on a big store; a
    # damaged page it reads is still said to be damaged), no backup, the progress only when JSON asks for it.
    listing = args.command == "list"
    with Store.open(args.data_dir, check="quick" if listing else "full", for_reading=listing) as store:
        if args.command == "import":
            conflict = "keep_both" if args.keep_both else "replace" if args.replace else "refuse"
            print(_import(store, args.file, conflict, force_unsigned=args.force_unsigned))
        elif args.command == "export" and args.format != "json":
            from c102desk.exports import export_from_library  # docs/inbox-and-exports.md

            export_from_library(store, args.id, Path(args.out), args.format, args.lang)
        elif args.command == "export":
            store.export_file(args.id, args.out)
        elif args.command == "list" and args.format == "json":
            _print_list(store.library(trashed=args.trash), args.format)
        elif args.command == "list":
            _print_infos(store.list_assessments(trashed=args.trash))
    return 0


def _restore(data_dir: str | None, name: str) -> str:
    """Bring back a backup: into the open store (a safety backup is taken first), or in place of a store that
    is missing, empty or was just found damaged and moved aside."""
    from c102desk.store import Store, StoreDamagedError, StoreMissingError

    try:
        store = Store.open(data_dir)
    except StoreDamagedError as damaged:
        with Store.recover(data_dir, name):
            return f"restored {name}; the damaged store was moved aside to {damaged.moved_to}"
    except StoreMissingError:
        with Store.recover(data_dir, name):
            return f"restored {name} in place of the missing store"
    with store:
        kept = store.restore_backup(name)
    return f"restored {name}; the store as it was before is kept as {kept.name}"


def _import(store: Store, file: str, conflict: str, *, force_unsigned: bool = False) -> str:
    """Import an assessment file, or the assessment attached to a c102desk report PDF (all or nothing).

    A report comes in only when every signature in it holds (``report.verification``); an unsigned one only
    with ``--force-unsigned``, and a warning on stderr."""
    from c102desk.store import transfer

    if not transfer.is_pdf(file):
        return store.import_file(file, on_conflict=conflict)
    from c102desk.i18n import Msg
    from c102desk.report.verification import UnsignedReportError, extracted_assessment

    try:
        with extracted_assessment(file, allow_unsigned=force_unsigned) as found:
            new_id = store.import_file(found.file, on_conflict=conflict)
    except UnsignedReportError as exc:
        raise UnsignedReportError(Msg.join([exc.args[0], Msg("import.force_hint")], "; ")) from None
    if found.report.unsigned:
        print(f"c102desk: {Msg('import.unsigned_warning', source=file)}", file=sys.stderr)
    return new_id


def _print_list(entries: list[LibraryEntry], fmt: str) -> None:
    """Each assessment with its progress, the one the app shows (``c102desk.questionnaire.progress``)."""
    if fmt == "json":
        rows = [{**e.info.to_json(), "progress": {"answered": e.answered, "relevant": e.relevant}} for e in entries]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    _print_infos([entry.info for entry in entries])


def _print_infos(infos: list[AssessmentInfo]) -> None:
    """One assessment a line (the text format of ``list``), written at once."""
    sys.stdout.write("".join(f"{i.id}  {i.status:<5}  {i.changed}  {i.country}  {i.title}\n" for i in infos))


def _print_backups(found: list[Backup], fmt: str, folder: Path) -> None:
    if fmt == "json":
        json.dump([{"name": b.name, "taken_at": b.taken_at, "reason": b.reason, "size": b.size} for b in found],
                  sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    for backup in found:
        print(f"{backup.name}  {backup.taken_at}  {backup.reason}  {backup.size} bytes")
    # Said on stderr, so that the list itself stays one backup a line for scripts.
    print(BACKUPS_HOLD.format(folder=folder), file=sys.stderr)


# What a backup is, and what it is not (README, "Backups").
BACKUPS_HOLD = (
    "Backups are copies of the library's database: assessments, answers, notes, citations, history, review "
    "comments and states, and the records of evidence files. The size of an incremental backup (.c102backup) is "
    "what it adds to the files it shares with the others (backups/objects). They do not hold the evidence files "
    "themselves (evidence/) or the signing identity (signing/identity.p12), which stay beside them; to keep "
    "everything, copy the whole folder {folder}.")
