"""Activiteiten: NTW per productive hour against cost price and subsidy coverage (R5-R8).

The controller's page: every activity of the period with its figures, loss makers marked
with an icon and a word, and a card (sodesk/ui/widgets/activity_card.py) with the key
figures and break-even sentence, the rate history and its editor, the result per month and
a what-if, and invoiced revenue, purchases and production with their editor. The period's
report and every activity's rates and entries are read in one job off the UI thread; after a
saved rate or entry the page computes again and selects the same activity.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityFigures
from sodesk.reports.activities import ActivityReport
from sodesk.services.activity_entries import ActivityEntries, all_activity_entries
from sodesk.services.imports import may_import
from sodesk.services.rates import ActivityRates, all_activity_rates
from sodesk.ui.jobs import Cancelled, Progress
from sodesk.ui.models.activity_table import (
    ActivityTableModel,
    Column,
    below_cost,
    is_non_productive,
)
from sodesk.ui.models.sort_proxy import ROW_ROLE, ValueSortProxy
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.pages.parts import (
    activity_report_of,
    list_table,
    loading_stack,
    search_box,
    two_panes,
    work_type_choice,
)
from sodesk.ui.plural import counted
from sodesk.ui.table_fit import fit_columns
from sodesk.ui.widgets.activity_card import ActivityCard
from sodesk.ui.widgets.empty_state import EmptyState
from sodesk.ui.widgets.incomplete_note import IncompleteNote


@dataclass(frozen=True)
class Loaded:
    """What the page's job reads: the period's report, every activity's rates and entries."""

    report: ActivityReport
    rates: dict[str, ActivityRates]
    entries: dict[str, ActivityEntries] = field(default_factory=dict)


