"""The card's editors of spans in time: add an employment, add a placement, end either.

Each is a :class:`CardEditor` (Ctrl+S saves, Esc discards, a message beside the field): an
employment that would overlap another, or an end before the start, is told beside the date
before anything is written, with the services' own rules (services.people_input).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from sodesk.domain import display
from sodesk.domain.enums import WorkType
from sodesk.services import people as svc
from sodesk.services import people_input as parse
from sodesk.services.errors import InputRejected, rejected
from sodesk.services.guidance import ActivityChoice
from sodesk.services.users import SignedIn
from sodesk.services.workers import EmploymentLine, PlacementLine, WorkerCard
from sodesk.services.workspace import Workspace
from sodesk.ui.labels import label
from sodesk.ui.widgets.fields import pydate
from sodesk.ui.widgets.worker_form import CardEditor, date_edit, qdate


class EmploymentForm(CardEditor):
    """A new employment of the card's worker: start, contract hours, hourly wage."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.card: WorkerCard | None = None
        self.start = date_edit(dt.date.today())
        self.hours = QLineEdit(placeholderText=self.tr("e.g. 32"))
        self.wage = QLineEdit(placeholderText=self.tr("e.g. 14,06"))
        self.add_field("start", self.tr("Start"), self.start)
        self.add_field("hours", self.tr("Contract hours/week"), self.hours)
        self.add_field("wage", self.tr("Hourly wage"), self.wage)
        self.end_open = QCheckBox(self.tr("End the current employment the day before"))
        self.end_open.setChecked(True)
        self.note = QLabel(wordWrap=True)
        row = self.grid.rowCount()
        self.grid.addWidget(self.end_open, row, 0, 1, 2)
        self.grid.addWidget(self.note, row + 1, 0, 1, 2)
        self.end_open.toggled.connect(lambda _on: self._edited("start"))

    def _spans(self) -> list[parse.Span]:
        return [] if self.card is None else [(e.start, e.end) for e in self.card.employments]

    def check(self) -> bool:
        """The form's checks, and which employment a save would end."""
        start = pydate(self.start.date())
        ending = parse.open_before(self._spans(), start) if self.end_open.isChecked() else None
        self.note.setText(
            ""
            if ending is None
            else self.tr("The employment from %1 will end on %2.")
            .replace("%1", display.date_nl(ending[0]))
            .replace("%2", display.date_nl(start - parse.ONE_DAY))
        )
        return super().check()

    def start_form(self, card: WorkerCard) -> None:
        self.card = card
        latest = max((e.end for e in card.employments if e.end), default=None)
        start = latest + dt.timedelta(days=1) if latest else dt.date.today().replace(day=1)
        self.start.setDate(qdate(start))
        self.end_open.blockSignals(True)
        self.end_open.setChecked(True)
        self.end_open.blockSignals(False)
        last = card.employments[-1] if card.employments else None
        self.hours.setText(display.number(last.hours_per_week, 2) if last else "")
        self.wage.setText(display.number(last.hourly_wage, 2) if last else "")
        self.reset(self.tr("New employment of %1").replace("%1", card.name))
        self.hours.setFocus()

    def entry(self, problems: list[InputRejected]) -> svc.EmploymentInput | None:
        try:
            hours = parse.parse_number(self.hours.text(), "hours", "Contracturen per week")
            wage = parse.parse_number(self.wage.text(), "wage", "Uurloon")
        except InputRejected as problem:
            problems.append(problem)
            return None
        return svc.EmploymentInput(pydate(self.start.date()), None, hours, wage)

    def problems(self) -> list[InputRejected]:
        problems: list[InputRejected] = []
        entry = self.entry(problems)
        if entry is not None:
            spans = self._spans()
            ending = parse.open_before(spans, entry.start) if self.end_open.isChecked() else None
            others = parse.spans_with_end(spans, ending, entry.start)
            problems += parse.check_employment(entry, others)
        return problems

    def write(self) -> int:
        assert self.card is not None
        entry = self.entry([])
        assert entry is not None
        svc.add_employment(
            self.workspace.sessions,
            self.card.id,
            self.card.version,
            entry,
            end_open=self.end_open.isChecked(),
            who=self.who,
        )
        return self.card.id


