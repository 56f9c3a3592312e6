"""What a rule code or a question id looks like, for the tests that find none in what readers see.

Rule codes: a Part's Roman numeral, a dot and upper-case segments (``I.RAT.COUNT``, ``XI.65.TEST``). Question
ids: a Part's numeral and at least two lower-case segments (``I.wages.skilled_wage``). An id written inside
another code (the assumption ``A.V.FOR_LIFE``) is not a match of its own: those are codes of the annexes.
"""

from __future__ import annotations

import re

_PART = r"(?:XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
RULE_ID = re.compile(rf"(?<![\w.]){_PART}\.[A-Z0-9][A-Z0-9_]*(?:\.[A-Z0-9_]+)*(?!\w)")
QUESTION_ID = re.compile(rf"(?<![\w.]){_PART}\.[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")


def codes_in(text: str) -> list[str]:
    """The rule codes and question ids written in ``text``."""
    return [m.group(0) for pattern in (RULE_ID, QUESTION_ID) for m in pattern.finditer(text)]


def test_the_patterns_find_codes_and_spare_words() -> None:
    assert codes_in("XI.65.TEST: at the wage; I.RAT.COUNT (Art 2(a)(ii)); see (IV.duration.graded)") == [
        "XI.65.TEST", "I.RAT.COUNT", "IV.duration.graded"]
    assert codes_in("Part I. The Part IV benefit; art. 2 a) ii); A.V.FOR_LIFE; 1.5 %; Parts II–X, V.") == []
