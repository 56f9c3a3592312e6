"""Build the self-contained installer of c102desk: freeze, smoke-test, package.

Usage (from the repository, with the project's virtual environment)::

    .venv/bin/python build_installer.py            # the whole build for this operating system
    .venv/bin/python build_installer.py --help     # options

Steps, one function each, in this order; any failure stops the build with a non-zero exit status:

1. ``check_prerequisites``  the project and PyInstaller importable (PyInstaller is pip-installed if missing);
2. ``compile_translations`` every ``translations/*.ts`` → ``.qm`` with ``pyside6-lrelease`` (into build/, never
   committed; the bundle holds them under ``c102desk/_data/translations/``, beside ``resources/``, where
   ``c102desk/resources.py`` looks in an installed package);
3. ``freeze``               PyInstaller, from a spec generated here (one-folder bundle ``dist/c102desk/``);
4. ``smoke_test``           the frozen executable, before anything is packaged: ``--version``, ``evaluate``,
   ``import``/``list``/``export``/``evaluate`` with a fresh ``--data-dir``, a signing identity made and a French
   report signed and verified, the main window opened and closed
   offscreen; stderr must hold nothing but known harmless Qt lines;
5. ``package``              Linux: ``.tar.gz`` and ``.deb`` (if ``dpkg-deb`` exists); Windows: Inno Setup
   (``.iss`` generated, compiled when ``iscc`` is present); macOS: ``.app`` in a ``.dmg`` (``hdiutil``);
6. ``report_sizes``         bundle size, its largest parts, package sizes.

PyInstaller does not cross-compile: each operating system's package is built on that system.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import importlib.metadata
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

APP_NAME = "c102desk"
REPO_ROOT = Path(__file__).resolve().parent
PACKAGE_DIR = REPO_ROOT / "c102desk"
RESOURCES_DIR = REPO_ROOT / "resources"
TRANSLATIONS_DIR = REPO_ROOT / "translations"
TOOLS_DIR = REPO_ROOT / "tools"
MIGRATIONS_DIR = PACKAGE_DIR / "store" / "migrations"
PACKAGING_DIR = REPO_ROOT / "packaging"
LAUNCHER = PACKAGING_DIR / "launcher.py"
APP_ID = "org.c102desk.c102desk"  # the desktop entry's and AppStream's id (reverse DNS)
DESKTOP_TEMPLATE = PACKAGING_DIR / f"{APP_ID}.desktop"
METAINFO_TEMPLATE = PACKAGING_DIR / f"{APP_ID}.metainfo.xml.in"
MIME_FILE = PACKAGING_DIR / "c102desk-mime.xml"  # the type of *.c102.json (shared-mime-info)
ICONS_DIR = RESOURCES_DIR / "icons"  # c102desk.svg, .ico, .icns and hicolor/NxN/apps/c102desk.png (tools/make_icons.py)
ASSESSMENT_MIME = "application/x-c102-assessment+json"
MAINTAINER = "c102desk maintainers <maintainers@c102desk.org>"
# Lintian tags that fail the build: the .deb's copyright and changelog must be right. Others (a bundled Python and
# Qt in /opt trip many tags meant for distribution packages) are reported, not fatal.
LINTIAN_FATAL = ("copyright", "changelog")
ISS_TEMPLATE = PACKAGING_DIR / "c102desk.iss.in"
EXAMPLE = RESOURCES_DIR / "examples" / "northland-all-parts.c102.json"
UI_APP_MODULE = PACKAGE_DIR / "ui" / "app.py"
QUIT_AFTER_ENV = "C102DESK_QUIT_AFTER_MS"
QUIT_AFTER_MS = 1500
SIGNING_WORKER_ENV = "C102DESK_SIGNING_WORKER"  # c102desk.signing.worker.MODE_ENV: "required" (smoke test)
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10"
# The interface languages: only Qt's own translations for these are kept in the bundle (Qt ships ~99 files).
LANGUAGES = ("en", "fr", "es")
# Any one command of the smoke test that takes longer than this is a failure, not a hang.
SMOKE_TIMEOUT_S = 120

# Python modules left out of the bundle. PySide6-Essentials ships these Qt modules; the app uses QtCore, QtGui and
# QtWidgets only (plus QtSvg's plugins for icons, which need no Python module). The rest are Qt Add-ons modules,
# left out in case a later install pulls them in.
EXCLUDED_QT_MODULES = (
    "QtNetwork", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtQuick3D", "QtLabsStyleKit", "QtDesigner", "QtHelp", "QtUiTools", "QtTest", "QtSql", "QtConcurrent", "QtXml",
    "QtOpenGL", "QtOpenGLWidgets", "QtSvgWidgets", "QtPrintSupport",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets", "QtWebView",
    "QtHttpServer", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech", "QtPdf", "QtPdfWidgets",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtCanvasPainter", "QtBluetooth", "QtNfc",
    "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort", "QtSerialBus", "QtRemoteObjects", "QtScxml",
    "QtStateMachine", "QtNetworkAuth",
)
# Large or unwanted packages nothing in the app needs.
#   tkinter: Pillow's ImageTk imports it; the app draws with Qt.
#   numpy: Pillow's type hints import it if present; never needed at run time.
#   lxml: fontTools imports it only to subset SVG glyph tables; the shipped fonts (DejaVu, the stamp font) have
#         none (pyHanko's dependency on it is for XML features the app does not use).
#   PyQt5/PyQt6/PySide2: other Qt bindings would clash with PySide6.
EXCLUDED_PACKAGES = (
    "tkinter", "_tkinter", "numpy", "lxml", "IPython", "matplotlib", "PyQt5", "PyQt6", "PySide2",
    "pytest", "_pytest", "hypothesis", "mypy", "ruff", "setuptools", "pip", "pydoc_data",
)

# Qt files that PyInstaller's hooks collect although a desktop app never loads them (path fragments, with "/").
#   platforms for embedded devices (eglfs, linuxfb, vkkhrdisplay), remote (vnc), and the EGL device integrations;
#   TUIO touch, network information and TLS plugins, which need QtNetwork (excluded above) and so libQt6Network.
DROPPED_QT_PATHS = (
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/egldeviceintegrations/",
    "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
    "PySide6/Qt/plugins/networkinformation/",
    "PySide6/Qt/plugins/tls/",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so",
    "PySide6/Qt/lib/libQt6EglFsKmsSupport.so",
    "PySide6/Qt/lib/libQt6Network.so",
)
QT_TRANSLATIONS_PATH = "PySide6/Qt/translations/"

# Lines on stderr the frozen app may print without the smoke test failing. Each one is harmless and explained.
HARMLESS_STDERR = (
    # The offscreen platform plugin cannot pass size hints to a window manager (ecosystem-notes.md §5).
    r"This plugin does not support propagateSizeHints\(\)",
    # Other window-manager requests the offscreen platform cannot honour.
    r"This plugin does not support (raise|grabbing the keyboard|setParent)\(\)",
    # Fontconfig on a slow first run; only a timing note.
    r"qt\.qpa\.fonts: Populating font family aliases took \d+ ms\..*",
)

# Debian packages the Linux bundle needs on the target machine (PyInstaller does not bundle libGL/libEGL and
# friends; ecosystem-notes.md §4 and §5): the offscreen set, then the X11 (xcb) platform plugin's libraries.
# Ubuntu 24.04 renamed some libraries with a "t64" suffix; the alternatives accept both.
DEB_DEPENDS = (
    "libc6 (>= 2.34)",
    "libgl1", "libegl1", "libxkbcommon0", "libglib2.0-0t64 | libglib2.0-0", "libfontconfig1", "libfreetype6",
    "libdbus-1-3",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-render-util0",
    "libxcb-render0", "libxcb-shape0", "libxcb-util1", "libxcb-xkb1", "libxkbcommon-x11-0",
)
DEB_ARCHITECTURES = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}


class BuildError(Exception):
    """A step failed; the message says which and why."""


@dataclass(frozen=True)
class BuildPaths:
    """Where the build writes: ``build/installer/`` for work files, ``dist/`` for what it delivers."""

    dist: Path
    work: Path

    @property
    def bundle(self) -> Path:
        return self.dist / APP_NAME

    @property
    def qm_dir(self) -> Path:
        return self.work / "translations"

    @property
    def licences_dir(self) -> Path:
        return self.work / "licenses"

    @property
    def spec(self) -> Path:
        return self.work / f"{APP_NAME}.spec"


@dataclass(frozen=True)
class SpecOptions:
    """Everything the generated PyInstaller spec depends on."""

    system: str  # platform.system(): "Linux", "Windows" or "Darwin"
    version: str
    repo_root: Path
    launcher: Path
    datas: tuple[tuple[str, str], ...]
    hidden_imports: tuple[str, ...]
    excludes: tuple[str, ...]
    slim: bool = True  # drop the unused Qt plugins and Qt translations (DROPPED_QT_PATHS, LANGUAGES)


@dataclass
class StepLog:
    """Timings of the steps, for the final report."""

    timings: list[tuple[str, float]] = field(default_factory=list)


# --------------------------------------------------------------------------------------------- pure functions


def project_version(package_dir: Path = PACKAGE_DIR) -> str:
    """The version in ``c102desk/__init__.py``, read without importing the package."""
    text = (package_dir / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise BuildError(f"no __version__ in {package_dir / '__init__.py'}")
    return match.group(1)


def excluded_modules(slim: bool = True) -> tuple[str, ...]:
    """The modules PyInstaller must leave out (``PySide6.<Qt module>`` and large unused packages)."""
    if not slim:
        return ()
    return tuple(f"PySide6.{name}" for name in EXCLUDED_QT_MODULES) + EXCLUDED_PACKAGES


def package_modules(package_dir: Path = PACKAGE_DIR) -> tuple[str, ...]:
    """Every module of the c102desk package, found on disk without importing it.

    The command line imports its heavy modules inside functions and the desktop app is started lazily, so they
    are all given to PyInstaller as hidden imports; the migration scripts are among them, which brings in what
    they import (alembic.op, the models).
    """
    root = package_dir.parent
    names = []
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return tuple(names)


def hidden_imports(package_dir: Path = PACKAGE_DIR) -> tuple[str, ...]:
    """The package's modules plus what Alembic loads by name at run time."""
    alembic_runtime = ("alembic.op", "alembic.context", "alembic.ddl.sqlite", "alembic.runtime.migration",
                       "alembic.runtime.environment", "alembic.script", "sqlalchemy.dialects.sqlite")
    return package_modules(package_dir) + alembic_runtime


