"""Instellingen (settings): the dated parameters, language and database, closed months
(Periodes), changes, users.

Each dated parameter is a short table of value and valid-from (or year) with its source or
status (SCREENS.md "Settings: dated parameters"); a controller adds the next half year's row
or changes one, and says why, which goes into the audit log. Users who read the audit log
see the last changes (Wijzigingen); administrators manage the users. Everything shown is
read in one job off the UI thread; every save is one transaction in services.parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sodesk.services import parameters as svc
from sodesk.services.restore import may_restore
from sodesk.services.users import SignedIn
from sodesk.ui.jobs import Cancelled, Progress
from sodesk.ui.login import may_edit_parameters
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.widgets.settings_form import translated
from sodesk.ui.widgets.settings_general import GeneralTab
from sodesk.ui.widgets.settings_kinds import KINDS
from sodesk.ui.widgets.settings_periods import PeriodsTab
from sodesk.ui.widgets.settings_restore import RestorePanel
from sodesk.ui.widgets.settings_tables import ChangesTable, ParameterTable
from sodesk.ui.widgets.settings_users import UsersTab


@dataclass(frozen=True)
class SettingsView:
    """What the page shows, read in one job (changes and users only for who may see them)."""

    tables: svc.ParameterTables
    changes: list[svc.Change] | None
    users: list[svc.UserEntry] | None


class SettingsPage(Page):
    key = "settings"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.user: SignedIn | None = getattr(context, "user", None)
        self._loaded_once = False
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label())
        self.status = self.status_line("settingsStatus")
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        self.tables: dict[str, ParameterTable] = {}
        if self.user is None or self.user.sees_money:  # company costs are money: not for coaches
            self._build_parameters()

        self.general = GeneralTab(self.context.workspace, self.user)
        self.tabs.addTab(self.general, self.tr("General"))
        self.changes: ChangesTable | None = None
        self.restore: RestorePanel | None = None
        if self.user is not None and self.user.reads_audit_log:
            self.changes = ChangesTable()
            self.tabs.addTab(self.changes, self.tr("Changes"))
            if may_restore(self.user):  # managers read the log; administrators restore
                self.restore = RestorePanel(
                    self.changes.table, self.context.workspace.sessions, self.user
                )
                self.restore.restored.connect(self._saved)
                self.changes.side.addWidget(self.restore)
        self.periods = PeriodsTab(self.context.workspace, self.context.jobs, self.user)
        self.tabs.addTab(self.periods, self.tr("Periods"))
        self.users: UsersTab | None = None
        if self.user is not None and self.user.manages_users:
            self.users = UsersTab(self.context.workspace.sessions, self.user.username)
            self.users.who = self.user
            self.users.changed.connect(self._saved)
            self.tabs.addTab(self.users, self.tr("Users"))

    def _build_parameters(self) -> None:
        parameters = QWidget()
        row = QHBoxLayout(parameters)
        self.kinds = QListWidget()
        self.kinds.setFixedWidth(170)
        self.stack = QStackedWidget()
        editable = may_edit_parameters(self.user)
        for kind in KINDS:
            table = ParameterTable(kind, self.context.workspace.sessions)
            table.who = self.user
            table.set_editable(editable)
            table.saved.connect(self._saved)
            self.tables[kind.key] = table
            self.kinds.addItem(translated(kind.title))
            self.stack.addWidget(table)
        self.kinds.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.kinds.setCurrentRow(0)
        row.addWidget(self.kinds)
        row.addWidget(self.stack, 1)
        self.tabs.addTab(parameters, self.tr("Dated parameters"))
        if self.user is None:
            self.status.setText(self.tr("Not signed in: a preview; sign in to change parameters."))
        elif not editable:
            self.status.setText(self.tr("Your role may read these parameters, not change them."))

    def show_kind(self, key: str) -> ParameterTable:
        """Show one parameter's table (by its key, e.g. "minimum_wage")."""
        self.tabs.setCurrentIndex(0)
        self.kinds.setCurrentRow([k.key for k in KINDS].index(key))
        return self.tables[key]

    # -- loading ----------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        self.periods.refresh()  # the closed months change from other desks too: each time
        if self._loaded_once and not force:
            return
        self._load()

    def is_busy(self) -> bool:
        return self._job is not None

    def _load(self) -> None:
        workspace, who = self.context.workspace, self.user
        audit = self.changes is not None
        users = self.users is not None

        def work(_progress: Progress, _cancelled: Cancelled) -> SettingsView:
            with workspace.sessions() as session:
                return SettingsView(
                    svc.read_parameters(session),
                    svc.recent_changes(session, who=who) if audit else None,
                    svc.list_users(session, who=who) if users else None,
                )

        self.start_job("_job", work, self._loaded, self._failed)

    def _loaded(self, view: SettingsView) -> None:
        self._loaded_once = True
        for kind in KINDS:
            if kind.key in self.tables:
                self.tables[kind.key].set_rows(list(kind.rows(view.tables)))
        if self.changes is not None and view.changes is not None:
            self.changes.set_rows(view.changes)
        if self.users is not None and view.users is not None:
            self.users.set_rows(view.users)
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The settings could not be read: %1").replace("%1", message))
        self.loaded.emit()

    def _saved(self, message: str) -> None:
        self.status.setText(message)
        self._load()
