"""The card of one worker (medewerkerkaart): details, employments, placements, wage value, guidance.

The BSN is masked (•••••1234) until "Show" is pressed; the wage-value tab holds the chart,
the measurements, and the editor for a new measurement.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
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
from sodesk.services.workers import WorkerCard, mask_bsn
from sodesk.services.workspace import Workspace
from sodesk.ui.labels import label
from sodesk.ui.models.records import Field, RecordTableModel
from sodesk.ui.widgets.measurement_editor import MeasurementEditor
from sodesk.ui.widgets.wage_value_chart import WageValueChart

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
    #: the editor of a new measurement opened (the page gives the card more room)
    editing_started = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: WorkerCard | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values = {key: QLabel() for key in ("birth", "group", "municipality", "indication")}
        self.values["coach"] = QLabel()
        bsn_row = QHBoxLayout()
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
        self.employments = RecordTableModel(_C, EMPLOYMENTS, self)
        self.placements = RecordTableModel(_C, PLACEMENTS, self)
        details_layout.addWidget(QLabel(self.tr("Employments")))
        details_layout.addWidget(_table(self.employments), 1)
        details_layout.addWidget(QLabel(self.tr("Placements")))
        details_layout.addWidget(_table(self.placements), 1)
        self.tabs.addTab(details, self.tr("Details"))

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

        self.guidance = RecordTableModel(_C, GUIDANCE, self)
        self.tabs.addTab(_table(self.guidance), self.tr("Guidance"))

        self.show_bsn.toggled.connect(self._bsn_toggled)
        self.new_measurement.clicked.connect(self.start_measurement)
        self.editor.discarded.connect(lambda: self.wage_stack.setCurrentIndex(0))
        self.editor.saved.connect(self.measurement_saved.emit)
        self.show_card(None)

    def _bsn_toggled(self, shown: bool) -> None:
        bsn = self.card.bsn if self.card else None
        self.bsn.setText((bsn or "–") if shown else (mask_bsn(bsn) or "–"))
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
        return self.wage_stack.currentIndex() == 1 and self.editor.dirty

    def show_card(self, card: WorkerCard | None) -> None:
        self.card = card
        self.wage_stack.setCurrentIndex(0)
        self.editor.dirty = False
        self.show_bsn.setChecked(False)
        self._bsn_toggled(False)
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
