"""The interface's French texts follow French typography as the domain texts do (c102desk/i18n/typography.py):
before ":", ";", "?" and "!" a narrow no-break space, never a plain space — which a line may break at, leaving
the sign alone at the start of the next line."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

FRENCH = Path(__file__).resolve().parent.parent / "translations" / "c102desk_fr.ts"


def test_no_french_translation_has_a_plain_space_before_a_high_sign() -> None:
    found = []
    for translation in ET.parse(FRENCH).getroot().iter("translation"):
        texts = [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
        found += [text for text in texts if re.search(r"\S[ \u00a0][:;?!](\s|$)", text)]
    assert found == []
