"""The editor of a new wage-value measurement (loonwaardemeting invoeren), R1.

The wage value is computed while the user types (domain wage_value_from_tasks: the tasks' sum
rounded half-up to whole percents, R1; the unrounded sum is shown beside it, "44,6 % gemeten,
afgerond 45 %"), a live message says when the time shares do not add up to 100 %, and the
re-assessment term
proposes the deadline (domain reassessment_due). Ctrl+S saves in one transaction
(services.measurements), Esc discards; ``dirty`` tells the page to ask before leaving.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.enums import ReassessTerm
from sodesk.domain.money import ONE, ZERO
from sodesk.domain.wage_value import (
    DEFAULT_TERM_AFTER_CHANGE,
    reassessment_due,
    round_wage_value,
    unrounded_wage_value,
)
from sodesk.services.errors import InputRejected
from sodesk.services.measurements import save_measurement
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.models.task_edit import TaskColumn, TaskEditModel
from sodesk.ui.widgets.field_errors import show_rejection
from sodesk.ui.widgets.fields import FieldMessage, button_row, pydate, qdate


class MeasurementEditor(QWidget):
    """Enter one measurement for ``worker_id``; emits ``saved(id)`` or ``discarded``."""

    saved = Signal(int)
    discarded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.worker_id: int | None = None
        #: the signed-in user the save is checked for (set by the card)
        self.who: SignedIn | None = None
        self.dirty = False
        self.model = TaskEditModel(self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.method = QLineEdit(placeholderText=self.tr("e.g. Dariuz, ULW"))
        self.assessor = QLineEdit()
        self.term = QComboBox()
        names = {
            ReassessTerm.WITHIN_6M: self.tr("Within 6 months"),
            ReassessTerm.MONTHS_6_12: self.tr("6 months to 1 year"),
            ReassessTerm.YEARS_1_2: self.tr("1 to 2 years"),
            ReassessTerm.NONE: self.tr("No change expected"),
        }
        for term in ReassessTerm:
            self.term.addItem(names[term], term.value)
        self.date_message = FieldMessage()
        form.addRow(self.tr("Measured on"), self.date)
        form.addRow("", self.date_message)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Assessor"), self.assessor)
        layout.addLayout(form)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TaskColumn.TASK, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(TaskColumn.TASK, 170)
        layout.addWidget(self.table, 1)
        self.add = QPushButton(self.tr("Add task"))
        self.remove = QPushButton(self.tr("Remove task"))
        layout.addLayout(button_row(left=(self.add, self.remove)))
        self.result = QLabel()
        self.result.setStyleSheet("font-weight: bold;")
        self.tasks_message = FieldMessage()
        layout.addWidget(self.result)
        layout.addWidget(self.tasks_message)
        self._build_term_and_actions(layout)

    def _build_term_and_actions(self, layout: QVBoxLayout) -> None:
        term_row = QFormLayout()
        term_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.due = QLabel()
        term_row.addRow(self.tr("Re-assessment"), self.term)
        term_row.addRow("", self.due)
        layout.addLayout(term_row)
        self.discard = QPushButton(self.tr("Discard (Esc)"))
        self.save = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save.setDefault(True)
        layout.addLayout(button_row(right=(self.discard, self.save)))

    def _connect_signals(self) -> None:
        self.model.changed.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self.term.currentIndexChanged.connect(self._changed)
        self.method.textEdited.connect(self._changed)
        self.assessor.textEdited.connect(self._changed)
        self.add.clicked.connect(self._add_task)
        self.remove.clicked.connect(lambda: self.model.remove_task(self.table.currentIndex().row()))
        self.save.clicked.connect(self.submit)
        self.discard.clicked.connect(self.discard_changes)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Save):
            self.submit()
        elif event.matches(QKeySequence.StandardKey.Cancel):
            self.discard_changes()
        else:
            super().keyPressEvent(event)

    # -- contents ---------------------------------------------------------------------------
    def start(self, worker_id: int, today: dt.date) -> None:
        """A fresh measurement for the worker: today, one empty task, the usual term."""
        self.worker_id = worker_id
        self.date.setDate(qdate(today))
        self.method.clear()
        self.assessor.clear()
        self.term.setCurrentIndex(self.term.findData(DEFAULT_TERM_AFTER_CHANGE.value))
        self.model.set_tasks([])
        self.model.add_task()
        self.date_message.clear_message()
        self.dirty = False
        self._show_figures()

    def _add_task(self) -> None:
        row = self.model.add_task()
        self.table.setCurrentIndex(self.model.index(row, TaskColumn.TASK))
        self.table.edit(self.model.index(row, TaskColumn.TASK))

    def _changed(self) -> None:
        self.dirty = True
        self.date_message.clear_message()
        self._show_figures()

    def _show_figures(self) -> None:
        """Recompute the wage value and the due date from what is typed now."""
        due = reassessment_due(pydate(self.date.date()), ReassessTerm(self.term.currentData()))
        self.due.setText(
            self.tr("No re-assessment planned")
            if due is None
            else self.tr("Re-assess by %1").replace("%1", display.date_nl(due))
        )
        scores = self.model.scores()
        problems = self.model.problems()
        # a fresh measurement is not yet wrong: its tasks are told about once typed in
        told = self.tasks_message.say if self.dirty else lambda _text: None
        if not self.dirty:
            self.tasks_message.clear_message()
        if scores is None:
            self.result.setText(self.tr("Wage value: –"))
            told(problems[0] if problems else "")
            return
        total = sum((s.time_share for s in scores), ZERO)
        if not scores or total != ONE:
            self.result.setText(self.tr("Wage value: –"))
            told(
                self.tr("The time shares add up to %1 instead of 100 %.").replace(
                    "%1", display.percent(total, 2).replace(",00 %", " %")
                )
            )
            return
        self.tasks_message.clear_message()
        measured = unrounded_wage_value(scores)
        rounded = round_wage_value(measured)
        if measured == rounded:
            text = self.tr("Wage value: %1").replace("%1", display.percent_trimmed(rounded))
        else:
            text = (
                self.tr("Wage value: %1 measured, rounded %2")
                .replace("%1", display.percent_trimmed(measured))
                .replace("%2", display.percent_trimmed(rounded))
            )
        self.result.setText(text)

    # -- saving -----------------------------------------------------------------------------
    def submit(self) -> int | None:
        if self.worker_id is None:
            return None
        self.commit_open_cell()
        scores = self.model.scores()
        if scores is None:
            self.tasks_message.say(self.model.problems()[0])
            return None
        try:
            new_id = save_measurement(
                self.workspace.sessions,
                self.worker_id,
                pydate(self.date.date()),
                scores,
                ReassessTerm(self.term.currentData()),
                self.method.text(),
                self.assessor.text(),
                self.who,
            )
        except InputRejected as error:
            show_rejection(error, {"date": self.date_message}, self.tasks_message)
            return None
        self.dirty = False
        self.saved.emit(new_id)
        return new_id

    def open_cell_editor(self) -> QLineEdit | None:
        """The line edit of a cell being edited, if any."""
        for editor in self.table.viewport().findChildren(QLineEdit):
            if editor.isVisible():
                return editor
        return None

    def commit_open_cell(self) -> None:
        """Ctrl+S in an open cell keeps what was typed there."""
        editor = self.open_cell_editor()
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def discard_changes(self) -> None:
        self.dirty = False
        self.discarded.emit()
