"""The analysts' tables as CSV files, with the standard library.

``OUT.csv`` holds the requirements (one row per requirement per assessment); beside it ``OUT-assessments.csv``,
``OUT-figures.csv`` and ``OUT-answers.csv`` hold the other tables (docs/inbox-and-exports.md). Each is UTF-8
with a byte-order mark (so that Excel reads accents right), comma-separated, with a header row. Values:
numbers with a full stop and no thousands separator, exactly as computed (``87.5``, ``15.50``); booleans
``true``/``false``; dates ISO 8601 (``2026-12-02``); statuses as their codes (``not_met``); an empty cell for no
value. Text a spreadsheet would run as a formula starts with an apostrophe (``cells``).

Every file is written to a temporary name first and renamed when all are complete: a failure leaves nothing
half-written.
"""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from c102desk.exports.cells import guarded
from c102desk.exports.tables import REQUIREMENTS, SHEETS, Sheet


def temporary_name(target: Path) -> Path:
    """A new file's name beside ``target``; created with ``open(…, "x")`` it gets the mode the user's umask
    gives any new file (``mkstemp`` would make it private)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.tmp")


def csv_paths(out: Path) -> dict[str, Path]:
    """Where each table goes: the requirements in ``out`` itself, the others beside it."""
    stem = out.name[:-4] if out.name.lower().endswith(".csv") else out.name
    others = [sheet for sheet in SHEETS if sheet is not REQUIREMENTS]
    return {REQUIREMENTS.name: out, **{sheet.name: out.with_name(f"{stem}-{sheet.name}.csv") for sheet in others}}


def text_of(value: Any) -> str:
    """One cell as CSV text (see the module's docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return guarded(str(value))


class CsvTables:
    """Open writers for every table; ``row(sheet, values)`` appends one row."""

    def __init__(self, streams: dict[str, IO[str]]) -> None:
        self._writers = {name: csv.writer(stream, lineterminator="\r\n") for name, stream in streams.items()}
        for sheet in SHEETS:
            self._writers[sheet.name].writerow([c.name for c in sheet.columns])

    def row(self, sheet: Sheet, values: Iterable[Any]) -> None:
        self._writers[sheet.name].writerow([text_of(v) for v in values])


@contextmanager
def csv_tables(out: Path) -> Iterator[CsvTables]:
    """Write the tables; all files appear together when the block ends without an error (``OSError`` else)."""
    targets = csv_paths(out)
    temps: dict[str, Path] = {}
    try:
        with ExitStack() as stack:
            streams: dict[str, IO[str]] = {}
            for name, target in targets.items():
                temps[name] = temp = temporary_name(target)
                streams[name] = stack.enter_context(open(temp, "x", encoding="utf-8-sig", newline=""))
            yield CsvTables(streams)
            for stream in streams.values():
                stream.flush()
                os.fsync(stream.fileno())
        for name, target in targets.items():
            os.replace(temps.pop(name), target)
    finally:
        for temp in temps.values():
            temp.unlink(missing_ok=True)
