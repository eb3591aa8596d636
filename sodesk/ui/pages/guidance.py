"""Begeleiding: the job coach's page. Caseload, logging in one line, what needs attention.

Left the coach's caseload with the last guidance date per person (the longest ago first);
above it the logging line; on the right the chosen worker's history, the re-assessments due
in the coming two months (R1) and the placements older than a year to evaluate; "Evaluate…"
lets the placement go on or ends it (widgets/worker_evaluate.py), for a job coach only within
their own caseload.

Every read and the logging go through services.guidance with the signed-in user, which
decides: a job coach sees and logs for her own caseload only (the coach choice holds her
alone), a manager reads no notes and logs nothing; the page hides what the service refuses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.services import guidance as svc
from sodesk.services.people import may_edit_placements
from sodesk.services.permissions import Action, PermissionDenied, allowed, caseload_only
from sodesk.services.users import SignedIn
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.jobs import Cancelled, Job, Progress
from sodesk.ui.labels import label
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.models.sort_proxy import ROW_ROLE
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.pages.parts import current_record, find_row, sorted_table, two_panes
from sodesk.ui.plural import counted
from sodesk.ui.widgets.guidance_line import GuidanceLine
from sodesk.ui.widgets.worker_evaluate import EvaluateBar, PlacementEvaluation

_C = "GuidancePage"
SETTING = "guidance/coach"

CASELOAD = (
    Field(QT_TRANSLATE_NOOP("GuidancePage", "Name"), lambda r: r.name),
    Field(QT_TRANSLATE_NOOP("GuidancePage", "No."), lambda r: r.personnel_number),
    figure_column(
        QT_TRANSLATE_NOOP("GuidancePage", "Last guidance"),
        lambda r: r.last_guidance,
        display.date_nl,
    ),
    figure_column(
        QT_TRANSLATE_NOOP("GuidancePage", "Hours 90 days"),
        lambda r: r.hours_last_90_days,
        display.hours,
    ),
)
HISTORY = (
    figure_column(QT_TRANSLATE_NOOP("GuidancePage", "Date"), lambda r: r.date, display.date_nl),
    figure_column(QT_TRANSLATE_NOOP("GuidancePage", "Hours"), lambda r: r.hours, display.hours),
    Field(QT_TRANSLATE_NOOP("GuidancePage", "Kind"), lambda r: label(r.kind)),
    Field(QT_TRANSLATE_NOOP("GuidancePage", "Coach"), lambda r: r.coach),
    Field(QT_TRANSLATE_NOOP("GuidancePage", "Activity"), lambda r: r.activity or ""),
    Field(QT_TRANSLATE_NOOP("GuidancePage", "Note"), lambda r: r.note or ""),
)
DUE = (
    Field(QT_TRANSLATE_NOOP("GuidancePage", "Name"), lambda r: r.name),
    figure_column(
        QT_TRANSLATE_NOOP("GuidancePage", "Wage value"), lambda r: r.wage_value, display.percent
    ),
    figure_column(
        QT_TRANSLATE_NOOP("GuidancePage", "Measured on"), lambda r: r.measured_on, display.date_nl
    ),
    Field(
        QT_TRANSLATE_NOOP("GuidancePage", "Due by"),
        lambda r: (
            QCoreApplication.translate("GuidancePage", "%1 (overdue)").replace(
                "%1", display.date_nl(r.due)
            )
            if r.due < dt.date.today()
            else display.date_nl(r.due)
        ),
        lambda r: r.due,
        right=True,
        warn=lambda r: r.due < dt.date.today(),
    ),
)
PLACEMENTS = (
    Field(QT_TRANSLATE_NOOP("GuidancePage", "Name"), lambda r: r.name),
    Field(QT_TRANSLATE_NOOP("GuidancePage", "Work type"), lambda r: label(r.work_type)),
    figure_column(QT_TRANSLATE_NOOP("GuidancePage", "Since"), lambda r: r.start, display.date_nl),
    Field(QT_TRANSLATE_NOOP("GuidancePage", "Where"), lambda r: r.where),
)


def _own_only(who: SignedIn | None) -> bool:
    """A job coach chooses no other coach: the service gives her own caseload only."""
    return caseload_only(who, Action.READ_GUIDANCE)


@dataclass(frozen=True)
class CoachView:
    """Everything the page shows for one coach, read in one job."""

    coaches: list[str]
    coach: str
    workers: list[svc.WorkerChoice]
    activities: list[svc.ActivityChoice]
    caseload: list[svc.CaseloadEntry]
    due: list[svc.DueReassessment]
    placements: list[svc.PlacementToEvaluate]


class GuidancePage(Page):
    key = "guidance"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.today = dt.date.today()
        self._history_job: Job | None = None
        self._loaded_once = False
        self._want: int | None = None
        self.evaluation: PlacementEvaluation | None = None
        self.caseload_model = RecordTableModel(_C, CASELOAD, self)
        self.history_model = RecordTableModel(_C, HISTORY, self)
        self.due_model = RecordTableModel(_C, DUE, self)
        self.placements_model = RecordTableModel(_C, PLACEMENTS, self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        coach_label = QLabel(self.tr("Job coach"))
        self.coach = QComboBox()
        self.coach.setMinimumContentsLength(18)
        coach_label.setBuddy(self.coach)
        layout.addLayout(self.header_row([coach_label, self.coach]))
        self.line = GuidanceLine(self.context.workspace)
        self.line.who = self.who()
        self.coach.setEnabled(not _own_only(self.who()))
        layout.addWidget(self.line)
        self.line.setVisible(allowed(self.who(), Action.WRITE_GUIDANCE))  # once in the page
        self.status = QLabel()
        self.status.setObjectName("guidanceStatus")
        layout.addWidget(self.status)
        panes = two_panes(self._build_caseload(), self._build_tabs(), (460, 700), (2, 3))
        layout.addWidget(panes, 1)

    def _build_caseload(self) -> QWidget:
        """The caseload on the left, with what to do when it is empty."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.caseload_caption = QLabel(self.tr("Caseload"))
        self.caseload_caption.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(self.caseload_caption)
        self.caseload, self.caseload_proxy = sorted_table(self.caseload_model, self)
        self.caseload.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.caseload.horizontalHeader().setStretchLastSection(False)
        self.empty = QLabel(wordWrap=True)
        self.empty.setVisible(False)
        left_layout.addWidget(self.caseload, 1)
        left_layout.addWidget(self.empty)
        return left

    def _build_tabs(self) -> QTabWidget:
        """The chosen worker's history, the re-assessments due, the placements to evaluate."""
        self.tabs = QTabWidget()
        self.history, self.history_proxy = sorted_table(self.history_model, self)
        self.history.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # the note column only for who may read notes (the service leaves them out anyway)
        notes = allowed(self.who(), Action.READ_GUIDANCE, "note")
        self.history.setColumnHidden(len(HISTORY) - 1, not notes)
        history_header = self.history.horizontalHeader()
        for column, width in ((2, 150), (3, 105), (4, 130)):  # the note keeps the rest
            history_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.history.setColumnWidth(column, width)
        self.due, self.due_proxy = sorted_table(self.due_model, self)
        self.due.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.placements, self.placements_proxy = sorted_table(self.placements_model, self)
        self.placements.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.due, self.tr("Re-assessments due"))
        placements_tab = QWidget()
        placements_layout = QVBoxLayout(placements_tab)
        placements_layout.setContentsMargins(0, 4, 0, 0)
        self.evaluate_bar = EvaluateBar()
        self.evaluate_button, self.evaluate_hint = self.evaluate_bar.button, self.evaluate_bar.hint
        placements_layout.addWidget(self.evaluate_bar)
        placements_layout.addWidget(self.placements, 1)
        self.tabs.addTab(placements_tab, self.tr("Placements to evaluate"))
        return self.tabs

    def _connect_signals(self) -> None:
        self.coach.activated.connect(self._coach_chosen)
        self.caseload.selectionModel().currentRowChanged.connect(self._caseload_selected)
        for table in (self.due, self.placements):
            table.doubleClicked.connect(self._attention_opened)
        self.line.guidance_logged.connect(self._logged)
        self.placements.selectionModel().selectionChanged.connect(self._evaluate_allowed)
        self.evaluate_button.clicked.connect(self.evaluate_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.line.person.setFocus)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        if self._loaded_once and not force:
            return
        self._load(self.coach.currentText() or str(QSettings().value(SETTING, "") or ""))

    def is_busy(self) -> bool:
        return self._job is not None or self._history_job is not None

    def _load(self, wanted: str) -> None:
        workspace, today, who = self.context.workspace, self.today, self.who()

        def work(_progress: Progress, _cancelled: Cancelled) -> CoachView:
            with workspace.sessions() as session:
                coaches = svc.coaches(session, who)
                coach = wanted if wanted in coaches else (coaches[0] if coaches else "")
                return CoachView(
                    coaches,
                    coach,
                    svc.worker_choices(session, who),
                    svc.activity_choices(session),
                    svc.caseload(session, coach, today, who) if coach else [],
                    svc.reassessments_due(session, coach, today, who=who) if coach else [],
                    svc.placements_to_evaluate(session, coach, today, who=who) if coach else [],
                )

        self.start_job("_job", work, self._loaded, self._failed)

    def _loaded(self, view: CoachView) -> None:
        self._loaded_once = True
        self.coach.blockSignals(True)
        self.coach.clear()
        self.coach.addItems(view.coaches)
        self.coach.setCurrentText(view.coach)
        self.coach.blockSignals(False)
        self.line.coach = view.coach
        self.line.set_choices(view.workers, view.activities)
        selected = self._want or self._selected_worker_id()
        self._want = None
        self.caseload_model.set_rows(view.caseload)
        self.caseload.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.due_model.set_rows(view.due)
        self.placements_model.set_rows(view.placements)
        self._evaluate_allowed()
        self.caseload_caption.setText(
            self.tr("Caseload of %1: %2, the longest without guidance first")
            .replace("%1", view.coach)
            .replace(
                "%2", counted(len(view.caseload), self.tr("%1 person"), self.tr("%1 persons"))
            )
        )
        self.tabs.setTabText(
            1, self.tr("Re-assessments due (%1)").replace("%1", str(len(view.due)))
        )
        self.tabs.setTabText(
            2, self.tr("Placements to evaluate (%1)").replace("%1", str(len(view.placements)))
        )
        if not view.coaches:
            self.empty.setText(
                self.tr("No job coaches yet: import workers with a coach, or log guidance.")
            )
        elif not view.caseload:
            self.empty.setText(
                self.tr("No workers have %1 as job coach.").replace("%1", view.coach)
            )
        self.empty.setVisible(not view.caseload)
        self._select_worker(selected)
        self.finished_one()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The caseload could not be read: %1").replace("%1", message))
        self.loaded.emit()

    def _selected_worker_id(self) -> int | None:
        record = current_record(self.caseload)
        return None if record is None else record.worker_id

    def _select_worker(self, worker_id: int | None) -> None:
        row = find_row(
            self.caseload_proxy, lambda r: worker_id is None or r.worker_id == worker_id
        )
        if row is not None:
            self.caseload.selectRow(row)
            return
        self.caseload.clearSelection()
        if worker_id is None:
            self.history_model.set_rows([])
        else:  # someone outside this caseload: show their history all the same
            self._load_history(worker_id)

    def _load_history(self, worker_id: int) -> None:
        workspace, who = self.context.workspace, self.who()

        def work(_progress: Progress, _cancelled: Cancelled) -> list[svc.GuidanceEntry]:
            with workspace.sessions() as session:
                try:
                    return svc.guidance_history(session, worker_id, who=who)
                except PermissionDenied:  # outside a coach's caseload: nothing to show
                    return []

        self.start_job(
            "_history_job", work, self._history_loaded, lambda _message: self._history_loaded([])
        )

    def _history_loaded(self, rows: list[svc.GuidanceEntry]) -> None:
        self.history_model.set_rows(rows)
        self.history.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.finished_one()

    # -- user actions ----------------------------------------------------------------------
    def _coach_chosen(self, _index: int) -> None:
        coach = self.coach.currentText()
        QSettings().setValue(SETTING, coach)
        self._load(coach)

    def _caseload_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(ROW_ROLE) if current.isValid() else None
        if record is None:
            return
        self.tabs.setTabText(0, self.tr("History of %1").replace("%1", record.name))
        self._load_history(record.worker_id)

    def _attention_opened(self, index: QModelIndex) -> None:
        record = index.data(ROW_ROLE)
        self._select_worker(record.worker_id)
        self.tabs.setCurrentIndex(0)

    def _evaluate_allowed(self) -> None:
        chosen = bool(self.placements.selectionModel().selectedRows())
        allowed = may_edit_placements(self.who(), self.line.coach)
        self.evaluate_bar.set_state(chosen, allowed)

    def evaluate_selected(self) -> None:
        """Open the evaluation of the selected placement (a modal dialog, not blocking)."""
        rows = self.placements.selectionModel().selectedRows()
        if not rows or not self.evaluate_button.isEnabled():
            return
        record = rows[0].data(ROW_ROLE)
        dialog = PlacementEvaluation(self.context.workspace, record, self.who(), self)
        dialog.accepted.connect(lambda: self._evaluated(record.name))
        dialog.finished.connect(lambda _result: setattr(self, "evaluation", None))
        dialog.finished.connect(dialog.deleteLater)
        self.evaluation = dialog
        dialog.open()

    def _evaluated(self, name: str) -> None:
        self.status.setText(
            self.tr("Saved: the placement of %1 was evaluated.").replace("%1", name)
        )
        self._load(self.line.coach)

    def _logged(self, entry: svc.GuidanceEntry) -> None:
        self.status.setText(
            self.tr("Saved: %1 hours %2 on %3.")
            .replace("%1", display.hours(entry.hours))
            .replace("%2", label(entry.kind))
            .replace("%3", display.date_nl(entry.date))
        )
        self._want = entry.worker_id
        self._load(self.line.coach)
