"""The card's editors: the common frame (Ctrl+S saves, Esc discards, a message per field) and the
form of a worker's personal data, new (with the first employment) or edited.

Every field is checked as it is typed with the services' own rules (services.people_input: the
import's rules); the message names field and value beside the field. A message shows once a
field was touched, or after a save was tried. Saving is one transaction (services.people); a
refusal from the database (a personnel number in use, a stale card) shows beside its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain.enums import TargetGroup
from sodesk.services import people as svc
from sodesk.services import people_input as parse
from sodesk.services.errors import InputRejected
from sodesk.services.users import SignedIn
from sodesk.services.workers import WorkerCard
from sodesk.services.workspace import Workspace
from sodesk.ui.input_texts import rejection_text
from sodesk.ui.labels import label
from sodesk.ui.widgets.field_errors import show_rejection
from sodesk.ui.widgets.fields import FieldMessage, button_row, qdate


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(calendarPopup=True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setDate(qdate(day))
    return edit


class CardEditor(QWidget):
    """A form on the card: ``saved(worker_id)`` after a save, ``discarded`` after Esc/Cancel.

    Subclasses add their fields with :meth:`add_field`, and give ``problems`` (what is wrong,
    no database) and ``write`` (the service call, returning the worker's id).
    """

    saved = Signal(int)
    discarded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        #: the signed-in user every save is checked for (the card sets it)
        self.who: SignedIn | None = None
        self.dirty = False
        self._tried = False
        self._touched: set[str] = set()
        self.messages: dict[str, FieldMessage] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        body_layout.addLayout(self.grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        self.messages["general"] = FieldMessage()
        self.messages["worker"] = self.messages["version"] = self.messages["general"]
        outer.addWidget(self.messages["general"])
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        outer.addLayout(button_row(right=(self.cancel_button, self.save_button)))
        self.cancel_button.clicked.connect(self.discard_changes)
        self.save_button.clicked.connect(self.save)

    def add_field(self, key: str, caption: str, field: QWidget) -> None:
        """A row: caption, field, and the field's message under it."""
        row = self.grid.rowCount()
        text = QLabel(caption)
        text.setBuddy(field)
        self.grid.addWidget(text, row, 0)
        self.grid.addWidget(field, row, 1)
        self.messages[key] = FieldMessage()
        self.grid.addWidget(self.messages[key], row + 1, 0, 1, 2)
        signal = None
        if isinstance(field, QLineEdit):
            signal = field.textEdited
        elif isinstance(field, QComboBox):
            signal = field.currentIndexChanged
        elif isinstance(field, QDateEdit):
            signal = field.dateChanged
        if signal is not None:
            signal.connect(lambda *_args, k=key: self._edited(k))

    def _edited(self, key: str) -> None:
        self.dirty = True
        self._touched.add(key)
        self.check()

    def reset(self, title: str) -> None:
        self.title.setText(title)
        self.dirty = False
        self._tried = False
        self._touched.clear()
        self.check()

    # -- to be given by each editor ----------------------------------------------------------
    def problems(self) -> list[InputRejected]:
        raise NotImplementedError

    def write(self) -> int:
        raise NotImplementedError

    # -- checking and saving ------------------------------------------------------------------
    def check(self) -> bool:
        """Show each problem beside its field (touched ones only, until a save was tried)."""
        for message in self.messages.values():
            message.clear_message()
        problems = self.problems()
        shown: set[str] = set()
        for problem in problems:
            if problem.field in shown:
                continue
            if self._tried or problem.field in self._touched or problem.field not in self.messages:
                shown.add(problem.field)
                where = self.messages.get(problem.field, self.messages["general"])
                where.say(rejection_text(problem))
        return not problems

    def save(self) -> bool:
        """Check again and write in one transaction; False when something must be mended."""
        self._tried = True
        if not self.check():
            return False
        try:
            worker_id = self.write()
        except InputRejected as refused:
            show_rejection(refused, self.messages, self.messages["general"])
            return False
        self.dirty = False
        self.saved.emit(worker_id)
        return True

    def discard_changes(self) -> None:
        self.dirty = False
        self.discarded.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
        elif event.matches(QKeySequence.StandardKey.Cancel):
            self.discard_changes()
        else:
            super().keyPressEvent(event)


def _parsed(problems: list[InputRejected], parse_one: Callable[[], object]) -> object:
    """What ``parse_one`` gives, or None with its problem added to ``problems``."""
    try:
        return parse_one()
    except InputRejected as problem:
        problems.append(problem)
        return None


def _number(text: str) -> Decimal | None:
    try:
        return parse.parse_number(text, "number", "Getal")
    except InputRejected:
        return None


class WorkerForm(CardEditor):
    """A new worker with the first employment (``card`` None), or the personal data of ``card``.

    The BSN of an existing worker is only in the form when the card showed it on request.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.card: WorkerCard | None = None
        self.with_bsn = True
        self.number = QLineEdit()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.birth_date = QLineEdit(placeholderText=self.tr("dd-mm-yyyy"))
        self.bsn = QLineEdit(placeholderText=self.tr("optional, 9 digits"))
        self.target_group = QComboBox()
        self.target_group.addItem(self.tr("– choose –"), None)
        for group in TargetGroup:
            self.target_group.addItem(label(group), group.value)
        self.municipality = QComboBox()
        self.indication_date = QLineEdit(placeholderText=self.tr("dd-mm-yyyy"))
        self.coach = QLineEdit(placeholderText=self.tr("name of the job coach"))
        # the caseload is the workers whose coach is this name: offer the names in use
        self.coaches = QStringListModel(self)
        completer = QCompleter(self.coaches, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.coach.setCompleter(completer)
        self.start = date_edit(dt.date.today())
        self.hours = QLineEdit(placeholderText=self.tr("e.g. 32"))
        self.wage = QLineEdit(placeholderText=self.tr("e.g. 14,06"))
        self.add_field("personnel_number", self.tr("Personnel number"), self.number)
        self.add_field("first_name", self.tr("First name"), self.first_name)
        self.add_field("last_name", self.tr("Last name"), self.last_name)
        self.add_field("birth_date", self.tr("Date of birth"), self.birth_date)
        self.bsn_row = self.grid.rowCount()
        self.add_field("bsn", self.tr("BSN"), self.bsn)
        self.add_field("target_group", self.tr("Target group"), self.target_group)
        self.add_field("municipality", self.tr("Municipality"), self.municipality)
        self.add_field("indication_date", self.tr("Indication date"), self.indication_date)
        self.add_field("coach", self.tr("Job coach"), self.coach)
        self.employment_caption = QLabel(self.tr("First employment"))
        self.employment_caption.setStyleSheet("font-weight: bold;")
        self.grid.addWidget(self.employment_caption, self.grid.rowCount(), 0, 1, 2)
        self.employment_rows = self.grid.rowCount()
        self.add_field("start", self.tr("Start"), self.start)
        self.add_field("hours", self.tr("Contract hours/week"), self.hours)
        self.add_field("wage", self.tr("Hourly wage"), self.wage)

    def _set_rows_visible(self, first: int, last: int, visible: bool) -> None:
        for row in range(first, last):
            for column in range(2):
                item = self.grid.itemAtPosition(row, column)
                if item is not None and item.widget() is not None:
                    item.widget().setVisible(visible)

    def start_form(
        self,
        card: WorkerCard | None,
        municipalities: list[tuple[str, str]],
        *,
        with_bsn: bool = True,
        coaches: list[str] | None = None,
    ) -> None:
        """Fill the form: empty for a new worker, else ``card``'s data (BSN if ``with_bsn``)."""
        self.card = card
        self.coaches.setStringList(coaches or [])
        self.with_bsn = card is None or with_bsn
        self.municipality.clear()
        self.municipality.addItem(self.tr("– choose –"), None)
        for code, name in municipalities:
            self.municipality.addItem(name, code)
        new = card is None
        self.number.setText("" if new else card.personnel_number)
        self.first_name.setText("" if new else card.first_name)
        self.last_name.setText("" if new else card.last_name)
        self.birth_date.setText("" if new or not card.birth_date else f"{card.birth_date:%d-%m-%Y}")
        self.bsn.setText("" if new else card.bsn or "")
        self.target_group.setCurrentIndex(
            0 if new else max(0, self.target_group.findData(card.target_group.value))
        )
        self.municipality.setCurrentIndex(
            0 if new else max(0, self.municipality.findData(card.municipality_code))
        )
        self.indication_date.setText(
            "" if new or not card.indication_date else f"{card.indication_date:%d-%m-%Y}"
        )
        self.coach.setText("" if new else card.coach)
        self.start.setDate(qdate(dt.date.today().replace(day=1)))
        self.hours.clear()
        self.wage.clear()
        self._set_rows_visible(self.bsn_row, self.bsn_row + 2, self.with_bsn)
        self.employment_caption.setVisible(new)
        self._set_rows_visible(self.employment_rows, self.grid.rowCount(), new)
        if not new:
            self.messages["start"].clear_message()
        title = (
            self.tr("Personal data and the first employment")
            if new
            else self.tr("Personal data of %1").replace("%1", card.name)  # type: ignore[union-attr]
        )
        self.reset(title)
        self.number.setFocus()

    def entries(
        self, problems: list[InputRejected]
    ) -> tuple[svc.WorkerInput, svc.EmploymentInput | None]:
        """The form as typed; what cannot be parsed goes into ``problems``."""
        birth = _parsed(
            problems,
            lambda: parse.parse_date(self.birth_date.text(), "birth_date", "Geboortedatum"),
        )
        bsn = _parsed(problems, lambda: parse.parse_bsn(self.bsn.text())) if self.with_bsn else None
        indication = _parsed(
            problems,
            lambda: parse.parse_date(
                self.indication_date.text(), "indication_date", "Indicatiedatum"
            ),
        )
        group = self.target_group.currentData()
        worker = svc.WorkerInput(
            self.number.text(),
            self.first_name.text(),
            self.last_name.text(),
            birth,  # type: ignore[arg-type]
            bsn,  # type: ignore[arg-type]
            None if group is None else TargetGroup(group),
            self.municipality.currentData(),
            indication,  # type: ignore[arg-type]
            self.coach.text(),
        )
        if self.card is not None:
            return worker, None
        hours = _parsed(
            problems,
            lambda: parse.parse_number(self.hours.text(), "hours", "Contracturen per week"),
        )
        wage = _parsed(problems, lambda: parse.parse_number(self.wage.text(), "wage", "Uurloon"))
        if hours is None or wage is None:
            return worker, None
        start = self.start.date().toPython()
        return worker, svc.EmploymentInput(start, None, hours, wage)  # type: ignore[arg-type]

    def problems(self) -> list[InputRejected]:
        problems: list[InputRejected] = []
        worker, employment = self.entries(problems)
        parsed = {problem.field for problem in problems}
        problems += [
            p for p in parse.check_worker(worker, with_bsn=self.with_bsn) if p.field not in parsed
        ]
        if self.card is None:  # each field of the first employment on its own
            start = self.start.date().toPython()
            hours = employment.hours_per_week if employment else _number(self.hours.text())
            wage = employment.hourly_wage if employment else _number(self.wage.text())
            trial = svc.EmploymentInput(start, None, hours or Decimal(1), wage or Decimal(0))
            problems += [p for p in parse.check_employment(trial, []) if p.field not in parsed]
        order = list(self.messages)
        return sorted(problems, key=lambda p: order.index(p.field) if p.field in order else 0)

    def write(self) -> int:
        worker, employment = self.entries([])
        sessions = self.workspace.sessions
        if self.card is None:
            assert employment is not None
            return svc.create_worker(sessions, worker, employment, self.who)
        svc.update_worker(
            sessions,
            self.card.id,
            self.card.version,
            worker,
            change_bsn=self.with_bsn,
            who=self.who,
        )
        return self.card.id