# Where the program's data goes in the bundle: where c102desk/resources.py looks in an installed package.
BUNDLE_DATA = "c102desk/_data"
# Caches and build leftovers that never go into the bundle (a checkout that ran the tests has __pycache__ folders).
SKIPPED_DATA = ("__pycache__",)
SKIPPED_SUFFIXES = (".pyc", ".pyo", ".qm", "~")


def data_files(source: Path, dest: str) -> list[tuple[str, str]]:
    """(file, destination folder) pairs for every file under ``source``, caches and hidden files left out
    (PyInstaller would copy a whole folder as it is, ``__pycache__`` included)."""
    pairs = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if (not path.is_file() or any(part in SKIPPED_DATA or part.startswith(".") for part in relative.parts)
                or path.name.endswith(SKIPPED_SUFFIXES)):
            continue
        folder = relative.parent.as_posix()
        pairs.append((str(path), dest if folder == "." else f"{dest}/{folder}"))
    return pairs


def bundle_datas(repo_root: Path, qm_dir: Path | None) -> tuple[tuple[str, str], ...]:
    """(source, destination in the bundle) pairs: resources, the migration scripts as files, translations."""
    datas = [
        *data_files(repo_root / "resources", f"{BUNDLE_DATA}/resources"),
        # Alembic reads env.py and versions/*.py as files from MIGRATIONS_DIR (c102desk/store/migrate.py), which
        # resolves to sys._MEIPASS/c102desk/store/migrations when frozen.
        *data_files(repo_root / "c102desk" / "store" / "migrations", "c102desk/store/migrations"),
    ]
    if qm_dir is not None:
        datas.append((str(qm_dir), f"{BUNDLE_DATA}/translations"))
    return tuple(datas)


