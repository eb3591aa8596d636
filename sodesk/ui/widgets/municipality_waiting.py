"""The municipality's waiting list (wachtlijst, R10): the list, and a form to add or change.

People with a positive sheltered-work advice who are not (yet) employed, by reference only:
advice date, whether they can start now, later or not at all, why, and when they were placed.
Each entry is saved on its own (services.municipalities.save_waiting_entry), in a job: the form
is disabled and a busy bar runs until the save has ended.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.enums import Placeable
from sodesk.services import municipalities as svc
from sodesk.services.errors import InputRejected
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.jobs import JobRunner
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.saving import SaveRunner
from sodesk.ui.widgets.fields import FieldMessage, pydate
from sodesk.ui.widgets.history_table import read_only_table

PLACEABLE = {
    Placeable.NOW: QT_TRANSLATE_NOOP("MunicipalityWaiting", "Now"),
    Placeable.LATER: QT_TRANSLATE_NOOP("MunicipalityWaiting", "Later"),
    Placeable.NOT: QT_TRANSLATE_NOOP("MunicipalityWaiting", "Not"),
}


def placeable_name(value: Placeable) -> str:
    return QCoreApplication.translate("MunicipalityWaiting", PLACEABLE[value])


WAITING = (
    Field(QT_TRANSLATE_NOOP("MunicipalityWaiting", "Reference"), lambda r: r.reference),
    figure_column(
        QT_TRANSLATE_NOOP("MunicipalityWaiting", "Advice date"),
        lambda r: r.advice_date,
        display.date_nl,
    ),
    Field(
        QT_TRANSLATE_NOOP("MunicipalityWaiting", "Placeable"), lambda r: placeable_name(r.placeable)
    ),
    Field(QT_TRANSLATE_NOOP("MunicipalityWaiting", "Reason"), lambda r: r.reason or ""),
    Field(
        QT_TRANSLATE_NOOP("MunicipalityWaiting", "Placed on"),
        lambda r: "" if r.placed_on is None else display.date_nl(r.placed_on),
        lambda r: r.placed_on,
        right=True,
    ),
)


class MunicipalityWaiting(QWidget):
    """The waiting list of one municipality with its entry form."""

    saved = Signal(int)  # the entry's id

    def __init__(
        self, workspace: Workspace, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MunicipalityWaiting")
        self.workspace = workspace
        #: the signed-in user the saves are checked for (the municipalities page sets it)
        self.who: SignedIn | None = None
        self.saving = SaveRunner(jobs, self)
        self.municipality_id: int | None = None
        self.entry_id: int | None = None
        self.entry_version: int | None = None
        self.model = RecordTableModel("MunicipalityWaiting", WAITING, self)
        layout = QVBoxLayout(self)
        self.table = read_only_table(self.model)
        layout.addWidget(self.table, 1)

        grid = QGridLayout()
        self.reference = QLineEdit()
        self.reference.setObjectName("waitingReference")
        self.advice = QDateEdit()
        self.advice.setCalendarPopup(True)
        self.advice.setDisplayFormat("dd-MM-yyyy")
        self.placeable = QComboBox()
        for value in Placeable:
            self.placeable.addItem(placeable_name(value), value)
        self.reason = QLineEdit()
        self.is_placed = QCheckBox(self.tr("Placed on"))
        self.placed_on = QDateEdit()
        self.placed_on.setCalendarPopup(True)
        self.placed_on.setDisplayFormat("dd-MM-yyyy")
        self.placed_on.setEnabled(False)
        rows = (
            (self.tr("Reference"), self.reference, self.tr("Advice date"), self.advice),
            (self.tr("Placeable"), self.placeable, self.tr("Reason"), self.reason),
        )
        for row, (a, wa, b, wb) in enumerate(rows):
            grid.addWidget(QLabel(a), row, 0)
            grid.addWidget(wa, row, 1)
            grid.addWidget(QLabel(b), row, 2)
            grid.addWidget(wb, row, 3)
        grid.addWidget(self.is_placed, 2, 0)
        grid.addWidget(self.placed_on, 2, 1)
        layout.addLayout(grid)
        self._build_buttons(layout)
        self.is_placed.toggled.connect(self.placed_on.setEnabled)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.new.clicked.connect(self.clear_form)
        self.save.clicked.connect(self.save_entry)
        self.saving.lock(self.table, self.new, self.save, self.reference, self.advice)
        self.saving.lock(self.placeable, self.reason, self.is_placed, self.placed_on)
        self.clear_form()

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.message = FieldMessage()
        self.message.setObjectName("waitingMessage")
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)  # the buttons keep their size while no message shows
        buttons.addWidget(self.saving.bar)
        self.new = QPushButton(self.tr("New entry"))
        self.save = QPushButton(self.tr("Save entry"))
        buttons.addWidget(self.new)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)

    def show_entries(self, municipality_id: int, entries: list[svc.WaitingLine]) -> None:
        self.municipality_id = municipality_id
        self.model.set_rows(entries)
        self.clear_form()

    def clear_form(self) -> None:
        self.entry_id = None
        self.table.clearSelection()
        self.reference.clear()
        self.advice.setDate(QDate(dt.date.today()))
        self.placeable.setCurrentIndex(0)
        self.reason.clear()
        self.is_placed.setChecked(False)
        self.placed_on.setDate(QDate(dt.date.today()))
        self.message.clear_message()
        self.save.setText(self.tr("Add to waiting list"))

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        line: svc.WaitingLine = self.model.row_at(current.row())
        self.entry_id = line.id
        self.entry_version = line.version  # a save based on it is refused once another desk saved
        self.reference.setText(line.reference)
        self.advice.setDate(QDate(line.advice_date))
        self.placeable.setCurrentIndex(max(self.placeable.findData(line.placeable), 0))
        self.reason.setText(line.reason or "")
        self.is_placed.setChecked(line.placed_on is not None)
        self.placed_on.setDate(QDate(line.placed_on or dt.date.today()))
        self.message.clear_message()
        self.save.setText(self.tr("Save entry"))

    def save_entry(self) -> bool:
        """Start saving the entry in a job; False when no save starts. ``saved`` is emitted
        when it has been written; a refusal shows beside the form."""
        if self.municipality_id is None or self.saving.is_running():
            return False
        sessions, municipality_id, entry_id = (
            self.workspace.sessions,
            self.municipality_id,
            self.entry_id,
        )
        version = self.entry_version if entry_id is not None else None
        who = self.who
        fields: dict[str, Any] = {
            "reference": self.reference.text(),
            "advice_date": pydate(self.advice.date()),
            "placeable": Placeable(self.placeable.currentData()),
            "reason": self.reason.text(),
            "placed_on": pydate(self.placed_on.date()) if self.is_placed.isChecked() else None,
        }

        def work() -> int | InputRejected:
            try:
                return svc.save_waiting_entry(
                    sessions, municipality_id, entry_id, version=version, who=who, **fields
                )
            except InputRejected as error:  # a refusal, shown beside the form
                return error

        self.saving.start(work, self._saved, self._save_failed, focus=self.reference)
        return True

    def _saved(self, result: int | InputRejected) -> bool:
        if isinstance(result, InputRejected):
            self.message.say(result.message)
            return False
        self.saved.emit(result)
        return True

    def _save_failed(self, message: str) -> None:
        self.message.say(self.tr("The entry could not be saved: %1").replace("%1", message))
