"""The command line's help is as wide as argparse makes it (the terminal's width, found without shutil)."""

from __future__ import annotations

import argparse
import shutil

import pytest

from c102desk import cli


@pytest.mark.parametrize("columns", [None, "50", "200", "0", "wide"])
def test_the_width_is_the_one_shutil_gives(monkeypatch: pytest.MonkeyPatch, columns: str | None) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli._terminal_columns() == shutil.get_terminal_size().columns


def test_the_help_is_argparse_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    plain = argparse.ArgumentParser(prog="x", formatter_class=argparse.HelpFormatter)
    plain.add_argument("--a-rather-long-option-name", help="words " * 30)
    same = cli._Parser(prog="x")
    same.add_argument("--a-rather-long-option-name", help="words " * 30)
    assert same.format_help() == plain.format_help()
    wrapped = [line for line in same.format_help().splitlines() if line.endswith("words")]
    assert len(wrapped) > 2 and max(map(len, wrapped)) <= 58  # the help wrapped at the width (60 - 2)
