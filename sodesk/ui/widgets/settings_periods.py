"""Periodes, a tab of Instellingen (month closing): every month with its status, who closed it
and when; close through a month and reopen from a month, for the roles the service allows.

Closing runs the service's check first (in a job: it computes the months' figures) and shows
what is incomplete; with problems the user must choose "Close anyway", without them she
confirms the months to close. Reopening asks for a reason, which goes into the audit log. The
buttons are shown only to roles the service allows (services.permissions); the service checks
again, and on PostgreSQL the database does too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain.display import month_nl
from sodesk.services import periods
from sodesk.services.permissions import Action, PermissionDenied, allowed
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.jobs import Cancelled, Job, JobRunner, Progress
from sodesk.ui.widgets.fields import selectable_label
from sodesk.ui.widgets.settings_editor import ask_reason


class PeriodsTab(QWidget):
    """The months and the two buttons; ``refresh`` reads the months in a job."""

    # emitted when what ``refresh`` (or a close or reopen) asked for has been shown
    loaded = Signal()

    def __init__(
        self,
        workspace: Workspace,
        jobs: JobRunner,
        user: SignedIn | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("periodsTab")
        self.workspace, self.jobs, self.user = workspace, jobs, user
        self.months: list[periods.MonthStatus] = []
        self._job: Job | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A closed month's figures no longer change: hours, guidance, revenue, rates, "
                "wages and parameters dated in it are refused until a controller or "
                "administrator reopens the month, with a reason."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.status = selectable_label("periodsStatus")
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("periodsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Month"), self.tr("Status"), self.tr("Closed on"), self.tr("Closed by")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close through this month…"))
        self.close_button.setObjectName("closeMonths")
        self.close_button.clicked.connect(self.close_selected)
        self.reopen_button = QPushButton(self.tr("Reopen from this month…"))
        self.reopen_button.setObjectName("reopenMonths")
        self.reopen_button.clicked.connect(self.reopen_selected)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.close_button.setVisible(allowed(self.user, Action.CLOSE_MONTHS))
        self.reopen_button.setVisible(allowed(self.user, Action.REOPEN_MONTHS))
        if not allowed(self.user, Action.CLOSE_MONTHS):
            self.status.setText(
                self.tr("Your role may see the months, not close or reopen them.")
            )
        self._selection_changed()

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        workspace = self.workspace
        self._run(lambda: periods.month_statuses(workspace), self._loaded)

    def is_busy(self) -> bool:
        return self._job is not None

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def job_work(_progress: Progress, _cancelled: Cancelled) -> Any:
            try:
                return work()
            except (PermissionDenied, periods.PeriodProblem, periods.ClosedMonthError) as no:
                return ("refused", getattr(no, "message", None) or str(no))

        job = Job(job_work)
        job.signals.succeeded.connect(lambda result, j=job: self._succeeded(j, result, done))
        job.signals.failed.connect(lambda message, _details, j=job: self._failed(j, message))
        self._job = self.jobs.start(job)
        self._selection_changed()

    def _succeeded(self, job: Job, result: Any, done: Callable[[Any], None]) -> None:
        if job is not self._job:
            return
        self._job = None
        if isinstance(result, tuple) and result[:1] == ("refused",):
            self.status.setText(result[1])
            self.loaded.emit()
            self._selection_changed()
            return
        done(result)
        self._selection_changed()

    def _failed(self, job: Job, message: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.status.setText(self.tr("The months could not be read: %1").replace("%1", message))
        self.loaded.emit()
        self._selection_changed()

    def _loaded(self, months: list[periods.MonthStatus]) -> None:
        selected = self.selected_month()
        self.months = months
        self.table.setRowCount(len(months))
        for row, status in enumerate(months):
            at = status.closed_at.strftime("%d-%m-%Y %H:%M") if status.closed_at else ""
            cells = (
                month_nl(status.month),
                self.tr("closed") if status.closed else self.tr("open"),
                at,
                status.closed_by or "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if not months:
            self.status.setText(self.tr("No hours or guidance yet: there is no month to close."))
        shown = [m.month for m in months]
        first_open = next((i for i, m in enumerate(months) if not m.closed), len(months) - 1)
        if months:
            self.table.selectRow(shown.index(selected) if selected in shown else first_open)
        self.loaded.emit()
        self._selection_changed()

    # -- the buttons ------------------------------------------------------------------------
    def selected_month(self) -> dt.date | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.months):
            return None
        return self.months[rows[0].row()].month

    def _selection_changed(self) -> None:
        month = self.selected_month()
        status = next((m for m in self.months if m.month == month), None)
        idle = self._job is None
        self.close_button.setEnabled(idle and status is not None and not status.closed)
        self.reopen_button.setEnabled(idle and status is not None and status.closed)

    def close_selected(self) -> None:
        month = self.selected_month()
        if month is None:
            return
        workspace = self.workspace
        self.status.setText(self.tr("Checking the months to close…"))
        self._run(
            lambda: periods.check(workspace, month), lambda lines: self._checked(month, lines)
        )

    def _checked(self, month: dt.date, lines: list[str]) -> None:
        if not self.confirm_close(month, lines):
            self.status.setText(self.tr("Nothing closed."))
            self.loaded.emit()
            return
        workspace, who = self.workspace, self.user
        self._run(
            lambda: periods.close_through(workspace, who, month, confirmed=True), self._closed
        )

    def confirm_close(self, month: dt.date, lines: list[str]) -> bool:
        """Ask before closing; with problems the answer must be "Close anyway"."""
        box = QMessageBox(self)
        box.setObjectName("confirmClose")
        box.setWindowTitle(self.tr("Close months"))
        box.setIcon(QMessageBox.Icon.Warning if lines else QMessageBox.Icon.Question)
        if lines:
            box.setText(
                self.tr("%1 problem(s) in the months through %2; close anyway?")
                .replace("%1", str(len(lines)))
                .replace("%2", month_nl(month))
            )
            box.setDetailedText("\n".join(lines))
            go = box.addButton(self.tr("Close anyway"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(
                self.tr("Close %1 and every earlier open month? Their figures no longer change.")
                .replace("%1", month_nl(month))
            )
            go = box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton() is go
        box.deleteLater()
        return chosen

    def _closed(self, months: list[dt.date]) -> None:
        self.status.setText(
            self.tr("Closed: %1 month(s), through %2.")
            .replace("%1", str(len(months)))
            .replace("%2", month_nl(months[-1]) if months else "")
        )
        self.refresh()

    def reopen_selected(self) -> None:
        month = self.selected_month()
        if month is None:
            return
        reason = self.ask_reason()
        if reason is None:
            return
        workspace, who = self.workspace, self.user
        self._run(lambda: periods.reopen(workspace, who, month, reason), self._reopened)

    def ask_reason(self) -> str | None:
        """Why reopen (kept in the audit log); None when the user cancels."""
        return ask_reason(self)

    def _reopened(self, months: list[dt.date]) -> None:
        self.status.setText(
            self.tr("Reopened: %1 month(s), from %2.")
            .replace("%1", str(len(months)))
            .replace("%2", month_nl(months[0]) if months else "")
        )
        self.refresh()
