"""Uren: the team leader's week grid of productive hours (urenregistratie per week).

Choose a week (previous/next, a date; the ISO week number is shown) and an activity or a
placement work type (a team). Rows are the workers placed there that week plus anyone with
hours there; columns are Monday..Sunday. Type hours and press Enter (down) or Tab (right);
"Copy last week" fills the empty cells; Ctrl+S saves the week in one transaction through
services.hours.save_week, which applies the import's rules and writes nothing on a problem.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.enums import WorkType
from sodesk.services import hours as svc
from sodesk.services.errors import InputRejected
from sodesk.services.imports import may_import
from sodesk.ui.input_texts import rejection_text
from sodesk.ui.jobs import Cancelled, Progress
from sodesk.ui.labels import label
from sodesk.ui.models.hours_week import HoursWeekModel
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.plural import counted
from sodesk.ui.saving import SaveRunner
from sodesk.ui.widgets.fields import FieldMessage
from sodesk.ui.widgets.hours_grid import HoursGridView

SETTING = "hours/subject"


class HoursPage(Page):
    key = "hours"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._reloading_saved = False  # the week was written; its fresh rows are on the way
        self._loaded_once = False
        self._options: list[svc.ActivityOption] = []
        self._view: svc.WeekView | None = None
        self._current_subject = ""
        self.monday = self._initial_week()
        self.model = HoursWeekModel(self)
        self.saving = SaveRunner(self.context.jobs, self)
        self._build()
        self.saving.lock(self.save, self.discard, self.copy, self.grid)
        self.saving.lock(self.previous, self.next, self.date, self.subject)
        self._connect_signals()

    def _initial_week(self) -> dt.date:
        period = self.context.period
        return svc.week_start(min(max(dt.date.today(), period.start), period.end))

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_actions())
        QWidget.setTabOrder(self.save, self.import_files)  # parented early: reading order
        self.message = FieldMessage()
        self.message.setObjectName("hoursMessage")
        # its room is kept while it is empty: the grid does not move down under the typing
        # hand when the first message appears
        keep = self.message.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(keep)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2)
        layout.addWidget(self.message)

        self.grid = HoursGridView()
        self.grid.setModel(self.model)
        self.grid.fit_columns()
        layout.addWidget(self.grid, 1)
        self.empty = QLabel(wordWrap=True)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        self.empty_import = QPushButton(self.tr("Import…"))
        self.empty_import.clicked.connect(self.import_requested)
        self.empty_import.setVisible(False)
        layout.addWidget(self.empty_import, 0, Qt.AlignmentFlag.AlignLeft)
        # takes the room of a hidden grid only (the grid's stretch wins while it shows)
        layout.addSpacerItem(
            QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        )
        self.summary = QLabel()
        self.summary.setObjectName("hoursSummary")
        layout.addWidget(self.summary)
        self._show_dirty(False)

    def _build_header(self) -> QHBoxLayout:
        """The title, the week (previous, a day, next, its number) and the activity or team."""
        self.previous = QPushButton("◀")
        self.previous.setToolTip(self.tr("Previous week"))
        self.previous.setFixedWidth(34)
        self.date = QDateEdit()
        self.date.setAccessibleName(self.tr("A day of the week shown"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setDate(QDate(self.monday))
        self.next = QPushButton("▶")
        self.next.setToolTip(self.tr("Next week"))
        self.next.setFixedWidth(34)
        self.week_label = QLabel()
        self.week_label.setObjectName("hoursWeekLabel")
        self.week_label.setStyleSheet("font-weight: bold;")
        subject_label = QLabel(self.tr("Activity or team"))
        self.subject = QComboBox()
        self.subject.setMinimumContentsLength(28)
        subject_label.setBuddy(self.subject)
        return self.header_row(
            [subject_label, self.subject],
            left=[self.previous, self.date, self.next, self.week_label],
        )

    def _build_actions(self) -> QHBoxLayout:
        """The status, then copy, discard, save and import."""
        actions = QHBoxLayout()
        self.copy = QPushButton(self.tr("Copy last week"))
        self.copy.setToolTip(self.tr("Fill the empty cells with last week's hours"))
        self.discard = QPushButton(self.tr("Discard changes"))
        self.save = QPushButton(self.tr("Save week"))
        self.save.setToolTip(self.tr("Save the week's hours (Ctrl+S)"))
        self.status = QLabel()
        self.status.setObjectName("hoursStatus")
        actions.addWidget(self.status, 1)
        actions.addWidget(self.saving.bar)
        for button in (self.copy, self.discard, self.save):
            actions.addWidget(button)
        self._may_import = may_import(self.who())
        self.import_files = QPushButton(self.tr("Import…"), self)  # parented: see EmptyState
        self.import_files.setToolTip(
            self.tr("Import hours from a folder of CSV files or a workbook")
        )
        self.import_files.clicked.connect(self.import_requested)
        self.import_files.setVisible(self._may_import)
        actions.addWidget(self.import_files)
        return actions

    def _connect_signals(self) -> None:
        self.previous.clicked.connect(lambda: self._go_to(self.monday - dt.timedelta(days=7)))
        self.next.clicked.connect(lambda: self._go_to(self.monday + dt.timedelta(days=7)))
        self.date.dateChanged.connect(lambda date: self._go_to(date.toPython()))
        self.subject.activated.connect(self._subject_chosen)
        self.copy.clicked.connect(self._copy_previous)
        self.discard.clicked.connect(self._discard)
        self.save.clicked.connect(self.save_week)
        self.model.refused.connect(self.message.say)
        self.model.dirty_changed.connect(self._show_dirty)
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._update_summary)
        self.model.dataChanged.connect(self._show_summary)
        self.model.modelReset.connect(self._show_summary)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_week)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        if self._loaded_once and not force:
            return
        if force and not self.can_leave():
            return
        self._load()

    def is_busy(self) -> bool:
        return self._job is not None or self.is_saving()

    def _subject(self) -> str:
        data = self.subject.currentData()
        return str(data) if data else str(QSettings().value(SETTING, "") or "")

    def _load(self) -> None:
        workspace, monday, wanted = self.context.workspace, self.monday, self._subject()
        who = self.who()
        known_before = list(self._options)

        def work(_progress: Progress, _cancelled: Cancelled):
            with workspace.sessions() as session:
                options = None if known_before else svc.activity_options(session)
                known = options if options is not None else known_before
                subject = wanted
                if not _subject_known(subject, known):
                    subject = f"a:{known[0].id}" if known else ""
                if not subject:
                    return options, subject, svc.WeekView(monday, [])
                kind, _, value = subject.partition(":")
                if kind == "a":
                    view = svc.load_week(session, monday, activity_id=int(value), who=who)
                else:
                    view = svc.load_week(session, monday, work_type=WorkType(value), who=who)
                return options, subject, view

        self.start_job("_job", work, lambda result: self._loaded(*result), self._failed)

    def _loaded(
        self, options: list[svc.ActivityOption] | None, subject: str, view: svc.WeekView
    ) -> None:
        self._reloading_saved = False
        self._loaded_once = True
        if options is not None:
            self._options = options
            self._fill_subjects()
        self.subject.setCurrentIndex(max(self.subject.findData(subject), 0))
        self._current_subject = subject
        QSettings().setValue(SETTING, subject)
        self._view = view
        self.model.set_week(view)
        self._show_week()
        if not view.lines:
            self.empty.setText(
                self.tr(
                    "Nobody is placed here this week and no hours are recorded: choose another "
                    "week, activity or team, or import hours."
                )
            )
        self.empty.setVisible(not view.lines)
        self.empty_import.setVisible(not view.lines and self._may_import)
        self.grid.setVisible(bool(view.lines))
        first = self.model.index(0, 1)
        if first.isValid():
            self.grid.setCurrentIndex(first)
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.message.say(self.tr("The hours could not be read: %1").replace("%1", message))
        self.loaded.emit()

    def _fill_subjects(self) -> None:
        self.subject.blockSignals(True)
        self.subject.clear()
        for option in self._options:
            self.subject.addItem(f"{option.code} {option.name}", f"a:{option.id}")
        self.subject.insertSeparator(self.subject.count())
        for work_type in WorkType:
            self.subject.addItem(
                self.tr("Team: %1").replace("%1", label(work_type)), f"w:{work_type.value}"
            )
        self.subject.blockSignals(False)

    def _show_week(self) -> None:
        iso = self.monday.isocalendar()
        sunday = self.monday + dt.timedelta(days=6)
        self.week_label.setText(
            self.tr("Week %1 of %2 (%3 – %4)")
            .replace("%1", str(iso.week))
            .replace("%2", str(iso.year))
            .replace("%3", display.date_nl(self.monday))
            .replace("%4", display.date_nl(sunday))
        )
        self.date.blockSignals(True)
        self.date.setDate(QDate(self.monday))
        self.date.blockSignals(False)

    def _show_summary(self, *_args: object) -> None:
        """Once per turn of the event loop, however many cells one action changed."""
        self._summary_timer.start()

    def _update_summary(self) -> None:
        rows, total, over = self.model.week_summary()
        self.summary.setText(
            self.tr("%1, %2 hours this week; %3.")
            .replace("%1", counted(rows, self.tr("%1 row"), self.tr("%1 rows")))
            .replace("%2", display.hours(total))
            .replace(
                "%3",
                counted(
                    over,
                    self.tr("%1 worker over their contract"),
                    self.tr("%1 workers over their contract"),
                ),
            )
        )

    def _show_dirty(self, dirty: bool) -> None:
        self.save.setEnabled(dirty)
        self.discard.setEnabled(dirty)
        if dirty:
            self.status.setText(self.tr("Unsaved changes: Ctrl+S saves the week."))

    # -- user actions --------------------------------------------------------------------------
    def _go_to(self, day: dt.date) -> None:
        monday = svc.week_start(day)
        if monday == self.monday:
            self._show_week()
            return
        if not self.can_leave():
            self._show_week()
            return
        self.monday = monday
        self._show_week()
        self.message.clear_message()
        self.status.clear()
        self._load()

    def _subject_chosen(self, _index: int) -> None:
        if self._view is not None and not self.can_leave():
            previous = self.subject.findData(self._current_subject)
            self.subject.setCurrentIndex(max(previous, 0))
            return
        self.message.clear_message()
        self.status.clear()
        self._load()

    def _copy_previous(self) -> None:
        filled = self.model.copy_previous_week()
        if filled:
            self.status.setText(
                self.tr("Copied %1 cells from last week; check them and save.").replace(
                    "%1", str(filled)
                )
            )
        else:
            self.status.setText(self.tr("Last week has no hours for the empty cells."))

    def _discard(self) -> None:
        if self._view is not None:
            self.model.set_week(self._view)
        self.message.clear_message()
        self.status.setText(self.tr("Changes discarded."))

    def is_saving(self) -> bool:
        return self.saving.is_running()

    def wait_for_save(self) -> None:
        self.saving.wait()

    def save_week(self) -> bool:
        """Start saving the changed cells in one transaction, in a job; False when no save
        starts. The outcome shows when the job ends (``saving.finished`` says whether it
        wrote): a refusal names worker, day and value, and nothing is written."""
        if self.saving.is_running():
            return False
        self.grid.setFocus()  # an open editor commits first
        changes = self.model.changes()
        if not changes:
            self.status.setText(self.tr("Nothing to save."))
            return True
        sessions, who = self.context.workspace.sessions, self.who()

        def work() -> svc.SaveSummary | InputRejected:
            try:
                return svc.save_week(sessions, changes, who)
            except InputRejected as error:  # a refusal, shown beside the grid
                return error

        self.status.setText(self.tr("Saving the week…"))
        self.saving.start(work, self._saved, self._save_failed, focus=self.grid)
        return True

    def _saved(self, result: svc.SaveSummary | InputRejected) -> bool:
        if isinstance(result, InputRejected):
            self.status.clear()
            said = rejection_text(result)
            self.message.say(self.tr("The week was not saved; nothing was written:") + "\n" + said)
            return False
        self.message.clear_message()
        self._load()
        self._reloading_saved = True
        self.status.setText(
            self.tr("Saved: %1 cells written, %2 removed.")
            .replace("%1", str(result.written))
            .replace("%2", str(result.deleted))
        )
        return True

    def _save_failed(self, message: str) -> None:
        self.status.clear()
        self.message.say(self.tr("The week could not be saved: %1").replace("%1", message))

    def can_leave(self) -> bool:
        if self.saving.is_running():
            self.status.setText(self.tr("Saving the week: wait until it is saved."))
            return False
        reloading = self._reloading_saved and self._job is not None  # saved: nothing to lose
        return self.leave_unsaved(
            self.model.is_dirty() and not reloading,
            lambda: self.save_week() and self.saving.wait(),
            self._discard,
        )

    def unsaved_question(self) -> tuple[str, str]:
        return (
            self.tr("Unsaved hours"),
            self.tr("The hours of this week have unsaved changes. Save them?"),
        )


def _subject_known(subject: str, options: list[svc.ActivityOption]) -> bool:
    kind, _, value = subject.partition(":")
    if kind == "a":
        return any(str(option.id) == value for option in options)
    return kind == "w" and value in {w.value for w in WorkType}
