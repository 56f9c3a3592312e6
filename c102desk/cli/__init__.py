"""The command line (engine-contract.md §2–3). Heavy modules are imported only by the command that needs them,
so that ``c102desk --version`` and ``evaluate`` start fast."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from c102desk import __version__
from c102desk.cli import inbox as inbox_commands
from c102desk.cli import report as report_commands
from c102desk.cli import server as server_commands
from c102desk.cli import store as store_cli
from c102desk.cli import team as team_commands
from c102desk.errors import C102Error

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="c102desk",
        description="Gap assessments of national social security law against ILO Convention No. 102. "
                    "Without a command, the desktop application opens; given assessment files (.c102.json) it "
                    "imports and opens them, given a report (.pdf) it verifies it.",
        usage="%(prog)s [--data-dir DIR] [FILE ...] | %(prog)s [--data-dir DIR] COMMAND ...",
    )
    parser.add_argument("--version", action="version", version=f"c102desk {__version__}")
    parser.add_argument("--data-dir", help="folder of the local store (default: the user data folder)")
    sub = parser.add_subparsers(dest="command")
    ev = sub.add_parser("evaluate", help="evaluate an assessment file and print the verdicts")
    ev.add_argument("file", help="assessment file (.c102.json)")
    ev.add_argument("--format", choices=("json", "text"), default="text")
    ev.add_argument("--lang", choices=("en", "fr", "es"), default="en")
    store_cli.register(sub)
    report_commands.register(sub)
    inbox_commands.register(sub)
    team_commands.register(sub)
    server_commands.register(sub)
    dd = sub.add_parser("data-dictionary", help="write the questionnaire's data dictionary (Markdown)")
    dd.add_argument("--out", help="output file (default: standard output)")
    return parser


OPENABLE_SUFFIXES = (".json", ".pdf")  # assessment files (*.c102.json) and report PDFs


def split_open_files(argv: Sequence[str], commands: set[str]) -> tuple[list[str], list[str]]:
    """``c102desk [--data-dir DIR] FILE…`` (a file manager's "Open with"): the arguments without the files, and
    the files. Arguments that start with a command are left as they are."""
    rest: list[str] = []
    files: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token == "--data-dir":
            rest += [token, next(tokens, "")]
        elif token.startswith("-"):
            rest.append(token)
        elif not files and token in commands:  # a command: everything after it is its own
            return list(argv), []
        else:
            files.append(token)
    return rest, files


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices}


def _check_open_files(files: list[str], commands: set[str]) -> None:
    for file in files:
        if not file.lower().endswith(OPENABLE_SUFFIXES):
            raise OpenFileError(f"{file}: c102desk opens assessment files (.c102.json) and reports (.pdf); "
                                f"the commands are {', '.join(sorted(commands))}")
        if not Path(file).is_file():
            raise OpenFileError(f"{file}: no such file")


class OpenFileError(C102Error):
    """A file given to open is not one c102desk opens, or does not exist."""


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stdout is None or sys.stderr is None:  # the windowed program on Windows (gui-scripts): no console
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the whole run)
    parser = build_parser()
    commands = _command_names(parser)
    rest, open_files = split_open_files(list(sys.argv[1:] if argv is None else argv), commands)
    args = parser.parse_args(rest)
    try:
        status = _run(args, open_files, commands)
        sys.stdout.flush()  # a reader gone away shows here, not as a traceback when Python exits
        return status
    except C102Error as exc:
        print(f"c102desk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader of the output stopped early (``c102desk list | head``): what it read was right; say nothing.
        _discard_stdout()
        return EXIT_OK


def _run(args: argparse.Namespace, open_files: list[str], commands: set[str]) -> int:
    if open_files:
        _check_open_files(open_files, commands)
        return _open_app(args, open_files)
    if args.command is not None and getattr(args, "data_dir", None):
        _warn_if_on_network(args.data_dir)
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "data-dictionary":
        return _data_dictionary(args)
    handled = team_commands.dispatch(args)
    if handled is None:
        handled = store_cli.dispatch(args)
    if handled is None:
        handled = report_commands.dispatch(args)
    if handled is None:
        handled = inbox_commands.dispatch(args)
    if handled is None:
        handled = server_commands.dispatch(args)
    if handled is not None:
        return handled
    return _open_app(args)


def _warn_if_on_network(data_dir: str) -> None:
    """A --data-dir on a network file system works, but its store can be damaged there: say so, go on."""
    from c102desk.network_fs import network_warning

    warning = network_warning(data_dir)
    if warning is not None:
        print(f"c102desk: warning: {warning}", file=sys.stderr)


def _discard_stdout() -> None:
    """Point standard output at the null device, so that Python's own flush at exit finds nowhere to fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _evaluate(args: argparse.Namespace) -> int:
    from c102desk.assessment import read_assessment
    from c102desk.engine import evaluate
    from c102desk.engine.render_text import render_text

    assessment = read_assessment(args.file)
    result = evaluate(assessment.answers, assessment.questionnaire, migrated_from=assessment.migrated_from)
    if args.format == "json":
        json.dump(result.to_json(args.lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(result, title=assessment.title, country=assessment.country, lang=args.lang))
    return EXIT_OK


def _data_dictionary(args: argparse.Namespace) -> int:
    from c102desk.questionnaire import load_questionnaire
    from c102desk.questionnaire.dictionary import render_dictionary

    text = render_dictionary(load_questionnaire())
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _open_app(args: argparse.Namespace, open_files: Sequence[str] = ()) -> int:
    from c102desk.ui.app import run_app  # Qt is imported only when the app starts

    return run_app(args.data_dir, open_files)
