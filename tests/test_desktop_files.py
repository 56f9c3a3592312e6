"""Desktop integration files: icons at the usual sizes, the desktop entry, AppStream metadata, the MIME type of
assessment files, and the .deb's copyright and changelog files (checked with Debian's own validators when they
are installed; .ci/run installs them)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import build_installer as bi
import c102desk
from c102desk.notices import components

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_a_hicolor_png_at_each_size(size: int) -> None:
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "c102desk.png"
    assert _png_size(png.read_bytes()) == (size, size)


def test_the_windows_icon_holds_16_to_256_pixels() -> None:
    data = (ICONS / "c102desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        sizes.append(_png_size(data[offset:offset + length])[0])
        assert (width or 256) == sizes[-1]
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icon_holds_16_to_1024_pixels() -> None:
    data = (ICONS / "c102desk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at:at + 4].decode(), struct.unpack(">I", data[at + 4:at + 8])[0]
        found[kind] = _png_size(data[at + 8:at + length])[0]
        at += length
    assert found["ic10"] == 1024 and found["ic07"] == 128 and found["icp4"] == 16


def test_the_desktop_entry_is_valid() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(["desktop-file-validate", str(bi.DESKTOP_TEMPLATE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_is_valid_with_this_version(tmp_path: Path) -> None:
    text = bi.render_metainfo(bi.METAINFO_TEMPLATE.read_text(encoding="utf-8"), c102desk.__version__, "2026-11-30")
    root = ET.fromstring(text)
    assert root.findtext("id") == bi.APP_ID
    assert root.findtext("launchable") == f"{bi.APP_ID}.desktop" == bi.DESKTOP_TEMPLATE.name
    assert root.find("releases/release").get("version") == c102desk.__version__  # type: ignore[union-attr]
    assert root.findtext("provides/mediatype") == bi.ASSESSMENT_MIME
    assert root.findtext("project_license") == "MIT"
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    target = tmp_path / f"{bi.APP_ID}.metainfo.xml"
    target.write_text(text, encoding="utf-8")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_mime_type_covers_assessment_files() -> None:
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(bi.MIME_FILE).getroot().find("m:mime-type", namespace)
    assert mime is not None and mime.get("type") == bi.ASSESSMENT_MIME
    assert [g.get("pattern") for g in mime.findall("m:glob", namespace)] == ["*.c102.json"]
    assert mime.find("m:sub-class-of", namespace).get("type") == "application/json"  # type: ignore[union-attr]


def test_the_copyright_file_is_machine_readable_and_names_every_component() -> None:
    text = bi.deb_copyright((REPO / "LICENSE").read_text(encoding="utf-8"), components(), "2026")
    paragraphs = text.strip().split("\n\n")
    assert paragraphs[0].startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    assert paragraphs[1].startswith("Files: *\nCopyright: 2026 c102desk contributors\nLicense: MIT\n")
    assert "THE SOFTWARE IS PROVIDED \"AS IS\"" in paragraphs[1]
    for component in components():
        assert any(f"{component.name} ({component.homepage})" in p for p in paragraphs[2:]), component.name
    qt = next(p for p in paragraphs if "PySide6" in p)
    assert "License: LGPL-3.0-only" in qt and "/usr/share/common-licenses/" in qt
    for paragraph in paragraphs[1:]:  # DEP-5: every continuation line starts with a space
        for line in paragraph.splitlines():
            assert line.startswith((" ", "Files:", "Copyright:", "License:")), line


def test_the_changelog_entry_is_debian_s_format() -> None:
    text = bi.deb_changelog("1.2.3", "Mon, 30 Nov 2026 10:00:00 +0000")
    lines = text.splitlines()
    assert lines[0] == "c102desk (1.2.3) unstable; urgency=medium"
    assert lines[2].startswith("  * ")
    assert lines[-1] == f" -- {bi.MAINTAINER}  Mon, 30 Nov 2026 10:00:00 +0000"