def keep_bundle_entry(dest: str, slim: bool = True, languages: Sequence[str] = LANGUAGES) -> bool:
    """Whether a file PyInstaller collected stays in the bundle (the spec filters binaries and datas with it)."""
    if not slim:
        return True
    path = dest.replace("\\", "/")
    if any(fragment in path for fragment in DROPPED_QT_PATHS):
        return False
    if QT_TRANSLATIONS_PATH in path:
        name = path.rsplit("/", 1)[-1]
        match = re.fullmatch(r"[a-z]+_([a-z]{2})(?:_[A-Za-z]+)?\.qm", name)
        return match is None or match.group(1) in languages
    return True


def render_spec(options: SpecOptions) -> str:
    """The PyInstaller spec: one-folder bundle; on Windows also a windowed exe; on macOS an .app (BUNDLE)."""
    windowed_exe = ""
    collected = "exe"
    if options.system == "Windows":
        # c102desk.exe has a console (the command line, the smoke test); c102desk-gui.exe opens no console window
        # and is what the Start menu starts. Both share one folder.
        windowed_exe = (
            "gui_exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name=APP_NAME + '-gui', console=False,\n"
            "              debug=False, strip=False, upx=False, icon=ICON)\n"
        )
        collected = "exe, gui_exe"
    bundle = ""
    if options.system == "Darwin":
        # The .app opens assessment files (.c102.json) and reports: Finder's "Open With" and double-click.
        bundle = (
            "app = BUNDLE(coll, name=APP_NAME + '.app', bundle_identifier='org.c102desk.app', icon=ICON,\n"
            "             info_plist={'CFBundleShortVersionString': VERSION, 'NSHighResolutionCapable': True,\n"
            "                         'CFBundleDocumentTypes': [\n"
            "                             {'CFBundleTypeName': 'C102 gap assessment', 'CFBundleTypeRole': 'Editor',\n"
            "                              'CFBundleTypeExtensions': ['json'], 'LSHandlerRank': 'Alternate'},\n"
            "                             {'CFBundleTypeName': 'PDF report', 'CFBundleTypeRole': 'Viewer',\n"
            "                              'CFBundleTypeExtensions': ['pdf'], 'LSHandlerRank': 'Alternate'}]})\n"
        )
    console = options.system != "Darwin"
    icon = {"Windows": ICONS_DIR / f"{APP_NAME}.ico", "Darwin": ICONS_DIR / f"{APP_NAME}.icns"}.get(options.system)
    return f'''# Generated by build_installer.py: do not edit, rerun the build.
import sys

sys.path.insert(0, {str(options.repo_root)!r})
from build_installer import keep_bundle_entry  # noqa: E402

APP_NAME = {APP_NAME!r}
VERSION = {options.version!r}
SLIM = {options.slim!r}
ICON = {str(icon) if icon else None!r}

a = Analysis(
    [{str(options.launcher)!r}],
    pathex=[{str(options.repo_root)!r}],
    binaries=[],
    datas={list(options.datas)!r},
    hiddenimports={list(options.hidden_imports)!r},
    hookspath=[],
    excludes={list(options.excludes)!r},
    noarchive=False,
)
a.binaries = [entry for entry in a.binaries if keep_bundle_entry(entry[0], SLIM)]
a.datas = [entry for entry in a.datas if keep_bundle_entry(entry[0], SLIM)]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name=APP_NAME, console={console!r},
          debug=False, strip=False, upx=False, icon=ICON)
{windowed_exe}coll = COLLECT({collected}, a.binaries, a.datas, strip=False, upx=False, name=APP_NAME)
{bundle}'''


def frozen_executable(bundle: Path, system: str) -> Path:
    """The executable the smoke test runs (the console one on Windows)."""
    if system == "Windows":
        return bundle / f"{APP_NAME}.exe"
    return bundle / APP_NAME


def machine_name(machine: str) -> str:
    """A normalised CPU name for file names (``AMD64`` → ``x86_64``)."""
    lowered = machine.lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(lowered, lowered)


def archive_basename(version: str, system: str, machine: str) -> str:
    """``c102desk-0.1.0-linux-x86_64`` and the like: the name of the tar.gz, the installer, the dmg."""
    os_name = {"Linux": "linux", "Windows": "windows", "Darwin": "macos"}.get(system, system.lower())
    return f"{APP_NAME}-{version}-{os_name}-{machine_name(machine)}"


def deb_architecture(machine: str) -> str:
    try:
        return DEB_ARCHITECTURES[machine.lower()]
    except KeyError:
        raise BuildError(f"no Debian architecture known for the machine type {machine!r}") from None


def deb_filename(version: str, machine: str) -> str:
    """Debian's own naming: ``c102desk_0.1.0_amd64.deb``."""
    return f"{APP_NAME}_{version}_{deb_architecture(machine)}.deb"


def deb_control(version: str, machine: str, installed_size_kib: int) -> str:
    """The DEBIAN/control file."""
    return (
        f"Package: {APP_NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {deb_architecture(machine)}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: offline gap assessments against ILO Convention No. 102\n"
        " c102desk measures a country's social security law and practice against\n"
        " ILO Convention No. 102 (Social Security (Minimum Standards), 1952), Part by\n"
        " Part, and tells which Parts the country could accept.\n"
        " .\n"
        " A self-contained bundle (Python and Qt included), installed under\n"
        " /opt/c102desk.\n"
    )


def render_metainfo(template: str, version: str, release_date: str) -> str:
    """The AppStream metainfo with this release's version and date (YYYY-MM-DD)."""
    text = template.replace("@APP_VERSION@", version).replace("@RELEASE_DATE@", release_date)
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        raise BuildError(f"the metainfo template has unknown placeholders: {sorted(set(leftover))}")
    return text


def deb_changelog(version: str, when_rfc2822: str) -> str:
    """/usr/share/doc/c102desk/changelog (gzipped by the build; a native package's changelog has no .Debian):
    one entry for this release, lines within 80 columns."""
    return (f"{APP_NAME} ({version}) unstable; urgency=medium\n\n"
            f"  * c102desk {version}: a self-contained build (Python and Qt\n"
            f"    included), installed under /opt/{APP_NAME}.\n\n"
            f" -- {MAINTAINER}  {when_rfc2822}\n")


