"""The main window: navigation on the left, pages in the middle, context at the top.

Its look comes from ui/style.py (installed with the application); here every page, once
built and whenever it has loaded, gets names for its controls (ui/accessibility.py), and the
window offers every page and action from the keyboard (Ctrl+1..9, Help > Sneltoetsen).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain.period import Period
from sodesk.services.imports import ImportOutcome, may_import
from sodesk.services.opening import complete_opening_period
from sodesk.services.report_client import ReportClient
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace, years_with_hours
from sodesk.ui import icons
from sodesk.ui.accessibility import name_controls
from sodesk.ui.focus_ring import FocusRing
from sodesk.ui.import_assistant import ImportAssistant
from sodesk.ui.import_dialog import ImportDialog
from sodesk.ui.jobs import JobRunner
from sodesk.ui.login import page_allowed
from sodesk.ui.navigation import Navigation
from sodesk.ui.page_registry import PAGES, PageSpec
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.period import PeriodBar

_Importing = TypeVar("_Importing", ImportDialog, ImportAssistant)


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        user: SignedIn | None = None,
        reports: ReportClient | None = None,
    ) -> None:
        """``reports``: the report process the pages hand heavy reports to (None: they
        compute in their own jobs, as tests and screenshots do)."""
        super().__init__()
        self.workspace = workspace
        self.user = user  # None: no log-in (screenshots, tests): every page
        self.jobs = JobRunner(self)
        self._waiting_to_close = False
        company = workspace.company_name()
        # the company only: Windows and Linux desktops add " — sodesk" (the application's
        # display name) themselves
        self.setWindowTitle(company)
        self.period_bar = PeriodBar(
            years_with_hours(workspace), opening=complete_opening_period(workspace)
        )
        self.context = Context(workspace, self.jobs, self.period_bar.period(), reports=reports)
        self.context.user = user
        self.stack = QStackedWidget()
        # a page is imported and built when first shown (``page``); until then an empty
        # widget holds its place in the stack
        self.specs: list[PageSpec] = [spec for spec in PAGES if page_allowed(spec.key, user)]
        self.navigation = Navigation(self.specs)
        self._built: dict[int, Page] = {}
        for _spec in self.specs:
            self.stack.addWidget(QWidget())
        self.page(0)

        header = QHBoxLayout()
        name = QLabel(company)
        name.setObjectName("companyName")
        header.addWidget(name)
        header.addStretch(1)
        header.addWidget(self.period_bar)
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        body.setSpacing(12)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        name_controls(self.period_bar)
        self.focus_ring = FocusRing(self)

        self.import_dialog: ImportDialog | None = None
        self.assistant: ImportAssistant | None = None
        self._stale: set[Page] = set()
        self._build_menu()
        self._show_status()
        self._connect_signals()
        self._open_first_page()

    def _open_first_page(self) -> None:
        self.navigation.setCurrentRow(0)
        first = self.page(0)
        first.loaded.connect(self._build_rest_soon, Qt.ConnectionType.SingleShotConnection)
        first.refresh()
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)

    def _build_menu(self) -> None:
        """Bestand: Importeren… (only for roles that may import money files) and Afsluiten."""
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        allowed = may_import(self.user)
        self.import_action.setEnabled(allowed)
        self.import_action.setVisible(allowed)
        menu.addAction(self.import_action)
        self.assistant_action = QAction(self.tr("Import from &another system…"), self)
        self.assistant_action.triggered.connect(self.open_assistant)
        self.assistant_action.setEnabled(allowed)
        self.assistant_action.setVisible(allowed)
        menu.addAction(self.assistant_action)
        menu.addSeparator()
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.quit_action)
        self._build_go_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(
            icons.icon("keyboard"), self.tr("&Keyboard shortcuts…"), self
        )
        self.shortcuts_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("Ctrl+/")]
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)

    def _build_go_menu(self) -> None:
        """Ga naar: every page with Ctrl+1..9, so no page is reached by the mouse only."""
        menu = self.menuBar().addMenu(self.tr("&Go to"))
        self.page_actions: list[QAction] = []
        for row, spec in enumerate(self.specs):
            action = QAction(icons.icon(spec.key), spec.title(), self)
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self._go_to(r))
            menu.addAction(action)
            self.page_actions.append(action)
        menu.addSeparator()
        self.navigation_action = QAction(self.tr("Navigation"), self)
        self.navigation_action.setShortcut(QKeySequence("Ctrl+0"))
        self.navigation_action.triggered.connect(self.navigation.setFocus)
        menu.addAction(self.navigation_action)

    def _go_to(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
        if self.stack.currentIndex() == row:  # the page may be left (none unsaved)
            self.current_page().setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.current_page().focusNextChild()

    def show_shortcuts(self) -> None:
        from sodesk.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def _show_status(self) -> None:
        user = self.user
        last = self.workspace.last_import()
        status = self.tr("Database: %1").replace("%1", self.workspace.description)
        if user is not None:
            status += "  ·  " + self.tr("Signed in: %1 (%2)").replace(
                "%1", user.display_name
            ).replace("%2", self._role_name(user.role.value))
        else:  # a database without users: nobody is signed in, every page is open
            status += "  ·  " + self.tr("No users: not signed in")
        if last:
            status += "  ·  " + self.tr("Last import: %1").replace("%1", last)
        self._status = status
        self.statusBar().showMessage(status)

    def _status_cleared(self, message: str) -> None:
        """A menu's hover tip cleared the status bar: show the database and user again."""
        if not message:
            self.statusBar().showMessage(self._status)

    def open_import(self) -> ImportDialog | None:
        """The import dialog, window-modal; None for a role that may not import."""
        if not may_import(self.user):
            return None
        if self.import_dialog is None:
            dialog = self._import_window(ImportDialog, self._import_closed)
            self.import_dialog = dialog
            name_controls(dialog)
            dialog.focus_ring = FocusRing(dialog)  # type: ignore[attr-defined]  # lives with it
        if self.import_dialog.isVisible():
            self.import_dialog.raise_()
        self.import_dialog.show()
        return self.import_dialog

    def open_assistant(self) -> ImportAssistant | None:
        """The import assistant (another system's export through a profile), window-modal."""
        if not may_import(self.user):
            return None
        if self.assistant is None:
            self.assistant = self._import_window(ImportAssistant, self._assistant_closed)
        self.assistant.show()
        self.assistant.raise_()
        return self.assistant

    def _import_window(self, kind: type[_Importing], closed: Callable[[int], None]) -> _Importing:
        """An import window for the signed-in user, window-modal; ``closed`` when it closes."""
        dialog = kind(self.workspace, self.jobs, self)
        dialog.who = self.user
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(closed)
        return dialog

    def _assistant_closed(self, _result: int) -> None:
        if self.assistant is not None:
            self.assistant.deleteLater()
            self.assistant = None

    def _import_closed(self, _result: int) -> None:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
            self.import_dialog = None

    def _imported(self, outcome: ImportOutcome) -> None:
        self._show_status()
        # pages not built yet read fresh data when first shown
        self._stale = set(self._built.values()) - {self.current_page()}
        self.statusBar().setToolTip(
            self.tr("Imported: %1 rows from %2")
            .replace("%1", str(outcome.total_rows))
            .replace("%2", str(outcome.source))
        )
        self._refresh_current()

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
        self.statusBar().messageChanged.connect(self._status_cleared)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self._refresh_current)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self._refresh_current)
        # after the look (connected first) has switched the palette
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._recolour)

    def _recolour(self, _scheme: object) -> None:
        """The system switched light and dark: the icons are painted in the new colours."""
        self.navigation.recolour(self.specs)
        for action, spec in zip(self.page_actions, self.specs, strict=True):
            action.setIcon(icons.icon(spec.key))

    def _show_page(self, row: int) -> None:
        if row < 0 or row == self.stack.currentIndex():
            return
        if not self.current_page().can_leave():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())
            self.navigation.blockSignals(False)
            return
        page = self.page(row)
        self.stack.setCurrentIndex(row)
        if page in self._stale:  # an import changed the data since the page last loaded
            self._stale.discard(page)
            page.refresh(force=True)
        else:
            page.refresh()

    def _period_changed(self, period: Period) -> None:
        self.context.period = period
        self.current_page().refresh()

    def _refresh_current(self) -> None:
        self.current_page().refresh(force=True)

    def page(self, row: int) -> Page:
        """The page in ``row`` of the navigation, built now if it was not yet."""
        built = self._built.get(row)
        if built is None:
            built = self.specs[row].load()(self.context)
            placeholder = self.stack.widget(row)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, built)
            if placeholder is not None:  # one stands in every row until its page is built
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[row] = built
            built.import_requested.connect(self.open_import)  # e.g. an empty state's button
            name_controls(built)
            # controls a page makes as its data arrives are named once it has loaded
            built.loaded.connect(lambda page=built: name_controls(page))
        return built

    def _build_rest_soon(self) -> None:
        """Once the first page has its figures, build the other pages one per event-loop
        turn, so the first visit of each opens at once and no turn blocks long."""
        if len(self._built) < len(self.specs):
            QTimer.singleShot(20, self, self._build_next)

    def _build_next(self) -> None:
        if not self.isVisible():
            return  # closing: what is not built is not needed
        waiting = [r for r in range(len(self.specs)) if r not in self._built]
        if waiting:  # tests and screenshots may have built them all meanwhile
            self.page(waiting[0])
            self._build_rest_soon()

    @property
    def pages(self) -> list[Page]:
        """Every page the user may see, in navigation order (builds those not yet built)."""
        return [self.page(row) for row in range(len(self.specs))]

    def current_page(self) -> Page:
        return self.page(self.stack.currentIndex())

    def show_page(self, key: str) -> Page:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.navigation.setCurrentRow(row)
                return self.page(row)
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
