"""Declared migrations between questionnaire versions (engine-contract.md §1).

A newer version's folder holds ``migration_from_v<old>.yaml`` (named in its manifest under ``migrations``):
the ids renamed from the old version and the questions added. No id may change meaning or type between
versions — that would need a converter of answers, which this format deliberately cannot express. The same
data serves both ways: forward, answers of an old file are carried into the newer version; backward, the old
version is rebuilt from the newer version's files (``derived_from`` in the old manifest), so the questions are
written once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from c102desk.errors import QuestionnaireError
from c102desk.questionnaire.files import read_yaml
from c102desk.resources import resource_path

_KEYS = {"from", "to", "renamed", "added"}


@dataclass(frozen=True)
class Migration:
    """How answers of questionnaire ``source`` become answers of ``target``."""

    source: str
    target: str
    renamed: Mapping[str, str]  # old id → new id
    added: frozenset[str]  # ids new in ``target``

    def upgrade(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """The same answers under the newer version's ids (values unchanged: no id changed type)."""
        return {self.renamed.get(qid, qid): value for qid, value in answers.items()}

    def old_id(self, new_id: str) -> str:
        for old, new in self.renamed.items():
            if new == new_id:
                return old
        return new_id


def _folder(version: str) -> Path:
    return resource_path("questionnaire", f"v{version}")


def newer_version(version: str) -> str | None:
    """The version an old questionnaire version is derived from (``derived_from`` in its manifest), if any."""
    manifest = read_yaml(_folder(version) / "manifest.yaml")
    if not isinstance(manifest, Mapping) or manifest.get("derived_from") is None:
        return None
    return str(manifest["derived_from"])


@cache
def migration(source: str) -> Migration:
    """The declared migration from questionnaire ``source`` to the version it is derived from."""
    target = newer_version(source)
    if target is None:
        raise QuestionnaireError(f"questionnaire version {source!r} is not derived from a newer version")
    manifest_path = _folder(target) / "manifest.yaml"
    manifest = read_yaml(manifest_path)
    name = ((manifest or {}).get("migrations") or {}).get(source) if isinstance(manifest, Mapping) else None
    if not name:
        raise QuestionnaireError(f"{manifest_path}: 'migrations' names no file for version {source!r}")
    path = _folder(target) / str(name)
    raw = read_yaml(path)
    if not isinstance(raw, Mapping) or set(raw) - _KEYS:
        raise QuestionnaireError(f"{path}: must be a mapping with keys {sorted(_KEYS)}")
    if str(raw.get("from")) != source or str(raw.get("to")) != target:
        raise QuestionnaireError(f"{path}: 'from' and 'to' must be {source!r} and {target!r}")
    renamed = raw.get("renamed") or {}
    added = raw.get("added") or []
    if not isinstance(renamed, Mapping) or not isinstance(added, list):
        raise QuestionnaireError(f"{path}: 'renamed' must be a mapping and 'added' a list")
    if len(set(added)) != len(added):
        raise QuestionnaireError(f"{path}: 'added' lists an id twice")
    return Migration(source, target, {str(k): str(v) for k, v in renamed.items()}, frozenset(map(str, added)))


def upgrade_answers(version: str, answers: Mapping[str, Any], current: str) -> dict[str, Any]:
    """Carry answers of questionnaire ``version`` forward, one declared migration at a time, to ``current``."""
    upgraded = dict(answers)
    seen = {version}
    while version != current:
        step = migration(version)
        upgraded = step.upgrade(upgraded)
        version = step.target
        if version in seen:
            raise QuestionnaireError(f"questionnaire migrations loop at version {version!r}")
        seen.add(version)
    return upgraded
