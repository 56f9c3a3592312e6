"""The build hook: the program's data goes into the package when a wheel is built.

Everything else about the package is in ``pyproject.toml``. ``resources/`` and ``translations/`` stay at the top
of the repository (where their owners keep them); ``build_py`` maps them into the built package:

- ``resources/``          → ``c102desk/_data/resources/`` (copied, without caches or editor files);
- ``translations/*.ts``   → ``c102desk/_data/translations/*.qm`` (compiled with ``pyside6-lrelease``, which the
  build environment gets from PySide6; ``.qm`` files are build outputs, never committed).

``c102desk/resources.py`` finds both there with ``importlib.resources``. An editable install (``pip install -e``)
copies nothing: it reads the checkout's folders directly.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGE = "c102desk"
DATA = "_data"  # c102desk.resources.PACKAGE_DATA
IGNORED = shutil.ignore_patterns("__pycache__", "*.py[cod]", "*~", ".*", "*.qm")


def _compile_translations() -> object:
    """``tools/compile_translations.py``, loaded by path (the one place that knows how to call lrelease)."""
    spec = importlib.util.spec_from_file_location("_c102desk_compile_translations",
                                                  ROOT / "tools" / "compile_translations.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("tools/compile_translations.py is missing from the source tree")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithData(build_py):
    """``build_py``, then the resources copied and the translations compiled into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the checkout's resources/ and translations/ are read directly
        target = Path(self.build_lib) / PACKAGE / DATA
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target / "resources", ignore=IGNORED)
        compiled = _compile_translations().compile_all(out=target / "translations",  # type: ignore[attr-defined]
                                                       sources=ROOT / "translations")
        if not compiled:
            raise SystemExit("no translations/*.ts found: the wheel would ship an English-only interface")
        print(f"c102desk: resources and {len(compiled)} compiled translations added to {target}", file=sys.stderr)


setup(cmdclass={"build_py": BuildPyWithData})
