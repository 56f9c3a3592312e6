"""The byte code of the methods ``dataclasses`` writes, kept between runs.

For every dataclass Python writes the source of its ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and a
frozen class's ``__setattr__`` and ``__delattr__``) and compiles it when the class is created, at import
(``dataclasses._create_fn`` calls ``exec`` on the text). A signed report creates ~220 dataclasses (c102desk's,
pyHanko's), ``evaluate`` 56: compiling their ~100,000 characters of method source was ~50 ms of an ``evaluate``
process on the benchmark machine, a quarter of it, and the signed report's share more (docs/performance.md §9).

``install()`` (from ``c102desk/cli/__init__.py``, where c102desk's own processes start; a program importing
c102desk as a library is left alone) gives the ``dataclasses`` module an ``exec`` that looks the text up
in a table of compiled code, compiled by an earlier run from exactly that text, and compiles and records the
text when it is not there. The code object is what ``compile(text, "<string>", "exec", dont_inherit=True)``
returns (as ``dataclasses`` compiles it) — the table only saves compiling it again — so the classes are the
same, whatever the table holds for other texts: the lookup is by the whole text, not a hash of it. Python's own
byte code cache (``__pycache__``) works the same way.

There is a table for each top-level package whose dataclasses are made (``dataclass-code-pyhanko`` …), and for
c102desk one for each of its packages (``dataclass-code-c102desk.store``, ``-c102desk.engine`` …: ``c102desk list``
reads the store's methods, not the engine's; one table of all of c102desk was ~5 ms of its start). Each is an entry
of the compiled cache's folder (``compiled_cache.cache_dir``; none when it is off): a header with the Python and
c102desk versions and a BLAKE2b checksum of the body, then the body, a ``marshal`` of the table. An entry of another
version, damaged or truncated (the checksum differs), or unreadable is only a miss: the table starts empty and is
written anew. The texts compiled in a run that were not in the table are added at the end of the run (``atexit``),
written whole and renamed into place. A table grown past ``MAX_TEXTS`` (code that changed many times between
versions) starts again empty.

Nothing is imported until ``dataclasses`` is: a process that makes no dataclass (``c102desk --version``)
pays nothing.

``dataclasses`` also imports ``inspect`` (with ``ast``, ``dis``, ``tokenize``: ~8 ms of an ``evaluate`` process) for
one thing only: the ``__doc__`` it writes, from ``inspect.signature``, for a class without a docstring of its own.
Every dataclass of c102desk has one (``tests/test_dataclass_docstrings.py``), so while ``dataclasses`` runs its
``import inspect`` finds a stand-in that imports the real module when first used — by a class without a
docstring, then the same ``__doc__`` as ever. Other modules importing ``inspect`` get the real one.
"""

from __future__ import annotations

import builtins
import contextlib
import sys
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

try:  # already loaded by every CPython: importing importlib.util for it would cost its imports
    from _frozen_importlib_external import MAGIC_NUMBER as _BYTE_CODE_MAGIC
except ImportError:  # pragma: no cover - another Python
    from importlib.util import MAGIC_NUMBER as _BYTE_CODE_MAGIC

ENTRY_NAME = "dataclass-code"
MAX_TEXTS = 5000
_MAGIC = b"c102desk dataclass code 2\n"  # 2: compiled without this module's __future__ flags
_CHECKSUM_SIZE = 32  # compiled_cache.checksum's


class _Table:
    """The texts compiled by earlier runs and those compiled in this one, by table (``table_name``): a process reads
    the tables of the packages whose dataclasses it makes (``evaluate`` c102desk's, not pyHanko's)."""

    def __init__(self) -> None:
        self.codes: dict[str, dict[str, CodeType]] = {}
        self.new: dict[str, dict[str, CodeType]] = {}

    def code(self, text: str, package: str) -> CodeType:
        codes = self.codes.get(package)
        if codes is None:
            codes = self.codes[package] = read_table(package)
        found = codes.get(text)
        if found is None:
            # dont_inherit: as ``dataclasses``' own exec compiles it, without this module's ``from __future__
            # import annotations`` — which made the methods' annotations the names of dataclasses' locals.
            found = compile(text, "<string>", "exec", dont_inherit=True)
            if not self.new:
                import atexit

                atexit.register(self.save)
            codes[text] = self.new.setdefault(package, {})[text] = found
        return found

    def save(self) -> None:
        for package, new in self.new.items():
            codes = self.codes[package]
            write_table(codes if len(codes) <= MAX_TEXTS else new, package)
        self.new = {}


