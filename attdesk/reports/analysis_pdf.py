"""The secretariat's analysis report as PDF: every figure table, with a bar chart where a
table counts activities, and the gap matrix as a heat map (focus areas by state)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from attdesk import __version__
from attdesk.analysis.figures import Table as FigureTable
from attdesk.reports.submission_pdf import FONT, NumberedCanvas, Styles, para, register_fonts

BAR_LIMIT = 15  # bars per chart: the largest rows; the table lists them all


def bar_chart(table: FigureTable, width: float) -> Drawing | None:
    """Horizontal bars of the first count column, when the table has one."""
    if len(table.columns) < 2 or not table.rows:
        return None
    if not all(isinstance(row[1], int) for row in table.rows):
        return None
    rows = sorted(table.rows, key=lambda r: -int(r[1] or 0))[:BAR_LIMIT]
    rows.reverse()  # largest at the top
    height = 14 * len(rows) + 30
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 170, 15
    chart.width, chart.height = int(width - 190), int(height - 25)
    chart.data = [[int(r[1] or 0) for r in rows]]
    chart.categoryAxis.categoryNames = [str(r[0])[:38] for r in rows]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#3b6ea8")
    chart.barWidth = 8
    drawing.add(chart)
    return drawing


def heat_map(table: FigureTable, styles: Styles) -> Table | None:
    """The gap matrix pivoted: states down, focus areas across, 'activities / needs' cells
    shaded by open needs without activities (red) or activities (blue)."""
    if table.name not in ("gap_matrix", "gap_matrix_subregion") or not table.rows:
        return None
    states = sorted({str(r[0]) for r in table.rows})
    areas = sorted({str(r[1]) for r in table.rows})
    cells = {(str(r[0]), str(r[1])): (int(r[2] or 0), int(r[3] or 0)) for r in table.rows}
    header = [Paragraph("", styles.cell)] + [Paragraph(para(a), styles.head_cell) for a in areas]
    data: list[list[Any]] = [header]
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    top = max((a for a, _n in cells.values()), default=1) or 1
    for y, state in enumerate(states, start=1):
        row: list[Any] = [Paragraph(para(state), styles.head_cell)]
        for x, area in enumerate(areas, start=1):
            received, needed = cells.get((state, area), (0, 0))
            row.append(Paragraph(f"{received} / {needed}", styles.cell))
            if needed and not received:
                style.append(("BACKGROUND", (x, y), (x, y), colors.HexColor("#f4b6b6")))
            elif received:
                shade = 1 - 0.5 * received / top
                style.append(("BACKGROUND", (x, y), (x, y), colors.Color(shade, shade + 0.1, 1)))
        data.append(row)
    grid = Table(data, repeatRows=1)
    grid.setStyle(TableStyle(style))
    return grid


def render_analysis_pdf(tables: Sequence[FigureTable], period: str | None) -> bytes:
    register_fonts()
    styles = Styles()
    stream = io.BytesIO()
    page = landscape(A4)
    doc = SimpleDocTemplate(stream, pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm,
                            title="ATT Desk analysis" + (f" {period}" if period else ""),
                            author="ATT Desk", creator=f"ATT Desk {__version__}")  # fmt: skip
    width = page[0] - 30 * mm
    made = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    story: list[Flowable] = [
        Paragraph(
            para("Arms-control assistance: who received what, where the gaps are"), styles.title
        ),
        Paragraph(para(f"Period: {period or 'all periods'} · made {made}"), styles.small),
        Spacer(1, 6 * mm),
    ]
    for table in tables:
        block: list[Flowable] = [Paragraph(para(table.title), styles.h2)]
        if not table.rows:
            block.append(Paragraph(para("Nothing to show."), styles.small))
            story.append(KeepTogether(block))
            continue
        chart = bar_chart(table, width)
        if chart is not None:
            block.append(chart)
        heat = heat_map(table, styles)
        if heat is not None:
            story += [*block, heat, Spacer(1, 4 * mm)]
            continue
        rows = [[Paragraph(para(c), styles.head_cell) for c in table.columns]]
        rows += [
            [Paragraph(para("" if v is None else v), styles.cell) for v in r] for r in table.rows
        ]
        grid = Table(rows, repeatRows=1)
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story += [*block, grid, Spacer(1, 5 * mm)]
    doc.build(story, canvasmaker=NumberedCanvas.factory("en", "ATT Desk analysis"))
    return stream.getvalue()
