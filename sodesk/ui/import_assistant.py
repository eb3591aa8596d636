"""Importeren uit ander systeem: the import assistant, a thin window over
services.import_assistant.

Three steps. Source: pick a file or folder; the assistant guesses how it is written (the
user may change each guess) and shows the first rows as it reads them; a saved profile that
fits the file is chosen at once. Columns: a drop-down per sodesk field, suggested by header
similarity, and a known code for each code sodesk does not know. Check and import: the
import's own dry run lists every problem (file, row, column, value) or the rows per table;
Import writes all or nothing; the choices are saved as a profile under a name, offered again
next month.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sodesk.services import import_assistant as assistant
from sodesk.services.import_assistant import (
    FILES,
    ORDER,
    FileFormat,
    Profile,
    ProfileError,
    read_text_file,
)
from sodesk.services.imports import ImportOutcome, run_import
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.jobs import Cancelled, Job, JobRunner, Progress
from sodesk.ui.models.import_results import count_model, problem_model
from sodesk.ui.models.sort_proxy import ValueSortProxy
from sodesk.ui.widgets.fields import button_row, selectable_label

FOLDER_SETTING = "import/folder"
NONE = ""  # the drop-down entry "no column"


def _combo(items: list[tuple[str, str]], editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    if index < 0 and combo.isEditable():
        combo.setEditText(data)
    elif index >= 0:
        combo.setCurrentIndex(index)


def _select_quietly(*choices: tuple[QComboBox, str]) -> None:
    """Select each combo's value without its change signal: the file or the profile chose it,
    not the user, so nothing that follows a user's choice may run."""
    for combo, data in choices:
        combo.blockSignals(True)
        _select(combo, data)
        combo.blockSignals(False)


