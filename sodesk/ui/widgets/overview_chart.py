"""Result per work type (resultaat per werksoort) as a horizontal bar chart, R7.

Two stacked sets share the categories: a bar is either a profit (blue) or a loss (red), and
each category's caption carries the amount as Dutch text with its minus sign, so neither the
colour nor the bar length is the only way to read the figure. Chart coordinates are floats
by Qt's nature (in thousands of euros); they only place the bars.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sodesk.domain import display
from sodesk.domain.enums import WorkType
from sodesk.domain.profitability import ActivityFigures
from sodesk.ui.labels import label
from sodesk.ui.widgets.charts import ProfitLossChart


def _thousands(amount: Decimal) -> float:
    return display.plot_point(amount, Decimal(1000))


class WorkTypeChart(ProfitLossChart):
    """One horizontal bar per work type (and one for lines without a work type)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(200, 4, parent)
        chart = self.chart()
        chart.setTitle(self.tr("Result per work type"))
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.values.setTitleText(self.tr("Result (× € 1,000)"))

    def caption(self, work_type: WorkType | None, figures: ActivityFigures) -> str:
        """The category's two lines: 'Beschut binnen' and '€ -1.606.182,53'."""
        name = self.tr("Without placement") if work_type is None else label(work_type)
        return f"{name}<br>{display.euro(figures.result)}"

    def show_results(self, by_work_type: dict[WorkType | None, ActivityFigures]) -> None:
        """One bar per entry, in the order of the WorkType enumeration (None last)."""
        order: list[WorkType | None] = [w for w in WorkType if w in by_work_type]
        if None in by_work_type:
            order.append(None)
        figures = [(w, by_work_type[w]) for w in order]
        self.plot([(self.caption(w, f), _thousands(f.result)) for w, f in figures])

    def bar_count(self) -> int:
        """How many bars (categories) the chart shows."""
        return self.categories.count()
