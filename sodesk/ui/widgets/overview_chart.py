"""Result per work type (resultaat per werksoort) as a horizontal bar chart, R7.

Two stacked sets share the categories: a bar is either a profit (blue) or a loss (red), and
each category's caption carries the amount as Dutch text with its minus sign, so neither the
colour nor the bar length is the only way to read the figure. Chart coordinates are floats
by Qt's nature (in thousands of euros); they only place the bars.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from sodesk.domain import display
from sodesk.domain.enums import WorkType
from sodesk.domain.profitability import ActivityFigures
from sodesk.ui.labels import label
from sodesk.ui.style import keep_dressed


def _thousands(amount: Decimal) -> float:
    return display.plot_point(amount, Decimal(1000))


class WorkTypeChart(QChartView):
    """One horizontal bar per work type (and one for lines without a work type)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        chart = QChart()
        chart.setTitle(self.tr("Result per work type"))
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        self.series = QHorizontalStackedBarSeries()
        self.profit = QBarSet(self.tr("Profit"))
        self.loss = QBarSet(self.tr("Loss"))
        self.series.append(self.profit)
        self.series.append(self.loss)
        chart.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        self.values.setTitleText(self.tr("Result (× € 1,000)"))
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.setChart(chart)
        keep_dressed(self, {self.profit: "accent", self.loss: "loss"})

    def caption(self, work_type: WorkType | None, figures: ActivityFigures) -> str:
        """The category's two lines: 'Beschut binnen' and '€ -1.606.182,53'."""
        name = self.tr("Without placement") if work_type is None else label(work_type)
        return f"{name}<br>{display.euro(figures.result)}"

    def show_results(self, by_work_type: dict[WorkType | None, ActivityFigures]) -> None:
        """One bar per entry, in the order of the WorkType enumeration (None last)."""
        order: list[WorkType | None] = [w for w in WorkType if w in by_work_type]
        if None in by_work_type:
            order.append(None)
        self.profit.remove(0, self.profit.count())
        self.loss.remove(0, self.loss.count())
        self.categories.clear()
        captions = []
        low = high = 0.0
        # a horizontal chart draws its first category at the bottom: add them reversed
        for work_type in reversed(order):
            figures = by_work_type[work_type]
            value = _thousands(figures.result)
            self.profit.append(max(value, 0.0))
            self.loss.append(min(value, 0.0))
            captions.append(self.caption(work_type, figures))
            low, high = min(low, value), max(high, value)
        self.categories.append(captions)
        span = max(high - low, 1.0)
        self.values.setRange(low - span * 0.05 if low < 0 else 0.0, high + span * 0.05)
        self.values.applyNiceNumbers()

    def bar_count(self) -> int:
        """How many bars (categories) the chart shows."""
        return self.categories.count()
