"""Time stamps of the store: ISO 8601 text in UTC with microseconds, so that text order is time order."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