# Licences whose full text Debian ships in /usr/share/common-licenses (the copyright file refers to it there).
COMMON_LICENCES = {"LGPL-3.0-only": "LGPL-3", "GPL-3.0-only": "GPL-3", "Apache-2.0": "Apache-2.0",
                   "MPL-2.0": "MPL-2.0"}
BUNDLED_LICENCES = f"/opt/{APP_NAME}/_internal/c102desk/_data/resources/licenses"


def deb_copyright(project_licence: str, components: Sequence[Any], year: str) -> str:
    """/usr/share/doc/c102desk/copyright in Debian's machine-readable format: c102desk, then each bundled
    component; the full texts are in /usr/share/common-licenses or in the bundle's licences folder."""
    paragraphs = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n"
        "Comment: A self-contained build: the program, Python, Qt and the Python packages below, under\n"
        f" /opt/{APP_NAME}. The full text of every bundled component's licence is in\n"
        f" {BUNDLED_LICENCES}/bundled/ (one folder per component).",
        f"Files: *\nCopyright: {year} c102desk contributors\nLicense: MIT\n"
        + "\n".join(f" {line}" if line.strip() else " ." for line in project_licence.strip().splitlines()[2:]),
    ]
    for component in components:
        files = " ".join(f"opt/{APP_NAME}/_internal/{name}" for name in _bundle_dirs(component))
        licence = component.licence
        common = [COMMON_LICENCES[part] for part in re.split(r" (?:AND|OR) ", licence) if part in COMMON_LICENCES]
        if common:
            where = f"On Debian systems the full text of {', '.join(common)} is in /usr/share/common-licenses/."
        elif component.text:
            where = f"The full text is in {BUNDLED_LICENCES.rsplit('/', 1)[0]}/{component.text}."
        else:
            where = f"The full text is in {BUNDLED_LICENCES}/bundled/."
        holder = re.sub(r"^Copyright\s+(\([cC]\)\s+)?", "", component.copyright)
        paragraphs.append(f"Files: {files}\nCopyright: {holder}\nLicense: {licence}\n"
                          f" {component.name} ({component.homepage}).\n .\n {where}")
    return "\n\n".join(paragraphs) + "\n"


def _bundle_dirs(component: Any) -> list[str]:
    """Where a component's files sit in the bundle, relative to _internal/ (the copyright file's Files: field):
    the top-level packages its installed distributions hold."""
    special = {"Python": ["libpython3*", "base_library.zip", "lib-dynload/*"],
               "DejaVu fonts": ["c102desk/_data/resources/fonts/*"]}
    if component.name in special:
        return special[component.name]
    folders: list[str] = []
    for name in component.distributions:
        try:
            files = importlib.metadata.files(name) or []
        except importlib.metadata.PackageNotFoundError:
            files = []
        tops = sorted({f.parts[0] for f in files if len(f.parts) > 1 and not f.parts[0].endswith(
            (".dist-info", ".egg-info", ".libs", ".data")) and f.parts[0] not in ("..", "bin", "__pycache__")})
        folders += [f"{top}/*" for top in tops] or [f"{normalised_name(name)}/*"]
    return folders


def normalised_name(distribution: str) -> str:
    return re.sub(r"[-_.]+", "_", distribution).lower()


def render_iss(template: str, version: str, source_dir: str, output_dir: str, output_base: str) -> str:
    """The Inno Setup script for the frozen tree ``source_dir`` (Windows paths)."""
    values = {"@APP_VERSION@": version, "@SOURCE_DIR@": source_dir, "@OUTPUT_DIR@": output_dir,
              "@OUTPUT_BASE@": output_base, "@GUI_EXE@": f"{APP_NAME}-gui.exe",
              "@ICON_FILE@": str(ICONS_DIR / f"{APP_NAME}.ico")}
    text = template
    for key, value in values.items():
        text = text.replace(key, value)
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        raise BuildError(f"the Inno Setup template has unknown placeholders: {sorted(set(leftover))}")
    return text


def unexpected_stderr(text: str, allowed: Iterable[str] = HARMLESS_STDERR) -> list[str]:
    """The stderr lines that are neither blank nor one of the documented harmless ones."""
    patterns = [re.compile(pattern) for pattern in allowed]
    return [line for line in text.splitlines()
            if line.strip() and not any(p.fullmatch(line.strip()) for p in patterns)]


PACKAGERS = {"Linux": "Linux .tar.gz and .deb", "Windows": "Windows installer (Inno Setup)",
             "Darwin": "macOS .app in a .dmg"}


def os_only_notices(system: str) -> list[str]:
    """What the build says about the packages it cannot make on this operating system."""
    names = {"Linux": "Linux", "Windows": "Windows", "Darwin": "macOS"}
    here = names.get(system, system)
    return [f"{what}: skipped, it is only built on {names[other]} (this is {here})"
            for other, what in PACKAGERS.items() if other != system]


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def largest_parts(sizes: Mapping[str, int], depth: int, count: int) -> list[tuple[str, int]]:
    """Sizes of files (relative paths with "/") summed per their first ``depth`` path components, largest first."""
    groups: dict[str, int] = {}
    for path, size in sizes.items():
        key = "/".join(path.split("/")[:depth])
        groups[key] = groups.get(key, 0) + size
    return sorted(groups.items(), key=lambda item: (-item[1], item[0]))[:count]


def bundle_part_name(path: str) -> str:
    """Name a bundle file for the size report: ``_internal/`` dropped; the executables (which hold the archive
    of compiled Python modules) marked as such."""
    if path.startswith("_internal/"):
        return path.removeprefix("_internal/")
    return f"{path} (executable + Python modules)"


def file_sizes(root: Path) -> dict[str, int]:
    """Size of every regular file under ``root`` (symbolic links not followed), keyed by relative path."""
    sizes = {}
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[path.relative_to(root).as_posix()] = path.stat().st_size
    return sizes


