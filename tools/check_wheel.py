"""Build the sdist and the wheel as a user's ``pip`` would, install the wheel into a fresh virtual environment
outside the source tree, and use the installed program: ``python tools/check_wheel.py [--dist DIR] [--keep]``.

What is checked, in this order (any failure stops with a non-zero exit status):

1. ``python -m build``: the sdist, then the wheel built from that sdist (so nothing outside the sdist is used);
2. their contents: the wheel holds the resources, the compiled French and Spanish translations, the licences and
   both entry points, and no ``__pycache__``; the sdist holds the ``.ts`` sources and no ``.qm``;
3. ``pip install`` of the wheel into a new venv in a temporary folder;
4. from a temporary working folder, with the user folders redirected there and no ``PYTHONPATH``: the package is
   imported from the venv (not the checkout), ``--version``, ``evaluate``, a signing identity made and a French
   report signed, ``verify`` of it, the interface's French and Spanish translations found, and the main window
   opened and closed offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = REPO_ROOT / "resources" / "examples" / "northland-all-parts.c102.json"
TIMEOUT_S = 300
QUIT_AFTER_ENV = "C102DESK_QUIT_AFTER_MS"
# Lines the installed program may print on stderr offscreen (as build_installer.HARMLESS_STDERR).
HARMLESS = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()",
            "qt.qpa.fonts: Populating font family aliases took")


class CheckError(Exception):
    pass


def say(message: str) -> None:
    print(f"[wheel] {message}", flush=True)


def run(command: Sequence[str | Path], *, env: Mapping[str, str] | None = None, cwd: Path | None = None,
        what: str) -> str:
    started = time.monotonic()
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, env=env, cwd=cwd,
                            timeout=TIMEOUT_S)
    if result.returncode != 0:
        raise CheckError(f"{what}: exit status {result.returncode}\n{result.stdout}\n{result.stderr}")
    unexpected = [line for line in result.stderr.splitlines()
                  if line.strip() and env is not None and not line.startswith(HARMLESS)]
    if unexpected:
        raise CheckError(f"{what}: unexpected output on stderr:\n" + "\n".join(unexpected))
    say(f"ok: {what} ({time.monotonic() - started:.1f} s)")
    return result.stdout


def build(dist: Path) -> tuple[Path, Path]:
    if dist.exists():
        shutil.rmtree(dist)
    run([sys.executable, "-m", "build", "--outdir", dist, REPO_ROOT], what="python -m build (sdist, then wheel)")
    [wheel] = dist.glob("*.whl")
    [sdist] = dist.glob("*.tar.gz")
    return wheel, sdist


def check_wheel_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    required = ["c102desk/_data/resources/schema/c102-assessment.schema.json",
                "c102desk/_data/resources/engine/assumptions.yaml",
                "c102desk/_data/resources/questionnaire/v1/manifest.yaml",
                "c102desk/_data/resources/fonts/DejaVuSans.ttf",
                "c102desk/_data/resources/icons/c102desk.svg",
                "c102desk/_data/resources/licenses/THIRD-PARTY-NOTICES.md",
                "c102desk/_data/translations/c102desk_fr.qm",
                "c102desk/_data/translations/c102desk_es.qm",
                "c102desk/store/migrations/env.py"]
    missing = [name for name in required if name not in names]
    if missing:
        raise CheckError(f"{wheel.name} lacks {missing}")
    if not any(name.endswith(".dist-info/licenses/LICENSE") for name in names):
        raise CheckError(f"{wheel.name} has no LICENSE in its .dist-info/licenses")
    caches = [name for name in names if "__pycache__" in name or name.endswith((".pyc", ".pyo"))]
    if caches:
        raise CheckError(f"{wheel.name} holds compiled caches: {caches[:5]}")
    [entry_points] = [name for name in names if name.endswith(".dist-info/entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode("utf-8")
    if "[console_scripts]" not in text or "[gui_scripts]" not in text:
        raise CheckError(f"{wheel.name}: entry points are not both a console and a GUI script:\n{text}")
    say(f"ok: {wheel.name} holds the resources, the compiled translations, the licences, no caches "
        f"({len(names)} files, {wheel.stat().st_size // 1024} KB)")


def check_sdist_contents(sdist: Path) -> None:
    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    for required in ("setup.py", "LICENSE", "translations/c102desk_fr.ts", "tools/compile_translations.py",
                     "resources/schema/c102-assessment.schema.json", "packaging/org.c102desk.c102desk.desktop"):
        if required not in names:
            raise CheckError(f"{sdist.name} lacks {required}")
    unwanted = [name for name in names if name.endswith((".qm", ".pyc")) or "__pycache__" in name]
    if unwanted:
        raise CheckError(f"{sdist.name} holds build outputs: {unwanted[:5]}")
    say(f"ok: {sdist.name} holds the sources (.ts, resources/, the build hook), no build outputs")


def user_environment(home: Path) -> dict[str, str]:
    """Offscreen, C.UTF-8, every user folder under ``home``, nothing pointing into the source tree."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("C102DESK_RESOURCES", "C102DESK_TRANSLATIONS", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV",
                          QUIT_AFTER_ENV)}
    env.update({"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
                "XDG_RUNTIME_DIR": str(home / "runtime")})
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def use_installed(venv: Path, work: Path) -> None:
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python, program = bin_dir / "python", bin_dir / "c102desk"
    env = user_environment(work / "home")
    example = work / EXAMPLE.name
    shutil.copyfile(EXAMPLE, example)

    where = run([python, "-c", "import c102desk, c102desk.resources as r; print(c102desk.__file__); "
                 "print(r.resources_dir()); print(r.translations_dir())"], env=env, cwd=work,
                what="import from the venv").split()
    for path in where:
        if Path(path).resolve().is_relative_to(REPO_ROOT):
            raise CheckError(f"the installed package uses the source tree: {path}")
        if not Path(path).resolve().is_relative_to(venv.resolve()):
            raise CheckError(f"the installed package is not the venv's: {path}")

    version = run([program, "--version"], env=env, cwd=work, what="c102desk --version")
    say(f"    {version.strip()}")
    evaluation = json.loads(run([program, "evaluate", example, "--format", "json"], env=env, cwd=work,
                                what="c102desk evaluate (JSON)"))
    if evaluation.get("ratification", {}).get("possible") is not True:
        raise CheckError("evaluate: ratification.possible is not true for the Northland example")
    text = run([program, "evaluate", example, "--lang", "fr"], env=env, cwd=work, what="c102desk evaluate (French)")
    if "Ratification possible" not in text and "ratification" not in text.lower():
        raise CheckError(f"evaluate --lang fr printed no verdict:\n{text[:400]}")

    passphrase = work / "passphrase.txt"
    passphrase.write_text("wheel check only\n", encoding="utf-8")
    identity = work / "identity.p12"
    run([program, "keys", "create", "--name", "Wheel Check", "--organisation", "c102desk", "--country", "SN",
         "--out", identity, "--passphrase-file", passphrase], env=env, cwd=work, what="c102desk keys create")
    report = work / "rapport.pdf"
    run([program, "report", example, "--out", report, "--lang", "fr", "--sign", identity, "--passphrase-file",
         passphrase], env=env, cwd=work, what="c102desk report --lang fr --sign")
    if not report.read_bytes().startswith(b"%PDF-"):
        raise CheckError("report: no PDF written")
    if shutil.which("pdftotext"):
        words = subprocess.run(["pdftotext", "-l", "3", str(report), "-"], capture_output=True, text=True).stdout
        if "Analyse des écarts" not in words:
            raise CheckError(f"the report is not in French:\n{words[:400]}")
    verdict = run([program, "verify", report], env=env, cwd=work, what="c102desk verify")
    if "VALID and INTACT" not in verdict:
        raise CheckError(f"verify: not valid and intact:\n{verdict}")

    languages = run([python, "-c", "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
                     "from c102desk.ui.i18n import Translators, available_languages; t = Translators(app); "
                     "print(' '.join(available_languages()), t.switch('fr'), t.switch('es'))"],
                    env=env, cwd=work, what="the interface's translations").split()
    if languages != ["en", "fr", "es", "True", "True"]:
        raise CheckError(f"the installed interface does not speak French and Spanish: {languages}")
    run([program, "--data-dir", work / "store"], env={**env, QUIT_AFTER_ENV: "1500"}, cwd=work,
        what="the main window, opened and closed offscreen")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO_ROOT / "dist" / "wheel-check",
                        help="where the sdist and wheel are written (default: dist/wheel-check)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary venv and working folder")
    args = parser.parse_args(argv)
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="c102desk-wheel-"))
    try:
        wheel, sdist = build(args.dist.resolve())
        check_wheel_contents(wheel)
        check_sdist_contents(sdist)
        venv = work / "venv"
        run([sys.executable, "-m", "venv", venv], what="a fresh venv outside the source tree")
        run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel],
            what=f"pip install {wheel.name}")
        use_installed(venv, work)
    except (CheckError, subprocess.TimeoutExpired) as exc:
        print(f"[wheel] FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        if args.keep:
            say(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    say(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
