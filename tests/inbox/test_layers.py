"""The inbox and the exports sit above the report, the signing and the engine, below the command line and the
interface: no import runs back up, not at the top of a module and not inside a function either."""

from __future__ import annotations

from pathlib import Path

import c102desk
from tests.signing.test_layers import imported_modules

ROOT = Path(c102desk.__file__).parent


def imports_of(*files: Path) -> set[str]:
    return {name for path in files for name in imported_modules(path.read_text(encoding="utf-8"))}


def test_the_exports_import_neither_the_inbox_nor_the_interface() -> None:
    found = imports_of(*(ROOT / "exports").glob("*.py"))
    wrong = {n for n in found if n.startswith(("c102desk.inbox", "c102desk.ui", "c102desk.cli"))}
    assert not wrong
    # the library's export reads the store only through the one function the command line calls
    assert {n for n in found if n.startswith("c102desk.store")} <= {"c102desk.store", "c102desk.store.values",
                                                                   "c102desk.store.values.dump_json",
                                                                   "c102desk.store.Store"}


def test_the_inbox_imports_neither_the_store_nor_the_interface() -> None:
    found = imports_of(*(ROOT / "inbox").glob("*.py"))
    wrong = {n for n in found if n.startswith(("c102desk.ui", "c102desk.cli"))}
    assert not wrong
    assert {n for n in found if n.startswith("c102desk.store")} <= {"c102desk.store.paths",
                                                                   "c102desk.store.paths.data_dir"}


def test_the_regions_import_only_what_is_below_them() -> None:
    found = imports_of(ROOT / "regions.py")
    assert {n for n in found if n.startswith("c102desk.")} <= {
        "c102desk.files", "c102desk.errors", "c102desk.errors.C102Error", "c102desk.i18n", "c102desk.i18n.Msg",
        "c102desk.i18n.template", "c102desk.resources", "c102desk.resources.resource_path"}
