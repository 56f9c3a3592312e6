"""Names and colours of the engine's verdicts, as the assessment view and the dashboard show them.

Labels are marked with ``QT_TRANSLATE_NOOP`` and translated at display time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from c102desk.engine.results import PartStatus, Status

_CONTEXT = "StatusStyle"

PART_STATUS_LABELS: dict[str, str] = {
    PartStatus.NOT_ASSESSED: str(QT_TRANSLATE_NOOP("StatusStyle", "Not assessed")),
    PartStatus.NOT_COMPLIANT: str(QT_TRANSLATE_NOOP("StatusStyle", "Not compliant")),
    PartStatus.INSUFFICIENT: str(QT_TRANSLATE_NOOP("StatusStyle", "Information missing")),
    PartStatus.COMPLIANT_WITH_REVIEW: str(QT_TRANSLATE_NOOP("StatusStyle", "Compliant, to review")),
    PartStatus.COMPLIANT: str(QT_TRANSLATE_NOOP("StatusStyle", "Compliant")),
}

REQUIREMENT_LABELS: dict[str, str] = {
    Status.MET: str(QT_TRANSLATE_NOOP("StatusStyle", "Met")),
    Status.NOT_MET: str(QT_TRANSLATE_NOOP("StatusStyle", "Not met")),
    Status.NEEDS_REVIEW: str(QT_TRANSLATE_NOOP("StatusStyle", "Needs review")),
    Status.INSUFFICIENT: str(QT_TRANSLATE_NOOP("StatusStyle", "Information missing")),
    Status.NOT_APPLICABLE: str(QT_TRANSLATE_NOOP("StatusStyle", "Not applicable")),
}

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
}


def part_status_label(status: str) -> str:
    return QCoreApplication.translate(_CONTEXT, PART_STATUS_LABELS.get(status, status))


def requirement_label(status: str) -> str:
    return QCoreApplication.translate(_CONTEXT, REQUIREMENT_LABELS.get(status, status))


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
