"""Line charts (lijndiagrammen) drawn with reportlab.graphics: a few series over the years.

Why: the workforce outlook shows how each work type's headcount develops over ten years; a
line per work type makes a fall visible at a glance. Drawn with reportlab's own shapes, as
the bar charts (:mod:`.charts`), so the chart looks the same on every machine. Each series
has its own colour *and* marker shape, and the legend repeats both, so the lines can be told
apart on a black-and-white print. A dashed horizontal reference line (the critical mass)
carries its label. Values are whole counts or Decimals; labels come from
:mod:`sodesk.domain.display`.

Use::

    series = [Series("Beschut binnen", [195, 192, 190])]
    story.append(line_chart(series, ["2026", "2027", "2028"], width=PORTRAIT_WIDTH))
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from sodesk.domain import display
from sodesk.reports.pdf.fonts import report_fonts
from sodesk.reports.pdf.styles import ACCENT, INK, LOSS, MUTED, RULE

PALETTE = (
    ACCENT,
    colors.HexColor("#d07b00"),
    colors.HexColor("#2e7d32"),
    colors.HexColor("#6a3d9a"),
    colors.HexColor("#00838f"),
    colors.HexColor("#5d4037"),
)
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "circle")


@dataclass(frozen=True, slots=True)
class Series:
    """One line: its name (in the legend) and a value per category (None: no point)."""

    name: str
    values: Sequence[int | Decimal | None]


def _marker(kind: str, x: float, y: float, size: float, colour: colors.Color) -> list[Any]:
    half = size / 2
    if kind == "square":
        return [Rect(x - half, y - half, size, size, fillColor=colour, strokeColor=None)]
    if kind == "triangle":
        points = [x - half, y - half, x + half, y - half, x, y + half]
        return [Polygon(points, fillColor=colour, strokeColor=None)]
    if kind == "diamond":
        points = [x, y - half - 1, x + half + 1, y, x, y + half + 1, x - half - 1, y]
        return [Polygon(points, fillColor=colour, strokeColor=None)]
    if kind == "cross":
        return [
            Line(x - half, y - half, x + half, y + half, strokeColor=colour, strokeWidth=1.5),
            Line(x - half, y + half, x + half, y - half, strokeColor=colour, strokeWidth=1.5),
        ]
    return [Circle(x, y, half, fillColor=colour, strokeColor=None)]


def _step(high: float, ticks: int = 5) -> int:
    """A round step (1, 2, 5 x 10^n) that divides 0..high into about ``ticks`` parts."""
    raw = max(high / ticks, 1.0)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover


def line_chart(
    series: Sequence[Series],
    categories: Sequence[str],
    *,
    width: float,
    height: float = 210,
    font_size: float = 8,
    reference: tuple[int | Decimal, str] | None = None,
) -> Drawing:
    """A line chart: categories along the bottom, a y axis from zero, a legend below.

    Args:
        series: the lines, drawn in the order given (colours and markers in that order).
        categories: the labels along the x axis (the years), one per value of a series.
        width: the drawing's width in points.
        height: the plot's height in points (the legend comes on top of it).
        font_size: size of the axis labels and the legend.
        reference: a value and its label, drawn as a dashed horizontal line (in red).
    """
    font = report_fonts().regular
    values = [display.plot_point(v) for s in series for v in s.values if v is not None]
    if reference is not None:
        values.append(display.plot_point(reference[0]))
    step = _step(max(values, default=1.0) * 1.05)
    top_value = step * math.ceil(max(max(values, default=1.0) * 1.05, 1.0) / step)
    ticks = list(range(0, int(top_value) + 1, step))
    axis_room = max(stringWidth(display.number(Decimal(t), 0), font, font_size) for t in ticks) + 6
    legend_rows = _legend_rows(series, font, font_size, width, reference)
    legend_height = len(legend_rows) * (font_size + 6) + 4
    bottom = font_size + 8 + legend_height
    left, right, top = axis_room, width - 10, height + bottom
    drawing = Drawing(width, top + font_size)
    span = right - left
    slot = span / max(len(categories), 1)

    def x_of(index: int) -> float:
        return float(left + slot * (index + 0.5))

    def y_of(value: float) -> float:
        return bottom + (value / top_value) * (top - bottom)

    for tick in ticks:
        y = y_of(tick)
        drawing.add(Line(left, y, right, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                left - 4,
                y - font_size * 0.35,
                display.number(Decimal(tick), 0),
                fontName=font,
                fontSize=font_size,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    for index, name in enumerate(categories):
        drawing.add(
            String(
                x_of(index),
                bottom - font_size - 4,
                name,
                fontName=font,
                fontSize=font_size,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    drawing.add(Line(left, bottom, right, bottom, strokeColor=INK, strokeWidth=0.75))
    for number, line in enumerate(series):
        colour = PALETTE[number % len(PALETTE)]
        marker = MARKERS[number % len(MARKERS)]
        points = [
            (x_of(i), y_of(display.plot_point(v)))
            for i, v in enumerate(line.values)
            if v is not None
        ]
        if len(points) > 1:
            flat = [c for point in points for c in point]
            drawing.add(PolyLine(flat, strokeColor=colour, strokeWidth=1.4))
        for x, y in points:
            for shape in _marker(marker, x, y, 4.5, colour):
                drawing.add(shape)
    if reference is not None:
        y = y_of(display.plot_point(reference[0]))
        drawing.add(
            Line(left, y, right, y, strokeColor=LOSS, strokeWidth=0.9, strokeDashArray=[4, 2])
        )
    _legend(
        drawing,
        series,
        legend_rows,
        font,
        font_size,
        left,
        legend_height - font_size - 2,
        reference,
    )
    return drawing


def _entry_width(name: str, font: str, size: float) -> float:
    return float(22 + stringWidth(name, font, size) + 14)


def _legend_rows(
    series: Sequence[Series],
    font: str,
    size: float,
    width: float,
    reference: tuple[int | Decimal, str] | None,
) -> list[list[int]]:
    """The series' indexes per legend row, as many side by side as fit in ``width``; the
    reference line's entry is index -1, last."""
    rows: list[list[int]] = [[]]
    used = 0.0
    entries = [(i, line.name) for i, line in enumerate(series)]
    if reference is not None:
        entries.append((-1, reference[1]))
    for index, name in entries:
        need = _entry_width(name, font, size)
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(index)
        used += need
    return rows if rows[0] else []


