# mypy: disable-error-code="import-untyped"
# (reportlab, fontTools and asn1crypto ship no type information)
"""The chart of the Parts' statuses: one stacked bar per Part, counting its requirements by assessment."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
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
    left = max((stringWidth(n, fonts.TABLE, 7.5) for n in names), default=30) + 10
    legend = _legend_rows(lang, CONTENT_WIDTH - left)
    row = 15
    plot_height = row * len(parts)
    legend_height = 13 * len(legend) + 9
    drawing = Drawing(CONTENT_WIDTH, plot_height + legend_height + 18)
    chart = HorizontalBarChart()
    chart.x, chart.y = left, legend_height + 12
    chart.width, chart.height = CONTENT_WIDTH - left - 24, plot_height
    # Part II at the top: the category axis of a horizontal chart runs bottom-up.
    chart.data = [list(reversed(counts[s])) for s in ORDER]
    chart.categoryAxis.categoryNames = names
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
    for line, entries in enumerate(legend):
        x = left
        y = 4 + 13 * (len(legend) - 1 - line)
        for status, label in entries:
            drawing.add(Rect(x, y, 9, 9, fillColor=STATUS_BAR[status], strokeColor=None))
            drawing.add(String(x + 13, y + 1.5, label, fontName=fonts.TABLE, fontSize=8, fillColor=INK))
            x += 13 + stringWidth(label, fonts.TABLE, 8) + 18
    return drawing


def _legend_rows(lang: str, width: float) -> list[list[tuple[Status, str]]]:
    """The legend entries, measured in the chart's font and wrapped onto a second line when they do not fit."""
    rows: list[list[tuple[Status, str]]] = [[]]
    used = 0.0
    for status in ORDER:
        label = requirement_status(status.value, lang)
        entry = 13 + stringWidth(label, fonts.TABLE, 8) + 18
        if rows[-1] and used + entry > width:
            rows.append([])
            used = 0.0
        rows[-1].append((status, label))
        used += entry
    return rows
