"""The report's fast paths: where the report does what reportlab does, the same PDF, without reportlab's general
machinery (docs/performance.md). They rely on reportlab's internals, so they are kept here, apart, behind one
switch, and used only with the reportlab versions they are tested on (``TESTED_REPORTLAB``; pyproject.toml pins
that range too):

- ``paragraphs``: the report's Paragraph (texts parsed without the markup parser when that gives the same
  fragments, line breaks kept per width), ``plain_lines`` (plain paragraphs laid out and drawn directly) and
  ``split_lines`` (the rest of a split paragraph keeps its lines);
- ``contents``: the report drawn in one pass, the contents' page numbers drawn last, the story used up as it is
  drawn and the pass's edits held weakly (``pass_edits``);
- ``widths``: the fonts remember the text widths they measured;
- page streams compressed with Flate alone (``layout.numbered_canvas``).

Off (``C102DESK_REPORT_FAST_PATHS=0``, or ``disabled()`` in tests, or another reportlab), the report is built by
reportlab's own code alone; ``tests/report/test_fast_paths.py`` renders the examples both ways and compares the
pages pixel for pixel.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

SWITCH_ENV = "C102DESK_REPORT_FAST_PATHS"
TESTED_REPORTLAB = ("5.1.",)  # version prefixes the fast paths are checked against


def _reportlab_is_tested() -> bool:
    from reportlab import Version  # type: ignore[import-untyped]

    if str(Version).startswith(TESTED_REPORTLAB):
        return True
    log.warning("reportlab %s is not a version the report's fast paths are tested on (%s): they are off",
                Version, ", ".join(f"{v}x" for v in TESTED_REPORTLAB))
    return False


_enabled = os.environ.get(SWITCH_ENV, "1") != "0" and _reportlab_is_tested()


def enabled() -> bool:
    """Whether the fast paths are on (the one switch every one of them checks)."""
    return _enabled


@contextmanager
def disabled() -> Iterator[None]:
    """Build reports with reportlab's own code alone while inside (for comparisons)."""
    global _enabled
    previous, _enabled = _enabled, False
    try:
        yield
    finally:
        _enabled = previous