class ImportAssistant(QDialog):
    """Source, columns, check and import. ``imported`` carries the finished ImportOutcome."""

    imported = Signal(object)
    #: a check or import ended: tests wait for it
    step_ended = Signal()

    def __init__(
        self,
        workspace: Workspace,
        jobs: JobRunner,
        parent: QWidget | None = None,
        profiles_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importAssistant")
        self.setWindowTitle(self.tr("Import from another system"))
        self.workspace = workspace
        self.jobs = jobs
        self.who: SignedIn | None = None
        self.folder = profiles_folder
        self.source: Path | None = None
        self.sniffed: assistant.Sniffed | None = None
        self.loaded: Profile | None = None
        self.outcome: ImportOutcome | None = None
        self.saved_path: Path | None = None
        self._job: Job | None = None
        self._known = assistant.known_codes(workspace)
        self._profiles = assistant.saved_profiles(profiles_folder)
        self.column_boxes: dict[str, QComboBox] = {}
        self._build()
        self.resize(1100, 680)
        self._show_step(0)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setObjectName("assistantStep")
        self.step_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.step_label)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._source_step())
        self.steps.addWidget(self._columns_step())
        self.steps.addWidget(self._check_step())
        layout.addWidget(self.steps, 1)
        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.check_button = QPushButton(self.tr("Check"))
        self.import_button = QPushButton(self.tr("Import"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = (
            self.back_button,
            self.next_button,
            self.check_button,
            self.import_button,
            self.close_button,
        )
        layout.addLayout(button_row(right=buttons))
        self.back_button.clicked.connect(lambda: self._show_step(self.steps.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self._show_step(self.steps.currentIndex() + 1))
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    def _source_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Choose an export of your planning, payroll or bookkeeping system: a CSV file, "
                "a folder or a workbook. sodesk guesses how it is written; check the guesses "
                "against the first rows below."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        source = QHBoxLayout()
        self.source_edit = QLineEdit()
        self.source_edit.setReadOnly(True)
        self.source_edit.setPlaceholderText(self.tr("No file or folder chosen yet"))
        self.file_button = QPushButton(self.tr("File…"))
        self.folder_button = QPushButton(self.tr("Folder…"))
        source.addWidget(QLabel(self.tr("Source")))
        source.addWidget(self.source_edit, 1)
        source.addWidget(self.file_button)
        source.addWidget(self.folder_button)
        layout.addLayout(source)
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)

        grid = QGridLayout()
        self.profile_combo = _combo([(self.tr("New profile"), "")])
        for index, profile in enumerate(self._profiles):
            self.profile_combo.addItem(profile.name, str(index))
        self.table_combo = _combo([(name, name) for name in ORDER])
        self.encoding_combo = _combo(
            [(self.tr("automatic"), "auto"), ("UTF-8", "utf-8"), ("Windows-1252", "cp1252")]
        )
        self.separator_combo = _combo(
            [(self.tr("semicolon ;"), ";"), (self.tr("comma ,"), ","), (self.tr("tab"), "\t")]
        )
        self.decimal_combo = _combo([(self.tr("comma 12,5"), ","), (self.tr("point 12.5"), ".")])
        self.thousands_combo = _combo(
            [(self.tr("none"), ""), (self.tr("point 1.250"), "."), (self.tr("comma 1,250"), ",")]
        )
        self.date_combo = _combo([(f, f) for f in assistant.DATE_FORMATS], editable=True)
        self.match_edit = QLineEdit()
        rows = [
            (self.tr("Profile"), self.profile_combo),
            (self.tr("sodesk table"), self.table_combo),
            (self.tr("Files (pattern)"), self.match_edit),
            (self.tr("Encoding"), self.encoding_combo),
            (self.tr("Separator"), self.separator_combo),
            (self.tr("Decimal mark"), self.decimal_combo),
            (self.tr("Thousands separator"), self.thousands_combo),
            (self.tr("Date format"), self.date_combo),
        ]
        for index, (label, widget) in enumerate(rows):
            grid.addWidget(QLabel(label), index % 4, (index // 4) * 2)
            grid.addWidget(widget, index % 4, (index // 4) * 2 + 1)
        layout.addLayout(grid)
        self.guess_label = QLabel()
        self.guess_label.setObjectName("assistantGuess")
        self.guess_label.setWordWrap(True)
        layout.addWidget(self.guess_label)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        layout.addWidget(self.preview, 1)
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        self.table_combo.currentIndexChanged.connect(lambda _i: self._suggest())
        for combo in (self.encoding_combo, self.separator_combo):
            combo.currentIndexChanged.connect(lambda _i: self._reread())
        return page

    def _columns_step(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(
            QLabel(self.tr("Which column of the file holds each field? (* required)"))
        )
        self.columns_form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.columns_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        left.addWidget(scroll, 1)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        codes = QLabel(
            self.tr("Codes sodesk does not know: choose the code they stand for (or leave them)."),
            wordWrap=True,
        )
        right.addWidget(codes)
        self.codes = QTableWidget(0, 3)
        self.codes.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In the file"), self.tr("In sodesk")]
        )
        self.codes.verticalHeader().setVisible(False)
        self.codes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        right.addWidget(self.codes, 1)
        layout.addLayout(right, 1)
        return page

    def _check_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        name = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("profileName")
        name.addWidget(QLabel(self.tr("Save the profile as")))
        name.addWidget(self.name_edit, 1)
        layout.addLayout(name)
        self.status = selectable_label("assistantStatus")
        layout.addWidget(self.status)
        self.counts = count_model(self)
        self.problems = problem_model(self)
        self.results = QStackedWidget()
        views: list[QTableView] = []
        for model in (self.counts, self.problems):
            proxy = ValueSortProxy(self)
            proxy.setSourceModel(model)
            view = QTableView()
            view.setModel(proxy)
            view.setSortingEnabled(True)
            view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            self.results.addWidget(view)
            views.append(view)
        self.counts_view, self.problems_view = views
        layout.addWidget(self.results, 1)
        return page

    # -- step 1: the source -----------------------------------------------------------------
    def _last_folder(self) -> str:
        return str(QSettings().value(FOLDER_SETTING, "") or Path.home())

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an export"),
            self._last_folder(),
            self.tr("Exports (*.csv *.txt *.tsv *.xlsx *.ods)"),
        )
        if name:
            self.set_source(Path(name))

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder of exports"), self._last_folder()
        )
        if name:
            self.set_source(Path(name))

    def set_source(self, path: Path) -> None:
        """Read ``path``, show the guesses and first rows, and offer a fitting profile."""
        self.source = path
        self.outcome = None
        self.source_edit.setText(str(path))
        QSettings().setValue(FOLDER_SETTING, str(path if path.is_dir() else path.parent))
        self.sniffed = assistant.sniff(path)
        sniffed = self.sniffed
        if sniffed.problem is not None:
            self.guess_label.setText(sniffed.problem)
            self._fill_preview()
            self._set_buttons()
            return
        _select_quietly(
            (self.separator_combo, sniffed.separator),
            (self.decimal_combo, sniffed.decimal),
            (self.thousands_combo, sniffed.thousands),
            (self.date_combo, sniffed.date_format),
        )
        self.match_edit.setText(sniffed.match)
        offered = assistant.offered_profile(path, self._profiles, sniffed.header)
        if offered is not None:
            self.profile_combo.setCurrentIndex(self._profiles.index(offered) + 1)
            self._profile_chosen()
        else:
            _select_quietly((self.table_combo, assistant.suggest_table(sniffed.header)))
            self._suggest()
        self._describe_guess()
        self._fill_preview()
        self._set_buttons()

    def _describe_guess(self) -> None:
        sniffed = self.sniffed
        if sniffed is None or sniffed.sheet is None:
            return
        encoding = {"utf-8": "UTF-8", "cp1252": "Windows-1252"}[sniffed.encoding_found]
        text = (
            self.tr("Read %1 as %2, %3 data rows.")
            .replace("%1", sniffed.path.name)
            .replace("%2", encoding)
            .replace("%3", str(len(sniffed.sheet.rows)))
        )
        if self.loaded is not None:
            text += " " + self.tr("The saved profile '%1' fits this file.").replace(
                "%1", self.loaded.name
            )
        self.guess_label.setText(text)

    def _reread(self) -> None:
        """The user changed the encoding or separator: read the file again with them."""
        if self.sniffed is None or self.sniffed.sheet is None or self.sniffed.path.is_dir():
            return
        if self.sniffed.path.suffix.lower() not in (".csv", ".txt", ".tsv"):
            return
        fmt = FileFormat(
            encoding=self.encoding_combo.currentData(),
            separator=self.separator_combo.currentData(),
        )
        sheet, problem = read_text_file(self.sniffed.path, fmt)
        if sheet is None:
            self.guess_label.setText(str(problem))
            return
        self.sniffed.sheet = sheet
        self._fill_preview()
        self._suggest()

    def _fill_preview(self) -> None:
        sniffed = self.sniffed
        header = sniffed.header if sniffed else []
        rows = sniffed.preview() if sniffed else []
        self.preview.clear()
        self.preview.setColumnCount(len(header))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(header)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row[: len(header)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        self.preview.resizeColumnsToContents()

    def _profile_chosen(self, _index: int = 0) -> None:
        data = self.profile_combo.currentData()
        self.loaded = self._profiles[int(data)] if data else None
        if self.loaded is None:
            self._suggest()
            return
        f = self.loaded.file
        _select_quietly(
            (self.encoding_combo, f.encoding),
            (self.decimal_combo, f.decimal),
            (self.thousands_combo, f.thousands),
            (self.date_combo, f.date_format),
        )
        if f.separator != "auto":
            _select(self.separator_combo, f.separator)
        table, settings = assistant.columns_of(self.loaded)
        _select_quietly((self.table_combo, table))
        self.match_edit.setText(settings.match)
        self.name_edit.setText(self.loaded.name)
        self._suggest(settings.columns, settings.values)

    # -- step 2: columns and codes ----------------------------------------------------------
    def _suggest(
        self,
        columns: dict[str, str] | None = None,
        values: dict[str, dict[str, str]] | None = None,
    ) -> None:
        """One drop-down per field of the table, set to the profile's or the suggested column."""
        table = self.table_combo.currentData()
        header = self.sniffed.header if self.sniffed else []
        chosen = columns if columns is not None else assistant.suggest_columns(table, header)
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_boxes = {}
        items = [(self.tr("(none)"), NONE)] + [(h, h) for h in header if h]
        for column in FILES[table]:
            box = _combo(items)
            _select(box, chosen.get(column.name, NONE))
            box.currentIndexChanged.connect(lambda _i: self._fill_codes())
            self.column_boxes[column.name] = box
            label = column.name + (" *" if column.required else "")
            self.columns_form.addRow(label, box)
        self._values = dict(values or {})
        self._fill_codes()

    def mapping(self) -> dict[str, str]:
        """Field -> the chosen source header (fields without a column left out)."""
        return {k: box.currentData() for k, box in self.column_boxes.items() if box.currentData()}

    def _fill_codes(self) -> None:
        """A row per source code sodesk does not know, with a drop-down of known codes."""
        self.codes.setRowCount(0)
        if self.sniffed is None:
            return
        self.code_boxes: dict[tuple[str, str], QComboBox] = {}
        for key, header in self.mapping().items():
            if key not in assistant.CODE_FIELDS:
                continue
            known = self._known.get(key, [])
            for value in assistant.unknown_values(self.sniffed, header, known):
                row = self.codes.rowCount()
                self.codes.insertRow(row)
                self.codes.setItem(row, 0, QTableWidgetItem(header))
                self.codes.setItem(row, 1, QTableWidgetItem(value))
                box = _combo([(self.tr("(leave)"), "")] + [(k, k) for k in known])
                _select(box, self._values.get(key, {}).get(value, ""))
                self.codes.setCellWidget(row, 2, box)
                self.code_boxes[(key, value)] = box

    def value_mapping(self) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for (key, value), box in getattr(self, "code_boxes", {}).items():
            if box.currentData():
                found.setdefault(key, {})[value] = box.currentData()
        return found

    def profile(self) -> Profile:
        """The profile the user's choices make; a loaded one keeps what the assistant hides."""
        if self.sniffed is None:
            raise ProfileError(self.tr("Choose a file or folder first."))
        self.sniffed.encoding = self.encoding_combo.currentData()
        self.sniffed.separator = self.separator_combo.currentData()
        self.sniffed.decimal = self.decimal_combo.currentData()
        self.sniffed.thousands = self.thousands_combo.currentData()
        self.sniffed.date_format = self.date_combo.currentText().strip()
        self.sniffed.match = self.match_edit.text().strip() or self.sniffed.match
        name = self.name_edit.text().strip() or self.sniffed.path.stem
        table = self.table_combo.currentData()
        values = self.value_mapping()
        if self.loaded is not None:
            kept = self.loaded.tables.get(table)
            if kept is not None:
                for key, mapping in kept.values.items():
                    values[key] = mapping | values.get(key, {})
            if kept is not None and (kept.week is not None or len(self.loaded.tables) > 1):
                # a week layout or several tables: the assistant edits the format only
                return dataclasses.replace(
                    self.loaded, name=name, file=self.sniffed.file_format(), path=None
                )
        return assistant.build_profile(name, self.sniffed, table, self.mapping(), values)

    # -- step 3: check and import -----------------------------------------------------------
    def _show_step(self, index: int) -> None:
        index = max(0, min(index, self.steps.count() - 1))
        self.steps.setCurrentIndex(index)
        titles = [
            self.tr("Step 1 of 3: the file"),
            self.tr("Step 2 of 3: columns and codes"),
            self.tr("Step 3 of 3: check and import"),
        ]
        self.step_label.setText(titles[index])
        if index == 2 and not self.name_edit.text() and self.sniffed is not None:
            self.name_edit.setText(self.sniffed.path.stem)
        self._set_buttons()

    def _set_buttons(self) -> None:
        index = self.steps.currentIndex()
        busy = self._job is not None
        ready = self.sniffed is not None and self.sniffed.sheet is not None
        checked = self.outcome is not None and self.outcome.ok and self.outcome.dry_run
        self.back_button.setEnabled(index > 0 and not busy)
        self.next_button.setEnabled(index < 2 and ready and not busy)
        self.check_button.setVisible(index == 2)
        self.import_button.setVisible(index == 2)
        self.check_button.setEnabled(ready and not busy)
        self.import_button.setEnabled(checked and not busy)
        self.close_button.setEnabled(not busy)

    def check(self) -> None:
        self._start(dry_run=True)

    def start_import(self) -> None:
        if self.outcome is not None and self.outcome.ok and self.outcome.dry_run:
            self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> None:
        if self._job is not None or self.source is None:
            return
        try:
            profile = self.profile()
        except ProfileError as error:
            self._warn(True)
            self.status.setText(str(error))
            self.step_ended.emit()
            return
        self._checked = profile
        workspace, path, who = self.workspace, self.source, self.who

        def work(_progress: Progress, cancelled: Cancelled) -> ImportOutcome | BaseException:
            try:
                return run_import(
                    workspace, path, dry_run=dry_run, cancelled=cancelled, who=who,
                    profile=profile,
                )  # fmt: skip
            except Exception as error:
                return error

        job = Job(work)
        job.signals.succeeded.connect(lambda result, j=job: self._ended(j, result))
        job.signals.failed.connect(lambda message, _d, j=job: self._ended(j, RuntimeError(message)))
        self.status.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self._job = self.jobs.start(job)
        self._set_buttons()

    def _warn(self, warning: bool) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold;" if warning else "")

    def _ended(self, job: Job, result: ImportOutcome | BaseException) -> None:
        if job is not self._job:
            return
        self._job = None
        if isinstance(result, BaseException):
            self.outcome = None
            self._warn(True)
            self.status.setText(f"{result}\n" + self.tr("Nothing was written."))
        elif result.ok and not result.dry_run:
            self.outcome = result
            self.saved_path = assistant.save_profile(self._checked, self.folder)
            self._warn(False)
            self.status.setText(
                self.tr("%1 rows imported. The profile is saved as %2.")
                .replace("%1", str(result.total_rows))
                .replace("%2", str(self.saved_path))
            )
            self.imported.emit(result)
        elif result.ok:
            self.outcome = result
            self._warn(False)
            self.counts.set_rows(result.file_counts())
            self.counts_view.resizeColumnToContents(0)
            self.results.setCurrentIndex(0)
            notes = result.summary.notes if result.summary else []
            self.status.setText(
                self.tr("No problems found: %1 rows will be written. Press Import to write "
                        "every row; the profile is saved with it.").replace(
                    "%1", str(result.total_rows)
                )
                + "".join(f" {note}." for note in notes)
            )  # fmt: skip
        else:
            self.outcome = result
            self._warn(True)
            self.problems.set_rows(result.problems)
            for column in range(4):
                self.problems_view.resizeColumnToContents(column)
            self.results.setCurrentIndex(1)
            self.status.setText(
                self.tr("%1 problems found; nothing was written.").replace(
                    "%1", str(result.problem_count)
                )
            )
        self._set_buttons()
        self.step_ended.emit()

    def reject(self) -> None:
        if self._job is not None:
            return  # a step runs; it ends by itself (the import is one transaction)
        super().reject()
