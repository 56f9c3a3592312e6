"""Command-line commands of the local store (import, export, list, backups, restore)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the store's subcommands to the main parser."""


def dispatch(args: argparse.Namespace) -> int | None:
    """Run a store command; return None when ``args.command`` is not one of the store's."""
    return None
