# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""The font of the visible signature block.

pyHanko 0.38 writes the raw glyph widths of the TTF into the PDF, which is only right for fonts with 1000 units
per em (ecosystem notes §1, pitfall 1); DejaVu Sans has 2048, which spreads the letters of the stamp apart. The
shipped ``resources/fonts/C102StampSans.ttf`` is DejaVu Sans cut down to Latin, punctuation and a few symbols and
rescaled to 1000 units per em by ``build_stamp_font``. It is renamed, as the Bitstream Vera licence asks of
modified fonts (``resources/fonts/LICENSE-DejaVu.txt``).
"""

from __future__ import annotations

from pathlib import Path

from c102desk.resources import resource_path

STAMP_FONT_FILE = "C102StampSans.ttf"
STAMP_FAMILY = "C102 Stamp Sans"
# Basic Latin to Latin Extended-B, general punctuation, €, ≤, ≥, −, №, ™.
STAMP_CODEPOINTS = (
    list(range(0x20, 0x250)) + list(range(0x2000, 0x2070)) + [0x20AC, 0x2264, 0x2265, 0x2212, 0x2116, 0x2122]
)


def stamp_font_path() -> Path:
    return resource_path("fonts", STAMP_FONT_FILE)


def build_stamp_font(source: Path, target: Path) -> None:
    """Subset ``source`` (DejaVu Sans), rescale it to 1000 units per em, rename it and write ``target``."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    font = TTFont(str(source))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    # The kerning goes in the legacy 'kern' table instead of GPOS, and MATH goes: at each signature fontTools'
    # subsetter (in pyHanko) decompiles GSUB and GPOS, even to drop them, and DejaVu's GPOS kerning made that
    # ~20 ms. HarfBuzz applies the 'kern' table when there is no GPOS: the stamp is laid out the same.
    options.drop_tables += ["FFTM", "GPOS", "MATH"]
    options.legacy_kern = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=STAMP_CODEPOINTS)
    subsetter.subset(font)
    scale_upem(font, 1000)
    names = font["name"]
    for record in names.names:
        if record.nameID in (1, 16):
            names.setName(STAMP_FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            names.setName(STAMP_FAMILY, 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName("C102StampSans", 6, record.platformID, record.platEncID, record.langID)
    font.save(str(target))


if __name__ == "__main__":  # regenerate: python -m c102desk.signing.stamp_font
    build_stamp_font(resource_path("fonts", "DejaVuSans.ttf"), stamp_font_path())
