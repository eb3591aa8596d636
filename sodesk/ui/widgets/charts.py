"""The set-up every chart on a screen shares: a smooth, flat chart in the palette's colours,
and the horizontal profit-and-loss bar chart of which a card and the overview each show one.

Chart coordinates are floats by Qt's nature; they only place points and bars. Every figure
shown as text comes from domain.display on the Decimal.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from sodesk.ui.style import keep_dressed


def plain_chart(view: QChartView, min_height: int, margin: int = 2) -> QChart:
    """A new chart for ``view``: antialiased, square, with a small margin (the view is
    usually narrow, so every pixel goes to the plot)."""
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    chart = QChart()
    chart.setMargins(QMargins(margin, margin, margin, margin))
    chart.setBackgroundRoundness(0)
    return chart


def show_chart(
    view: QChartView,
    chart: QChart,
    series: QAbstractSeries,
    axes: tuple[tuple[QAbstractAxis, Qt.AlignmentFlag], ...],
    bars: dict[QBarSet, str] | None = None,
) -> None:
    """Put ``series`` on ``chart`` against ``axes`` (each with its side), show the chart in
    ``view`` and keep it in the palette's colours."""
    chart.addSeries(series)
    for axis, side in axes:
        chart.addAxis(axis, side)
    for axis, _side in axes:
        series.attachAxis(axis)
    view.setChart(chart)
    keep_dressed(view, bars)


def show_xy_chart(
    view: QChartView, chart: QChart, series: QAbstractSeries, x: QAbstractAxis, y: QAbstractAxis
) -> None:
    """:func:`show_chart` with ``x`` along the bottom and ``y`` on the left; one series needs
    no legend."""
    chart.legend().hide()
    sides = ((x, Qt.AlignmentFlag.AlignBottom), (y, Qt.AlignmentFlag.AlignLeft))
    show_chart(view, chart, series, sides)


class ProfitLossChart(QChartView):
    """Horizontal bars, one per category: blue a profit, red a loss. Two stacked sets share
    the categories, so a bar is either one or the other."""

    def __init__(self, min_height: int, margin: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chart = plain_chart(self, min_height, margin)
        self.series = QHorizontalStackedBarSeries()
        self.profit = QBarSet(QCoreApplication.translate("ProfitLossChart", "Profit"))
        self.loss = QBarSet(QCoreApplication.translate("ProfitLossChart", "Loss"))
        self.series.append(self.profit)
        self.series.append(self.loss)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        show_chart(
            self,
            chart,
            self.series,
            (
                (self.categories, Qt.AlignmentFlag.AlignLeft),
                (self.values, Qt.AlignmentFlag.AlignBottom),
            ),
            {self.profit: "accent", self.loss: "loss"},
        )

    def plot(self, bars: list[tuple[str, float]]) -> None:
        """Show ``bars`` (caption, value), the first at the top, on a value axis with a little
        room on either side."""
        self.profit.remove(0, self.profit.count())
        self.loss.remove(0, self.loss.count())
        self.categories.clear()
        captions = []
        low = high = 0.0
        # a horizontal chart draws its first category at the bottom: add them reversed
        for caption, value in reversed(bars):
            self.profit.append(max(value, 0.0))
            self.loss.append(min(value, 0.0))
            captions.append(caption)
            low, high = min(low, value), max(high, value)
        self.categories.append(captions)
        span = max(high - low, 1.0)
        self.values.setRange(low - span * 0.05 if low < 0 else 0.0, high + span * 0.05)
        self.values.applyNiceNumbers()