_TABLE = _Table()


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **options: Any) -> None:
    """``exec`` for ``dataclasses``: a text is compiled once, in the first run that writes it. ``globals`` is
    the namespace of the class's module (dataclasses passes it)."""
    if type(source) is str and not options:
        module = globals.get("__name__") if isinstance(globals, dict) else None
        source = _TABLE.code(source, table_name(module))
    builtins.exec(source, globals, locals, **options)


def table_name(module: object) -> str:
    """The table of the classes of ``module``: its top-level package's; for c102desk, its package's."""
    if not isinstance(module, str) or not module:
        return "_"
    parts = module.split(".")
    name = ".".join(parts[:2]) if parts[0] == "c102desk" else parts[0]
    return name if all(part.isidentifier() for part in name.split(".")) else "_"


def _header(body: bytes) -> bytes:
    from c102desk import __version__
    from c102desk.compiled_cache import checksum

    # The byte code's own version (what a .pyc's first bytes are) besides Python's: marshal reads no other.
    versions = f"{__version__} {sys.version} {_BYTE_CODE_MAGIC.hex()}".encode()
    return _MAGIC + versions.replace(b"\n", b" ") + b"\n" + checksum(body)


def entry(package: str) -> Path | None:
    """The file of ``package``'s table (None when the cache is off)."""
    from c102desk.compiled_cache import cache_dir, entry_path

    folder = cache_dir()
    return None if folder is None else entry_path(folder, f"{ENTRY_NAME}-{package}")


def read_table(package: str) -> dict[str, CodeType]:
    """``package``'s table of an earlier run; empty when there is none, or it is of other versions or damaged."""
    import marshal

    path = entry(package)
    if path is None:
        return {}
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    first_line = data.find(b"\n", len(_MAGIC)) + 1
    body = data[first_line + _CHECKSUM_SIZE:]
    if not first_line or data[:first_line + _CHECKSUM_SIZE] != _header(body):
        return {}  # another format or version, or a damaged body: checked before marshal reads it
    try:
        table = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict) or not all(
            type(text) is str and type(code) is CodeType for text, code in table.items()):
        return {}
    return table


def write_table(codes: dict[str, CodeType], package: str) -> None:
    """Keep ``codes`` as ``package``'s table; a cache that cannot be written is left as it is."""
    import marshal

    from c102desk.cache_files import write_whole

    path = entry(package)
    if path is None:
        return
    body = marshal.dumps(codes)
    write_whole(path, _header(body) + body)


class _InspectOnFirstUse(ModuleType):
    """Stands for ``inspect`` in ``dataclasses`` until an attribute is asked for: then the real module is
    imported (the stand-in is never left in ``sys.modules`` after ``dataclasses`` has run)."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get("inspect") is self:
            del sys.modules["inspect"]
        import inspect

        return getattr(inspect, name)


def _run_without_inspect(exec_module: Any, module: ModuleType) -> None:
    """Run the ``dataclasses`` module with ``inspect`` deferred (see the module's docstring)."""
    stand_in = None
    if "inspect" not in sys.modules:
        stand_in = sys.modules["inspect"] = _InspectOnFirstUse("inspect", "imported when first used")
    try:
        exec_module(module)
    finally:
        if stand_in is not None and sys.modules.get("inspect") is stand_in:
            del sys.modules["inspect"]


def _patch(module: ModuleType) -> None:
    # Only where dataclasses compiles with the builtin: another Python's dataclasses is left as it is.
    if "_create_fn" in vars(module) or "_FuncBuilder" in vars(module):
        module.exec = _exec  # type: ignore[attr-defined]


class _PatchOnImport:
    """A finder asked first for every import: when ``dataclasses`` is imported, it patches the module once it
    has run, and leaves the import system."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "dataclasses":
            return None
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(self)
        spec = next((found for finder in sys.meta_path if hasattr(finder, "find_spec")
                     for found in [finder.find_spec(name, path, target)] if found is not None), None)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        loader = spec.loader
        original = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            _run_without_inspect(original, module)
            _patch(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def install() -> None:
    """Give ``dataclasses`` the caching ``exec``, now or when it is imported."""
    module = sys.modules.get("dataclasses")
    if module is not None:
        _patch(module)
    elif not any(isinstance(finder, _PatchOnImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _PatchOnImport())