def _legend(
    drawing: Drawing,
    series: Sequence[Series],
    rows: list[list[int]],
    font: str,
    size: float,
    left: float,
    top: float,
    reference: tuple[int | Decimal, str] | None,
) -> None:
    for row_number, row in enumerate(rows):
        y = top - row_number * (size + 6)
        x = left
        for index in row:
            if index == -1 and reference is not None:
                middle = y + size * 0.35
                drawing.add(Line(x, middle, x + 16, middle, strokeColor=LOSS, strokeWidth=0.9,
                                 strokeDashArray=[4, 2]))  # fmt: skip
                drawing.add(
                    String(x + 22, y, reference[1], fontName=font, fontSize=size, fillColor=LOSS)
                )
                x += _entry_width(reference[1], font, size)
                continue
            colour = PALETTE[index % len(PALETTE)]
            drawing.add(Line(x, y + size * 0.35, x + 16, y + size * 0.35, strokeColor=colour,
                             strokeWidth=1.4))  # fmt: skip
            for shape in _marker(MARKERS[index % len(MARKERS)], x + 8, y + size * 0.35, 4.5,
                                 colour):  # fmt: skip
                drawing.add(shape)
            name = series[index].name
            drawing.add(String(x + 22, y, name, fontName=font, fontSize=size, fillColor=INK))
            x += _entry_width(name, font, size)
