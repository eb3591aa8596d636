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
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from sodesk.domain.period import Period
from sodesk.domain.planning import outlook_first_year, plan_until, reference_day
from sodesk.services.analyses_view import Outlook, outlook_for
from sodesk.services.overview import MunicipalityChoice
from sodesk.services.report_channel import ANALYSES
from sodesk.services.report_client import ReportClient, compute
from sodesk.services.scenario import RealisedShare, Scenario2028View
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.jobs import Job
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.widgets.analysis_2028 import Scenario2028Tab
from sodesk.ui.widgets.analysis_guidance import GuidanceLine, GuidanceWageValueTab
from sodesk.ui.widgets.analysis_key import DistributionKeyTab
from sodesk.ui.widgets.analysis_outlook import OutlookTab
from sodesk.ui.widgets.analysis_plan import PlanLine, ReassessmentTab

OUTLOOK_YEARS = 10


@dataclass(frozen=True)
class AnalysesData:
    """What the page shows for a period; the 2028 scenario under both assumptions."""

    period: Period
    today: dt.date
    scenarios: dict[bool, Scenario2028View]
    stored_surcharge_on_top: bool
    outlook: Outlook
    guidance: list[GuidanceLine]
    plan: list[PlanLine]
    municipalities: list[MunicipalityChoice]
    realised: dict[str, RealisedShare]


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
        period=parts.period,
        today=parts.today,
        scenarios=parts.scenarios,
        stored_surcharge_on_top=parts.stored_surcharge_on_top,
        outlook=parts.outlook,
        guidance=[GuidanceLine(name, figures) for name, figures in parts.guidance],
        plan=[PlanLine(name, item) for name, item in parts.plan],
        municipalities=parts.municipalities,
        realised=parts.realised,
    )


class AnalysesPage(Page):
    key = "analyses"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: AnalysesData | None = None
        self._job: Job | None = None
        self._outlook_job: Job | None = None
        self._loaded_for: Period | None = None
        self._surcharge_on_top: bool | None = None
        self._filling: list[Callable[[], None]] = []
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Analyses")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = self.heading_label()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Municipality")))
        self.municipality = QComboBox()
        self.municipality.addItem(self.tr("All municipalities"), None)
        self.municipality.setMinimumWidth(220)
        self.municipality.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.municipality)
        layout.addLayout(top)
        self.status = QLabel()
        self.status.setObjectName("analysesStatus")
        self.status.setWordWrap(True)
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
        self.municipality.currentIndexChanged.connect(self._municipality_chosen)
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
        if self._job is not None:
            self._job.cancel()
        # the outlook and the plan count from the day the outlook report counts from too
        workspace, today = self.context.workspace, reference_day(period.end, dt.date.today())
        reports, who = self.context.reports, getattr(self.context, "user", None)
        critical_mass = self.outlook_tab.critical_mass.value()
        self.status.setText(self.tr("Calculating the analyses of the period…"))

        def work(_progress, cancelled) -> AnalysesData:  # type: ignore[no-untyped-def]
            return load_analyses(
                workspace, period, today, critical_mass, reports, fresh, cancelled, who
            )

        job = Job(work)
        job.signals.succeeded.connect(lambda data, j=job: self._loaded(j, data))
        job.signals.failed.connect(lambda message, _d, j=job: self._failed(j, message))
        self._job = self.context.jobs.start(job)

    def _loaded(self, job: Job, data: AnalysesData) -> None:
        if job is not self._job:
            return  # an older period's result
        self._job = None
        self.data = data
        self._loaded_for = data.period
        self._fill_municipalities(data.municipalities)
        self._show_key_municipality()
        self.status.setText("")
        self._show_scenario()
        # one tab per turn of the event loop: each fills and sorts a table of up to 3,000
        # rows and measures its columns; all at once froze the window for a quarter second
        self._filling = [
            lambda: self.outlook_tab.show_outlook(*data.outlook),
            lambda: self.guidance_tab.show_lines(data.guidance),
            lambda: self.plan_tab.show_plan(data.plan, data.today),
        ]
        QTimer.singleShot(0, lambda: self._fill_next(data))

    def _fill_next(self, data: AnalysesData) -> None:
        if self.data is not data:
            return  # a newer period's figures took over
        if self._filling:
            self._filling.pop(0)()
            QTimer.singleShot(0, lambda: self._fill_next(data))
        else:
            self._finished_one()

    def _failed(self, job: Job, message: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.status.setText(
            self.tr("The analyses could not be calculated: %1").replace("%1", message)
        )
        self._finished_one()

    def _finished_one(self) -> None:
        if not self.is_busy():
            self.loaded.emit()

    def _start_outlook(self, critical_mass: int) -> None:
        if self._outlook_job is not None:
            self._outlook_job.cancel()
        day = reference_day(self.context.period.end, dt.date.today())
        workspace, first_year = self.context.workspace, outlook_first_year(day)
        who = getattr(self.context, "user", None)

        def work(_progress, _cancelled) -> Outlook:  # type: ignore[no-untyped-def]
            return _outlook(workspace, first_year, critical_mass, who)

        job = Job(work)
        job.signals.succeeded.connect(lambda outlook, j=job: self._outlook_loaded(j, outlook))
        job.signals.failed.connect(lambda message, _d, j=job: self._outlook_failed(j, message))
        self._outlook_job = self.context.jobs.start(job)

    def _outlook_loaded(self, job: Job, outlook: Outlook) -> None:
        if job is not self._outlook_job:
            return
        self._outlook_job = None
        self.outlook_tab.show_outlook(*outlook)
        self._finished_one()

    def _outlook_failed(self, job: Job, message: str) -> None:
        if job is not self._outlook_job:
            return
        self._outlook_job = None
        self.status.setText(
            self.tr("The outlook could not be calculated: %1").replace("%1", message)
        )
        self._finished_one()

    # -- choosing ------------------------------------------------------------------------------
    def _fill_municipalities(self, choices: list[MunicipalityChoice]) -> None:
        known = [self.municipality.itemData(i) for i in range(1, self.municipality.count())]
        if known == [c.code for c in choices]:
            return
        self.municipality.blockSignals(True)
        while self.municipality.count() > 1:
            self.municipality.removeItem(1)
        for choice in choices:
            self.municipality.addItem(f"{choice.name} ({choice.code})", choice.code)
        self.municipality.blockSignals(False)
        self._sync_municipality()

    def _sync_municipality(self) -> None:
        """Show the municipality chosen elsewhere (the context holds it for every page)."""
        found = self.municipality.findData(self.context.municipality)
        self.municipality.blockSignals(True)
        self.municipality.setCurrentIndex(max(found, 0))
        self.municipality.blockSignals(False)
        self._show_key_municipality()

    def _municipality_chosen(self) -> None:
        self.context.municipality = self.municipality.currentData()
        self._show_key_municipality()
        self._show_scenario()

    def _show_key_municipality(self) -> None:
        code = self.municipality.currentData()
        self.key_tab.set_municipality(None if code is None else self.municipality.currentText())
        if self.data is not None:  # the realised places come with the period's figures
            realised = None if code is None else self.data.realised.get(code)
            self.key_tab.show_realised(realised, code is not None)

    def _surcharge_changed(self, on_top: bool) -> None:
        self._surcharge_on_top = on_top
        self._show_scenario()

    def _show_scenario(self) -> None:
        if self.data is None:
            return
        on_top = self._surcharge_on_top
        if on_top is None:
            on_top = self.data.stored_surcharge_on_top
        self.scenario_tab.show_scenario(
            self.data.scenarios[on_top], self.municipality.currentData()
        )