class PlacementForm(CardEditor):
    """A new placement: work type, optional activity, optional external employer, start."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.card: WorkerCard | None = None
        self.who: SignedIn | None = None
        self.work_type = QComboBox()
        self.work_type.addItem(self.tr("– choose –"), None)
        for work_type in WorkType:
            self.work_type.addItem(label(work_type), work_type.value)
        self.activity = QComboBox()
        self.activity.setMinimumContentsLength(16)
        self.employer = QLineEdit(placeholderText=self.tr("optional: the external employer"))
        self.start = date_edit(dt.date.today())
        self.add_field("work_type", self.tr("Work type"), self.work_type)
        self.add_field("activity", self.tr("Activity"), self.activity)
        self.add_field("employer", self.tr("External employer"), self.employer)
        self.add_field("start", self.tr("Start"), self.start)

    def start_form(
        self, card: WorkerCard, activities: list[ActivityChoice], who: SignedIn | None
    ) -> None:
        self.card, self.who = card, who
        self.activity.clear()
        self.activity.addItem(self.tr("– none –"), None)
        for activity in activities:
            self.activity.addItem(f"{activity.code} {activity.name}", activity.code)
        self.work_type.setCurrentIndex(0)
        self.employer.clear()
        self.start.setDate(qdate(dt.date.today()))
        self.reset(self.tr("New placement of %1").replace("%1", card.name))
        self.work_type.setFocus()

    def entry(self) -> svc.PlacementInput:
        work_type = self.work_type.currentData()
        return svc.PlacementInput(
            None if work_type is None else WorkType(work_type),
            self.activity.currentData(),
            self.employer.text().strip() or None,
            pydate(self.start.date()),
        )

    def problems(self) -> list[InputRejected]:
        problems = parse.check_placement(self.entry())
        if self.card is not None:
            start = pydate(self.start.date())
            if any(p.start == start for p in self.card.placements):
                problems.append(
                    rejected(
                        "start",
                        f"Begindatum {start:%d-%m-%Y}: er is al een plaatsing vanaf die dag.",
                    )
                )
        return problems

    def write(self) -> int:
        assert self.card is not None
        svc.add_placement(
            self.workspace.sessions, self.card.id, self.card.version, self.entry(), self.who
        )
        return self.card.id


class EndForm(CardEditor):
    """The end date of one employment or placement (or an open end again)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.card: WorkerCard | None = None
        self.line: EmploymentLine | PlacementLine | None = None
        self.who: SignedIn | None = None
        self.what = QLabel(wordWrap=True)
        self.grid.addWidget(self.what, 0, 0, 1, 2)
        self.end = date_edit(dt.date.today())
        self.open_end = QCheckBox(self.tr("open end (not ended)"))
        self.add_field("end", self.tr("End date"), self.end)
        self.grid.addWidget(self.open_end, self.grid.rowCount(), 1)
        self.open_end.toggled.connect(self._open_end_toggled)

    def _open_end_toggled(self, open_end: bool) -> None:
        self.end.setEnabled(not open_end)
        self._edited("end")

    def start_form(
        self, card: WorkerCard, line: EmploymentLine | PlacementLine, who: SignedIn | None
    ) -> None:
        self.card, self.line, self.who = card, line, who
        self.end.blockSignals(True)
        self.end.setDate(qdate(line.end or max(dt.date.today(), line.start)))
        self.end.blockSignals(False)
        self.open_end.blockSignals(True)
        self.open_end.setChecked(False)
        self.end.setEnabled(True)
        self.open_end.blockSignals(False)
        if isinstance(line, EmploymentLine):
            title = self.tr("End the employment of %1")
            what = self.tr("Employment from %1: %2 hours a week.").replace(
                "%2", display.hours(line.hours_per_week)
            )
        else:
            title = self.tr("End the placement of %1")
            what = self.tr("Placement from %1: %2 %3.").replace("%2", label(line.work_type))
            what = what.replace("%3", line.where)
        self.what.setText(what.replace("%1", display.date_nl(line.start)))
        self.reset(title.replace("%1", card.name))
        self.end.setFocus()

    def end_date(self) -> dt.date | None:
        return None if self.open_end.isChecked() else pydate(self.end.date())

    def problems(self) -> list[InputRejected]:
        if self.card is None or self.line is None:
            return []
        others = []
        if isinstance(self.line, EmploymentLine):
            others = [(e.start, e.end) for e in self.card.employments if e.id != self.line.id]
        return parse.check_span_end(self.line.start, self.end_date(), others)

    def write(self) -> int:
        card, line = self.card, self.line
        assert card is not None and line is not None
        sessions = self.workspace.sessions
        if isinstance(line, EmploymentLine):
            svc.end_employment(sessions, card.id, card.version, line.id, self.end_date(), self.who)
        else:
            svc.end_placement(sessions, card.id, card.version, line.id, self.end_date(), self.who)
        return card.id
