"""A final assessment is read-only but legible: the text of its disabled answers has a contrast of at least
4.5:1 with its background, measured on the rendered pixels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView

EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "examples" / "midland-three-parts.c102.json"


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(widget: QWidget) -> float:
    """Contrast of the darkest (text) pixel with the most common (background) one, as WCAG defines it."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: dict[int, int] = {}
    darkest = 1.0
    for y in range(2, image.height() - 2):
        for x in range(2, image.width() - 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
            darkest = min(darkest, _luminance(QColor(rgb)))
    background = _luminance(QColor(max(counts, key=lambda c: counts[c])))
    light, dark = max(background, darkest), min(background, darkest)
    return (light + 0.05) / (dark + 0.05)


def test_a_final_assessment_reads_with_enough_contrast(qtbot: QtBot, store: Store) -> None:
    assessment_id = store.import_file(EXAMPLE)
    store.finalize(assessment_id)
    view = AssessmentView(store, assessment_id)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    qtbot.waitExposed(view)
    view.show_part("III")
    rate = view.rows["III.benefit.rate"]
    method = view.rows["III.benefit.method"]
    assert not rate.editor.isEnabled()  # read-only …
    for widget in (rate.editor.field, method.editor.combo):  # type: ignore[attr-defined]
        assert contrast(widget) >= 4.5, widget  # … but legible
    yes_no = next(r for r in view.part_pages["III"].visible_rows() if hasattr(r.editor, "buttons"))
    checked = next(b for b in yes_no.editor.buttons.values() if b.isChecked())  # type: ignore[attr-defined]
    assert contrast(checked) >= 4.5
    assert rate.label.isEnabled() and not view.banner.isHidden()
