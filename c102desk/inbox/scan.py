"""The files of an inbox folder, verified one after another.

``scan`` is a generator: each file is read, verified and summarised, then its bytes are let go, so the command
line prints and the app lists each report as soon as it is checked, and memory stays that of one PDF whatever
the folder holds. The app runs it on one worker thread and stops between two files when asked
(``cancelled``); docs/performance.md has its measured speed beside pyHanko's own loop.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from c102desk.errors import C102Error
from c102desk.i18n import Msg
from c102desk.inbox.entry import ReportEntry, read_entry
from c102desk.regions import Regions


class InboxFolderError(C102Error):
    """The folder does not exist, is not a folder, or cannot be listed."""


def inbox_files(folder: Path, *, recursive: bool = False) -> list[tuple[Path, str]]:
    """Every regular file of ``folder`` (and its subfolders when ``recursive``), with its name relative to it,
    sorted by that name; hidden files (a leading dot) and temporary files of an unfinished write are left out."""
    if not folder.exists():
        raise InboxFolderError(Msg("inbox.no_folder", folder=str(folder)))
    if not folder.is_dir():
        raise InboxFolderError(Msg("inbox.not_folder", folder=str(folder)))
    found: list[tuple[Path, str]] = []
    try:
        if recursive:
            for root, dirs, names in os.walk(folder, onerror=_raise):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                base = Path(root)
                found.extend((base / n, str((base / n).relative_to(folder))) for n in names if _listed(base / n))
        else:
            found = [(p, p.name) for p in folder.iterdir() if _listed(p)]
    except OSError as exc:
        raise InboxFolderError(Msg("inbox.unreadable_folder", folder=str(folder),
                                   reason=exc.strerror or str(exc))) from None
    return sorted(found, key=lambda item: item[1].casefold())


def _listed(path: Path) -> bool:
    return not path.name.startswith(".") and not path.name.endswith(".tmp") and path.is_file()


def _raise(error: OSError) -> None:
    raise error


def scan(folder: Path, *, recursive: bool = False, regions: Regions | None = None,
         cancelled: Callable[[], bool] | None = None) -> Iterator[ReportEntry]:
    """Each file of the folder as a ``ReportEntry``, in name order, with its region. ``InboxFolderError`` at
    once when the folder cannot be listed; a bad file is an entry that says so, never an error."""
    regions = regions or Regions()
    for path, name in inbox_files(folder, recursive=recursive):
        if cancelled is not None and cancelled():
            return
        yield place(read_entry(path, name), regions)


def place(entry: ReportEntry, regions: Regions) -> ReportEntry:
    """The entry with the region of its country."""
    if entry.contents is None:
        return entry
    region = regions.of(entry.contents.country)
    return entry.with_region(region.code if region else None, region.iso if region else "")
