"""Reading a questionnaire's data files (its manifest, Parts, templates, counting rules, checks): one reader, one
wording of what is wrong with a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from c102desk.errors import QuestionnaireError
from c102desk.yaml_files import YamlSyntaxError, load_yaml


def read_yaml(path: Path) -> Any:
    """The data of ``path``; ``QuestionnaireError`` when the file is missing or not valid YAML."""
    try:
        return load_yaml(path)
    except FileNotFoundError as exc:
        raise QuestionnaireError(f"{path}: file is missing") from exc
    except YamlSyntaxError as exc:
        raise QuestionnaireError(f"{path}: not valid YAML: {exc}") from exc
