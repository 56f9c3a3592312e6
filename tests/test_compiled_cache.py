"""The compiled cache (c102desk/compiled_cache.py): the questionnaire and the catalogues are read from it when their
files have not changed and rebuilt when one has; an entry is never used for other files than its own, never
builds other objects than allowed, and two processes writing it leave a good entry."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from c102desk import compiled_cache
from c102desk.engine.context import load_assumptions
from c102desk.engine.rulebook import loader as rulebook_loader
from c102desk.i18n import catalogue
from c102desk.questionnaire import loader
from c102desk.resources import resource_path


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped resources the program reads instead, and a cache folder of this test's own."""
    copy = tmp_path / "resources"
    shutil.copytree(resource_path(), copy)
    monkeypatch.setenv("C102DESK_RESOURCES", str(copy))
    monkeypatch.setenv(compiled_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    _forget()
    yield copy
    monkeypatch.undo()
    _forget()


def _forget() -> None:
    """What this process keeps of the data (the cache between runs is the folder's)."""
    loader.forget_loaded()
    catalogue.forget()
    rulebook_loader.load_rulebook.cache_clear()
    load_assumptions.cache_clear()


def _yaml_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every YAML file the questionnaire loader and the catalogue parse from now on."""
    reads: list[Path] = []
    read_questionnaire, read_catalogue = loader._read_yaml, catalogue._read

    def questionnaire_file(path: Path) -> Any:
        reads.append(path)
        return read_questionnaire(path)

    def catalogue_file(path: Path) -> Any:
        reads.append(path)
        return read_catalogue(path)

    monkeypatch.setattr(loader, "_read_yaml", questionnaire_file)
    monkeypatch.setattr(catalogue, "_read", catalogue_file)
    return reads


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_questionnaire_is_read_from_the_cache_and_rebuilt_when_a_file_changes(
        resources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _yaml_reads(monkeypatch)
    first = loader.load_questionnaire("2")
    assert len(reads) > 20  # parsed: the cache was empty
    _forget()
    reads.clear()
    again = loader.load_questionnaire("2")
    assert reads == []  # from the cache
    assert again.by_id.keys() == first.by_id.keys() and again.texts == first.texts
    assert again.label(again.by_id["II.scheme.exists"], "fr") == first.label(first.by_id["II.scheme.exists"], "fr")

    label = first.by_id["II.scheme.exists"].label
    _edit(resources / "questionnaire" / "v2" / "part_II.yaml", label, "A label changed on disk")
    _forget()
    changed = loader.load_questionnaire("2")
    assert reads  # parsed again
    assert changed.by_id["II.scheme.exists"].label == "A label changed on disk"


def test_a_translation_file_changed_or_added_rebuilds_the_questionnaire(resources: Path) -> None:
    question = loader.load_questionnaire("2").by_id["II.scheme.exists"]
    translations = resources / "questionnaire" / "v2" / "i18n" / "part_II.yaml"
    french = loader.load_questionnaire("2").label(question, "fr")
    _edit(translations, french, "Une question changée")
    _forget()
    assert loader.load_questionnaire("2").label(question, "fr") == "Une question changée"
    (resources / "questionnaire" / "v2" / "i18n" / "part_XV.yaml").write_text("{}\n", encoding="utf-8")
    _forget()
    with pytest.raises(Exception, match="part_XV"):  # a new file is read (and here refused), not ignored
        loader.load_questionnaire("2")


def test_the_code_that_builds_it_is_part_of_the_key(resources: Path) -> None:
    sources = loader.cache_sources()
    assert Path(loader.__file__) in sources and any(path.name == "model.py" for path in sources)


def test_a_catalogue_file_changed_rebuilds_the_catalogue(resources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _yaml_reads(monkeypatch)
    title = catalogue.template("report.doc.title", "en")
    assert reads
    _forget()
    reads.clear()
    assert catalogue.template("report.doc.title", "en") == title
    assert reads == []  # from the cache
    _edit(resources / "i18n" / "report" / "document.yaml", title, "A title changed on disk")
    _forget()
    assert catalogue.template("report.doc.title", "en") == "A title changed on disk"
    assert reads


def test_the_questionnaire_in_one_language_reads_none_of_the_others(resources: Path) -> None:
    folder = Path(os.environ[compiled_cache.CACHE_DIR_ENV])
    question = loader.load_questionnaire("2").by_id["II.scheme.exists"]
    spanish = loader.load_questionnaire("2").label(question, "es")
    _forget()
    compiled_cache.entry_path(folder, "questionnaire-v2-es").unlink()
    questionnaire = loader.load_questionnaire("2")
    assert questionnaire.label(question, "en") == question.label
    assert questionnaire.label(question, "fr") != question.label
    assert not compiled_cache.entry_path(folder, "questionnaire-v2-es").exists()  # Spanish not read
    assert questionnaire.label(question, "es") == spanish  # read (and kept again) when asked for
    assert compiled_cache.entry_path(folder, "questionnaire-v2-es").exists()


def test_the_rules_are_read_from_the_cache_and_rebuilt_when_a_rule_file_changes(
        resources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    read_rules = rulebook_loader._read

    def rule_file(folder: Path, name: str, version: str) -> Any:
        reads.append(name)
        return read_rules(folder, name, version)

    monkeypatch.setattr(rulebook_loader, "_read", rule_file)
    assert rulebook_loader.load_rulebook("2").parts["II"].note == "Medical care (Arts 7–12)."
    assert "part_II.yaml" in reads
    _forget()
    reads.clear()
    rulebook_loader.load_rulebook("2")
    assert reads == []  # from the cache
    _edit(resources / "rules" / "v2" / "part_II.yaml", "Medical care (Arts 7–12).", "Medical care, changed.")
    _forget()
    assert rulebook_loader.load_rulebook("2").parts["II"].note == "Medical care, changed."
    assert "part_II.yaml" in reads
    # What the rules are checked against is part of their key: a catalogue file changed rebuilds them too.
    _forget()
    reads.clear()
    _edit(resources / "i18n" / "report" / "document.yaml", catalogue.template("report.doc.title", "en"), "Changed")
    _forget()
    rulebook_loader.load_rulebook("2")
    assert "part_II.yaml" in reads


def test_one_language_is_read_without_the_others(resources: Path) -> None:
    folder = Path(os.environ[compiled_cache.CACHE_DIR_ENV])
    catalogue.template("report.doc.title", "en")  # builds the cache: every language's entry is made as used
    _forget()
    for name in ("catalogue-fr", "catalogue-es"):
        compiled_cache.entry_path(folder, name).unlink(missing_ok=True)
    catalogue.template("report.doc.title", "en")
    assert compiled_cache.entry_path(folder, "catalogue-en").exists()
    assert not compiled_cache.entry_path(folder, "catalogue-fr").exists()  # French never needed, never read


def test_an_entry_is_not_used_for_other_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    source = tmp_path / "data.txt"
    source.write_text("one", encoding="utf-8")
    builds: list[str] = []

    def build() -> dict[str, str]:
        builds.append(source.read_text(encoding="utf-8"))
        return {"text": builds[-1]}

    def value() -> Any:
        return compiled_cache.cached("test", [source], build, modules=(), check=lambda found: isinstance(found, dict))

    assert value() == {"text": "one"} and value() == {"text": "one"} and builds == ["one"]
    source.write_text("two", encoding="utf-8")
    assert value() == {"text": "two"} and builds == ["one", "two"]
    # An entry copied over from other sources (here: an older key) is refused, whatever it holds.
    entry = compiled_cache.entry_path(tmp_path / "cache", "test")
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("two", encoding="utf-8")
    other_key = compiled_cache.source_key("test", [elsewhere])
    entry.write_bytes(compiled_cache._MAGIC + other_key.encode() + b"\n" + pickle.dumps({"text": "forged"}))
    assert value() == {"text": "two"} and builds == ["one", "two", "two"]
    # A damaged entry (cut short) is only a miss.
    data = entry.read_bytes()
    entry.write_bytes(data[: len(data) - 5])
    assert value() == {"text": "two"} and len(builds) == 4
    # An entry a check refuses (another type of object) is rebuilt.
    assert compiled_cache.cached("test", [source], build, modules=(), check=lambda found: False) == {"text": "two"}


class _Evil:
    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, ("echo compromised > " + os.environ["EVIL_OUT"],))


def test_an_entry_cannot_make_the_program_call_anything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv("EVIL_OUT", str(tmp_path / "evil"))
    source = tmp_path / "data.txt"
    source.write_text("one", encoding="utf-8")
    key = compiled_cache.source_key("test", [source])
    compiled_cache.write(tmp_path / "cache", "test", key, [_Evil()])  # an entry with the right key, forged
    found = compiled_cache.cached("test", [source], lambda: ["built"], modules=("c102desk",), check=lambda _: True)
    assert found == ["built"]
    assert not (tmp_path / "evil").exists()


def test_the_cache_can_be_off_or_unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one", encoding="utf-8")
    monkeypatch.setenv(compiled_cache.CACHE_DIR_ENV, "off")
    assert compiled_cache.cache_dir() is None
    assert compiled_cache.cached("test", [source], lambda: 1, modules=(), check=lambda _: True) == 1
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(compiled_cache.CACHE_DIR_ENV, str(blocked / "cache"))
    assert compiled_cache.cached("test", [source], lambda: 2, modules=(), check=lambda _: True) == 2
    monkeypatch.delenv(compiled_cache.CACHE_DIR_ENV)
    assert "c102desk" in str(compiled_cache.cache_dir())  # the user cache folder otherwise (here the tests')


_WRITER = """
import sys
import c102desk.cli  # as the command line starts: the dataclasses' code cache installed
from c102desk.questionnaire import load_questionnaire
print(len(load_questionnaire("2").by_id))
"""


def test_two_processes_filling_the_cache_at_once_leave_a_good_entry(tmp_path: Path) -> None:
    env = dict(os.environ, C102DESK_CACHE_DIR=str(tmp_path / "cache"))
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER], env=env, stdout=subprocess.PIPE, text=True)
               for _ in range(3)]
    counts = {writer.communicate(timeout=120)[0].strip() for writer in writers}
    assert all(writer.returncode == 0 for writer in writers) and len(counts) == 1
    entries = sorted(path.name for path in (tmp_path / "cache").iterdir())  # no temporary files left over
    methods = [name for name in entries if name.startswith("dataclass-code-")]  # c102desk.dataclass_code's
    assert "dataclass-code-c102desk.questionnaire.cache" in methods
    assert [name for name in entries if name not in methods] == [
        "questionnaire-v2-es.cache", "questionnaire-v2-fr.cache", "questionnaire-v2.cache",
        "source-hashes.cache"]  # the sources' hashes (c102desk.file_hashes)
    again = subprocess.run([sys.executable, "-c", _WRITER], env=env, capture_output=True, text=True, check=True)
    assert again.stdout.strip() == counts.pop()
