"""Rapporten: make a report file from the window, as ``sodesk report`` does from the shell.

Choose the report and its format, the period (the window's by default) and, for the
municipal report, the municipality; then a file name (remembered folder, the command line's
default name). The report is built off the UI thread behind a progress dialog that can
cancel: a cancelled build's result is thrown away and nothing is written. A finished file is
written atomically (sodesk.services.output: the live database, a device or a missing folder is
refused as on the command line), and the page says where it went and offers to open it.
Problems the user can mend (an unknown municipality, a database that cannot be reached, a
file name that is refused) are shown as a message, never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain.period import Period
from sodesk.services.errors import InputRejected
from sodesk.services.output import OutputRefused, check_output, write_output
from sodesk.services.overview import municipality_choices
from sodesk.services.reports import UnsupportedFormat, render
from sodesk.ui.crash import known_problem
from sodesk.ui.jobs import Cancelled, Job, Progress
from sodesk.ui.pages.base import Context, Page
from sodesk.ui.problem_text import problem_text
from sodesk.ui.widgets.fields import FieldMessage, button_row, selectable_label
from sodesk.ui.widgets.progress import close_progress, open_progress
from sodesk.ui.widgets.reports_form import FILTERS, FOLDER_SETTING, ReportChoice, ReportForm

_C = "ReportsPage"


class ReportsPage(Page):
    key = "reports"
    #: a report file was written (its path)
    written = Signal(str)
    #: a build ended: written, cancelled or failed
    build_ended = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._target: Path | None = None
        self._window_period: Period | None = None
        self.progress: QProgressDialog | None = None
        self.last_file: Path | None = None
        self._build()
        self.make.clicked.connect(self.make_report)
        self.open_file.clicked.connect(self._open_file)
        self.open_folder.clicked.connect(self._open_folder)
        self.form.window_period.clicked.connect(self._use_window_period)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        heading = self.heading_label()
        outer.addWidget(heading)
        body = QWidget()
        body.setMaximumWidth(760)
        outer.addWidget(body)
        outer.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = ReportForm()
        layout.addWidget(self.form)

        self.make = QPushButton(self.tr("Make report…"))
        self.make.setDefault(True)
        layout.addLayout(button_row(left=(self.make,)))
        self.message = FieldMessage()
        layout.addWidget(self.message)

        self.result = selectable_label()
        layout.addWidget(self.result)
        self.open_file = QPushButton(self.tr("Open the report"))
        self.open_folder = QPushButton(self.tr("Open its folder"))
        layout.addLayout(button_row(left=(self.open_file, self.open_folder)))
        self.open_file.setVisible(False)
        self.open_folder.setVisible(False)

    def _use_window_period(self) -> None:
        self.form.set_period(self.context.period)

    # -- the page's life ------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Follow the window's period when it changed; read the municipalities once."""
        if force or self.form.municipality.count() == 0:
            self._fill_municipalities()
        if self.context.period != self._window_period:
            self._window_period = self.context.period
            self.form.set_period(self.context.period)
        self.loaded.emit()

    def is_busy(self) -> bool:
        return self._job is not None

    def can_leave(self) -> bool:
        return True  # a build goes on (or is cancelled) in its own dialog

    def _fill_municipalities(self) -> None:
        chosen = self.form.municipality.currentData() or self.context.municipality
        try:
            choices = municipality_choices(self.context.workspace)
        except Exception as error:  # an unreachable database: say so, keep the page usable
            self.message.say(known_problem(error) or str(error))
            return
        self.form.set_municipalities(choices, chosen)

    # -- making a report --------------------------------------------------------------------
    def make_report(self) -> None:
        """Ask for a file, then build the chosen report behind a progress dialog."""
        if self._job is not None:
            return
        self.message.clear_message()
        choice = self.form.choice()
        start, end = self.form.period()
        municipality = self.form.municipality_code()
        if end < start:
            self.message.say(self.tr("The period ends before it starts: choose the dates again."))
            return
        if choice.kind == "municipal" and not municipality:
            self.message.say(self.tr("Choose a municipality for the municipal report."))
            return
        target = self._ask_file(choice)
        if target is None:
            return
        workspace, who = self.context.workspace, getattr(self.context, "user", None)
        try:  # the live database, a device, a missing folder: refused before the work
            check_output(workspace, target)
        except OutputRefused as refused:
            self._refuse_file(refused)
            return
        self._target = target

        def work(_progress: Progress, _cancelled: Cancelled) -> bytes | BaseException:
            try:
                return render(
                    workspace, choice.kind, start, end, choice.fmt, municipality, who=who
                )
            except Exception as error:  # judged in the UI thread: message or log
                return error

        job = Job(work)
        job.signals.succeeded.connect(lambda result, j=job: self._built(j, result))
        job.signals.failed.connect(lambda message, _d, j=job: self._build_failed(j, message))
        self._show_progress()
        self.make.setEnabled(False)
        self._job = self.context.jobs.start(job)

    def _ask_file(self, choice: ReportChoice) -> Path | None:
        suggested = self.form.suggested()
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report as"),
            str(suggested),
            QCoreApplication.translate(_C, FILTERS[choice.fmt]),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{choice.fmt}":
            path = path.with_name(f"{path.name}.{choice.fmt}")
        QSettings().setValue(FOLDER_SETTING, str(path.parent))
        self.form.show_destination()
        return path

    def _show_progress(self) -> None:
        self.progress = open_progress(
            self,
            self.tr("Report"),
            self.tr("Building the report…"),
            self.tr("Cancel"),
            self.cancel_build,
        )

    def _close_progress(self) -> None:
        close_progress(self.progress, self.cancel_build)
        self.progress = None
        self.make.setEnabled(True)

    def cancel_build(self) -> None:
        """Stop waiting for the build: its result will be thrown away, nothing is written."""
        if self._job is None:
            return
        job, self._job = self._job, None
        job.cancel()
        self._close_progress()
        self.result.setText(self.tr("Cancelled: no file was written."))
        self.open_file.setVisible(False)
        self.open_folder.setVisible(False)

    def _built(self, job: Job, result: bytes | BaseException) -> None:
        if job is not self._job:
            if job.cancelled:  # the result is discarded, nothing is written
                self.build_ended.emit()
            return
        self._job = None
        self._close_progress()
        target = self._target
        assert target is not None
        if isinstance(result, BaseException):
            self._show_error(result)
        else:
            try:
                write_output(self.context.workspace, target, result)
            except OutputRefused as refused:
                self._refuse_file(refused)
            else:
                self._show_written(target, len(result))
        self.build_ended.emit()

    def _refuse_file(self, refused: OutputRefused) -> None:
        self.message.say(
            self.tr("The report was not saved: %1").replace("%1", str(refused))
        )
        self.result.setText("")
        self.open_file.setVisible(False)
        self.open_folder.setVisible(False)

    def _build_failed(self, job: Job, message: str) -> None:
        if job is not self._job:
            if job.cancelled:
                self.build_ended.emit()
            return
        self._job = None
        self._close_progress()
        self.message.say(self.tr("The report could not be made: %1").replace("%1", message))
        self.build_ended.emit()

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, InputRejected | UnsupportedFormat):
            text = self.tr("The report could not be made: %1").replace("%1", str(error))
        else:
            text = problem_text(error)
        self.message.say(text)
        self.result.setText("")
        self.open_file.setVisible(False)
        self.open_folder.setVisible(False)

    def _show_written(self, path: Path, size: int) -> None:
        self.last_file = path
        kilobytes = max(1, round(size / 1024))
        self.result.setText(
            self.tr("Saved: %1 (%2 kB), in the folder %3.")
            .replace("%1", path.name)
            .replace("%2", str(kilobytes))
            .replace("%3", str(path.parent))
        )
        self.open_file.setVisible(True)
        self.open_folder.setVisible(True)
        self.open_file.setFocus()
        self.written.emit(str(path))

    def _open_file(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file)))

    def _open_folder(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file.parent)))
