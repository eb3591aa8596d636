"""Tab "Begeleiding en loonwaarde" of the Analyses page: per measured worker the guidance
hours of the period beside the wage value at its start and end (services.analyses.
guidance_against_wage_value), as a table and as a scatter chart of guidance hours against
the change in wage value, the relation the sector could not examine for lack of data.

The chart's points are floats only through sodesk.domain.display.plot_point; every figure shown as
text (table, axis titles, the line under the chart) is the Decimal formatted by display.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCharts import QChartView, QScatterSeries, QValueAxis
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sodesk.domain import display
from sodesk.domain.money import ZERO
from sodesk.services.analyses import GuidanceAndWageValue
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.pages.parts import two_panes
from sodesk.ui.plural import counted
from sodesk.ui.widgets.analysis_table import sorted_table
from sodesk.ui.widgets.charts import plain_chart, show_xy_chart

_C = "AnalysisGuidance"
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class GuidanceLine:
    """A row: the service's figures and the worker's name."""

    name: str
    figures: GuidanceAndWageValue


def _points(change: Decimal | None) -> str:
    """A change in wage value in percentage points, with its sign: "+4,7" / "-2,0"."""
    if change is None:
        return display.UNDEFINED
    text = display.number(change * HUNDRED, 1)
    return text if text.startswith("-") or text == "0,0" else f"+{text}"


FIELDS = (
    Field(
        QT_TRANSLATE_NOOP("AnalysisGuidance", "Personnel number"),
        lambda r: r.figures.personnel_number,
    ),
    Field(QT_TRANSLATE_NOOP("AnalysisGuidance", "Name"), lambda r: r.name),
    figure_column(
        QT_TRANSLATE_NOOP("AnalysisGuidance", "Guidance hours"),
        lambda r: r.figures.guidance_hours,
        display.hours,
    ),
    figure_column(
        QT_TRANSLATE_NOOP("AnalysisGuidance", "Wage value at start"),
        lambda r: r.figures.wage_value_start,
        display.percent,
    ),
    figure_column(
        QT_TRANSLATE_NOOP("AnalysisGuidance", "Wage value at end"),
        lambda r: r.figures.wage_value_end,
        display.percent,
    ),
    figure_column(
        QT_TRANSLATE_NOOP("AnalysisGuidance", "Change (points)"),
        lambda r: r.figures.change,
        _points,
        warn=lambda r: r.figures.change is not None and r.figures.change < 0,
    ),
)


class GuidanceChart(QChartView):
    """Scatter: guidance hours (x) against the change in wage value in points (y)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chart = plain_chart(self, 200)
        self.series = QScatterSeries()
        self.series.setMarkerSize(7)
        self.x_axis = QValueAxis()
        self.x_axis.setTitleText(self.tr("Guidance hours in the period"))
        self.x_axis.setLabelFormat("%d")
        self.y_axis = QValueAxis()
        self.y_axis.setTitleText(self.tr("Change in wage value (points)"))
        self.y_axis.setLabelFormat("%d")
        show_xy_chart(self, chart, self.series, self.x_axis, self.y_axis)

    def show_points(self, lines: list[GuidanceLine]) -> None:
        measured = [line.figures for line in lines if line.figures.change is not None]
        # one replace, not an append per point: each append repaints the chart, and a large
        # company has thousands of points
        self.series.replace(
            [
                QPointF(
                    display.plot_point(f.guidance_hours), display.plot_point(f.change * HUNDRED)
                )
                for f in measured
                if f.change is not None
            ]
        )
        hours = [f.guidance_hours for f in measured] or [ZERO]
        changes = [f.change * HUNDRED for f in measured if f.change is not None] or [ZERO]
        self.x_axis.setRange(0, display.plot_point(max(max(hours), Decimal(1)) * Decimal("1.05")))
        low = min(min(changes), ZERO) - 1
        high = max(max(changes), ZERO) + 1
        self.y_axis.setRange(display.plot_point(low), display.plot_point(high))
        self.x_axis.applyNiceNumbers()
        self.y_axis.applyNiceNumbers()


class GuidanceWageValueTab(QWidget):
    """The caption, the chart above and the table below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(_C, FIELDS, self)
        layout = QVBoxLayout(self)
        self.caption = QLabel(wordWrap=True)
        layout.addWidget(self.caption)
        self.chart = GuidanceChart()
        self.table, self.proxy = sorted_table(self.model, self)
        layout.addWidget(two_panes(self.chart, self.table, (430, 730)), 1)

    def show_lines(self, lines: list[GuidanceLine]) -> None:
        self.model.set_rows(lines)
        self.chart.show_points(lines)
        both = sum(1 for line in lines if line.figures.change is not None)
        self.caption.setText(
            self.tr(
                "Guidance hours in the period beside the wage value in force at its start and "
                "end, for %1; the chart shows the %2 with a wage value at both "
                "ends. A point does not prove cause: other things change a wage value too."
            )
            .replace(
                "%1",
                counted(
                    len(lines), self.tr("%1 measured worker"), self.tr("%1 measured workers")
                ),
            )
            .replace("%2", str(both))
        )
