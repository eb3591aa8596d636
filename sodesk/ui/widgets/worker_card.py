"""The card of one worker (medewerkerkaart): details, employments, placements, wage value, guidance.

The BSN is masked (•••••1234) until "Show" is pressed, which asks services.workers.reveal_bsn
(the audit log records it); what a role may not read (a job coach: BSN, birth date, wages)
the service leaves out and the card hides. The wage-value tab holds the chart,
the measurements, and the editor for a new measurement. The details tab edits the personal
data, adds and ends employments and placements (widgets/worker_form.py, worker_spans.py), in
the tab itself: one editor at a time, the card's lists come back after Save or Esc.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.services import people as people_svc
from sodesk.services import workers as workers_svc
from sodesk.services.guidance import activity_choices, coaches
from sodesk.services.permissions import Action, PermissionDenied, allowed
from sodesk.services.users import SignedIn
from sodesk.services.workers import WorkerCard
from sodesk.services.workspace import Workspace
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.labels import label
from sodesk.ui.models.records import Field, RecordTableModel
from sodesk.ui.widgets.fields import button_row
from sodesk.ui.widgets.measurement_editor import MeasurementEditor
from sodesk.ui.widgets.wage_value_chart import WageValueChart
from sodesk.ui.widgets.worker_form import CardEditor, WorkerForm
from sodesk.ui.widgets.worker_spans import EmploymentForm, EndForm, PlacementForm

_C = "WorkerCardView"
EMPLOYMENTS = (
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "From"), lambda r: display.date_nl(r.start)),
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "To"), lambda r: display.date_nl(r.end)),
    Field(
        QT_TRANSLATE_NOOP("WorkerCardView", "Hours/week"),
        lambda r: display.hours(r.hours_per_week),
        right=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("WorkerCardView", "Hourly wage"),
        lambda r: display.euro(r.hourly_wage),
        right=True,
    ),
)
PLACEMENTS = (
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "Work type"), lambda r: label(r.work_type)),
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "From"), lambda r: display.date_nl(r.start)),
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "To"), lambda r: display.date_nl(r.end)),
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "Where"), lambda r: r.where),
)
MEASUREMENTS = (
    Field(
        QT_TRANSLATE_NOOP("WorkerCardView", "Measured on"), lambda r: display.date_nl(r.measured_on)
    ),
    Field(
        QT_TRANSLATE_NOOP("WorkerCardView", "Wage value"),
        lambda r: display.percent(r.wage_value),
        right=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("WorkerCardView", "Re-assess by"),
        lambda r: display.date_nl(r.measurement.due),
    ),
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "Method"), lambda r: r.measurement.method or ""),
    Field(
        QT_TRANSLATE_NOOP("WorkerCardView", "Measured (unrounded)"),
        lambda r: (
            ""
            if r.measurement.measured_sum is None
            else display.percent_trimmed(r.measurement.measured_sum)
        ),
        lambda r: r.measurement.measured_sum,
        right=True,
    ),
)
GUIDANCE = (
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "Date"), lambda r: display.date_nl(r.date)),
    Field(
        QT_TRANSLATE_NOOP("WorkerCardView", "Hours"), lambda r: display.hours(r.hours), right=True
    ),
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "Kind"), lambda r: label(r.kind)),
    Field(QT_TRANSLATE_NOOP("WorkerCardView", "Coach"), lambda r: r.coach),
)


def _table(model: RecordTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # measure the first rows only: measuring every row froze the window on long lists
    table.horizontalHeader().setResizeContentsPrecision(40)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class WorkerCardView(QFrame):
    """Shows a :class:`WorkerCard`; ``measurement_saved`` after the editor saved one."""

    measurement_saved = Signal(int)
    #: the personal data, an employment or a placement was saved (the worker's id)
    person_saved = Signal(int)
    #: the editor of a new measurement opened (the page gives the card more room)
    editing_started = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: WorkerCard | None = None
        self.workspace = workspace
        self.who: SignedIn | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        details, details_layout = self._build_details_form()
        self._build_lists(details_layout)
        self._build_details_tab(details, workspace)

        self._build_wage_tab(workspace)

        self.guidance = RecordTableModel(_C, GUIDANCE, self)
        self.tabs.addTab(_table(self.guidance), self.tr("Guidance"))

        self._connect_signals()
        self.show_card(None)

    def _connect_signals(self) -> None:
        self.show_bsn.toggled.connect(self._bsn_toggled)
        self.new_measurement.clicked.connect(self.start_measurement)
        self.editor.discarded.connect(lambda: self.wage_stack.setCurrentIndex(0))
        self.editor.saved.connect(self.measurement_saved.emit)
        self.edit_person.clicked.connect(self.start_edit_person)
        self.add_employment.clicked.connect(self.start_add_employment)
        self.end_employment.clicked.connect(lambda: self.start_end(self.employment_table))
        self.add_placement.clicked.connect(self.start_add_placement)
        self.end_placement.clicked.connect(lambda: self.start_end(self.placement_table))

    def _build_wage_tab(self, workspace: Workspace) -> None:
        self.wage_stack = QStackedWidget()
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        self.chart = WageValueChart()
        self.measurements = RecordTableModel(_C, MEASUREMENTS, self)
        self.new_measurement = QPushButton(self.tr("New measurement…"))
        top = QHBoxLayout()
        self.current = QLabel()
        top.addWidget(self.current, 1)
        top.addWidget(self.new_measurement)
        overview_layout.addLayout(top)
        overview_layout.addWidget(self.chart, 1)
        overview_layout.addWidget(_table(self.measurements), 1)
        self.editor = MeasurementEditor(workspace)
        self.wage_stack.addWidget(overview)
        self.wage_stack.addWidget(self.editor)
        self.tabs.addTab(self.wage_stack, self.tr("Wage value"))

    def _build_details_tab(self, details: QWidget, workspace: Workspace) -> None:
        self.details_stack = QStackedWidget()
        self.details_stack.addWidget(details)
        self.person_form = WorkerForm(workspace)
        self.employment_form = EmploymentForm(workspace)
        self.placement_form = PlacementForm(workspace)
        self.end_form = EndForm(workspace)
        self.people_editors: tuple[CardEditor, ...] = (
            self.person_form,
            self.employment_form,
            self.placement_form,
            self.end_form,
        )
        for editor in self.people_editors:
            self.details_stack.addWidget(editor)
            editor.saved.connect(self._person_saved)
            editor.discarded.connect(self._editor_closed)
        self.tabs.addTab(self.details_stack, self.tr("Details"))

    def _build_lists(self, details_layout: QVBoxLayout) -> None:
        self.employments = RecordTableModel(_C, EMPLOYMENTS, self)
        self.placements = RecordTableModel(_C, PLACEMENTS, self)
        self.add_employment = QPushButton(self.tr("Add…"))
        self.end_employment = QPushButton(self.tr("End…"))
        self.add_placement = QPushButton(self.tr("Add…"))
        self.end_placement = QPushButton(self.tr("End…"))
        self.employment_table = _table(self.employments)
        self.placement_table = _table(self.placements)
        # work type and place are long Dutch words: they share the width and wrap
        placement_header = self.placement_table.horizontalHeader()
        for column in (0, 3):
            placement_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.placement_table.setWordWrap(True)
        self.placement_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        placement_header.setMinimumSectionSize(40)
        placement_header.setStretchLastSection(False)
        self.placement_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.add_employment.setToolTip(self.tr("Add an employment"))
        self.end_employment.setToolTip(self.tr("End the selected employment (or the latest)"))
        self.add_placement.setToolTip(self.tr("Add a placement"))
        self.end_placement.setToolTip(self.tr("End the selected placement (or the latest)"))
        lists = (
            (self.tr("Employments"), self.add_employment, self.end_employment),
            (self.tr("Placements"), self.add_placement, self.end_placement),
        )
        self.list_captions: list[QLabel] = []
        for (caption, add, end), table in zip(
            lists, (self.employment_table, self.placement_table), strict=True
        ):
            row = QHBoxLayout()
            self.list_captions.append(QLabel(caption))
            row.addWidget(self.list_captions[-1], 1)
            row.addWidget(add)
            row.addWidget(end)
            details_layout.addLayout(row)
            table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
            details_layout.addWidget(table, 1)

    def _build_details_form(self) -> tuple[QWidget, QVBoxLayout]:
        details = QWidget()
        details_layout = QVBoxLayout(details)
        form = QFormLayout()
        self.details_form = form
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values = {key: QLabel() for key in ("birth", "group", "municipality", "indication")}
        self.values["coach"] = QLabel()
        self.edit_person = QPushButton(self.tr("Edit personal data…"))
        bsn_row = QHBoxLayout()
        self.bsn_row = bsn_row
        #: the full BSN, once revealed through the service (audited), for the shown card
        self.revealed_bsn: str | None = None
        self.bsn = QLabel()
        self.show_bsn = QPushButton(self.tr("Show"))
        self.show_bsn.setCheckable(True)
        self.show_bsn.setToolTip(self.tr("Show the whole BSN"))
        bsn_row.addWidget(self.bsn)
        bsn_row.addWidget(self.show_bsn)
        bsn_row.addStretch(1)
        form.addRow(self.tr("BSN"), bsn_row)
        form.addRow(self.tr("Date of birth"), self.values["birth"])
        form.addRow(self.tr("Target group"), self.values["group"])
        form.addRow(self.tr("Municipality"), self.values["municipality"])
        form.addRow(self.tr("Indication date"), self.values["indication"])
        form.addRow(self.tr("Job coach"), self.values["coach"])
        details_layout.addLayout(form)
        details_layout.addLayout(button_row(right=(self.edit_person,)))
        return details, details_layout

    # -- editing the details ------------------------------------------------------------------
    def _open(self, editor: CardEditor, *, new: bool = False) -> None:
        self._show_heading()
        if new:
            self.heading.setText(self.tr("New worker"))
        for index in (1, 2):  # a new worker has no measurements or guidance yet
            self.tabs.setTabEnabled(index, not new)
        self.tabs.setCurrentWidget(self.details_stack)
        self.details_stack.setCurrentWidget(editor)
        self.editing_started.emit()

    def _show_heading(self) -> None:
        card = self.card
        self.heading.setText(
            self.tr("Select a worker to see their card.")
            if card is None
            else f"{card.name}  ({card.personnel_number})"
        )

    def _editor_closed(self) -> None:
        self.details_stack.setCurrentIndex(0)
        for index in (1, 2):
            self.tabs.setTabEnabled(index, True)
        self._show_heading()

    def _person_saved(self, worker_id: int) -> None:
        self.details_stack.setCurrentIndex(0)
        self.person_saved.emit(worker_id)

    def _choices(self) -> tuple[list[tuple[str, str]], list[str]]:
        """The municipalities and the job coaches in use, for the form's choices."""
        with self.workspace.sessions() as session:
            return people_svc.municipality_choices(session), coaches(session)

    def start_new_worker(self) -> None:
        """The form of a new worker with the first employment (Ctrl+N on the page)."""
        municipalities, names = self._choices()
        self.person_form.start_form(None, municipalities, coaches=names)
        self._open(self.person_form, new=True)

    def start_edit_person(self) -> None:
        """The personal data of the card; the BSN only when it is shown on request."""
        if self.card is None:
            return
        with_bsn = self.show_bsn.isChecked() and self.revealed_bsn is not None
        municipalities, names = self._choices()
        card = replace(self.card, bsn=self.revealed_bsn) if with_bsn else self.card
        self.person_form.start_form(card, municipalities, with_bsn=with_bsn, coaches=names)
        self._open(self.person_form)

    def start_add_employment(self) -> None:
        if self.card is not None:
            self.employment_form.start_form(self.card)
            self._open(self.employment_form)

    def start_add_placement(self) -> None:
        if self.card is None:
            return
        with self.workspace.sessions() as session:
            activities = activity_choices(session)
        self.placement_form.start_form(self.card, activities, self.who)
        self._open(self.placement_form)

    def start_end(self, table: QTableView) -> None:
        """End the selected employment or placement (the latest when none is selected)."""
        model = table.model()
        assert isinstance(model, RecordTableModel)
        if self.card is None or model.rowCount() == 0:
            return
        rows = table.selectionModel().selectedRows()
        line = model.row_at(rows[0].row() if rows else model.rowCount() - 1)
        self.end_form.start_form(self.card, line, self.who)
        self._open(self.end_form)

    def people_editor(self) -> CardEditor | None:
        """The editor open on the details tab, if any."""
        current = self.details_stack.currentWidget()
        return current if isinstance(current, CardEditor) else None

    def _bsn_toggled(self, shown: bool) -> None:
        """Show asks the service for the full BSN (audited), once per card shown."""
        card = self.card
        if shown and card is not None and card.bsn and self.revealed_bsn is None:
            try:
                self.revealed_bsn = workers_svc.reveal_bsn(
                    self.workspace.sessions, card.id, self.who
                )
            except PermissionDenied as refused:
                self.bsn.setText(refused.message)
                self.show_bsn.blockSignals(True)
                self.show_bsn.setChecked(False)
                self.show_bsn.blockSignals(False)
                return
        masked = (card.bsn if card else None) or "–"
        self.bsn.setText((self.revealed_bsn or masked) if shown else masked)
        self.show_bsn.setText(self.tr("Hide") if shown else self.tr("Show"))

    def start_measurement(self) -> None:
        if self.card is None:
            return
        self.editor.start(self.card.id, dt.date.today())
        self.tabs.setCurrentWidget(self.wage_stack)
        self.wage_stack.setCurrentIndex(1)
        self.editor.table.setFocus()
        self.editing_started.emit()

    def has_unsaved_changes(self) -> bool:
        editor = self.people_editor()
        return (self.wage_stack.currentIndex() == 1 and self.editor.dirty) or (
            editor is not None and editor.dirty
        )

    def set_user(self, who: SignedIn | None) -> None:
        """Who is signed in: decides which editing buttons the card offers."""
        self.who = who
        self.editor.who = who
        for editor in self.people_editors:
            editor.who = who
        form = self.details_form
        form.setRowVisible(self.bsn_row, allowed(who, Action.READ_WORKERS, "bsn"))
        self.show_bsn.setVisible(allowed(who, Action.REVEAL_BSN))
        for key, field in (("birth", "birth_date"), ("indication", "indication_date")):
            form.setRowVisible(self.values[key], allowed(who, Action.READ_WORKERS, field))
        wages = allowed(who, Action.READ_WORKERS, "employments")
        for widget in (
            self.list_captions[0],
            self.employment_table,
            self.add_employment,
            self.end_employment,
        ):
            widget.setVisible(wages)
        self._permissions()

    def _permissions(self) -> None:
        card = self.card
        people = card is not None and people_svc.may_edit_people(self.who)
        placements = card is not None and people_svc.may_edit_placements(self.who, card.coach)
        for button in (self.edit_person, self.add_employment):
            button.setEnabled(people)
        self.end_employment.setEnabled(people and bool(card and card.employments))
        self.add_placement.setEnabled(placements)
        self.end_placement.setEnabled(placements and bool(card and card.placements))

    def show_card(self, card: WorkerCard | None) -> None:
        self.card = card
        self.wage_stack.setCurrentIndex(0)
        self.editor.dirty = False
        self._editor_closed()
        for people_editor in self.people_editors:
            people_editor.dirty = False
        self._permissions()
        self.revealed_bsn = None
        self.show_bsn.setChecked(False)
        self._bsn_toggled(False)
        self.show_bsn.setEnabled(bool(card and card.bsn))
        self.new_measurement.setEnabled(card is not None)
        if card is None:
            self.heading.setText(self.tr("Select a worker to see their card."))
            for value in self.values.values():
                value.setText("")
            for model in (self.employments, self.placements, self.measurements, self.guidance):
                model.set_rows([])
            self.chart.show_measurements([])
            self.current.setText("")
            return
        self.heading.setText(f"{card.name}  ({card.personnel_number})")
        self.values["birth"].setText(display.date_nl(card.birth_date))
        self.values["group"].setText(label(card.target_group))
        self.values["municipality"].setText(card.municipality)
        self.values["indication"].setText(display.date_nl(card.indication_date))
        self.values["coach"].setText(card.coach or "–")
        self.employments.set_rows(card.employments)
        self.placements.set_rows(card.placements)
        self.measurements.set_rows(list(reversed(card.measurements)))
        self.chart.show_measurements(card.measurements)
        self.guidance.set_rows(card.guidance)
        last = card.measurements[-1] if card.measurements else None
        self.current.setText(
            self.tr("No measurement yet")
            if last is None
            else self.tr("Latest: %1 on %2")
            .replace("%1", display.percent(last.wage_value))
            .replace("%2", display.date_nl(last.measured_on))
        )
