"""The card's Per maand tab: the selected activity's result per month of the period.

The months come from a service (:func:`sodesk.services.activity_months.activity_months`):
one company run over the period, each month's figures those of the activity report over that
month alone, never re-derived here. All months of the period are computed at once, for every
activity, in one job off the UI thread, the first time the tab is shown for a period; after
that choosing another activity costs nothing. A job that is no longer wanted (another
period chosen) stops between months.

The chart is a picture (display.plot_point is the one place a figure becomes a float); the table
under it shows the Decimals as Dutch text.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.display import MONTHS_NL
from sodesk.domain.period import Period
from sodesk.services.activity_months import MonthLine, activity_months
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.jobs import Cancelled, Job, Progress
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.pages.base import Context
from sodesk.ui.widgets.charts import ProfitLossChart

_C = "ActivityMonths"


def _get(line: MonthLine, name: str) -> Decimal | None:
    return None if line.figures is None else getattr(line.figures, name)


MONTH_FIELDS = (
    Field(
        QT_TRANSLATE_NOOP("ActivityMonths", "Month"),
        lambda m: display.month_nl(m.month.start),
        lambda m: m.month.start,
    ),
    figure_column(
        QT_TRANSLATE_NOOP("ActivityMonths", "Result"),
        lambda m: _get(m, "result"),
        display.euro,
        warn=lambda m: (_get(m, "result") or Decimal(0)) < 0,
    ),
    figure_column(
        QT_TRANSLATE_NOOP("ActivityMonths", "Coverage"),
        lambda m: _get(m, "coverage"),
        display.percent,
    ),
)


@dataclass(frozen=True, slots=True)
class Computed:
    period: Period
    lines: dict[str, list[MonthLine]]
    seconds: float


class MonthChart(ProfitLossChart):
    """A horizontal bar per month, January at the top: blue a profit, red a loss (the table
    under it says the amount). Horizontal, because twelve month names side by side do not
    fit the card's width, and one under the other they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(250, 2, parent)
        self.chart().legend().setVisible(False)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        self.categories.setLabelsFont(small)
        self.categories.setTruncateLabels(False)  # Qt cuts "jan" to "…" in a narrow chart
        self.values.setLabelsFont(small)
        self.values.setTitleFont(small)

    def show_lines(self, lines: list[MonthLine]) -> None:
        results = [line.figures.result if line.figures else Decimal(0) for line in lines]
        large = any(abs(r) >= 10_000 for r in results)
        scale = Decimal(1000) if large else Decimal(1)
        self.values.setTitleText(self.tr("Result (× € 1,000)") if large else self.tr("Result (€)"))
        many_years = len({line.month.start.year for line in lines}) > 1
        self.plot(
            [
                (
                    display.month_nl(line.month.start)
                    if many_years
                    else MONTHS_NL[line.month.start.month - 1],
                    display.plot_point(result, scale),
                )
                for line, result in zip(lines, results, strict=True)
            ]
        )

    def bar_values(self) -> list[float]:
        """The plotted values, first month first (profit and loss bars together)."""
        values = [self.profit.at(i) + self.loss.at(i) for i in range(self.profit.count())]
        return values[::-1]


class MonthsPanel(QWidget):
    """Chart and month table of the selected activity; computes the period when first shown."""

    #: the months of a period have been computed (or failed)
    loaded = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.computed: Computed | None = None
        self.code: str | None = None
        self.period: Period | None = None
        self._job: Job | None = None
        self.model = RecordTableModel(_C, MONTH_FIELDS, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.caption = QLabel(wordWrap=True)
        layout.addWidget(self.caption)
        self.stack = QStackedWidget()
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = MonthChart()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        content_layout.addWidget(self.chart, 3)
        content_layout.addWidget(self.table, 2)
        self.message = QLabel(wordWrap=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(content)
        self.stack.addWidget(self.message)
        layout.addWidget(self.stack, 1)

    def is_busy(self) -> bool:
        return self._job is not None

    def invalidate(self) -> None:
        """Forget the computed months (after a saved rate)."""
        self.computed = None

    def show_activity(self, code: str | None, period: Period) -> None:
        self.code, self.period = code, period
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update()

    def _update(self) -> None:
        if self.code is None or self.period is None:
            self.caption.setText("")
            self.message.setText(self.tr("Select an activity to see its months."))
            self.stack.setCurrentIndex(1)
            return
        if self.computed is None or self.computed.period != self.period:
            if self.isVisible():
                self._start(self.period)
            return
        lines = self.computed.lines.get(self.code)
        self.caption.setText(self.tr("Result per month, each month computed as the report does."))
        if not lines:
            self.message.setText(self.tr("No figures for this line in the period."))
            self.stack.setCurrentIndex(1)
            return
        self.chart.show_lines(lines)
        self.model.set_rows(lines)
        self.stack.setCurrentIndex(0)

    def _start(self, period: Period) -> None:
        if self._job is not None:
            if getattr(self._job, "period", None) == period:
                return
            self._job.cancel()
        self.message.setText(self.tr("Calculating the months of the period…"))
        self.stack.setCurrentIndex(1)
        workspace = self.context.workspace

        def work(_progress: Progress, cancelled: Cancelled) -> Computed:
            started = time.perf_counter()
            lines = activity_months(workspace, period, cancelled)
            return Computed(period, lines, time.perf_counter() - started)

        job = Job(work)
        job.signals.succeeded.connect(lambda result, j=job: self._computed(j, result))
        job.signals.failed.connect(lambda message, _d, j=job: self._failed(j, message))
        self._job = self.context.jobs.start(job)

    def _computed(self, job: Job, computed: Computed) -> None:
        if job is not self._job:
            return
        self._job = None
        self.computed = computed
        self._update()
        self.loaded.emit()

    def _failed(self, job: Job, message: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.message.setText(
            self.tr("The months could not be calculated: %1").replace("%1", message)
        )
        self.stack.setCurrentIndex(1)
        self.loaded.emit()