# ------------------------------------------------------------------------------------------------ helpers


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(command: Sequence[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a build tool; its failure is a BuildError naming the command."""
    printable = " ".join(str(part) for part in command)
    say(f"$ {printable}")
    result = subprocess.run([str(part) for part in command], text=True, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        details = f"\n{result.stderr}" if isinstance(result.stderr, str) and result.stderr else ""
        raise BuildError(f"command failed with status {result.returncode}: {printable}{details}")
    return result  # type: ignore[no-any-return]


# --------------------------------------------------------------------------------------------------- steps


def check_prerequisites(install_missing: bool = True) -> None:
    """Step 1: this interpreter has the project's dependencies; PyInstaller is there (installed if missing)."""
    missing = [name for name in ("c102desk", "PySide6", "alembic") if importlib.util.find_spec(name) is None]
    if missing:
        raise BuildError(f"this Python ({sys.executable}) lacks {', '.join(missing)}; run the build with the "
                         "project's virtual environment: ./dev.sh test once, then .venv/bin/python "
                         "build_installer.py")
    if platform.system() == "Linux":
        absent = [tool for tool in ("ldd", "objdump") if shutil.which(tool) is None]
        if absent:
            raise BuildError(f"PyInstaller needs {' and '.join(absent)} on Linux (Debian: apt-get install "
                             "libc-bin binutils)")
    if importlib.util.find_spec("PyInstaller") is None:
        if not install_missing:
            raise BuildError("PyInstaller is not installed (pip install pyinstaller)") from None
        say(f"PyInstaller is missing: installing {PYINSTALLER_REQUIREMENT} into {sys.prefix}")
        run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             PYINSTALLER_REQUIREMENT])
    version = run([sys.executable, "-m", "PyInstaller", "--version"], capture_output=True).stdout.strip()
    say(f"Python {platform.python_version()} ({sys.executable}), PyInstaller {version}, "
        f"{platform.system()} {platform.machine()}")


def compile_translations(paths: BuildPaths) -> Path | None:
    """Step 2: translations/*.ts → build/installer/translations/*.qm (as the wheel's build hook does). None when
    there is nothing to compile."""
    if str(TOOLS_DIR) not in sys.path:
        sys.path.insert(0, str(TOOLS_DIR))
    from compile_translations import compile_all  # tools/compile_translations.py, as the wheel's build hook uses

    if paths.qm_dir.exists():
        shutil.rmtree(paths.qm_dir)
    if not any(TRANSLATIONS_DIR.glob("*.ts")):
        say("no translation sources (translations/*.ts) yet: the bundle has no translations of its own; "
            "continuing")
        return None
    try:
        compiled = compile_all(out=paths.qm_dir, sources=TRANSLATIONS_DIR)
    except SystemExit as exc:  # the tool's own way of failing, with its message
        raise BuildError(str(exc)) from None
    say(f"compiled {len(compiled)} translation(s): {', '.join(qm.name for qm in compiled)}")
    return paths.qm_dir


def collect_licences(paths: BuildPaths) -> Path:
    """Step 2b: the licence files of every third-party package the bundle carries, copied from their installed
    metadata (pip installed them), and Python's own, into build/installer/licenses/<component>/; the bundle holds
    them in c102desk/_data/resources/licenses/bundled/ (the About dialog and the .deb's copyright file point
    there)."""
    from c102desk.notices import components, licence_files, normalised

    target = paths.licences_dir
    if target.exists():
        shutil.rmtree(target)
    missing = []
    for component in components():
        for distribution in component.distributions:
            files = licence_files(distribution)
            if not files:
                if importlib.util.find_spec(normalised(distribution).replace("-", "_")) is not None:
                    missing.append(distribution)
                continue
            for name, path in files:
                copy = target / normalised(distribution) / name
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        (target / "python").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(python_licence, target / "python" / "LICENSE.txt")
    else:
        missing.append("Python")
    count = sum(1 for path in target.rglob("*") if path.is_file())
    say(f"collected {count} licence files of the bundled components"
        + (f"; none found for {', '.join(missing)} (their notices are in THIRD-PARTY-NOTICES.md)" if missing else ""))
    return target


def freeze(paths: BuildPaths, qm_dir: Path | None, slim: bool, clean: bool) -> Path:
    """Step 3: generate the spec and run PyInstaller; returns the frozen executable."""
    system = platform.system()
    options = SpecOptions(
        system=system, version=project_version(), repo_root=REPO_ROOT, launcher=LAUNCHER,
        datas=(*bundle_datas(REPO_ROOT, qm_dir),
               (str(paths.licences_dir), f"{BUNDLE_DATA}/resources/licenses/bundled")),
        hidden_imports=hidden_imports(), excludes=excluded_modules(slim),
        slim=slim,
    )
    paths.work.mkdir(parents=True, exist_ok=True)
    paths.spec.write_text(render_spec(options), encoding="utf-8")
    say(f"spec written to {paths.spec.relative_to(REPO_ROOT) if paths.spec.is_relative_to(REPO_ROOT) else paths.spec}"
        f" ({len(options.hidden_imports)} hidden imports, {len(options.excludes)} excluded modules"
        f"{'' if slim else ', nothing left out (--no-slim)'})")
    command: list[str | Path] = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                                 "--distpath", paths.dist, "--workpath", paths.work / "pyinstaller"]
    if clean:
        command.append("--clean")
    run([*command, paths.spec], cwd=REPO_ROOT)
    executable = frozen_executable(paths.bundle, system)
    if not executable.is_file():
        raise BuildError(f"PyInstaller finished but {executable} does not exist")
    say(f"frozen: {executable}")
    return executable


