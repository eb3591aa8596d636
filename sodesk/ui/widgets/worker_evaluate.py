"""Evaluate a placement (plaatsing evalueren) from the guidance page's "placements to evaluate".

After the evaluation the coach either lets the placement go on (it ends the day before and a
new one with the same work type, activity and employer starts: the next evaluation is due a
year later) or ends it. Both are one transaction through services.people, refused for a
worker outside a job coach's caseload or a card changed meanwhile; the message shows in the
dialog and nothing is written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.services import people as svc
from sodesk.services.errors import InputRejected
from sodesk.services.guidance import PlacementToEvaluate
from sodesk.services.users import SignedIn
from sodesk.services.workers import PlacementLine, WorkerCard, worker_card
from sodesk.services.workspace import Workspace
from sodesk.ui.labels import label
from sodesk.ui.widgets.fields import FieldMessage, pydate, save_and_cancel
from sodesk.ui.widgets.worker_form import date_edit


class EvaluateBar(QWidget):
    """Above the placements to evaluate: a hint, and "Evaluate…" for who may evaluate them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr("Select a placement, then evaluate it."), wordWrap=True)
        self.button = QPushButton(self.tr("Evaluate…"))
        self.button.setEnabled(False)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.button)

    def set_state(self, chosen: bool, allowed: bool) -> None:
        """``chosen``: a placement is selected; ``allowed``: the user may change it."""
        self.button.setEnabled(chosen and allowed)
        self.hint.setText(
            self.tr("Select a placement, then evaluate it.")
            if allowed
            else self.tr("Only their own job coach, a controller or a manager evaluates these.")
        )


class PlacementEvaluation(QDialog):
    """Go on with, or end, one placement to evaluate; ``accept`` after a save."""

    def __init__(
        self,
        workspace: Workspace,
        placement: PlacementToEvaluate,
        who: SignedIn | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placementEvaluation")
        self.setWindowTitle(self.tr("Evaluate placement"))
        self.setMinimumWidth(460)
        self.workspace, self.who = workspace, who
        with workspace.sessions() as session:
            self.card: WorkerCard | None = worker_card(session, placement.worker_id, who)
        self.line: PlacementLine | None = next(
            (
                p
                for p in (self.card.placements if self.card else [])
                if p.start == placement.start and p.end is None
            ),
            None,
        )
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("%1 (%2): %3, %4, since %5.")
            .replace("%1", placement.name)
            .replace("%2", placement.personnel_number)
            .replace("%3", label(placement.work_type))
            .replace("%4", placement.where or "–")
            .replace("%5", display.date_nl(placement.start)),
            wordWrap=True,
        )
        layout.addWidget(about)
        today = dt.date.today()
        self.go_on = QRadioButton(self.tr("Evaluated: the placement goes on from"))
        self.end = QRadioButton(self.tr("End the placement on"))
        self.go_on.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.go_on)
        group.addButton(self.end)
        self.go_on_date = date_edit(today)
        self.end_date = date_edit(today)
        grid = QGridLayout()
        grid.addWidget(self.go_on, 0, 0)
        grid.addWidget(self.go_on_date, 0, 1)
        grid.addWidget(self.end, 1, 0)
        grid.addWidget(self.end_date, 1, 1)
        layout.addLayout(grid)
        self.end_date.setEnabled(False)
        self.go_on.toggled.connect(self.go_on_date.setEnabled)
        self.end.toggled.connect(self.end_date.setEnabled)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons, self.save_button = save_and_cancel(
            self, self.tr("Save"), self.tr("Cancel"), self.save
        )
        layout.addWidget(buttons)
        if self.line is None:
            self.message.say(self.tr("This placement has changed meanwhile: refresh (F5)."))
            self.save_button.setEnabled(False)

    def save(self) -> bool:
        """Write the choice in one transaction; False (message shown) when refused."""
        card, line = self.card, self.line
        if card is None or line is None:
            return False
        sessions = self.workspace.sessions
        try:
            if self.go_on.isChecked():
                start = pydate(self.go_on_date.date())
                svc.renew_placement(sessions, card.id, card.version, line.id, start, self.who)
            else:
                end = pydate(self.end_date.date())
                svc.end_placement(sessions, card.id, card.version, line.id, end, self.who)
        except InputRejected as refused:
            self.message.say(refused.message)
            return False
        self.accept()
        return True
