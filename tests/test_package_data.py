"""The program's data is found the same way in a checkout, an installed wheel and a frozen bundle
(``c102desk/resources.py``); the build hook puts it into the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import c102desk
from c102desk import resources

REPO = Path(__file__).resolve().parent.parent


def test_a_checkout_uses_its_own_folders() -> None:
    assert not (REPO / "c102desk" / resources.PACKAGE_DATA).exists()
    assert resources.resources_dir() == REPO / "resources"
    assert resources.resource_path("schema", "c102-assessment.schema.json").is_file()


def _fake_installed_package(root: Path) -> Path:
    """A copy of where an installed wheel keeps its data: <package>/_data/{resources,translations}."""
    data = root / "c102desk" / resources.PACKAGE_DATA
    (data / "resources" / "engine").mkdir(parents=True)
    (data / "resources" / "engine" / "assumptions.yaml").write_text("[]\n", encoding="utf-8")
    (data / "translations").mkdir()
    (data / "translations" / "c102desk_fr.qm").write_bytes(b"")
    return data


def test_an_installed_package_uses_the_data_inside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _fake_installed_package(tmp_path)
    monkeypatch.setattr(resources, "_package_root", lambda: tmp_path / "c102desk")
    monkeypatch.setattr(resources, "_CHECKOUT", tmp_path / "not-a-checkout")
    assert resources.resources_dir() == data / "resources"
    assert resources.resource_path("engine", "assumptions.yaml").is_file()
    assert resources.translations_dir() == data / "translations"


def test_the_package_s_data_wins_over_a_checkout_beside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _fake_installed_package(tmp_path)
    monkeypatch.setattr(resources, "_package_root", lambda: tmp_path / "c102desk")
    assert resources.resources_dir() == data / "resources"


def test_missing_data_is_a_plain_error_and_no_translations_means_english(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "_package_root", lambda: tmp_path / "c102desk")
    monkeypatch.setattr(resources, "_CHECKOUT", tmp_path)
    with pytest.raises(resources.ResourcesMissingError, match="reinstall c102desk"):
        resources.resources_dir()
    assert resources.translations_dir() is None


def test_the_override_still_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("C102DESK_RESOURCES", str(tmp_path))
    assert resources.resource_path("x") == tmp_path / "x"


def test_the_version_has_one_source() -> None:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in text and 'version = { attr = "c102desk.__version__" }' in text
    assert "\nversion =" not in text.split("[tool.setuptools.dynamic]")[0]
    assert c102desk.__version__.count(".") == 2


def test_the_build_hook_copies_the_resources_and_compiles_the_translations(tmp_path: Path) -> None:
    """setup.py's build_py, run as pip runs it when it builds a wheel (no isolation: the venv has setuptools
    and PySide6)."""
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                             "--wheel-dir", str(tmp_path), str(REPO)], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [wheel] = tmp_path.glob("c102desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", "resources"], capture_output=True, text=True, cwd=REPO,
                             check=True).stdout.split()
    assert tracked
    assert {f"c102desk/_data/{name}" for name in tracked} <= names
    assert {"c102desk/_data/translations/c102desk_fr.qm", "c102desk/_data/translations/c102desk_es.qm"} <= names
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    assert not [name for name in names if name.endswith(".ts")]
    licences = {name.split("/licenses/", 1)[1] for name in names if ".dist-info/licenses/" in name}
    assert {"LICENSE", "resources/licenses/THIRD-PARTY-NOTICES.md", "resources/licenses/LGPL-3.0-only.txt",
            "resources/fonts/LICENSE-DejaVu.txt"} <= licences