def smoke_environment(home: Path) -> dict[str, str]:
    """The frozen app runs offscreen, in C.UTF-8, with its user folders in a temporary folder and nothing from the
    source tree (no resources override, no PYTHONPATH), so that it can only use what the bundle holds."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("C102DESK_RESOURCES", "PYTHONPATH", "PYTHONHOME", QUIT_AFTER_ENV)}
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    })
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def run_frozen(executable: Path, args: Sequence[str | Path], env: Mapping[str, str], cwd: Path,
               what: str) -> str:
    """Run the frozen app; fail on a non-zero status or unexpected stderr; return stdout."""
    command = [str(executable), *(str(a) for a in args)]
    started = time.monotonic()
    try:
        result = subprocess.run(command, capture_output=True, text=True, env=dict(env), cwd=cwd,
                                timeout=SMOKE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise BuildError(f"smoke test '{what}': no answer within {SMOKE_TIMEOUT_S} s") from None
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        raise BuildError(f"smoke test '{what}': exit status {result.returncode}\n"
                         f"command: {' '.join(command)}\nstderr:\n{result.stderr}")
    unexpected = unexpected_stderr(result.stderr)
    if unexpected:
        raise BuildError(f"smoke test '{what}': unexpected output on stderr:\n" + "\n".join(unexpected))
    say(f"smoke test ok: {what} ({elapsed:.1f} s)")
    return result.stdout


def check_evaluation(stdout: str, what: str) -> None:
    try:
        result = json.loads(stdout)
    except json.JSONDecodeError as exc:
        raise BuildError(f"smoke test '{what}': the output is not JSON ({exc})") from None
    if result.get("ratification", {}).get("possible") is not True:
        raise BuildError(f"smoke test '{what}': ratification.possible is not true for {EXAMPLE.name}")


def window_step_skip_reason(app_module: Path = UI_APP_MODULE) -> str | None:
    """Why the main-window step cannot run yet (None when it can): the app module must exist and the quit timer's
    variable must be read somewhere in its package (``c102desk/ui/``)."""
    if not app_module.is_file():
        shown = app_module.relative_to(REPO_ROOT) if app_module.is_relative_to(REPO_ROOT) else app_module
        return f"{shown} does not exist yet (the desktop application has not landed)"
    sources = [app_module, *app_module.parent.rglob("*.py")]
    if not any(QUIT_AFTER_ENV in path.read_text(encoding="utf-8") for path in sources):
        return f"run_app() does not honour {QUIT_AFTER_ENV} yet, so the window could not be closed by a script"
    return None


def smoke_signed_report(executable: Path, env: Mapping[str, str], tmp: Path) -> None:
    """A signing identity made, a French report written and signed, then verified — by the frozen app alone:
    the fonts, reportlab, pyHanko and their data must all be in the bundle."""
    passphrase = tmp / "passphrase.txt"
    passphrase.write_text("smoke test only\n", encoding="utf-8")
    identity = tmp / "identity.p12"
    run_frozen(executable, ["keys", "create", "--name", "Smoke Test", "--organisation", "c102desk", "--country",
                            "SN", "--out", identity, "--passphrase-file", passphrase], env, tmp,
               "keys create (signing identity)")
    report = tmp / "report-fr.pdf"
    # Signed by the signing worker (the frozen program started again with its hidden switch), or the step fails:
    # otherwise the command would sign in its own process and hide a worker that cannot run frozen.
    run_frozen(executable, ["report", EXAMPLE, "--out", report, "--lang", "fr", "--sign", identity,
                            "--passphrase-file", passphrase, "--role", "Smoke test"],
               {**env, SIGNING_WORKER_ENV: "required"}, tmp, "report (French, signed by the signing worker)")
    if not report.is_file() or not report.read_bytes().startswith(b"%PDF-"):
        raise BuildError("smoke test 'report': no PDF was written")
    verdict = run_frozen(executable, ["verify", report], env, tmp, "verify the signed report")
    if "VALID and INTACT" not in verdict or "Smoke Test" not in verdict:
        raise BuildError(f"smoke test 'verify': not valid, or the signer is not named:\n{verdict}")


def smoke_test(executable: Path, version: str) -> list[str]:
    """Step 4: exercise the frozen executable before packaging. Returns the notes of skipped checks."""
    notes = []
    with tempfile.TemporaryDirectory(prefix="c102desk-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        env = smoke_environment(tmp / "home")
        out = run_frozen(executable, ["--version"], env, tmp, "--version")
        if version not in out:
            raise BuildError(f"smoke test '--version': expected {version!r}, got {out.strip()!r}")
        check_evaluation(run_frozen(executable, ["evaluate", EXAMPLE, "--format", "json"], env, tmp,
                                    "evaluate (JSON)"), "evaluate (JSON)")
        run_frozen(executable, ["evaluate", EXAMPLE, "--format", "text", "--lang", "fr"], env, tmp,
                   "evaluate (text, French)")

        data = tmp / "store"
        run_frozen(executable, ["--data-dir", data, "import", EXAMPLE], env, tmp, "import into a fresh --data-dir")
        listed = json.loads(run_frozen(executable, ["--data-dir", data, "list", "--format", "json"], env, tmp,
                                       "list"))
        if len(listed) != 1:
            raise BuildError(f"smoke test 'list': expected 1 assessment in the fresh store, found {len(listed)}")
        exported = tmp / "exported.c102.json"
        run_frozen(executable, ["--data-dir", data, "export", listed[0]["id"], "--out", exported], env, tmp,
                   "export")
        check_evaluation(run_frozen(executable, ["evaluate", exported, "--format", "json"], env, tmp,
                                    "evaluate the exported assessment"), "evaluate the exported assessment")
        smoke_signed_report(executable, env, tmp)

        reason = window_step_skip_reason()
        if reason is None:
            window_env = {**env, QUIT_AFTER_ENV: str(QUIT_AFTER_MS)}
            run_frozen(executable, ["--data-dir", tmp / "window-store"], window_env, tmp,
                       f"main window opened and closed offscreen ({QUIT_AFTER_ENV}={QUIT_AFTER_MS})")
        else:
            note = f"main window step SKIPPED: {reason}"
            say(note)
            notes.append(note)
    return notes


def make_tarball(bundle: Path, target: Path, top_dir: str) -> Path:
    """The one-folder bundle as ``<top_dir>/...`` in a .tar.gz (symbolic links kept)."""
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top_dir)
    return target


def build_deb(bundle: Path, paths: BuildPaths, version: str, machine: str, compression: str = "gzip") -> Path:
    """A .deb: the bundle under /opt/c102desk, /usr/bin/c102desk → it, the desktop entry (with the file types it
    opens), AppStream metadata, the MIME type of assessment files, icons, and the copyright and changelog files.

    gzip by default: 15 s here; xz makes it ~25 % smaller but takes 2–4 minutes on 2 cores (``--deb-xz``).
    """
    from c102desk.notices import components

    staging = paths.work / "deb" / APP_NAME
    if staging.exists():
        shutil.rmtree(staging)
    opt = staging / "opt" / APP_NAME
    shutil.copytree(bundle, opt, symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / APP_NAME).symlink_to(f"/opt/{APP_NAME}/{APP_NAME}")
    share = staging / "usr" / "share"
    for folder in ("applications", "metainfo", "mime/packages", f"doc/{APP_NAME}", "icons/hicolor/scalable/apps"):
        (share / folder).mkdir(parents=True)
    shutil.copyfile(DESKTOP_TEMPLATE, share / "applications" / f"{APP_ID}.desktop")
    released = release_time()
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        render_metainfo(METAINFO_TEMPLATE.read_text(encoding="utf-8"), version, released.strftime("%Y-%m-%d")),
        encoding="utf-8")
    shutil.copyfile(MIME_FILE, share / "mime" / "packages" / f"{APP_NAME}.xml")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    shutil.copyfile(ICONS_DIR / f"{APP_NAME}.svg", scalable / f"{APP_NAME}.svg")
    for png in sorted((ICONS_DIR / "hicolor").glob(f"*/apps/{APP_NAME}.png")):
        target = share / "icons" / "hicolor" / png.relative_to(ICONS_DIR / "hicolor")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    doc = share / "doc" / APP_NAME
    (doc / "copyright").write_text(deb_copyright((REPO_ROOT / "LICENSE").read_text(encoding="utf-8"),
                                                 [c for c in components()], released.strftime("%Y")),
                                   encoding="utf-8")
    with gzip.GzipFile(doc / "changelog.gz", "wb", compresslevel=9, mtime=0) as changelog:
        changelog.write(deb_changelog(version, email.utils.format_datetime(released)).encode("utf-8"))
    installed_kib = (sum(file_sizes(staging).values()) + 1023) // 1024
    debian = staging / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(deb_control(version, machine, installed_kib), encoding="utf-8")
    for path in [staging, *staging.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif path.is_file() and not path.is_relative_to(opt):
            path.chmod(0o644)  # the desktop, doc and icon files (the bundle keeps PyInstaller's modes)
    target = paths.dist / deb_filename(version, machine)
    run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "-z6", "--build", staging, target],
        capture_output=True)
    return target


def release_time() -> datetime:
    """When this release was made: $SOURCE_DATE_EPOCH, else the last commit's time, else now (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    try:
        stamp = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=REPO_ROOT, capture_output=True,
                               text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        stamp = ""
    return datetime.fromtimestamp(int(stamp), UTC) if stamp.isdigit() else datetime.now(UTC)


