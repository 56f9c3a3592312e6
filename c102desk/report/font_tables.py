# mypy: disable-error-code="import-untyped, misc"
# (reportlab ships no type information, so its classes are Any to mypy)
"""The report fonts' tables as reportlab parsed them, kept in the compiled cache (c102desk/compiled_cache.py).

reportlab parses each TTF it registers in pure Python — the character map, every glyph's width and position —
~25 ms a font on the benchmark machine, ~175 ms of every report process for the seven DejaVu faces
(docs/performance.md §9). What the parse leaves on reportlab's font face (``TTFontFace``) is plain data: numbers,
names, the character and glyph tables. ``face(path)`` returns a face with exactly that data, from the cache when
an entry made from the same font file (and the same reportlab parser and this module) is there; only the font
file's bytes, which reportlab subsets into the PDF, are read afresh. The entry's key covers the font file's
bytes and its body has a checksum (``compiled_cache``): a font file changed or damaged entry is parsed again.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from reportlab.pdfbase import ttfonts

from c102desk import compiled_cache

# Raised to make every entry of an older layout a miss (its check fails).
LAYOUT = 1
# Attributes that are no data: the file's bytes (read afresh) and the scaling function (made from unitsPerEm).
_NOT_KEPT = ("_ttf_data", "_pdfScale", "filename")


def face(path: Path) -> Any:
    """reportlab's ``TTFontFace`` of the TTF at ``path``, its tables from the cache when they are there."""
    sources = [path, *compiled_cache.module_files(sys.modules[__name__], ttfonts)]
    tables = compiled_cache.cached(f"font-{path.name}", sources, lambda: tables_of(parse(path)), modules=(),
                                   check=_is_tables)
    return face_of(tables, path)


def parse(path: Path) -> Any:
    """The face as reportlab parses it (what ``TTFont`` does)."""
    return ttfonts.TTFontFace(str(path))


def tables_of(parsed: Any) -> dict[str, Any]:
    """The data of a parsed face, in plain values a cache entry holds (reportlab's name strings as text)."""
    kept: dict[str, Any] = {"layout": LAYOUT, "names": {}, "values": {}}
    for name, value in vars(parsed).items():
        if name in _NOT_KEPT:
            continue
        if isinstance(value, ttfonts.TTFNameBytes):
            kept["names"][name] = value.ustr
        else:
            kept["values"][name] = value
    return kept


def face_of(tables: dict[str, Any], path: Path) -> Any:
    """A face with the data of ``tables``, as reportlab's parse of ``path`` leaves it."""
    made = ttfonts.TTFontFace.__new__(ttfonts.TTFontFace)
    made.__dict__.update(tables["values"])
    made.__dict__.update({name: ttfonts.TTFNameBytes(text.encode("utf8")) for name, text in tables["names"].items()})
    made._ttf_data = path.read_bytes()
    made.filename = str(path)
    made._pdfScale = _scale(made.unitsPerEm)
    return made


def _scale(units_per_em: int) -> Any:
    """reportlab's scaling of font units to thousandths of the size (TTFontFile.extractInfo)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _is_tables(found: Any) -> bool:
    return (isinstance(found, dict) and found.get("layout") == LAYOUT and isinstance(found.get("names"), dict)
            and isinstance(found.get("values"), dict) and isinstance(found["values"].get("unitsPerEm"), int))
