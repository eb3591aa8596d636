"""Horizontal bar charts (staafdiagrammen) drawn with reportlab.graphics, for every report.

Why: one category per bar, its name left, its value in Dutch notation at the bar's end, a
zero line, losses red and to the left of it; drawn with reportlab's own shapes so the chart
looks the same on every machine (ARCHITECTURE.md). Geometry needs floats: a Decimal becomes
a float only for a bar's length, never for its label, which comes from
:mod:`sodesk.domain.display`.

Use::

    bars = [Bar(wt.label, figures.result) for wt, figures in per_work_type.items()]
    story.append(bar_chart(bars, width=PORTRAIT_WIDTH))

A bar marked ``muted`` is drawn in a lighter colour: a reference beside the figure it is
compared with (the sector's share beside the municipality's). ``reference`` draws a dashed
vertical line at a value, with its label at the top (the target, 100 %).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from sodesk.domain import display
from sodesk.reports.pdf.fonts import report_fonts
from sodesk.reports.pdf.styles import ACCENT, INK, LOSS, RULE
from sodesk.reports.pdf.tables import is_loss

ELLIPSIS = "…"
REFERENCE_BAR = colors.HexColor("#9db4d3")
"""A muted bar: the accent colour, lighter, still grey on a black-and-white print."""


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: the category's name and its value (unrounded; rounded only in the label).

    ``muted`` draws it lighter, as a reference beside the bar it is compared with.
    """

    label: str
    value: Decimal
    muted: bool = False


def _fit(label: str, font: str, size: float, room: float) -> str:
    """``label``, shortened with an ellipsis until it fits in ``room`` points."""
    if stringWidth(label, font, size) <= room:
        return label
    while label and stringWidth(label + ELLIPSIS, font, size) > room:
        label = label[:-1]
    return label.rstrip() + ELLIPSIS


def bar_chart(
    bars: Sequence[Bar],
    *,
    width: float,
    value_text: Callable[[Decimal], str] = display.euro,
    bar_height: float = 14,
    gap: float = 6,
    font_size: float = 8,
    max_label_share: float = 0.4,
    reference: tuple[Decimal, str] | None = None,
) -> Drawing:
    """A horizontal bar chart, one bar per category, value labels at the bars' ends.

    Args:
        bars: the categories in the order to draw them (top to bottom).
        width: the drawing's width in points (the frame width, usually).
        value_text: formats a value for its label (default :func:`display.euro`; pass
            :func:`display.percent` for fractions).
        bar_height: thickness of a bar in points.
        gap: space between bars in points.
        font_size: size of category and value labels.
        max_label_share: at most this share of ``width`` goes to category names; longer
            names are shortened with an ellipsis.
        reference: a value and its label, drawn as a dashed vertical line (a target).

    Returns:
        A Drawing to put in a story; its height follows from the number of bars.
    """
    fonts = report_fonts()
    font = fonts.regular
    labels = [value_text(b.value) for b in bars]
    label_room = min(
        max((stringWidth(b.label, font, font_size) for b in bars), default=0) + 8,
        width * max_label_share,
    )
    widths = [stringWidth(t, font, font_size) + 4 for t in labels]
    left_room = max((w for b, w in zip(bars, widths, strict=True) if b.value < 0), default=0)
    right_room = max((w for b, w in zip(bars, widths, strict=True) if b.value >= 0), default=0)
    values = [b.value for b in bars] + ([reference[0]] if reference else [])
    low = min(values, default=Decimal(0))
    high = max(values, default=Decimal(0))
    low, high = min(low, Decimal(0)), max(high, Decimal(0))
    plot_start = label_room + left_room
    plot_end = width - right_room
    span = display.plot_point(high - low) or 1.0
    scale = (plot_end - plot_start) / span
    x_zero = plot_start - display.plot_point(low) * scale
    top = font_size + 4 if reference else 0.0
    height = len(bars) * (bar_height + gap) + gap + top
    drawing = Drawing(width, height)
    if reference:
        x = x_zero + display.plot_point(reference[0]) * scale
        drawing.add(
            Line(x, 0, x, height - top, strokeColor=INK, strokeWidth=0.75, strokeDashArray=[3, 2])
        )
        half = stringWidth(reference[1], font, font_size) / 2
        drawing.add(
            String(
                min(max(x, half), width - half),
                height - font_size,
                reference[1],
                fontName=font,
                fontSize=font_size,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    for index, (bar, label) in enumerate(zip(bars, labels, strict=True)):
        y = height - top - (index + 1) * (bar_height + gap)
        middle = y + bar_height / 2 - font_size * 0.35
        name = _fit(bar.label, font, font_size, label_room - 8)
        drawing.add(
            String(
                label_room - 8,
                middle,
                name,
                fontName=font,
                fontSize=font_size,
                fillColor=INK,
                textAnchor="end",
            )
        )
        length = display.plot_point(bar.value) * scale
        negative = is_loss(bar.value)
        colour = LOSS if negative else REFERENCE_BAR if bar.muted else ACCENT
        left = x_zero + min(length, 0.0)
        drawing.add(Rect(left, y, abs(length), bar_height, fillColor=colour, strokeColor=None))
        before = bar.value < 0
        if reference:  # the label stays readable where the reference line crosses it
            start = x_zero + length + (-3 - widths[index] + 4 if before else 3)
            drawing.add(
                Rect(
                    start,
                    y,
                    widths[index] - 4,
                    bar_height,
                    fillColor=colors.white,
                    strokeColor=None,
                )
            )
        drawing.add(
            String(
                x_zero + length + (-3 if before else 3),
                middle,
                label,
                fontName=font,
                fontSize=font_size,
                fillColor=LOSS if negative else INK,
                textAnchor="end" if before else "start",
            )
        )
    drawing.add(Line(x_zero, 0, x_zero, height - top, strokeColor=RULE, strokeWidth=0.75))
    return drawing
