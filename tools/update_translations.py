"""Refresh translations/c102desk_<lang>.ts from the interface's source: ``python tools/update_translations.py``.

Runs ``pyside6-lupdate`` over every Python file of ``c102desk/ui`` (lupdate reads ``self.tr``,
``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP``; the language comes from each file's name).
New texts arrive marked ``type="unfinished"``: translate them (pyside6-linguist, or any .ts editor) before
committing; ``tests/ui/test_i18n.py`` fails while one is left. Texts no longer in the code are dropped.
``--lang ar`` starts a new language file.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = REPO_ROOT / "c102desk" / "ui"
TRANSLATIONS_DIR = REPO_ROOT / "translations"
CATALOGUE = "c102desk"
LANGUAGES = ("fr", "es")


def tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment first (the venv), else from PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def source_files() -> list[Path]:
    return sorted(path for path in SOURCE_DIR.rglob("*.py") if "__pycache__" not in path.parts)


def ts_files(languages: list[str]) -> list[Path]:
    existing = {path.stem.removeprefix(f"{CATALOGUE}_") for path in TRANSLATIONS_DIR.glob(f"{CATALOGUE}_*.ts")}
    codes = sorted(existing | set(LANGUAGES) | set(languages))
    return [TRANSLATIONS_DIR / f"{CATALOGUE}_{code}.ts" for code in codes]


def update(languages: list[str]) -> list[Path]:
    targets = ts_files(languages)
    TRANSLATIONS_DIR.mkdir(exist_ok=True)
    command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative", "-source-language", "en",
               *[str(path.relative_to(REPO_ROOT)) for path in source_files()],
               "-ts", *[str(path.relative_to(REPO_ROOT)) for path in targets]]
    subprocess.run(command, check=True, cwd=REPO_ROOT)
    return targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", default=[], help="also create/update this language (e.g. ar)")
    args = parser.parse_args(argv)
    for path in update(args.lang):
        print(path.relative_to(REPO_ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
