"""The main window: navigation on the left, pages in the middle, context at the top."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui.jobs import JobRunner
from sodesk.ui.login import page_allowed
from sodesk.ui.pages.activities import ActivitiesPage
from sodesk.ui.pages.analyses import AnalysesPage
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.pages.guidance import GuidancePage
from sodesk.ui.pages.hours import HoursPage
from sodesk.ui.pages.municipalities import MunicipalitiesPage
from sodesk.ui.pages.overview import OverviewPage
from sodesk.ui.pages.reports import ReportsPage
from sodesk.ui.pages.settings import SettingsPage
from sodesk.ui.pages.workers import WorkersPage
from sodesk.ui.period import PeriodBar

PAGES: tuple[type[Page], ...] = (
    OverviewPage,
    WorkersPage,
    ActivitiesPage,
    HoursPage,
    GuidancePage,
    MunicipalitiesPage,
    AnalysesPage,
    ReportsPage,
    SettingsPage,
)


def _years_with_hours(workspace: Workspace) -> list[int]:
    with workspace.sessions() as session:
        first, last = session.execute(
            select(func.min(t.HourRow.date), func.max(t.HourRow.date))
        ).one()
    if first is None:
        return []
    return list(range(first.year, last.year + 1))


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, user: SignedIn | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.user = user  # None: no log-in (screenshots, tests): every page
        self.jobs = JobRunner(self)
        self._waiting_to_close = False
        company = workspace.company_name()
        self.setWindowTitle(f"sodesk - {company}")
        self.period_bar = PeriodBar(_years_with_hours(workspace))
        self.context = Context(workspace, self.jobs, self.period_bar.period())
        self.context.user = user  # type: ignore[attr-defined]
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(140)
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for page_class in PAGES:
            if not page_allowed(page_class.key, user):
                continue
            page = page_class(self.context)
            self.pages.append(page)
            self.navigation.addItem(page.title())
            self.stack.addWidget(page)

        header = QHBoxLayout()
        name = QLabel(company)
        name.setStyleSheet("font-size: 15px; font-weight: bold;")
        header.addWidget(name)
        header.addStretch(1)
        header.addWidget(self.period_bar)
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        role = QSettings().value("role", "controller")
        last = workspace.last_import()
        status = self.tr("Database: %1").replace("%1", workspace.description)
        if user is not None:
            status += "  ·  " + self.tr("Signed in: %1 (%2)").replace(
                "%1", user.display_name
            ).replace("%2", self._role_name(user.role.value))
        else:
            status += "  ·  " + self.tr("Role: %1").replace("%1", self._role_name(str(role)))
        if last:
            status += "  ·  " + self.tr("Last import: %1").replace("%1", last)
        self.statusBar().showMessage(status)
        self._connect_signals()
        self.navigation.setCurrentRow(0)
        self.pages[0].refresh()
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)

    def _role_name(self, role: str) -> str:
        names = {
            "administrator": self.tr("Administrator"),
            "manager": self.tr("Manager"),
            "controller": self.tr("Controller"),
            "job_coach": self.tr("Job coach"),
        }
        return names.get(role, role)

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._show_page)
        self.period_bar.period_changed.connect(self._period_changed)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self._refresh_current)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self._refresh_current)

    def _show_page(self, row: int) -> None:
        if row < 0 or row == self.stack.currentIndex():
            return
        if not self.current_page().can_leave():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())
            self.navigation.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)
        self.pages[row].refresh()

    def _period_changed(self, period: object) -> None:
        self.context.period = period  # type: ignore[assignment]
        self.current_page().refresh()

    def _refresh_current(self) -> None:
        self.current_page().refresh(force=True)  # type: ignore[call-arg]

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, key: str) -> Page:
        for row, page in enumerate(self.pages):
            if page.key == key:
                self.navigation.setCurrentRow(row)
                return page
        raise KeyError(key)

    def closeEvent(self, event: QCloseEvent) -> None:
        page = self.current_page()
        if page.is_saving():  # the save finishes first, then the page is asked as usual
            if self._waiting_to_close:
                event.ignore()
                return
            self._waiting_to_close = True
            self.statusBar().showMessage(self.tr("Saving: the window closes when it is saved."))
            try:
                page.wait_for_save()
            finally:
                self._waiting_to_close = False
        if not page.can_leave():
            event.ignore()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.jobs.cancel_all()
        self.jobs.wait(10000)
        super().closeEvent(event)
