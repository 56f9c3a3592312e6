"""The example assessments shipped under resources/examples (no Qt)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from c102desk.resources import resource_path


@dataclass(frozen=True)
class Example:
    """An example assessment shipped with the program."""

    path: Path
    country: str
    title: str


def shipped_examples() -> list[Example]:
    """Every example file with its country and title, in file-name order; unreadable ones are skipped."""
    found = []
    for path in sorted(resource_path("examples").glob("*.c102.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found.append(Example(path, str(data.get("country", "")), str(data.get("title", path.name))))
    return found