class ActivitiesPage(Page):
    key = "activities"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ActivityTableModel(self)
        self.proxy = ValueSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._loaded_for: Period | None = None
        self.report: ActivityReport | None = None
        self.rates: dict[str, ActivityRates] = {}
        self.entries: dict[str, ActivityEntries] = {}
        self._pending_code: str | None = None
        self._build()
        self._connect_signals()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label())
        self.summary = QLabel(wordWrap=True)
        layout.addWidget(self.summary)
        self.incomplete_note = IncompleteNote()
        layout.addWidget(self.incomplete_note)
        layout.addLayout(self._build_filters())
        self._build_table()
        self.empty = EmptyState(
            self.tr("No hours in this period yet: import a file or enter hours."),
            importable=may_import(self.who()),
        )
        self.empty.import_requested.connect(self.import_requested)
        self.stack = loading_stack(
            self.table, self.empty, self.tr("Calculating the figures of the period…")
        )
        self.card = ActivityCard(self.context)
        layout.addWidget(two_panes(self.stack, self.card, stretch=(3, 1)), 1)

    def _build_filters(self) -> QHBoxLayout:
        """Search, work type, only the lines below cost, and the non-productive lines."""
        filters = QHBoxLayout()
        self.search = search_box(self.tr("Search activity or client (Ctrl+F)"))
        self.work_type = work_type_choice(self.tr("All work types"), lambda w: w)
        self.only_loss = QCheckBox(self.tr("Only below cost"))
        self.show_idle = QCheckBox(self.tr("Non-productive time"))
        self.show_idle.setChecked(True)
        self.show_idle.setToolTip(
            self.tr("Leave, illness and idle time: paid hours without production, per work type")
        )
        filters.addWidget(self.search, 2)
        filters.addWidget(self.work_type, 1)
        filters.addWidget(self.only_loss)
        filters.addWidget(self.show_idle)
        return filters

    def _build_table(self) -> None:
        self.table = list_table(self.proxy)
        self.table.sortByColumn(Column.RESULT, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # client and work type are searched, filtered and shown in the card; a right click
        # on the header shows them as columns too
        self.table.setColumnHidden(Column.CLIENT, True)
        self.table.setColumnHidden(Column.WORK_TYPE, True)
        # the current rate is in the card (rate history, break-even sentence): hidden by
        # default so the activity names keep room beside the card at 1366x768
        self.table.setColumnHidden(Column.CURRENT_RATE, True)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(Column.CLIENT, 150)
        self.table.setColumnWidth(Column.WORK_TYPE, 120)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.sortIndicatorChanged.connect(
            lambda *_: fit_columns(self.table, range(Column.HOURS, Column.STATUS + 1))
        )
        header.setStretchLastSection(False)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.proxy.set_search)
        self.work_type.currentIndexChanged.connect(self._apply_filters)
        self.only_loss.toggled.connect(self._apply_filters)
        self.show_idle.toggled.connect(self._apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.card.rates_saved.connect(self._rates_saved)

    def _column_menu(self, position: QPoint) -> None:
        """Right click on the header: show or hide columns."""
        menu = QMenu(self)
        for column in Column:
            if column == Column.NAME:
                continue
            caption = self.model.headerData(column, Qt.Orientation.Horizontal).replace("\n", " ")
            action = menu.addAction(caption)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _apply_filters(self) -> None:
        work_type = self.work_type.currentData()
        only_loss = self.only_loss.isChecked()
        idle = self.show_idle.isChecked()

        def accept(row: ActivityFigures) -> bool:
            if work_type is not None and row.work_type is not work_type:
                return False
            if not idle and is_non_productive(row):
                return False
            return not (only_loss and not below_cost(row))

        self.proxy.set_predicate(accept)

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        client = "" if row is None else self.model.client_of(row.code)
        rates = None if row is None else self.rates.get(row.code)
        entries = None if row is None else self.entries.get(row.code)
        period = None if self.report is None else self.report.period
        self.card.show_row(row, client, rates, period, entries)

    def _rates_saved(self, code: str) -> None:
        """A rate or an entry was saved: compute the period again and show the same activity."""
        self._pending_code = code
        self.refresh(force=True)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        period = self.context.period
        if not force and period == self._loaded_for and self._job is None:
            return
        self.stack.setCurrentIndex(2)
        workspace, who = self.context.workspace, self.who()
        activity_report = activity_report_of(self.context, period, force)

        def work(_progress: Progress, cancelled: Cancelled) -> Loaded:
            # the report in the report process; rates and entries are small and read here
            report = activity_report(cancelled)
            with workspace.sessions() as session:
                return Loaded(
                    report,
                    all_activity_rates(session, who=who),
                    all_activity_entries(session, who=who),
                )

        self.start_job("_job", work, self._loaded, self._failed)

    def is_busy(self) -> bool:
        return self._job is not None

    def _loaded(self, loaded: Loaded) -> None:
        report = loaded.report
        self.report = report
        self.rates = loaded.rates
        self.entries = loaded.entries
        self._loaded_for = report.period
        self.model.set_rows(report.lines, report.client_names)
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        # the figure columns fit their contents once per load, not at every layout
        # (ResizeToContents asks every cell again each time the page lays out)
        fit_columns(self.table, range(Column.HOURS, Column.STATUS + 1))
        losing = sum(1 for row in report.lines if below_cost(row))
        totals = report.totals
        summary = (
            self.tr(
                "%1 to %2: result %3, coverage %4, NTW per productive hour %5; %6."
            )
            if not report.incomplete
            else self.tr(
                "%1 to %2: result incomplete (%3 without the missing parameters), coverage "
                "%4, NTW per productive hour %5; %6."
            )
        )
        self.summary.setText(
            summary.replace("%1", display.date_nl(report.period.start))
            .replace("%2", display.date_nl(report.period.end))
            .replace("%3", display.euro(totals.result))
            .replace("%4", display.percent(totals.coverage))
            .replace("%5", display.euro(totals.ntw_per_hour))
            .replace(
                "%6",
                counted(
                    losing,
                    self.tr("%1 line below cost price"),
                    self.tr("%1 lines below cost price"),
                ),
            )
        )
        self.incomplete_note.show_gaps(report.incomplete)
        has_hours = any(row.productive_hours for row in report.lines)
        self.stack.setCurrentIndex(0 if has_hours else 1)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._select_pending()
        self.loaded.emit()

    # -- opened from elsewhere ----------------------------------------------------------------
    def select_activity(self, code: str) -> None:
        """Select the line ``code`` (the overview opens an activity this way).

        While the period is still being computed the choice waits for the result. A search
        or filter that hides the line is cleared first.
        """
        self._pending_code = code
        if self._job is None:
            self._select_pending()

    def _select_pending(self) -> None:
        code, self._pending_code = self._pending_code, None
        if code is None:
            return
        rows = [r for r in range(self.model.rowCount()) if self.model.row_at(r).code == code]
        if not rows:
            return
        source = self.model.index(rows[0], Column.NAME)
        if not self.proxy.mapFromSource(source).isValid():
            self.search.clear()
            self.work_type.setCurrentIndex(0)
            self.only_loss.setChecked(False)
            self.show_idle.setChecked(True)
        index = self.proxy.mapFromSource(source)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _failed(self, message: str) -> None:
        self.empty.setText(
            self.tr("The figures could not be calculated: %1").replace("%1", message)
        )
        self.stack.setCurrentIndex(1)
