"""The byte code of dataclasses' methods kept between runs (c102desk/dataclass_code.py): a later run compiles none
of them and its classes behave as compiled ones; a damaged entry, or one of another version, is rebuilt."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from c102desk import compiled_cache, dataclass_code

# A fresh interpreter importing the engine and the questionnaire (dozens of frozen dataclasses), reporting how
# many method texts it found in the table and how many it compiled, and how its classes behave.
_PROBE = """
import json, sys, types
import c102desk.cli  # where c102desk's processes install it, before dataclasses is imported
import dataclasses
import c102desk.engine, c102desk.questionnaire.model as model
from c102desk import dataclass_code
inspect_deferred = "inspect" not in sys.modules  # every class so far has a docstring of its own
@dataclasses.dataclass
class Plain:  # no docstring: dataclasses writes one from inspect.signature, as ever
    x: int
    y: "str" = "a"
option = model.Option("yes", "Yes")
try:
    option.value = "no"
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
table = dataclass_code._TABLE
ours = sum(len(codes) for name, codes in table.codes.items() if name.startswith("c102desk."))
new = sum(len(codes) for name, codes in table.new.items() if name.startswith("c102desk."))
compiled_by_table = {name: len(codes) for name, codes in table.new.items()}
print(json.dumps({"known": ours - new, "compiled": new, "packages": sorted(table.codes),
                  "compiled_by_table": compiled_by_table,
                  "repr": repr(option), "eq": option == model.Option("yes", "Yes"),
                  "hash": hash(option) == hash(model.Option("yes", "Yes")), "frozen": frozen,
                  "patched": getattr(dataclasses, "exec", None) is dataclass_code._exec,
                  "inspect_deferred": inspect_deferred, "doc": Plain.__doc__,
                  "annotations": {k: str(v) for k, v in Plain.__init__.__annotations__.items()},
                  "real_inspect": type(sys.modules["inspect"]) is types.ModuleType}))
"""


def _probe(cache: Path) -> dict[str, object]:
    env = dict(os.environ, **{compiled_cache.CACHE_DIR_ENV: str(cache)})
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True,
                          timeout=120)
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def _entry(cache: Path) -> Path:
    """The table of the questionnaire's classes (``Option`` among them)."""
    return compiled_cache.entry_path(cache, f"{dataclass_code.ENTRY_NAME}-c102desk.questionnaire")


def test_a_later_run_compiles_no_method_and_its_classes_behave_the_same(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    # c102desk's tables, one per package, and no other package's (``__main__``: the probe's own class)
    packages = first["packages"]
    assert first["patched"] is True and isinstance(packages, list) and packages[0] == "__main__"
    assert {"c102desk.engine", "c102desk.questionnaire"} <= set(packages[1:])
    assert all(name.startswith("c102desk.") for name in packages[1:])
    assert first["known"] == 0 and int(str(first["compiled"])) > 50  # the engine's and questionnaire's methods
    assert _entry(tmp_path).is_file()
    second = _probe(tmp_path)
    assert second["compiled"] == 0 and second["known"] == first["compiled"]
    counts = ("known", "compiled", "compiled_by_table")
    assert {k: v for k, v in second.items() if k not in counts} == {k: v for k, v in first.items() if k not in counts}
    assert second["repr"] == "Option(value='yes', label='Yes')" and second["eq"] and second["hash"]
    assert second["frozen"] is True
    # Python's own dataclasses: the same __doc__ and __init__ annotations, inspect imported only when a class
    # without a docstring needs it, and then the real module.
    assert second["inspect_deferred"] is True and second["real_inspect"] is True
    assert second["doc"] == "Plain(x: int, y: 'str' = 'a')"
    assert second["annotations"] == {"x": "<class 'int'>", "y": "str", "return": "None"}


def test_a_damaged_entry_is_rebuilt(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    data = bytearray(_entry(tmp_path).read_bytes())
    data[-10] ^= 0xFF  # one byte of the body: the checksum no longer matches
    _entry(tmp_path).write_bytes(bytes(data))
    again = _probe(tmp_path)
    questionnaire = first["compiled_by_table"]["c102desk.questionnaire"]  # type: ignore[index]
    assert questionnaire > 0 and again["compiled_by_table"] == {"c102desk.questionnaire": questionnaire}
    assert _probe(tmp_path)["compiled"] == 0  # written anew, whole


def test_a_truncated_entry_or_one_of_another_version_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    monkeypatch.setenv(compiled_cache.CACHE_DIR_ENV, str(tmp_path))
    text = "def __create_fn__():\n def f(self):\n  return 42\n return f"
    dataclass_code.write_table({text: compile(text, "<string>", "exec")}, "c102desk.questionnaire")
    assert list(dataclass_code.read_table("c102desk.questionnaire")) == [text]
    assert dataclass_code.read_table("pyhanko") == {}
    whole = _entry(tmp_path).read_bytes()
    _entry(tmp_path).write_bytes(whole[:-5])
    assert dataclass_code.read_table("c102desk.questionnaire") == {}
    _entry(tmp_path).write_bytes(whole.replace(sys.version.encode().split(b"\n")[0], b"3.0.0 (elsewhere)", 1))
    assert dataclass_code.read_table("c102desk.questionnaire") == {}
    _entry(tmp_path).write_bytes(b"")
    assert dataclass_code.read_table("c102desk.questionnaire") == {}


def test_the_code_run_is_the_code_of_the_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even an entry that maps a text to other code (made by hand here) only holds code for its own text: the
    lookup is by the whole text, so a class whose methods' text differs compiles its own."""
    monkeypatch.setenv(compiled_cache.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(dataclass_code, "_TABLE", dataclass_code._Table())
    # As installed in c102desk's processes (here whether or not an earlier test imported c102desk.cli)
    monkeypatch.setattr(dataclasses, "exec", dataclass_code._exec, raising=False)

    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        y: int = 0

    assert Point(1) == Point(1, 0) and repr(Point(2, 3)).endswith("Point(x=2, y=3)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        Point(1).x = 2  # type: ignore[misc]
    table = dataclass_code._TABLE
    new = table.new[__name__.partition(".")[0]]  # the table of this module's package
    assert new and all(isinstance(code, type(compile("", "", "exec"))) for code in new.values())
    for text, code in new.items():  # compiled as dataclasses compiles it: without this module's __future__ flags
        assert code.co_consts == compile(text, "<string>", "exec", dont_inherit=True).co_consts
    assert Point.__init__.__annotations__ == {"x": "int", "y": "int", "return": None}  # not '_type_x'…
    table.new.clear()  # nothing of this test's class for the session's table at exit


def test_a_program_importing_c102desk_as_a_library_keeps_pythons_dataclasses(tmp_path: Path) -> None:
    env = dict(os.environ, **{compiled_cache.CACHE_DIR_ENV: str(tmp_path)})
    probe = ("import dataclasses, c102desk.engine, c102desk.questionnaire.model\n"
             "print(getattr(dataclasses, 'exec', None) is None or dataclasses.exec is exec)")
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True,
                          timeout=120)
    assert done.stdout.split() == ["True"]
    assert not _entry(tmp_path).exists()  # and writes nothing into the cache
