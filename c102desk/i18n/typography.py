"""How each language punctuates running text: the one place that writes French typography.

French puts a narrow no-break space (U+202F) before the high punctuation ``: ; ! ?`` and before ``%``, and
inside guillemets, so that a line never starts with ``:`` or ``»``. English and Spanish write none.
"""

from __future__ import annotations

import re

NARROW_NBSP = "\u202f"
HIGH_PUNCTUATION = ":;!?"
# A space (plain or no-break, one or more) before the high punctuation or a closing guillemet, or before "%"
# after a digit; after an opening guillemet.
_BEFORE = re.compile(rf"[ \u00a0{NARROW_NBSP}]+([{HIGH_PUNCTUATION}»])")
_BEFORE_PERCENT = re.compile(rf"(?<=\d)[ \u00a0{NARROW_NBSP}]+%")
_AFTER_OPEN_QUOTE = re.compile(rf"«[ \u00a0{NARROW_NBSP}]+")


def typeset(text: str, lang: str) -> str:
    """``text`` with the spaces ``lang`` writes around punctuation (only French changes anything).

    Only spaces already written are replaced: "14:05" and "UTC+01:00" stay as they are."""
    if lang != "fr" or not text:
        return text
    text = _BEFORE.sub(NARROW_NBSP + r"\1", text)
    text = _BEFORE_PERCENT.sub(NARROW_NBSP + "%", text)
    return _AFTER_OPEN_QUOTE.sub("«" + NARROW_NBSP, text)


def separator(sep: str, lang: str) -> str:
    """A separator between texts as ``lang`` writes it: ``"; "`` is ``"\\u202f; "`` in French."""
    return typeset(" " + sep, lang).removeprefix(" ") if sep[:1] in HIGH_PUNCTUATION else sep


def list_separator(lang: str) -> str:
    """Between the items of a list in running text."""
    return separator("; ", lang)


def colon(lang: str) -> str:
    """Between a label and its value, without the space after: "Pays\\u202f: Sénégal", "País: Senegal"."""
    return separator(":", lang)
