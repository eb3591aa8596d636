"""A small line chart of a worker's wage value over time (loonwaardeverloop), R1.

Chart coordinates are floats by Qt's nature; they only place points. Every figure shown as
text (axis captions, the list beside the chart) comes from domain.display on the Decimal.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QWidget

from sodesk.domain import display
from sodesk.services.workers import MeasurementLine
from sodesk.ui.widgets.charts import plain_chart, show_xy_chart
from sodesk.ui.widgets.fields import qdate


def _msecs(day: dt.date) -> float:
    return float(QDateTime(qdate(day), QTime(0, 0)).toMSecsSinceEpoch())


class WageValueChart(QChartView):
    """Wage value in percent against the measurement date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chart = plain_chart(self, 150)
        self.series = QLineSeries()
        self.series.setPointsVisible(True)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MM-yyyy")
        self.x_axis.setTickCount(4)
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 100)
        self.y_axis.setLabelFormat("%d %%")
        self.y_axis.setTickCount(5)
        show_xy_chart(self, chart, self.series, self.x_axis, self.y_axis)

    def show_measurements(self, lines: list[MeasurementLine]) -> None:
        self.series.clear()
        for line in lines:
            self.series.append(_msecs(line.measured_on), display.plot_point(line.wage_value * 100))
        if lines:
            first, last = lines[0].measured_on, lines[-1].measured_on
            if first == last:
                first, last = first - dt.timedelta(days=90), last + dt.timedelta(days=90)
            self.x_axis.setRange(
                QDateTime(qdate(first), QTime(0, 0)),
                QDateTime(qdate(last + dt.timedelta(days=1)), QTime(0, 0)),
            )
