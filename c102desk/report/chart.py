# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""The chart of the Parts' statuses: one stacked bar per Part, counting its requirements by assessment; and the
stacked bar chart it is drawn with, which the inbox's summary draws its Parts-by-country chart with too."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from c102desk.engine.results import Evaluation, PartStatus, Status
from c102desk.i18n.verdicts import requirement_status
from c102desk.report import fonts
from c102desk.report.styles import CONTENT_WIDTH, INK, STATUS_BAR
from c102desk.report.text import t

ORDER = (Status.MET, Status.NEEDS_REVIEW, Status.INSUFFICIENT, Status.NOT_MET)


def status_chart(evaluation: Evaluation, lang: str) -> Drawing:
    parts = list(evaluation.parts)
    assessed = {p for p, result in evaluation.parts.items() if result.status is not PartStatus.NOT_ASSESSED}
    counts = {s: [sum(1 for r in evaluation.parts[p].requirements if r.status is s) if p in assessed else 0
                  for p in parts] for s in ORDER}
    names = [t("chart.part", lang, part=p) for p in reversed(parts)]
    top = max((sum(c[i] for c in counts.values()) for i in range(len(parts))), default=1)
    # Part II at the top: the category axis of a horizontal chart runs bottom-up.
    series = [(STATUS_BAR[s], requirement_status(s.value, lang), list(reversed(counts[s]))) for s in ORDER]
    return stacked_bars(names, series, top, row=15, right_gap=24, grid=STATUS_BAR[Status.INSUFFICIENT])


def stacked_bars(names: Sequence[str], series: Sequence[tuple[Color, str, list[int]]], top: int, *,
                 width: float = CONTENT_WIDTH, row: float, right_gap: float, grid: Color,
                 leading: float | None = None) -> Drawing:
    """A horizontal stacked bar chart with its legend under it, in the report's fonts: one bar a name (``names``
    bottom-up, as the axis runs), one segment a series (its colour, its legend label, its count in each bar).
    ``top`` is the longest bar; ``leading``, for names wrapped onto several lines (each line right-aligned)."""
    left = max((stringWidth(line, fonts.TABLE, 7.5) for n in names for line in n.split("\n")), default=30) + 10
    legend = _legend_rows([(colour, label) for colour, label, _ in series], width - left)
    plot_height = row * len(names)
    legend_height = 13 * len(legend) + 9
    drawing = Drawing(width, plot_height + legend_height + 18)
    chart = HorizontalBarChart()
    chart.x, chart.y = left, legend_height + 12
    chart.width, chart.height = width - left - right_gap, plot_height
    chart.data = [values for _, _, values in series]
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = fonts.TABLE
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    if leading is not None:
        chart.categoryAxis.labels.leading = leading
        chart.categoryAxis.labels.textAnchor = "end"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, round(top / 10))
    chart.valueAxis.labels.fontName = fonts.TABLE
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = grid
    chart.valueAxis.gridStrokeWidth = 0.2
    chart.barSpacing = 0
    chart.groupSpacing = 4
    for index, (colour, _, _) in enumerate(series):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    for line, entries in enumerate(legend):
        x = left
        y = 4 + 13 * (len(legend) - 1 - line)
        for colour, label in entries:
            drawing.add(Rect(x, y, 9, 9, fillColor=colour, strokeColor=None))
            drawing.add(String(x + 13, y + 1.5, label, fontName=fonts.TABLE, fontSize=8, fillColor=INK))
            x += 13 + stringWidth(label, fonts.TABLE, 8) + 18
    return drawing


def _legend_rows(entries: list[tuple[Color, str]], width: float) -> list[list[tuple[Color, str]]]:
    """The legend entries, measured in the chart's font and wrapped onto a second line when they do not fit."""
    rows: list[list[tuple[Color, str]]] = [[]]
    used = 0.0
    for colour, label in entries:
        entry = 13 + stringWidth(label, fonts.TABLE, 8) + 18
        if rows[-1] and used + entry > width:
            rows.append([])
            used = 0.0
        rows[-1].append((colour, label))
        used += entry
    return rows
