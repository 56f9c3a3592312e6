"""The one way to reach the files shipped under ``resources/`` (questionnaires, schemas, examples).

It works from a source checkout, an editable install and a frozen bundle (PyInstaller unpacks data
files under ``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ENV_OVERRIDE = "C102DESK_RESOURCES"


def resources_dir() -> Path:
    """Return the folder that holds the shipped resources."""
    override = os.environ.get(_ENV_OVERRIDE)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of one shipped resource, e.g. ``resource_path("schema", "x.json")``."""
    return resources_dir().joinpath(*parts)
