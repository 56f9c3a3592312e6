"""Colours of the engine's verdicts, and their names as the assessment view and the dashboard show them.

The names are the domain's verdict vocabulary (``resources/i18n/verdicts.yaml``, ``c102desk.i18n.verdicts``), the
same words the report and ``c102desk evaluate --format text`` use, in the session's language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from c102desk.i18n import verdicts

SUPERSEDED = "superseded"  # the chip's colour key of an alternative not needed (neutral, like "not applicable")

# Background and text colours of a chip; chosen for a 4.5:1 contrast of the text on its chip.
_COLOURS: dict[str, tuple[str, str]] = {
    "not_assessed": ("#e4e7eb", "#3e4a56"),
    "not_compliant": ("#fbe0e0", "#9b1c1c"),
    "insufficient_information": ("#fdf0d5", "#8a5300"),
    "compliant_with_review": ("#e0ecfb", "#1d4f91"),
    "compliant": ("#dcf2e3", "#17633a"),
    "met": ("#dcf2e3", "#17633a"),
    "not_met": ("#fbe0e0", "#9b1c1c"),
    "needs_review": ("#e0ecfb", "#1d4f91"),
    "not_applicable": ("#eef0f2", "#56616c"),
    SUPERSEDED: ("#eef0f2", "#56616c"),
    "possible": ("#dcf2e3", "#17633a"),
    "not_possible": ("#fbe0e0", "#9b1c1c"),
    "not_yet_determinable": ("#fdf0d5", "#8a5300"),
}


def part_status_label(status: str, lang: str) -> str:
    return verdicts.part_status(status, lang)


def requirement_label(status: str, lang: str, *, superseded: bool = False) -> str:
    return verdicts.requirement_status(status, lang, superseded=superseded)


def ratification_label(status: str, lang: str) -> str:
    return verdicts.ratification_status(status, lang)


def chip_colours(status: str) -> tuple[QColor, QColor]:
    background, text = _COLOURS.get(status, _COLOURS["not_assessed"])
    return QColor(background), QColor(text)


def chip_icon(status: str, size: int = 14) -> QIcon:
    """A round dot in the verdict's colour (the text beside it names the verdict: colour is never alone)."""
    background, text = chip_colours(status)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(text)
    painter.setBrush(background)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def chip_style(status: str) -> str:
    """Style sheet of a QLabel shown as a chip."""
    background, text = chip_colours(status)
    return (
        f"QLabel {{ background: {background.name()}; color: {text.name()}; border-radius: 9px;"
        " padding: 2px 10px; font-weight: 600; }"
    )