def check_deb(deb: Path, version: str) -> list[str]:
    """Unpack the .deb into a temporary root, run the installed program's --version, validate its desktop entry
    and AppStream metadata, and run lintian; returns notes about checks that could not run here."""
    notes = []
    with tempfile.TemporaryDirectory(prefix="c102desk-deb-") as tmp_name:
        root = Path(tmp_name)
        run(["dpkg-deb", "-x", deb, root], capture_output=True)
        link = root / "usr" / "bin" / APP_NAME
        if not link.is_symlink() or os.readlink(link) != f"/opt/{APP_NAME}/{APP_NAME}":
            raise BuildError(f"{deb.name}: /usr/bin/{APP_NAME} is not a link to /opt/{APP_NAME}/{APP_NAME}")
        share = root / "usr" / "share"
        for needed in (f"applications/{APP_ID}.desktop", f"metainfo/{APP_ID}.metainfo.xml",
                       f"mime/packages/{APP_NAME}.xml", f"doc/{APP_NAME}/copyright",
                       f"doc/{APP_NAME}/changelog.gz", f"icons/hicolor/48x48/apps/{APP_NAME}.png",
                       f"icons/hicolor/scalable/apps/{APP_NAME}.svg"):
            if not (share / needed).is_file():
                raise BuildError(f"{deb.name}: /usr/share/{needed} is missing")
        env = smoke_environment(root / "home")
        out = run_frozen(root / "opt" / APP_NAME / APP_NAME, ["--version"], env, root,
                         f"--version of the program unpacked from {deb.name}")
        if version not in out:
            raise BuildError(f"{deb.name}: the unpacked program reports {out.strip()!r}")
        validators = (("desktop-file-validate", [share / "applications" / f"{APP_ID}.desktop"]),
                      ("appstreamcli", ["validate", "--no-net", share / "metainfo" / f"{APP_ID}.metainfo.xml"]))
        for tool, args in validators:
            if shutil.which(tool) is None:
                notes.append(f"{tool} not found: {deb.name}'s {Path(str(args[-1])).name} not validated")
                continue
            run([tool, *args], capture_output=True)
            say(f"{tool}: {Path(str(args[-1])).name} is valid")
    if shutil.which("lintian") is None:
        notes.append(f"lintian not found: {deb.name} not checked")
    else:
        notes += lintian(deb)
    return notes


def lintian(deb: Path) -> list[str]:
    """Run lintian; a tag about the copyright or changelog file fails the build, the others are summarised."""
    result = subprocess.run(["lintian", "--no-tag-display-limit", str(deb)], capture_output=True, text=True)
    tags = [line for line in result.stdout.splitlines() if re.match(r"^[EWIPX]: ", line)]
    fatal = [line for line in tags if line[0] in "EW" and any(word in line for word in LINTIAN_FATAL)]
    if fatal:
        raise BuildError(f"lintian: {deb.name} has copyright or changelog problems:\n" + "\n".join(fatal))
    counts: dict[str, int] = {}
    for line in tags:
        tag = line.split()[2] if len(line.split()) > 2 else line
        counts[f"{line[0]}: {tag}"] = counts.get(f"{line[0]}: {tag}", 0) + 1
    say(f"lintian: no copyright or changelog tags; {len(tags)} other tags for a bundle in /opt "
        f"({', '.join(f'{tag} ×{n}' for tag, n in sorted(counts.items()))})" if tags else "lintian: clean")
    return []


