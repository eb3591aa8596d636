"""Analyses: what the spreadsheet could not answer, for managers and controllers.

Five tabs: the 2028 fixed subsidy against now with the surcharge assumption as a switch,
the new distribution key's effect on a municipality's budget, the workforce outlook with a
critical mass, guidance hours against the development of the wage value, and the wage-value
re-assessments due per job coach and month. Everything is read and computed off the UI
thread (one job for the period, a small one when the critical mass changes); the figures
are the services' and the domain's (sodesk.services.scenario, sodesk.services.analyses).
Job coaches do not see this page: it shows money (sodesk.ui.login.MONEY_PAGES).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from sodesk.domain.period import Period
from sodesk.domain.planning import outlook_first_year, plan_until, reference_day
from sodesk.services.analyses_view import AnalysesParts, Outlook, outlook_for
from sodesk.services.report_channel import ANALYSES
from sodesk.services.report_client import ReportClient, compute
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.jobs import Cancelled, Job, Progress
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.pages.parts import MunicipalityChooser
from sodesk.ui.widgets.analysis_2028 import Scenario2028Tab
from sodesk.ui.widgets.analysis_guidance import GuidanceLine, GuidanceWageValueTab
from sodesk.ui.widgets.analysis_key import DistributionKeyTab
from sodesk.ui.widgets.analysis_outlook import OutlookTab
from sodesk.ui.widgets.analysis_plan import PlanLine, ReassessmentTab

OUTLOOK_YEARS = 10


@dataclass(frozen=True)
class AnalysesData:
    """What the page shows for a period: the service's analyses, with the rows of the
    guidance and re-assessment tabs as those tabs show them."""

    parts: AnalysesParts
    guidance: list[GuidanceLine]
    plan: list[PlanLine]

    @property
    def period(self) -> Period:
        return self.parts.period


def _outlook(
    workspace: Workspace, first_year: int, critical_mass: int, who: SignedIn | None = None
) -> Outlook:
    return outlook_for(workspace, first_year, critical_mass, OUTLOOK_YEARS, who=who)


def load_analyses(
    workspace: Workspace,
    period: Period,
    today: dt.date,
    critical_mass: int,
    reports: ReportClient | None = None,
    fresh: bool = False,
    cancelled: Callable[[], bool] | None = None,
    who: SignedIn | None = None,
) -> AnalysesData:
    """Everything the five tabs need (runs in a worker thread; computed by the report
    process when there is one, sodesk.services.analyses_view)."""
    parts = compute(
        reports,
        workspace,
        ANALYSES,
        period,
        today,
        critical_mass,
        plan_until(today),
        OUTLOOK_YEARS,
        fresh=fresh,
        cancelled=cancelled,
        who=who,
    )
    return AnalysesData(
        parts,
        [GuidanceLine(name, figures) for name, figures in parts.guidance],
        [PlanLine(name, item) for name, item in parts.plan],
    )


class AnalysesPage(Page):
    key = "analyses"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: AnalysesData | None = None
        self._outlook_job: Job | None = None
        self._loaded_for: Period | None = None
        self._surcharge_on_top: bool | None = None
        self._filling: list[Callable[[], None]] = []
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.municipality = MunicipalityChooser(self.context)
        self.municipality.setMinimumWidth(220)
        self.municipality.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout.addLayout(self.header_row([QLabel(self.tr("Municipality")), self.municipality]))
        self.status = self.status_line("analysesStatus")
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        self.scenario_tab = Scenario2028Tab()
        self.key_tab = DistributionKeyTab()
        self.outlook_tab = OutlookTab()
        self.guidance_tab = GuidanceWageValueTab()
        self.plan_tab = ReassessmentTab()
        self.tabs.addTab(self.scenario_tab, self.tr("2028"))
        self.tabs.addTab(self.key_tab, self.tr("Distribution key"))
        self.tabs.addTab(self.outlook_tab, self.tr("Workforce outlook"))
        self.tabs.addTab(self.guidance_tab, self.tr("Guidance and wage value"))
        self.tabs.addTab(self.plan_tab, self.tr("Re-assessments"))
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.municipality.chosen.connect(self._municipality_chosen)
        self.scenario_tab.surcharge_changed.connect(self._surcharge_changed)
        self.outlook_tab.critical_mass_changed.connect(self._start_outlook)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        self._sync_municipality()
        period = self.context.period
        if force or period != self._loaded_for:
            self._load(period, fresh=force)

    def is_busy(self) -> bool:
        return self._job is not None or self._outlook_job is not None or bool(self._filling)

    def _load(self, period: Period, fresh: bool = False) -> None:
        # the outlook and the plan count from the day the outlook report counts from too
        workspace, today = self.context.workspace, reference_day(period.end, dt.date.today())
        reports, who = self.context.reports, self.who()
        critical_mass = self.outlook_tab.critical_mass.value()
        self.status.setText(self.tr("Calculating the analyses of the period…"))

        def work(_progress: Progress, cancelled: Cancelled) -> AnalysesData:
            return load_analyses(
                workspace, period, today, critical_mass, reports, fresh, cancelled, who
            )

        self.start_job("_job", work, self._loaded, self._failed)

    def _loaded(self, data: AnalysesData) -> None:
        self.data = data
        self._loaded_for = data.period
        self.municipality.set_choices(data.parts.municipalities)
        self._show_key_municipality()
        self.status.setText("")
        self._show_scenario()
        # one tab per turn of the event loop: each fills and sorts a table of up to 3,000
        # rows and measures its columns; all at once froze the window for a quarter second
        self._filling = [
            lambda: self.outlook_tab.show_outlook(*data.parts.outlook),
            lambda: self.guidance_tab.show_lines(data.guidance),
            lambda: self.plan_tab.show_plan(data.plan, data.parts.today),
        ]
        QTimer.singleShot(0, lambda: self._fill_next(data))

    def _fill_next(self, data: AnalysesData) -> None:
        if self.data is not data:
            return  # a newer period's figures took over
        if self._filling:
            self._filling.pop(0)()
            QTimer.singleShot(0, lambda: self._fill_next(data))
        else:
            self.finished_one()

    def _failed(self, message: str) -> None:
        self._say_failed(self.tr("The analyses could not be calculated: %1"), message)

    def _say_failed(self, text: str, message: str) -> None:
        self.status.setText(text.replace("%1", message))
        self.finished_one()

    def _start_outlook(self, critical_mass: int) -> None:
        day = reference_day(self.context.period.end, dt.date.today())
        workspace, first_year = self.context.workspace, outlook_first_year(day)
        who = self.who()

        def work(_progress: Progress, _cancelled: Cancelled) -> Outlook:
            return _outlook(workspace, first_year, critical_mass, who)

        self.start_job("_outlook_job", work, self._outlook_loaded, self._outlook_failed)

    def _outlook_loaded(self, outlook: Outlook) -> None:
        self.outlook_tab.show_outlook(*outlook)
        self.finished_one()

    def _outlook_failed(self, message: str) -> None:
        self._say_failed(self.tr("The outlook could not be calculated: %1"), message)

    # -- choosing ------------------------------------------------------------------------------
    def _sync_municipality(self) -> None:
        """Show the municipality chosen elsewhere (the context holds it for every page)."""
        self.municipality.sync()
        self._show_key_municipality()

    def _municipality_chosen(self) -> None:
        self._show_key_municipality()
        self._show_scenario()

    def _show_key_municipality(self) -> None:
        code = self.municipality.code()
        self.key_tab.set_municipality(None if code is None else self.municipality.currentText())
        if self.data is not None:  # the realised places come with the period's figures
            realised = None if code is None else self.data.parts.realised.get(code)
            self.key_tab.show_realised(realised, code is not None)

    def _surcharge_changed(self, on_top: bool) -> None:
        self._surcharge_on_top = on_top
        self._show_scenario()

    def _show_scenario(self) -> None:
        if self.data is None:
            return
        on_top = self._surcharge_on_top
        if on_top is None:
            on_top = self.data.parts.stored_surcharge_on_top
        self.scenario_tab.show_scenario(self.data.parts.scenarios[on_top], self.municipality.code())
