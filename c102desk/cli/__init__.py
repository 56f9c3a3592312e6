"""The command line (engine-contract.md §2–3). Heavy modules are imported only by the command that needs them,
so that ``c102desk --version`` and ``evaluate`` start fast."""

from __future__ import annotations

# c102desk's own processes only (the command line and the app start here): a program that imports c102desk's
# modules as a library keeps Python's dataclasses as they are. Before any import that makes a dataclass.
from c102desk import dataclass_code as _dataclass_code

_dataclass_code.install()  # their methods' byte code kept between runs (docs/performance.md §9)

import argparse
import gc
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from c102desk import __version__
from c102desk.cli import inbox as inbox_commands
from c102desk.cli import report as report_commands
from c102desk.cli import server as server_commands
from c102desk.cli import store as store_cli
from c102desk.cli import sync as sync_commands
from c102desk.cli import team as team_commands
from c102desk.errors import C102Error

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given ``command``, of that command only — the others' names are known (for
    ``_command_names``) but their parsers are not built: building all of them was ~10 ms of every run."""
    parser = _Parser(
        prog="c102desk",
        description="Gap assessments of national social security law against ILO Convention No. 102. "
                    "Without a command, the desktop application opens; given assessment files (.c102.json) it "
                    "imports and opens them, given a report (.pdf) it verifies it.",
        usage="%(prog)s [--data-dir DIR] [FILE ...] | %(prog)s [--data-dir DIR] COMMAND ...",
    )
    parser.add_argument("--version", action="version", version=f"c102desk {__version__}")
    parser.add_argument("--data-dir", help="folder of the local store (default: the user data folder)")
    sub: Any = parser.add_subparsers(dest="command")
    if command is not None:
        sub = _OneCommand(sub, command)
    ev = sub.add_parser("evaluate", help="evaluate an assessment file and print the verdicts")
    ev.add_argument("file", help="assessment file (.c102.json)")
    ev.add_argument("--format", choices=("json", "text"), default="text")
    ev.add_argument("--lang", choices=("en", "fr", "es"), default="en")
    store_cli.register(sub)
    report_commands.register(sub)
    inbox_commands.register(sub)
    team_commands.register(sub)
    server_commands.register(sub)
    sync_commands.register(sub)
    dd = sub.add_parser("data-dictionary", help="write the questionnaire's data dictionary (Markdown)")
    dd.add_argument("--out", help="output file (default: standard output)")
    return parser


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil (with bz2 and lzma: ~3 ms of every
    command, for argparse's formatter makes one for each option added, to check its metavar)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):  # no standard output, or not a terminal
            columns = 0
    return columns or 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help, as wide as the terminal (found as argparse finds it, ``_terminal_columns``)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """The command line's parsers (the commands' are of the same class: argparse makes them so)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


class _OneCommand:
    """The commands' subparsers, of which only ``command``'s parser is built; the others stand as ``_Unbuilt``
    and only their names are kept (in ``choices``, as argparse keeps them)."""

    def __init__(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser], command: str) -> None:
        self._subparsers, self._command = subparsers, command

    @property
    def choices(self) -> Any:  # a command's module adds options to another's parser (team: report, import)
        return self._subparsers.choices

    def add_parser(self, name: str, **options: Any) -> Any:
        if name == self._command:
            return self._subparsers.add_parser(name, **options)
        self._subparsers.choices[name] = _UNBUILT  # type: ignore[assignment]  # never parsed: not the command
        return _UNBUILT


class _Unbuilt:
    """The parser of a command not given: whatever is added to it is left out."""

    def __getattr__(self, name: str) -> Any:
        return self._leave_out

    def _leave_out(self, *args: Any, **options: Any) -> _Unbuilt:
        return self


_UNBUILT = _Unbuilt()


def _given_command(argv: Sequence[str]) -> str | None:
    """The first word of ``argv`` that is no option (nor ``--data-dir``'s value): the command, when it is one."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--data-dir":
            next(tokens, "")
        elif not token.startswith("-"):
            return token
    return None


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


def run() -> NoReturn:
    """The program's entry point (the ``c102desk`` commands, ``python -m c102desk``, the frozen program): ``main``
    in a process that ends with it."""
    status = main()
    # The process ends now and its memory goes back to the system whole. Python's collections at exit would
    # still traverse every object it made (the questionnaire, the rules, the catalogue …: ~15 ms of an
    # ``evaluate`` of 100 ms, measured); frozen, they are left alone. Exit handlers still run (atexit, logging,
    # temporary files) and objects freed by their references still are: only reference cycles still alive here go
    # uncollected, and nothing c102desk saves depends on a collection — files are written and closed by then.
    gc.freeze()
    sys.exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stdout is None or sys.stderr is None:  # the windowed program on Windows (gui-scripts): no console
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the whole run)
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == [report_commands.SIGNING_WORKER]:  # a child of ``report --sign``: no parser, no help
        return report_commands.serve_signing_worker()
    parser = build_parser(_given_command(arguments))
    commands = _command_names(parser)
    rest, open_files = split_open_files(arguments, commands)
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
    if handled is None:
        handled = sync_commands.dispatch(args)
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
