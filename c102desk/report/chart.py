# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""The chart of the Parts' statuses: one stacked bar per Part, counting its requirements by assessment."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String

from c102desk.engine.results import Evaluation, PartStatus, Status
from c102desk.report import fonts
from c102desk.report.styles import CONTENT_WIDTH, INK, STATUS_BAR
from c102desk.report.text import t

ORDER = (Status.MET, Status.NEEDS_REVIEW, Status.INSUFFICIENT, Status.NOT_MET)


def status_chart(evaluation: Evaluation, lang: str) -> Drawing:
    parts = list(evaluation.parts)
    assessed = {p for p, result in evaluation.parts.items() if result.status is not PartStatus.NOT_ASSESSED}
    counts = {s: [sum(1 for r in evaluation.parts[p].requirements if r.status is s) if p in assessed else 0
                  for p in parts] for s in ORDER}
    row = 15
    plot_height = row * len(parts)
    legend_height = 22
    drawing = Drawing(CONTENT_WIDTH, plot_height + legend_height + 18)
    chart = HorizontalBarChart()
    chart.x, chart.y = 46, legend_height + 12
    chart.width, chart.height = CONTENT_WIDTH - 70, plot_height
    # Part II at the top: the category axis of a horizontal chart runs bottom-up.
    chart.data = [list(reversed(counts[s])) for s in ORDER]
    chart.categoryAxis.categoryNames = [f"Part {p}" if lang == "en" else p for p in reversed(parts)]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = fonts.TABLE
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    top = max((sum(c[i] for c in counts.values()) for i in range(len(parts))), default=1)
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, round(top / 10))
    chart.valueAxis.labels.fontName = fonts.TABLE
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = STATUS_BAR[Status.INSUFFICIENT]
    chart.valueAxis.gridStrokeWidth = 0.2
    chart.barSpacing = 0
    chart.groupSpacing = 4
    for index, status in enumerate(ORDER):
        chart.bars[index].fillColor = STATUS_BAR[status]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    x = 46.0
    for status in ORDER:
        label = t(f"verdict.{status.value}", lang)
        drawing.add(Rect(x, 4, 9, 9, fillColor=STATUS_BAR[status], strokeColor=None))
        drawing.add(String(x + 13, 5.5, label, fontName=fonts.TABLE, fontSize=8, fillColor=INK))
        x += 13 + len(label) * 4.6 + 18
    return drawing
