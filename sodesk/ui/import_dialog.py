"""Importeren: the weekly or monthly import from the window, as ``sodesk import`` does it.

The user picks a folder of CSV files or one .xlsx workbook (the folder is remembered). Step 1,
Check, runs the import's own dry run off the UI thread and shows the rows per file it would
write, or every problem (file, row, column, value, message) in a sortable table that can be
copied. Step 2, Import, is only possible after a check without problems; it runs the real
import off the UI thread in one transaction (every row or none), then the dialog closes and
says so by ``imported``. Both steps run behind a progress dialog with Cancel: a cancelled
check is simply forgotten, a cancelled import is stopped at its next statement or at its
commit and rolled back (services.imports), and the dialog waits to say which happened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sodesk.services.imports import ImportCancelled, ImportOutcome, run_import
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.jobs import Cancelled, Job, JobRunner, Progress
from sodesk.ui.models.import_results import count_model, problem_model, problems_as_text
from sodesk.ui.models.sort_proxy import ROW_ROLE, ValueSortProxy
from sodesk.ui.problem_text import problem_text
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.fields import FieldMessage, button_row, selectable_label
from sodesk.ui.widgets.progress import close_progress, open_progress

FOLDER_SETTING = "import/folder"


def _table(proxy: ValueSortProxy, *, stretch_last: bool) -> QTableView:
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the import's own order first
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class ImportDialog(QDialog):
    """Choose, check, import. ``imported`` carries the ImportOutcome of a finished import."""

    imported = Signal(object)
    #: a check or import ended (done, refused, cancelled or failed): tests wait for it
    step_ended = Signal()

    def __init__(
        self, workspace: Workspace, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self.workspace = workspace
        self.jobs = jobs
        #: the signed-in user the import is checked for (the window sets it)
        self.who: SignedIn | None = None
        self.source: Path | None = None
        self.outcome: ImportOutcome | None = None
        self._job: Job | None = None
        self._dry_run = True
        self.progress: QProgressDialog | None = None
        self._build()
        self._connect_signals()
        self._show_idle()
        self.resize(980, 600)
        self.folder_button.setFocus()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a folder of CSV files or one Excel workbook (.xlsx). First check it: "
                "nothing is written while any row has a problem. Then import it: every row "
                "or none, in one go."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)

        source = QHBoxLayout()
        source_label = QLabel(self.tr("Source"))
        self.source_edit = QLineEdit()
        self.source_edit.setReadOnly(True)
        self.source_edit.setPlaceholderText(self.tr("No folder or workbook chosen yet"))
        source_label.setBuddy(self.source_edit)
        self.folder_button = QPushButton(self.tr("Folder…"))
        self.folder_button.setToolTip(self.tr("Choose a folder of CSV files"))
        self.workbook_button = QPushButton(self.tr("Workbook…"))
        self.workbook_button.setToolTip(self.tr("Choose one Excel workbook (.xlsx)"))
        source.addWidget(source_label)
        source.addWidget(self.source_edit, 1)
        source.addWidget(self.folder_button)
        source.addWidget(self.workbook_button)
        layout.addLayout(source)

        self.status = selectable_label("importStatus")
        layout.addWidget(self.status)
        self.message = FieldMessage()
        self.message.setObjectName("importMessage")
        layout.addWidget(self.message)

        self.counts = count_model(self)
        self.counts_proxy = ValueSortProxy(self)
        self.counts_proxy.setSourceModel(self.counts)
        self.counts_view = _table(self.counts_proxy, stretch_last=False)
        self.problems = problem_model(self)
        self.problems_proxy = ValueSortProxy(self)
        self.problems_proxy.setSourceModel(self.problems)
        self.problems_view = _table(self.problems_proxy, stretch_last=True)
        self.results = QStackedWidget()
        self.results.addWidget(QWidget())
        self.results.addWidget(self.counts_view)
        self.results.addWidget(self.problems_view)
        layout.addWidget(self.results, 1)

        self._build_buttons(layout)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.copy_button = QPushButton(self.tr("Copy problems"))
        self.copy_button.setToolTip(
            self.tr("Copy every problem to the clipboard, to paste into a spreadsheet or e-mail")
        )
        self.check_button = QPushButton(self.tr("Check"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setToolTip(self.tr("Write every row in one go (after a good check)"))
        self.close_button = QPushButton(self.tr("Close"))
        layout.addLayout(
            button_row(
                left=(self.copy_button,),
                right=(self.check_button, self.import_button, self.close_button),
            )
        )

    def _connect_signals(self) -> None:
        self.folder_button.clicked.connect(self.choose_folder)
        self.workbook_button.clicked.connect(self.choose_workbook)
        self.copy_button.clicked.connect(self.copy_problems)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    # -- choosing the source ----------------------------------------------------------------
    def _last_folder(self) -> str:
        return str(QSettings().value(FOLDER_SETTING, "") or Path.home())

    def choose_folder(self) -> None:
        """Ask for a folder of CSV files, then check it."""
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder of CSV files"), self._last_folder()
        )
        if name:
            self.set_source(Path(name))
            self.check()

    def choose_workbook(self) -> None:
        """Ask for an .xlsx workbook, then check it."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an Excel workbook"),
            self._last_folder(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.set_source(Path(name))
            self.check()

    def set_source(self, path: Path) -> None:
        """Use ``path`` (a folder or a workbook) and remember its folder; nothing checked yet."""
        self.source = path
        self.outcome = None
        self.source_edit.setText(str(path))
        folder = path if path.is_dir() else path.parent
        QSettings().setValue(FOLDER_SETTING, str(folder))
        self.message.clear_message()
        self._show_idle()

    # -- the two steps ----------------------------------------------------------------------
    def check(self) -> None:
        """Step 1: the dry run, off the UI thread."""
        self._start(dry_run=True)

    def start_import(self) -> None:
        """Step 2: the real import, only after a check without problems."""
        if self.outcome is None or not self.outcome.ok or not self.outcome.dry_run:
            return
        self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> None:
        if self._job is not None or self.source is None:
            return
        workspace, path, who = self.workspace, self.source, self.who

        def work(_progress: Progress, cancelled: Cancelled) -> ImportOutcome | BaseException:
            try:
                return run_import(
                    workspace, path, dry_run=dry_run, cancelled=cancelled, who=who
                )
            except Exception as error:  # judged in the UI thread: message, cancel or log
                return error

        self._dry_run = dry_run
        self.message.clear_message()
        job = Job(work)
        job.signals.succeeded.connect(lambda result, j=job: self._ended(j, result))
        job.signals.failed.connect(lambda message, _d, j=job: self._ended(j, RuntimeError(message)))
        self._set_busy(True)
        self._show_progress(dry_run)
        self._job = self.jobs.start(job)

    def cancel_step(self) -> None:
        """Cancel pressed: a check is forgotten at once; an import is stopped and awaited."""
        job = self._job
        if job is None:
            return
        job.cancel()
        self._close_progress()
        if self._dry_run:
            self._job = None
            self._set_busy(False)
            self.status.setText(self.tr("Check cancelled. Nothing was written."))
            self.step_ended.emit()
        else:  # wait for the import to roll back (or to tell it had already committed)
            self.status.setText(self.tr("Stopping the import…"))

    def _ended(self, job: Job, result: ImportOutcome | BaseException) -> None:
        if job is not self._job:
            return  # a cancelled check: its result is forgotten
        self._job = None
        self._close_progress()
        self._set_busy(False)
        if isinstance(result, ImportCancelled):
            self.outcome = None
            self._show_idle()
            self.status.setText(self.tr("Import cancelled. Nothing was written."))
        elif isinstance(result, BaseException):
            self._show_error(result)
        elif result.ok and not result.dry_run:
            self.outcome = result
            self.imported.emit(result)
            self.step_ended.emit()
            self.accept()
            return
        elif result.ok:
            self._show_counts(result)
        else:
            self._show_problems(result)
        self.step_ended.emit()

    # -- showing results --------------------------------------------------------------------
    def _warn(self, warning: bool) -> None:
        """The status in warning red and bold while problems are shown (words say it too)."""
        self.status.setStyleSheet("font-weight: bold;" if warning else "")
        set_tone(self.status, "loss" if warning else None)

    def _show_idle(self) -> None:
        self._warn(False)
        self.results.setCurrentIndex(0)
        self.counts.set_rows([])
        self.problems.set_rows([])
        self.copy_button.setVisible(False)
        self.status.setText(
            self.tr("Choose a folder or a workbook.")
            if self.source is None
            else self.tr("Press Check: nothing is written yet.")
        )
        self._set_busy(False)

    def _show_counts(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        counts = outcome.file_counts()
        self._warn(False)
        self.counts.set_rows(counts)
        self.counts_view.resizeColumnsToContents()
        self.counts_view.setColumnWidth(0, max(self.counts_view.columnWidth(0) + 24, 260))
        self.counts_view.setColumnWidth(1, max(self.counts_view.columnWidth(1) + 24, 100))
        self.results.setCurrentIndex(1)
        self.copy_button.setVisible(False)
        text = (
            self.tr(
                "No problems found: %1 rows in %2 files will be written. Nothing has been "
                "written yet; press Import to write every row."
            )
            .replace("%1", str(outcome.total_rows))
            .replace("%2", str(len(counts)))
        )
        removed = outcome.summary.removed.get("hours", 0) if outcome.summary else 0
        if removed:
            text += " " + self.tr(
                "%1 stored hour rows will be removed: the hours file has their worker and "
                "date but not their activity."
            ).replace("%1", str(removed))
        for note in outcome.summary.notes if outcome.summary else []:
            text += f" {note}."  # Dutch from the import, as its problems are
        self.status.setText(text)
        self._set_busy(False)
        self.import_button.setDefault(True)
        self.import_button.setFocus()

    def _show_problems(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.problems.set_rows(outcome.problems)
        for column in range(4):
            self.problems_view.resizeColumnToContents(column)
        self.results.setCurrentIndex(2)
        self.copy_button.setVisible(True)
        self._warn(True)
        text = self.tr(
            "%1 problems found; nothing was written. Correct the files, then press Check again."
        ).replace("%1", str(outcome.problem_count))
        if outcome.more_problems:
            listed = str(len(outcome.problems))
            text += " " + self.tr("The first %1 are listed.").replace("%1", listed)
        self.status.setText(text)
        self._set_busy(False)

    def _show_error(self, error: BaseException) -> None:
        self.outcome = None
        self._show_idle()
        self.message.say(problem_text(error) + "\n" + self.tr("Nothing was written."))

    def copy_problems(self) -> None:
        """Every problem, in the table's current order, onto the clipboard."""
        proxy = self.problems_proxy
        shown = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
        QGuiApplication.clipboard().setText(problems_as_text(shown))
        self.status.setText(
            self.tr("%1 problems copied to the clipboard.").replace("%1", str(len(shown)))
        )

    # -- busy state and progress ------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._job is not None

    def _set_busy(self, busy: bool) -> None:
        has_source = self.source is not None
        checked_ok = self.outcome is not None and self.outcome.ok and self.outcome.dry_run
        self.folder_button.setEnabled(not busy)
        self.workbook_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy and has_source)
        self.import_button.setEnabled(not busy and checked_ok)
        self.close_button.setEnabled(not busy)

    def _show_progress(self, dry_run: bool) -> None:
        text = self.tr("Checking the files…") if dry_run else self.tr("Importing…")
        self.progress = open_progress(
            self, self.tr("Import"), text, self.tr("Cancel"), self.cancel_step
        )

    def _close_progress(self) -> None:
        close_progress(self.progress, self.cancel_step)
        self.progress = None

    def reject(self) -> None:
        """Close (or Escape) while a step runs cancels the step; the dialog stays open."""
        if self._job is not None:
            self.cancel_step()
            return
        super().reject()
