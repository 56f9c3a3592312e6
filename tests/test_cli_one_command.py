"""The command line builds the parser of the command given only (c102desk/cli/__init__.py ``build_parser``): its
help, its errors and what it parses are those of the whole parser, and every command's name is still known."""

from __future__ import annotations

import argparse

import pytest

from c102desk import cli


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return next(action.choices for action in parser._actions if isinstance(action, argparse._SubParsersAction))


_FULL = cli.build_parser()
_COMMANDS = sorted(_subparsers(_FULL))


def test_every_command_is_known_to_a_one_command_parser() -> None:
    assert len(_COMMANDS) > 10 and "evaluate" in _COMMANDS and "report" in _COMMANDS
    for command in _COMMANDS:
        assert cli._command_names(cli.build_parser(command)) == set(_COMMANDS)
    assert cli._command_names(cli.build_parser("not-a-command")) == set(_COMMANDS)


@pytest.mark.parametrize("command", _COMMANDS)
def test_a_commands_own_parser_is_the_one_the_whole_parser_holds(command: str) -> None:
    ours, theirs = _subparsers(cli.build_parser(command))[command], _subparsers(_FULL)[command]
    assert ours.format_help() == theirs.format_help()
    assert ours.format_usage() == theirs.format_usage()


@pytest.mark.parametrize("argv", [
    ["evaluate", "a.c102.json"], ["--data-dir", "D", "evaluate", "a.c102.json", "--format", "json", "--lang", "fr"],
    ["report", "a.c102.json", "--out", "r.pdf"], ["list"], ["--data-dir", "report", "list"],
])
def test_arguments_parse_as_with_the_whole_parser(argv: list[str]) -> None:
    assert cli.build_parser(cli._given_command(argv)).parse_args(argv) == _FULL.parse_args(argv)


@pytest.mark.parametrize("argv", [["evaluate"], ["evaluate", "a.c102.json", "--format", "xml"], ["list", "extra"]])
def test_errors_are_those_of_the_whole_parser(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    messages = []
    for parser in (cli.build_parser(cli._given_command(argv)), _FULL):
        with pytest.raises(SystemExit) as raised:
            parser.parse_args(argv)
        messages.append((raised.value.code, capsys.readouterr().err))
    assert messages[0] == messages[1] and messages[0][0] == 2


def test_the_given_command_is_the_first_word_that_is_no_option() -> None:
    assert cli._given_command(["--data-dir", "evaluate", "list"]) == "list"
    assert cli._given_command(["--version"]) is None
    assert cli._given_command(["a.c102.json", "evaluate"]) == "a.c102.json"
