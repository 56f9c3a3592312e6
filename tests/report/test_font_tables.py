"""The report fonts' parsed tables kept in the compiled cache (c102desk/report/font_tables.py): a face from the
cache is the face reportlab parses; a damaged entry, or a font file that changed, is parsed again."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from c102desk import compiled_cache
from c102desk.report import font_tables
from c102desk.report.fast_paths.widths import MeasuringTTFont
from c102desk.resources import resource_path

_SAMPLES = (0, 1, 12, 100, 517.5, 2048)


def _data(face: Any) -> dict[str, Any]:
    """What a face holds, its scaling function by what it gives."""
    data = dict(vars(face))
    scale = data.pop("_pdfScale")
    data["scaled"] = [scale(value) for value in _SAMPLES]
    data["names"] = {name: (bytes(value), value.ustr) for name, value in data.items() if hasattr(value, "ustr")}
    return data


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(compiled_cache.CACHE_DIR_ENV, str(folder))
    return folder


def _font(tmp_path: Path, file: str = "DejaVuSans.ttf") -> Path:
    copy = tmp_path / "fonts" / "Body.ttf"
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(resource_path("fonts", file), copy)
    return copy


def _entry(cache: Path, font: Path) -> Path:
    return compiled_cache.entry_path(cache, f"font-{font.name}")


@pytest.mark.parametrize("file", ["DejaVuSans.ttf", "DejaVuSansMono.ttf", "C102StampSans.ttf"])
def test_a_face_from_the_cache_is_the_face_reportlab_parses(cache: Path, tmp_path: Path, file: str) -> None:
    font = _font(tmp_path, file)
    parsed = _data(font_tables.parse(font))
    first = font_tables.face(font)  # parsed, and kept
    assert _entry(cache, font).is_file()
    again = font_tables.face(font)  # from the entry
    assert _data(first) == parsed and _data(again) == parsed
    assert again.charWidths and again.charToGlyph and again._ttf_data == font.read_bytes()


def test_the_report_font_is_reportlabs_font_but_for_where_its_face_comes_from(cache: Path, tmp_path: Path) -> None:
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

    font = _font(tmp_path)
    ours, theirs = MeasuringTTFont("C102Test", str(font)), TTFont("C102Test", str(font))
    assert set(vars(ours)) - {"_widths"} == set(vars(theirs))
    for name in vars(theirs):
        if name == "face":
            assert _data(ours.face) == _data(theirs.face)
        elif name == "state":
            assert type(ours.state) is type(theirs.state) and not ours.state
        elif name == "encoding":
            assert vars(ours.encoding) == vars(theirs.encoding)
        else:
            assert getattr(ours, name) == getattr(theirs, name), name
    text = "Égalité – ≥ 40 % ñ œ €"
    assert ours.stringWidth(text, 9) == theirs.stringWidth(text, 9)


def test_a_damaged_entry_is_parsed_again(cache: Path, tmp_path: Path) -> None:
    font = _font(tmp_path)
    parsed = _data(font_tables.parse(font))
    font_tables.face(font)
    entry = _entry(cache, font)
    data = bytearray(entry.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit of the pickled tables: a width, a glyph number …
    entry.write_bytes(bytes(data))
    assert _data(font_tables.face(font)) == parsed
    assert entry.read_bytes() != bytes(data)  # written anew
    assert _data(font_tables.face(font)) == parsed


def test_a_changed_font_file_is_parsed_again(cache: Path, tmp_path: Path) -> None:
    font = _font(tmp_path)
    body = font_tables.face(font)
    shutil.copyfile(resource_path("fonts", "DejaVuSans-Bold.ttf"), font)  # the same path, another font
    changed = font_tables.face(font)
    assert _data(changed) == _data(font_tables.parse(font))
    assert changed.charWidths != body.charWidths and changed._ttf_data == font.read_bytes()
