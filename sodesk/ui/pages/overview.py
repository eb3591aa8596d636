"""Overzicht: the manager's page with the period's key figures at a glance.

Four tiles (realisation against target with the waiting list, result with coverage, NTW per
productive hour, LKS and allowances), a line naming the period and what was estimated, the
result per work type as a bar chart and the activities that lose most; a double click opens
an activity on the Activities page. The figures are the activity report's (R5-R8) and the
domain's realisation (R10), computed off the UI thread (sodesk.services.overview).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.completeness import (
    FIXED_REGIME_PERCENT,
    LKS_PARAMETERS,
    MINIMUM_WAGE,
    MUNICIPALITY_YEAR,
)
from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.validation import Finding
from sodesk.services.imports import may_import
from sodesk.services.overview import (
    Overview,
    RealisationOn,
    municipality_choices,
    overview_of,
    realisation_for,
)
from sodesk.ui.finding_texts import finding_text
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.jobs import Cancelled, Job, Progress
from sodesk.ui.labels import label
from sodesk.ui.models.activity_table import line_name
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.pages.parts import (
    MunicipalityChooser,
    activity_report_of,
    list_table,
    loading_stack,
    two_panes,
)
from sodesk.ui.plural import counted
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.empty_state import EmptyState
from sodesk.ui.widgets.incomplete_note import IncompleteNote
from sodesk.ui.widgets.origin_dialog import DoubleClicks, may_explain, open_origin
from sodesk.ui.widgets.overview_chart import WorkTypeChart
from sodesk.ui.widgets.overview_tiles import Tile

_C = "OverviewPage"
# the gaps that leave the subsidies (LKS, guidance allowance, Wsw subsidy) incomplete
SUBSIDY_KINDS = frozenset(
    {MINIMUM_WAGE, LKS_PARAMETERS, FIXED_REGIME_PERCENT, MUNICIPALITY_YEAR}
)

LOSER_FIELDS = (
    Field(QT_TRANSLATE_NOOP("OverviewPage", "Activity"), line_name, lambda r: r.code),
    Field(
        QT_TRANSLATE_NOOP("OverviewPage", "Work type"),
        lambda r: "" if r.work_type is None else label(r.work_type),
    ),
    figure_column(
        QT_TRANSLATE_NOOP("OverviewPage", "Productive hours"),
        lambda r: r.productive_hours,
        display.hours,
    ),
    figure_column(
        QT_TRANSLATE_NOOP("OverviewPage", "Coverage"), lambda r: r.coverage, display.percent
    ),
    figure_column(
        QT_TRANSLATE_NOOP("OverviewPage", "Result"),
        lambda r: r.result,
        display.euro,
        warn=lambda r: r.result < 0,
    ),
)


class OverviewPage(Page):
    key = "overview"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overview: Overview | None = None
        self.realised: RealisationOn | None = None
        self._report_job: Job | None = None
        self._realisation_job: Job | None = None
        self._loaded_for: Period | None = None
        self._realised_for: tuple[Period, str | None] | None = None
        self.losers = RecordTableModel(_C, LOSER_FIELDS, self)
        self._build()
        self.municipality.chosen.connect(self._municipality_chosen)
        self.table.activated.connect(self._open_activity)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.header_row())
        layout.addLayout(self._build_tiles())
        self.incomplete_note = IncompleteNote()
        layout.addWidget(self.incomplete_note)
        self._watch_origin()
        self.period_line = QLabel(wordWrap=True)
        set_tone(self.period_line, "muted")
        layout.addWidget(self.period_line)
        self.empty = EmptyState(
            self.tr("No hours in this period yet: import a file or enter hours."),
            importable=may_import(self.who()),
        )
        self.empty.import_requested.connect(self.import_requested)
        self.stack = loading_stack(
            self._build_figures(), self.empty, self.tr("Calculating the figures of the period…")
        )
        layout.addWidget(self.stack, 1)

    def _build_tiles(self) -> QHBoxLayout:
        """The four tiles; each says what it covers: the realisation is counted per
        municipality (its chooser sits in the tile, not over the page); result, NTW and LKS
        are the company's."""
        tiles = QHBoxLayout()
        self.realisation_tile = Tile(self.tr("Realisation of"))
        self.municipality = MunicipalityChooser(self.context)
        self.municipality.setMinimumContentsLength(16)
        self.municipality.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.municipality.setToolTip(
            self.tr("The municipality this tile counts; the other tiles are the whole company.")
        )
        column = cast(QVBoxLayout, self.realisation_tile.layout())  # a Tile lays out a column
        column.insertWidget(1, self.municipality)
        self.result_tile = Tile(self.tr("Result, whole company"))
        self.ntw_tile = Tile(self.tr("NTW per productive hour, whole company"))
        self.lks_tile = Tile(self.tr("LKS and allowances, whole company"))
        for tile in self.tiles():
            tiles.addWidget(tile, 1)
        return tiles

    def _build_figures(self) -> QSplitter:
        """The chart of the result per work type beside the activities that lose most."""
        self.chart = WorkTypeChart()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.losers_heading = QLabel(self.tr("Activities that lose most"))
        self.losers_heading.setStyleSheet("font-weight: bold;")
        self.losers_heading.setWordWrap(True)
        right_layout.addWidget(self.losers_heading)
        self.table = list_table(self.losers, sorting=False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setToolTip(self.tr("Double-click an activity to open it on the Activities page"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        right_layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Double-click a row to open the activity."))
        set_tone(hint, "muted")
        right_layout.addWidget(hint)
        return two_panes(self.chart, right, (560, 640), (4, 5))

    def _watch_origin(self) -> None:
        """Double-click a money tile: Herkomst of the company's figure (money roles only)."""
        if not may_explain(self.who()):
            return
        self._origin = DoubleClicks(self.explain, self)
        for tile, figure in ((self.result_tile, "result"), (self.ntw_tile, "ntw"),
                             (self.lks_tile, "lks")):  # fmt: skip
            self._origin.watch(tile, figure)

    def explain(self, figure: str) -> None:
        """Open Herkomst of the company total's ``figure`` over the page's period."""
        open_origin(self, self.context, "company", "totals", figure)

    def tiles(self) -> tuple[Tile, Tile, Tile, Tile]:
        return (self.realisation_tile, self.result_tile, self.ntw_tile, self.lks_tile)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        if self.municipality.count() == 1:
            self.municipality.set_choices(municipality_choices(self.context.workspace))
        period = self.context.period
        if force or period != self._loaded_for:
            self._start_report(period, fresh=force)
        if force or (period, self.municipality.currentData()) != self._realised_for:
            self._start_realisation(period)

    def is_busy(self) -> bool:
        return self._report_job is not None or self._realisation_job is not None

    def _municipality_chosen(self) -> None:
        self._start_realisation(self.context.period)

    def _start_report(self, period: Period, fresh: bool = False) -> None:
        self.stack.setCurrentIndex(2)
        activity_report = activity_report_of(self.context, period, fresh)

        def work(_progress: Progress, cancelled: Cancelled) -> Overview:
            return overview_of(activity_report(cancelled))

        self.start_job("_report_job", work, self._report_loaded, self._report_failed)

    def _start_realisation(self, period: Period) -> None:
        workspace, who = self.context.workspace, self.who()
        code = self.municipality.code()
        self.realisation_tile.show_figure("…", self.tr("Counting…"))

        def work(_progress: Progress, _cancelled: Cancelled) -> RealisationOn:
            return realisation_for(workspace, period.end, code, who=who)

        self.start_job(
            "_realisation_job",
            work,
            lambda result: self._realisation_loaded(result, period),
            self._realisation_failed,
        )

    def _report_loaded(self, overview: Overview) -> None:
        self.overview = overview
        self._loaded_for = overview.report.period
        self._show_overview(overview)
        self.finished_one()

    def _report_failed(self, message: str) -> None:
        self.empty.setText(
            self.tr("The figures could not be calculated: %1").replace("%1", message)
        )
        self.stack.setCurrentIndex(1)
        self.finished_one()

    def _realisation_loaded(self, result: RealisationOn, period: Period) -> None:
        self.realised = result
        self._realised_for = (period, result.code)
        self._show_realisation(result)
        self.finished_one()

    def _realisation_failed(self, message: str) -> None:
        self.realisation_tile.show_figure(
            display.UNDEFINED, self.tr("Could not be counted: %1").replace("%1", message)
        )
        self.finished_one()

    # -- showing ----------------------------------------------------------------------------
    def _show_realisation(self, found: RealisationOn) -> None:
        r = found.realisation
        day = display.date_nl(found.day)
        people = (
            self.tr("%1, %2 jobs of 31 hours on %3")
            .replace("%1", counted(r.persons, self.tr("%1 person"), self.tr("%1 persons")))
            .replace("%2", display.number(r.jobs_31h))
            .replace("%3", day)
        )
        if r.target is None:
            against = self.tr("no target known for %1").replace("%1", str(found.day.year))
        else:
            against = self.tr("target %1 jobs").replace("%1", str(r.target))
            if found.without_target:
                against += " " + self.tr("(no target for %1)").replace(
                    "%1", ", ".join(found.without_target)
                )
        waiting = self.tr("waiting list: %1").replace("%1", str(r.waiting))
        self.realisation_tile.show_figure(
            display.percent(r.percent), f"{people}; {against}; {waiting}."
        )

    def _show_overview(self, overview: Overview) -> None:
        t = overview.report.totals
        e = display.euro
        gaps = overview.report.incomplete
        kinds = {gap.parameter for gap in gaps}
        result_detail = (
            self.tr("Coverage %1: income %2 against costs %3.")
            .replace("%1", display.percent(t.coverage))
            .replace("%2", e(t.income))
            .replace("%3", e(t.cost))
        )
        if gaps:
            # a result without wage cost or overhead is no result: the word, not the amount
            self.result_tile.show_figure(
                self.tr("incomplete"),
                self.tr("Without the missing parameters: %1. ").replace("%1", e(t.result))
                + result_detail,
            )
        else:
            self.result_tile.show_figure(e(t.result), result_detail, negative=t.result < 0)
        ntw_detail = (
            self.tr("NTW %1 over %2 productive hours; cost price %3 per hour.")
            .replace("%1", e(t.ntw))
            .replace("%2", display.hours(t.productive_hours))
            .replace("%3", e(t.cost_price_per_hour))
        )
        if gaps:
            ntw_detail += " " + self.tr("The cost price is incomplete.")
        self.ntw_tile.show_figure(
            e(t.ntw_per_hour),
            ntw_detail,
            negative=t.ntw_per_hour is not None and t.ntw_per_hour < 0,
        )
        lks_detail = (
            self.tr("Wage subsidy (LKS); besides a guidance allowance of %1 and Wsw subsidy %2.")
            .replace("%1", e(t.guidance_subsidy))
            .replace("%2", e(t.wsw_subsidy))
        )
        if kinds & SUBSIDY_KINDS:
            self.lks_tile.show_figure(
                self.tr("incomplete"),
                self.tr("Without the missing parameters: %1. ").replace("%1", e(t.lks))
                + lks_detail,
            )
        else:
            self.lks_tile.show_figure(e(t.lks), lks_detail)
        self.incomplete_note.show_gaps(gaps)
        self._show_period_line(overview)
        self.chart.show_results(overview.by_work_type)
        self.losers.set_rows(overview.losers)
        if overview.losers:
            self.losers_heading.setText(
                counted(
                    len(overview.losers),
                    self.tr("The activity that loses most"),
                    self.tr("The %1 activities that lose most"),
                )
            )
        else:
            self.losers_heading.setText(self.tr("No activity lost money in this period."))
        has_hours = any(line.productive_hours for line in overview.report.lines)
        self.stack.setCurrentIndex(0 if has_hours else 1)

    def _show_period_line(self, overview: Overview) -> None:
        period = overview.report.period
        text = (
            self.tr("Period %1 to %2; realisation counted on %2.")
            .replace("%1", display.date_nl(period.start))
            .replace("%2", display.date_nl(period.end))
        )
        if overview.warning_count:
            text += " " + self.tr(
                "Estimated or incomplete input: %1 (hover here for the kinds; "
                "every one is in the activity report)."
            ).replace(
                "%1",
                counted(overview.warning_count, self.tr("%1 warning"), self.tr("%1 warnings")),
            )
            first: dict[str, Finding] = {}
            for warning in overview.report.warnings:
                first.setdefault(warning.code, warning)
            lines = [
                f"{group.count} × {finding_text(first[group.code])}"
                for group in overview.estimated
            ]
            self.period_line.setToolTip("\n".join(lines))
        else:
            text += " " + self.tr("Nothing was estimated.")
            self.period_line.setToolTip("")
        self.period_line.setText(text)

    # -- opening an activity ------------------------------------------------------------------
    def _open_activity(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row: ActivityFigures = self.losers.row_at(index.row())
        window = self.window()
        if not hasattr(window, "show_page"):
            return
        page = window.show_page("activities")
        page.select_activity(row.code)
