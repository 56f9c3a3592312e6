"""A time the store recorded, as the user reads it: the one place that writes it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_stamp(iso: str) -> str:
    """A store time stamp (UTC ISO 8601) as local date and time in the user's locale; a stamp that is not one is
    shown as it is."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    # Day, month name and 24-hour time read the same way everywhere; the month name follows the locale.
    return QLocale().toString(local, "d MMM yyyy, HH:mm")
