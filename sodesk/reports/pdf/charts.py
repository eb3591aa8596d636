"""Horizontal bar charts (staafdiagrammen) drawn with reportlab.graphics, for every report.

Why: one category per bar, its name left, its value in Dutch notation at the bar's end, a
zero line, losses red and to the left of it; drawn with reportlab's own shapes so the chart
looks the same on every machine (ARCHITECTURE.md). Geometry needs floats: a Decimal becomes
a float only for a bar's length, never for its label, which comes from
:mod:`sodesk.domain.display`.

Use::

    bars = [Bar(wt.label, figures.result) for wt, figures in per_work_type.items()]
    story.append(bar_chart(bars, width=PORTRAIT_WIDTH))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from sodesk.domain import display
from sodesk.reports.pdf.fonts import report_fonts
from sodesk.reports.pdf.styles import ACCENT, INK, LOSS, RULE
from sodesk.reports.pdf.tables import is_loss

ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: the category's name and its value (unrounded; rounded only in the label)."""

    label: str
    value: Decimal


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
    low = min((b.value for b in bars), default=Decimal(0))
    high = max((b.value for b in bars), default=Decimal(0))
    low, high = min(low, Decimal(0)), max(high, Decimal(0))
    plot_start = label_room + left_room
    plot_end = width - right_room
    span = float(high - low) or 1.0
    scale = (plot_end - plot_start) / span
    x_zero = plot_start - float(low) * scale
    height = len(bars) * (bar_height + gap) + gap
    drawing = Drawing(width, height)
    for index, (bar, label) in enumerate(zip(bars, labels, strict=True)):
        y = height - (index + 1) * (bar_height + gap)
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
        length = float(bar.value) * scale
        negative = is_loss(bar.value)
        colour = LOSS if negative else ACCENT
        left = x_zero + min(length, 0.0)
        drawing.add(Rect(left, y, abs(length), bar_height, fillColor=colour, strokeColor=None))
        before = bar.value < 0
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
    drawing.add(Line(x_zero, 0, x_zero, height, strokeColor=RULE, strokeWidth=0.75))
    return drawing
