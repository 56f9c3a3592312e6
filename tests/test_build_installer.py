"""Fast tests of the installer build's pure parts (the full build runs as its own CI step: build_installer.py)."""

from __future__ import annotations

import configparser
import re
from pathlib import Path
from typing import Any

import pytest

import build_installer as bi
import c102desk

REPO = Path(__file__).resolve().parent.parent


def test_the_smoke_test_requires_the_signing_worker_by_its_own_name() -> None:
    from c102desk.signing import worker

    assert (bi.SIGNING_WORKER_ENV, "required") == (worker.MODE_ENV, worker.REQUIRED)


def test_version_is_read_without_importing_the_package() -> None:
    assert bi.project_version() == c102desk.__version__


def test_unused_qt_modules_and_large_packages_are_excluded() -> None:
    excluded = set(bi.excluded_modules())
    for name in ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick",
                 "PySide6.QtQml", "PySide6.QtMultimedia", "tkinter", "numpy"):
        assert name in excluded
    assert bi.excluded_modules(slim=False) == ()


def test_no_excluded_qt_module_is_one_the_app_imports() -> None:
    used = set()
    for path in (REPO / "c102desk").rglob("*.py"):
        used.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} & used  # the scan sees the UI's imports
    assert not used & set(bi.EXCLUDED_QT_MODULES)


def test_every_package_module_is_a_hidden_import_including_the_migrations() -> None:
    modules = bi.hidden_imports()
    assert "c102desk" in modules
    assert "c102desk.cli" in modules
    assert "c102desk.store.migrations.env" in modules
    assert any(m.startswith("c102desk.store.migrations.versions.r0001") for m in modules)
    assert "alembic.op" in modules
    assert not any(m.endswith(".__init__") or "__pycache__" in m for m in modules)


def test_package_modules_of_a_small_tree(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    for rel in ("__init__.py", "a.py", "sub/__init__.py", "sub/b.py"):
        (pkg / rel).write_text("", encoding="utf-8")
    (pkg / "__pycache__").mkdir()
    (pkg / "__pycache__" / "x.py").write_text("", encoding="utf-8")
    assert bi.package_modules(pkg) == ("pkg", "pkg.a", "pkg.sub", "pkg.sub.b")


def test_bundle_data_places_resources_where_resources_dir_looks() -> None:
    datas = bi.bundle_datas(REPO, None)
    by_source = {Path(src): dest for src, dest in datas}
    assert by_source[REPO / "resources" / "schema" / "c102-assessment.schema.json"] == "c102desk/_data/resources/schema"
    assert by_source[REPO / "resources" / "engine" / "assumptions.yaml"] == "c102desk/_data/resources/engine"
    assert by_source[REPO / "c102desk" / "store" / "migrations" / "env.py"] == "c102desk/store/migrations"
    assert not any("__pycache__" in src or src.endswith((".pyc", ".qm")) for src, _ in datas)
    assert not any(dest.endswith("translations") for _, dest in datas)
    with_qm = dict((dest, src) for src, dest in bi.bundle_datas(REPO, REPO / "build" / "qm"))
    assert Path(with_qm["c102desk/_data/translations"]) == REPO / "build" / "qm"


def test_bundle_data_leaves_out_caches_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "sub" / "__pycache__").mkdir(parents=True)
    for rel in ("a.yaml", "sub/b.py", "sub/__pycache__/b.cpython-311.pyc", "sub/.hidden", "c.qm", "d.txt~"):
        (tmp_path / rel).write_text("", encoding="utf-8")
    assert bi.data_files(tmp_path, "x") == [(str(tmp_path / "a.yaml"), "x"), (str(tmp_path / "sub" / "b.py"), "x/sub")]


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qt_es.qm", True),
    ("PySide6/Qt/translations/qt_help_en.qm", True),
    ("PySide6/Qt/translations/qt_de.qm", False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
    ("PySide6\\Qt\\translations\\qtbase_ja.qm", False),
    ("translations/c102desk_de.qm", True),  # our own translations are never filtered
    ("resources/examples/northland-all-parts.c102.json", True),
])
def test_keep_bundle_entry(dest: str, kept: bool) -> None:
    assert bi.keep_bundle_entry(dest) is kept
    assert bi.keep_bundle_entry(dest, slim=False) is True