def package_linux(paths: BuildPaths, version: str, deb_compression: str) -> list[Path]:
    machine = platform.machine()
    base = archive_basename(version, "Linux", machine)
    made = [make_tarball(paths.bundle, paths.dist / f"{base}.tar.gz", f"{APP_NAME}-{version}")]
    say(f"written {made[-1].name}")
    if shutil.which("dpkg-deb") is None:
        say("dpkg-deb not found: no .deb (install dpkg to build one); the .tar.gz is enough to run the app")
        return made
    deb = build_deb(paths.bundle, paths, version, machine, deb_compression)
    for note in check_deb(deb, version):
        say(f"NOTE: {note}")
    say(f"written {deb.name}")
    made.append(deb)
    return made


def package_windows(paths: BuildPaths, version: str) -> list[Path]:
    """Generate the Inno Setup script from the frozen tree and compile it with iscc when present."""
    base = archive_basename(version, "Windows", platform.machine())
    iss = paths.work / f"{APP_NAME}.iss"
    iss.write_text(render_iss(ISS_TEMPLATE.read_text(encoding="utf-8"), version, str(paths.bundle),
                              str(paths.dist), f"{base}-setup"), encoding="utf-8")
    say(f"Inno Setup script written: {iss}")
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default_iscc = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if iscc is None and default_iscc.is_file():
        iscc = str(default_iscc)
    if iscc is None:
        say("iscc (Inno Setup 6) not found: the installer is not compiled; install Inno Setup and run "
            f"iscc {iss}")
        return [iss]
    run([iscc, "/Q", iss])
    return [paths.dist / f"{base}-setup.exe"]


def package_macos(paths: BuildPaths, version: str) -> list[Path]:
    """The spec made dist/c102desk.app (BUNDLE); put it in a compressed .dmg with hdiutil."""
    app = paths.dist / f"{APP_NAME}.app"
    if not app.is_dir():
        raise BuildError(f"{app} is missing (the spec's BUNDLE step makes it on macOS)")
    dmg = paths.dist / f"{archive_basename(version, 'Darwin', platform.machine())}.dmg"
    dmg.unlink(missing_ok=True)
    run(["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", app, "-ov", "-format", "UDZO", dmg])
    return [dmg]


def package(paths: BuildPaths, version: str, deb_compression: str = "gzip") -> list[Path]:
    """Step 5: the packages of this operating system; say which ones cannot be made here."""
    system = platform.system()
    for notice in os_only_notices(system):
        say(notice)
    if system == "Linux":
        return package_linux(paths, version, deb_compression)
    if system == "Windows":
        return package_windows(paths, version)
    if system == "Darwin":
        return package_macos(paths, version)
    raise BuildError(f"no packaging for {system}; the one-folder bundle is in {paths.bundle}")


def report_sizes(bundle: Path, packages: Sequence[Path], count: int = 10) -> None:
    """Step 6: bundle size, its largest parts and the package sizes."""
    sizes = file_sizes(bundle)
    say(f"bundle {bundle}: {human_size(sum(sizes.values()))} in {len(sizes)} files")
    internal = {bundle_part_name(path): size for path, size in sizes.items()}
    say("largest parts:")
    for name, size in largest_parts(internal, 1, count):
        print(f"    {human_size(size):>9}  {name}")
    say("largest parts of Qt:")
    qt = {path: size for path, size in internal.items() if path.startswith("PySide6/Qt/")}
    for name, size in largest_parts(qt, 4, count):
        print(f"    {human_size(size):>9}  {name}")
    for made in packages:
        if made.is_file():
            say(f"package {made.name}: {human_size(made.stat().st_size)}")


# ---------------------------------------------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Freeze c102desk with PyInstaller, smoke-test the frozen "
                                                 "program, and package it for this operating system.")
    parser.add_argument("--dist", type=Path, default=REPO_ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=REPO_ROOT / "build" / "installer",
                        help="folder of the work files (default: build/installer/)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache before freezing")
    parser.add_argument("--no-slim", dest="slim", action="store_false",
                        help="keep every Qt module, plugin and translation PyInstaller finds (to measure the "
                             "effect of leaving them out)")
    parser.add_argument("--skip-package", action="store_true",
                        help="stop after the smoke test (no .tar.gz/.deb/installer)")
    parser.add_argument("--deb-xz", action="store_true",
                        help="compress the .deb with xz: ~25 %% smaller, 2–4 minutes slower (for releases)")
    parser.add_argument("--no-install", dest="install_missing", action="store_false",
                        help="fail instead of pip-installing PyInstaller when it is missing")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = BuildPaths(dist=args.dist.resolve(), work=args.work.resolve())
    log = StepLog()
    notes: list[str] = []
    made: list[Path] = []

    def timed(name: str, started: float) -> None:
        log.timings.append((name, time.monotonic() - started))

    try:
        version = project_version()
        say(f"building {APP_NAME} {version}")
        started = time.monotonic()
        check_prerequisites(args.install_missing)
        timed("prerequisites", started)
        started = time.monotonic()
        qm_dir = compile_translations(paths)
        collect_licences(paths)
        timed("translations and licences", started)
        started = time.monotonic()
        executable = freeze(paths, qm_dir, args.slim, args.clean)
        timed("freeze", started)
        started = time.monotonic()
        notes += smoke_test(executable, version)
        timed("smoke test", started)
        if args.skip_package:
            say("packaging skipped (--skip-package)")
        else:
            started = time.monotonic()
            made = package(paths, version, "xz" if args.deb_xz else "gzip")
            timed("package", started)
        report_sizes(paths.bundle, made)
    except BuildError as exc:
        print(f"[build] FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    say("timings: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in log.timings)
        + f"; total {sum(s for _, s in log.timings):.0f} s")
    for note in notes:
        say(f"NOTE: {note}")
    say("done: " + ", ".join(str(p.relative_to(REPO_ROOT) if p.is_relative_to(REPO_ROOT) else p) for p in made)
        if made else "done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
