"""Compile translations/*.ts to .qm beside them: ``python tools/compile_translations.py [--out DIR]``.

The ``.qm`` files are build outputs (``.gitignore`` keeps them out of git): ``./dev.sh`` runs this after
installing, the wheel's build hook (``setup.py``) and ``build_installer.py`` compile their own copies into the
package's ``_data/translations``. The application looks for them there, else in ``translations/`` of the
checkout (``c102desk/resources.py``).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = REPO_ROOT / "translations"


def lrelease() -> list[str]:
    """The command that runs Qt's lrelease: ``pyside6-lrelease`` of this interpreter's environment (the venv), or
    on PATH; else PySide6's own wrapper, run by this interpreter (a build environment may not put its scripts on
    PATH)."""
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease")
    if found is not None:
        return [found]
    if importlib.util.find_spec("PySide6") is None:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6)")
    return [sys.executable, "-c",
            "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'pyside6-lrelease'; "
            "lrelease()"]


def compile_all(out: Path | None = None, sources: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Every ``*.ts`` in ``sources`` → ``<out or sources>/<name>.qm``; fails on a file lrelease rejects."""
    target_dir = out or sources
    target_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(sources.glob("*.ts")):
        qm = target_dir / ts.with_suffix(".qm").name
        result = subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if result.returncode != 0 or not qm.is_file():
            raise SystemExit(f"pyside6-lrelease could not compile {ts.name}:\n{result.stdout}{result.stderr}")
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the .qm files here instead of beside the .ts files")
    args = parser.parse_args(argv)
    for path in compile_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
