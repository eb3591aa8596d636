"""The job coach's logging line (registratieregel): person, date, duration, kind, activity, note.

Enter saves through services.guidance.record_guidance and clears the line for the next entry,
with the focus back on the person field. A message for a bad value appears beside its field.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from sodesk.domain.enums import GuidanceKind
from sodesk.services.errors import InputRejected
from sodesk.services.guidance import (
    ActivityChoice,
    GuidanceEntry,
    WorkerChoice,
    parse_duration,
    record_guidance,
)
from sodesk.services.permissions import PermissionDenied
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.labels import label
from sodesk.ui.widgets.date_field import OneStopDateEdit
from sodesk.ui.widgets.field_errors import show_rejection
from sodesk.ui.widgets.fields import DurationValidator, FieldMessage, pydate


class GuidanceLine(QWidget):
    """One line to log guidance; emits ``guidance_logged`` with the saved entry."""

    guidance_logged = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.coach = ""
        #: the signed-in user: entries are logged under their name (services.guidance)
        self.who: SignedIn | None = None
        self._workers: dict[str, WorkerChoice] = {}
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.person = QLineEdit(placeholderText=self.tr("Name or personnel number"))
        self.person.setMinimumWidth(200)
        self.completer = QCompleter(QStringListModel(self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(self.completer)
        self.date = OneStopDateEdit()
        self.date.setDate(QDate.currentDate())
        self.duration = QLineEdit(placeholderText="0:30")
        self.duration.setValidator(DurationValidator(self.duration))
        self.duration.setMaximumWidth(80)
        self.kind = QComboBox()
        for kind in GuidanceKind:
            self.kind.addItem(label(kind), kind)
        self.activity = QComboBox()
        self.activity.setMinimumContentsLength(14)
        self.activity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activity.addItem(self.tr("(no activity)"), None)
        self.note = QLineEdit(placeholderText=self.tr("Note (optional)"))
        self.save = QPushButton(self.tr("Save"))
        self.save.setToolTip(self.tr("Save the line (Enter)"))
        captions = (
            self.tr("Person"),
            self.tr("Date"),
            self.tr("Duration"),
            self.tr("Kind"),
            self.tr("Activity"),
            self.tr("Note"),
        )
        fields = (self.person, self.date, self.duration, self.kind, self.activity, self.note)
        self.messages: dict[str, FieldMessage] = {}
        keys = ("worker", "date", "duration", "kind", "activity", "note")
        for column, (caption, field, key) in enumerate(zip(captions, fields, keys, strict=True)):
            caption_label = QLabel(caption)
            caption_label.setBuddy(field)
            grid.addWidget(caption_label, 0, column)
            grid.addWidget(field, 1, column)
            self.messages[key] = FieldMessage()
            grid.addWidget(self.messages[key], 2, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.save, 1, len(fields))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(4, 2)
        grid.setColumnStretch(5, 3)

    def _connect_signals(self) -> None:
        self.save.clicked.connect(self.submit)
        for field in (self.person, self.date, self.duration, self.kind, self.activity, self.note):
            field.installEventFilter(self)
        self.duration.textEdited.connect(lambda _text: self.messages["duration"].clear_message())
        self.person.textEdited.connect(lambda _text: self.messages["worker"].clear_message())
        self.date.dateChanged.connect(lambda _d: self.messages["date"].clear_message())
        self.kind.currentIndexChanged.connect(lambda _i: self.messages["kind"].clear_message())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in any field of the line saves it (unless it picks a name in the type-ahead)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self._choosing()
        ):
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def _choosing(self) -> bool:
        """The type-ahead's list of names is open."""
        popup = self.completer.popup()
        return popup is not None and popup.isVisible()

    # -- contents ---------------------------------------------------------------------------
    def set_choices(self, workers: list[WorkerChoice], activities: list[ActivityChoice]) -> None:
        self._workers = {w.caption.casefold(): w for w in workers}
        for w in workers:
            self._workers.setdefault(w.personnel_number.casefold(), w)
        names: dict[str, list[WorkerChoice]] = {}
        for w in workers:
            names.setdefault(w.name.casefold(), []).append(w)
        for name, same in names.items():
            if len(same) == 1:
                self._workers.setdefault(name, same[0])
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList([w.caption for w in workers])
        current = self.activity.currentData()
        self.activity.clear()
        self.activity.addItem(self.tr("(no activity)"), None)
        for a in activities:
            self.activity.addItem(f"{a.code}  {a.name}", a.id)
        index = self.activity.findData(current)
        self.activity.setCurrentIndex(max(index, 0))

    def set_person(self, worker: WorkerChoice) -> None:
        self.person.setText(worker.caption)
        self.messages["worker"].clear_message()

    def chosen_worker(self) -> WorkerChoice | None:
        return self._workers.get(self.person.text().strip().casefold())

    def clear_line(self) -> None:
        """Ready for the next entry: person, duration, activity, note empty; date, kind kept."""
        self.person.clear()
        self.duration.clear()
        self.note.clear()
        self.activity.setCurrentIndex(0)
        for message in self.messages.values():
            message.clear_message()
        self.person.setFocus()

    # -- saving -----------------------------------------------------------------------------
    def submit(self) -> GuidanceEntry | None:
        """Check the line, save it in one transaction, and clear it; None when not saved."""
        for message in self.messages.values():
            message.clear_message()
        worker = self.chosen_worker()
        problems = False
        if worker is None:
            text = self.person.text().strip()
            self.messages["worker"].say(
                self.tr("Choose a person from the list.")
                if not text
                else self.tr("No worker '%1': choose from the list.").replace("%1", text)
            )
            problems = True
        validator = self.duration.validator()
        state = validator.validate(self.duration.text(), 0)
        state = state[0] if isinstance(state, tuple) else state
        if state != QValidator.State.Acceptable:
            self.messages["duration"].say(DurationValidator.message(self.duration.text()))
            problems = True
        if not self.coach:
            self.messages["worker"].say(self.tr("Choose a coach at the top of the page first."))
            problems = True
        if problems or worker is None:
            (self.person if worker is None else self.duration).setFocus()
            return None
        day = pydate(self.date.date())
        try:
            entry = record_guidance(
                self.workspace.sessions,
                worker_id=worker.id,
                coach="" if self.who is not None else self.coach,
                date=day,
                hours=parse_duration(self.duration.text()),
                kind=GuidanceKind(self.kind.currentData()),
                activity_id=self.activity.currentData(),
                note=self.note.text(),
                who=self.who,
            )
        except InputRejected as error:
            show_rejection(error, self.messages, self.messages["worker"])
            return None
        except PermissionDenied as refused:
            self.messages["worker"].say(refused.message)
            return None
        self.clear_line()
        self.guidance_logged.emit(entry)
        return entry
