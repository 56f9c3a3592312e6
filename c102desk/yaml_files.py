"""Reading the program's YAML data files (``resources/``): the one safe loading.

A safe loader builds plain data only (mappings, lists, strings, numbers), never an object a file names. libyaml's
parser is used when installed: the same safe constructor in C, ~6× faster than PyYAML's pure-Python one (loading
the questionnaire took ~0.65 s, then ~0.1 s; docs/performance.md), the same objects either way. PyYAML itself is
imported when a file is read, not with this module: what comes from the compiled cache needs no parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class YamlSyntaxError(ValueError):
    """The file is not valid YAML; its text is PyYAML's description of what is wrong, and where."""


def load_yaml(path: Path) -> Any:
    """The data of the YAML file ``path``. Raises ``OSError`` when it cannot be read, ``YamlSyntaxError`` when
    it is not valid YAML."""
    import yaml

    with path.open(encoding="utf-8") as handle:
        try:
            return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as exc:
            raise YamlSyntaxError(str(exc)) from exc
