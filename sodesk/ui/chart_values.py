"""The one place where a figure leaves Decimal: QtCharts plots floats only.

A chart point is a picture, never a figure anyone adds up: the value shown in text beside a
chart (labels, tooltips, tables) is always the Decimal formatted by sodesk.domain.display.
"""

from __future__ import annotations

from decimal import Decimal


def plot_point(value: Decimal, scale: Decimal = Decimal(1)) -> float:
    """``value / scale`` as a float for a chart axis (e.g. scale 1000 for thousands)."""
    return float(value / scale)
