"""The one way to reach the files shipped with c102desk: ``resources/`` (questionnaires, schema, engine data, fonts,
icons, examples, licences) and the compiled interface translations (``.qm``).

One lookup serves every way the program is installed:

- **a wheel** (``pip install``, ``pipx``): the build hook (``setup.py``) copies ``resources/`` into the package as
  ``c102desk/_data/resources`` and compiles ``translations/*.ts`` into ``c102desk/_data/translations``;
- **the frozen bundle** (``build_installer.py``): the same two folders at ``c102desk/_data/`` in the bundle, where
  ``importlib.resources`` finds them too (PyInstaller serves package files from ``sys._MEIPASS``);
- **a source checkout or an editable install**: there is no ``c102desk/_data``; the repository's own
  ``resources/`` and ``translations/`` folders are used.

``$C102DESK_RESOURCES`` overrides the resources folder (tests use a writable copy).
"""

from __future__ import annotations

import os
from pathlib import Path

from c102desk.errors import C102Error

_ENV_OVERRIDE = "C102DESK_RESOURCES"
PACKAGE_DATA = "_data"  # the folder inside the package that the build hook fills
_CHECKOUT = Path(__file__).resolve().parent.parent  # the repository, when running from a checkout


class ResourcesMissingError(C102Error):
    """The program's data files are not where the installation should have put them."""


def _package_root() -> object:
    """The installed package's folder. For every supported install it is a folder on disk, the one
    ``importlib.resources.files("c102desk")`` names: the package's own (a wheel, a checkout), or the bundle's
    ``c102desk`` folder (PyInstaller serves package files from ``sys._MEIPASS``). Found from this module's path,
    without importing ``importlib.resources`` (with its readers, zipfile and tempfile: ~10 ms of every start)."""
    return Path(__file__).resolve().parent


def _packaged(name: str) -> Path | None:
    """``c102desk/_data/<name>`` as a folder on disk, when the package holds it (a wheel or a frozen bundle)."""
    root = _package_root()
    if not isinstance(root, Path):
        return None  # e.g. a zipped install: not supported, the data must be files
    found = root / PACKAGE_DATA / name
    if found.is_dir():
        return found
    return None


def _locate(name: str) -> Path:
    packaged = _packaged(name)
    if packaged is not None:
        return packaged
    checkout = _CHECKOUT / name
    if checkout.is_dir():
        return checkout
    raise ResourcesMissingError(
        f"c102desk's {name} files are missing from this installation (looked in the package's {PACKAGE_DATA}/"
        f"{name} and in {checkout}); reinstall c102desk")


def resources_dir() -> Path:
    """Return the folder that holds the shipped resources."""
    override = os.environ.get(_ENV_OVERRIDE)
    if override:
        return Path(override)
    return _locate("resources")


def resource_path(*parts: str) -> Path:
    """Return the path of one shipped resource, e.g. ``resource_path("schema", "x.json")``."""
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path | None:
    """The folder of the compiled interface translations (``c102desk_<lang>.qm``); None when there is none (the
    interface then stays in English). In a checkout the ``.qm`` are compiled beside the ``.ts`` by
    ``tools/compile_translations.py`` (``./dev.sh`` runs it)."""
    try:
        return _locate("translations")
    except ResourcesMissingError:
        return None