class _FakePyInstaller:
    """Stand-ins for the names PyInstaller gives a spec, recording what the spec asks for."""

    def __init__(self) -> None:
        self.calls: dict[str, list[dict[str, Any]]] = {}

    def _record(self, name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.setdefault(name, []).append({"args": args, **kwargs})
            return _FakeAnalysis(**kwargs) if name == "Analysis" else name
        return call

    def namespace(self) -> dict[str, Any]:
        return {name: self._record(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}


class _FakeAnalysis:
    def __init__(self, **kwargs: Any) -> None:
        self.binaries = [("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
                         ("PySide6/Qt/plugins/platforms/libqvnc.so", "src", "BINARY")]
        self.datas = [("PySide6/Qt/translations/qt_fr.qm", "src", "DATA"),
                      ("PySide6/Qt/translations/qt_de.qm", "src", "DATA")]
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


def _spec_options(system: str, slim: bool = True) -> bi.SpecOptions:
    return bi.SpecOptions(system=system, version="9.8.7", repo_root=REPO, launcher=bi.LAUNCHER,
                          datas=bi.bundle_datas(REPO, None), hidden_imports=("c102desk.cli",),
                          excludes=bi.excluded_modules(slim), slim=slim)


def _run_spec(system: str, slim: bool = True) -> _FakePyInstaller:
    fake = _FakePyInstaller()
    code = compile(bi.render_spec(_spec_options(system, slim)), "c102desk.spec", "exec")
    exec(code, fake.namespace())
    return fake


def test_linux_spec_is_one_folder_console_and_filters_qt_files() -> None:
    fake = _run_spec("Linux")
    analysis = fake.calls["Analysis"][0]
    assert analysis["args"][0] == [str(bi.LAUNCHER)]
    assert "c102desk/_data/resources/schema" in {dest for _, dest in analysis["datas"]}
    assert "PySide6.QtNetwork" in analysis["excludes"]
    [exe] = fake.calls["EXE"]
    assert exe["console"] is True and exe["exclude_binaries"] is True and exe["name"] == "c102desk"
    [collect] = fake.calls["COLLECT"]
    binaries, datas = collect["args"][1], collect["args"][2]
    assert [b[0] for b in binaries] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert [d[0] for d in datas] == ["PySide6/Qt/translations/qt_fr.qm"]
    assert "BUNDLE" not in fake.calls


def test_unslimmed_spec_keeps_everything() -> None:
    fake = _run_spec("Linux", slim=False)
    assert fake.calls["Analysis"][0]["excludes"] == []
    binaries = fake.calls["COLLECT"][0]["args"][1]
    assert len(binaries) == 2


def test_windows_spec_adds_a_windowed_exe_beside_the_console_one() -> None:
    fake = _run_spec("Windows")
    names = {call["name"]: call["console"] for call in fake.calls["EXE"]}
    assert names == {"c102desk": True, "c102desk-gui": False}
    assert len(fake.calls["COLLECT"][0]["args"]) == 4  # both exes, binaries, datas


def test_macos_spec_makes_an_app_bundle() -> None:
    fake = _run_spec("Darwin")
    [bundle] = fake.calls["BUNDLE"]
    assert bundle["name"] == "c102desk.app"
    assert bundle["info_plist"]["CFBundleShortVersionString"] == "9.8.7"
    assert fake.calls["EXE"][0]["console"] is False


def test_frozen_executable_names() -> None:
    assert bi.frozen_executable(Path("dist/c102desk"), "Linux") == Path("dist/c102desk/c102desk")
    assert bi.frozen_executable(Path("dist/c102desk"), "Windows") == Path("dist/c102desk/c102desk.exe")


@pytest.mark.parametrize(("system", "machine", "expected"), [
    ("Linux", "x86_64", "c102desk-1.2.3-linux-x86_64"),
    ("Linux", "aarch64", "c102desk-1.2.3-linux-arm64"),
    ("Windows", "AMD64", "c102desk-1.2.3-windows-x86_64"),
    ("Darwin", "arm64", "c102desk-1.2.3-macos-arm64"),
])
def test_archive_names(system: str, machine: str, expected: str) -> None:
    assert bi.archive_basename("1.2.3", system, machine) == expected


def test_deb_naming_follows_debian() -> None:
    assert bi.deb_filename("0.1.0", "x86_64") == "c102desk_0.1.0_amd64.deb"
    assert bi.deb_filename("0.1.0", "aarch64") == "c102desk_0.1.0_arm64.deb"
    with pytest.raises(bi.BuildError, match="riscv"):
        bi.deb_filename("0.1.0", "riscv64")


def test_deb_control_declares_the_qt_system_libraries() -> None:
    control = bi.deb_control("0.1.0", "x86_64", 240_000)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "c102desk"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "240000"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    for lib in ("libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "libxcb-cursor0"):
        assert lib in depends
    assert control.endswith("\n")


def test_iss_is_rendered_from_the_template() -> None:
    text = bi.render_iss(bi.ISS_TEMPLATE.read_text(encoding="utf-8"), "0.1.0", r"C:\b\dist\c102desk",
                         r"C:\b\dist", "c102desk-0.1.0-windows-x86_64-setup")
    assert '#define AppVersion "0.1.0"' in text
    assert r'Source: "C:\b\dist\c102desk\*"' in text
    assert "OutputBaseFilename=c102desk-0.1.0-windows-x86_64-setup" in text
    assert "PrivilegesRequired=lowest" in text
    assert not re.search(r"@[A-Z_]+@", text)


def test_iss_with_an_unknown_placeholder_fails() -> None:
    with pytest.raises(bi.BuildError, match="@NEW@"):
        bi.render_iss("@APP_VERSION@ @NEW@", "1", "s", "o", "b")


def test_stderr_filter_allows_only_documented_harmless_lines() -> None:
    stderr = ("This plugin does not support propagateSizeHints()\n"
              "\n"
              "qt.qpa.fonts: Populating font family aliases took 120 ms. Replace uses of missing font family\n"
              "Traceback (most recent call last):\n"
              "QWidget: Must construct a QApplication before a QWidget\n")
    assert bi.unexpected_stderr(stderr) == ["Traceback (most recent call last):",
                                            "QWidget: Must construct a QApplication before a QWidget"]
    assert bi.unexpected_stderr("") == []


@pytest.mark.parametrize(("system", "mentions"), [
    ("Linux", ("Windows", "macOS")),
    ("Windows", ("Linux", "macOS")),
    ("Darwin", ("Linux", "Windows")),
])
def test_os_dispatch_says_what_only_runs_elsewhere(system: str, mentions: tuple[str, str]) -> None:
    notices = bi.os_only_notices(system)
    assert len(notices) == 2
    for notice, other in zip(notices, mentions, strict=True):
        assert f"only built on {other}" in notice
        assert "skipped" in notice


def test_window_step_is_skipped_with_a_reason_until_the_app_honours_the_quit_timer(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    reason = bi.window_step_skip_reason(app)
    assert reason is not None and "does not exist" in reason
    app.write_text("def run_app(): ...\n", encoding="utf-8")
    reason = bi.window_step_skip_reason(app)
    assert reason is not None and bi.QUIT_AFTER_ENV in reason
    app.write_text(f'QUIT = os.environ.get("{bi.QUIT_AFTER_ENV}")\n', encoding="utf-8")
    assert bi.window_step_skip_reason(app) is None


def test_size_report_helpers() -> None:
    sizes = {"PySide6/Qt/lib/a.so": 30, "PySide6/Qt/lib/b.so": 10, "PySide6/QtCore.so": 5, "libpython.so": 20}
    assert bi.largest_parts(sizes, 1, 2) == [("PySide6", 45), ("libpython.so", 20)]
    assert bi.largest_parts(sizes, 4, 1) == [("PySide6/Qt/lib/a.so", 30)]
    assert bi.human_size(512) == "512 B"
    assert bi.human_size(3 * 1024 * 1024) == "3.0 MB"
    assert bi.bundle_part_name("_internal/PySide6/x") == "PySide6/x"
    assert "executable" in bi.bundle_part_name("c102desk")


def test_desktop_entry_starts_the_installed_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(bi.DESKTOP_TEMPLATE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "c102desk %f"  # the file the file manager opens with it
    assert section["Terminal"] == "false"
    assert section["Icon"] == "c102desk"
    assert section["MimeType"].split(";")[:2] == [bi.ASSESSMENT_MIME, "application/pdf"]


def test_launcher_calls_the_cli_entry_point() -> None:
    text = bi.LAUNCHER.read_text(encoding="utf-8")
    compile(text, str(bi.LAUNCHER), "exec")
    assert "from c102desk.cli import run" in text


def test_command_line_defaults() -> None:
    args = bi.build_parser().parse_args([])
    assert args.dist == REPO / "dist"
    assert args.slim is True and args.skip_package is False and args.deb_xz is False
    assert bi.build_parser().parse_args(["--no-slim"]).slim is False
