"""Medewerkers: every worker to search, sort and filter, with the card of the selected one.

The list is read off the UI thread in one job (a few set-based queries, fast on 3,000
workers); filtering and sorting happen in the proxy on raw values. The card is read per
selection; a card with an unsaved measurement or edit asks before it is left. What the
signed-in user may read the service decides (a job coach: her own caseload, no BSN, birth
date or wage); the page only shows what comes back. Ctrl+N opens
the form of a new worker on the card; Delete (in the list) asks, then removes the worker
(services.people; the audit log keeps the values).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.enums import TargetGroup
from sodesk.services import people as people_svc
from sodesk.services import workers as svc
from sodesk.services.errors import InputRejected
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.input_texts import input_text
from sodesk.ui.jobs import Cancelled, Progress
from sodesk.ui.labels import label
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.models.sort_proxy import ROW_ROLE, ValueSortProxy
from sodesk.ui.pages.base import Context, Page, ask_standard
from sodesk.ui.pages.parts import find_row, list_table, search_box, two_panes, work_type_choice
from sodesk.ui.plural import counted
from sodesk.ui.widgets.questions import ask_to_delete
from sodesk.ui.widgets.worker_card import WorkerCardView

_C = "WorkersPage"


def confirm_delete(parent: QWidget, card: svc.WorkerCard) -> bool:
    """Ask before a worker is removed (QMessageBox, object name "deleteWorkerQuestion")."""
    return ask_to_delete(
        parent,
        "deleteWorkerQuestion",
        QCoreApplication.translate("WorkersPage", "Delete worker"),
        QCoreApplication.translate(
            "WorkersPage",
            "Delete %1 (%2) with their employments, placements, measurements, hours and "
            "guidance? The audit log keeps the old values.",
        )
        .replace("%1", card.name)
        .replace("%2", card.personnel_number),
        QCoreApplication.translate("WorkersPage", "Delete"),
        QCoreApplication.translate("WorkersPage", "Cancel"),
        QMessageBox.Icon.Warning,
    )


COLUMNS = (
    Field(QT_TRANSLATE_NOOP("WorkersPage", "No."), lambda r: r.personnel_number),
    Field(QT_TRANSLATE_NOOP("WorkersPage", "Name"), lambda r: r.name, lambda r: r.sort_name),
    Field(QT_TRANSLATE_NOOP("WorkersPage", "Target group"), lambda r: label(r.target_group)),
    Field(QT_TRANSLATE_NOOP("WorkersPage", "Municipality"), lambda r: r.municipality),
    Field(
        QT_TRANSLATE_NOOP("WorkersPage", "Work type"),
        lambda r: "" if r.work_type is None else label(r.work_type),
    ),
    Field(QT_TRANSLATE_NOOP("WorkersPage", "Job coach"), lambda r: r.coach),
    figure_column(
        QT_TRANSLATE_NOOP("WorkersPage", "Wage value"), lambda r: r.wage_value, display.percent
    ),
)


MUNICIPALITY_COLUMN = 3


class WorkersPage(Page):
    key = "workers"
    #: asks before a worker is removed; a test drives the real question
    confirm_delete = staticmethod(confirm_delete)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(_C, COLUMNS, self)
        self.proxy = ValueSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._loaded_once = False
        self._current_id: int | None = None
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.new_button = QPushButton(self.tr("New worker (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        layout.addLayout(self.header_row([self.new_button, self.delete_button]))
        layout.addLayout(self._build_filters())
        self.count = QLabel()
        layout.addWidget(self.count)
        self.table = list_table(self.proxy, wrap=False)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 140, 100, 140, 135, 110, 75)):
            self.table.setColumnWidth(column, width)
        self.card = WorkerCardView(self.context.workspace)
        self.card.set_user(self.who())
        may = people_svc.may_edit_people(self.who())
        self.new_button.setEnabled(may)
        self.delete_button.setEnabled(False)
        self.new_button.setVisible(may)
        self.delete_button.setVisible(may)
        self.splitter = two_panes(self.table, self.card, (800, 380), (3, 2))
        layout.addWidget(self.splitter, 1)

    def _build_filters(self) -> QHBoxLayout:
        """The search box and a choice per target group, municipality, work type and coach."""
        filters = QHBoxLayout()
        self.search = search_box(self.tr("Search name or personnel number (Ctrl+F)"))
        self.target_group = QComboBox()
        self.target_group.addItem(self.tr("All target groups"), None)
        for group in TargetGroup:
            self.target_group.addItem(label(group), group.value)
        self.municipality = QComboBox()
        self.work_type = work_type_choice(self.tr("All work types"), lambda w: w.value)
        self.coach = QComboBox()
        filters.addWidget(self.search, 3)
        for combo in (self.target_group, self.municipality, self.work_type, self.coach):
            filters.addWidget(combo, 2)
        return filters

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._apply_filters)
        for combo in (self.target_group, self.municipality, self.work_type, self.coach):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.card.measurement_saved.connect(self._measurement_saved)
        # the measurement editor needs room for its five columns; the list gives it back after
        self.card.editing_started.connect(lambda: self.splitter.setSizes([480, 700]))
        self.card.editor.saved.connect(lambda _id: self.splitter.setSizes([800, 380]))
        self.card.editor.discarded.connect(lambda: self.splitter.setSizes([800, 380]))
        for editor in self.card.people_editors:
            editor.discarded.connect(lambda: self.splitter.setSizes([800, 380]))
        self.card.person_saved.connect(self._person_saved)
        self.new_button.clicked.connect(self.new_worker)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_worker)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    # -- loading ----------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        if self._loaded_once and not force:
            self._reread_card()  # another page (guidance) may have changed the worker
            return
        workspace, today, who = self.context.workspace, dt.date.today(), self.who()

        def work(_progress: Progress, _cancelled: Cancelled) -> list[svc.WorkerSummary]:
            with workspace.sessions() as session:
                return svc.worker_list(session, today, who)

        self.start_job("_job", work, self._loaded, self._failed)

    def is_busy(self) -> bool:
        return self._job is not None

    def _loaded(self, rows: list[svc.WorkerSummary]) -> None:
        self._loaded_once = True
        self._fill_combo(self.municipality, self.tr("All municipalities"), rows, "municipality")
        self._fill_combo(self.coach, self.tr("All job coaches"), rows, "coach")
        # in the table's first order (by last name) the sort proxy has nothing to compare
        self.model.set_rows(sorted(rows, key=lambda row: row.sort_name))
        # a municipality's name is read whole ("Gemeente Lindenhout", not "Gemeente Lindenh…")
        self.table.resizeColumnToContents(MUNICIPALITY_COLUMN)
        self._apply_filters()
        if not rows:
            self.count.setText(self.tr("No workers yet: import a workers file first."))
        self._select(self._current_id)
        self._reread_card()
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.count.setText(self.tr("The workers could not be read: %1").replace("%1", message))
        self.loaded.emit()

    def _fill_combo(self, combo: QComboBox, every: str, rows: list, attribute: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(every, None)
        for value in sorted({getattr(r, attribute) for r in rows if getattr(r, attribute)}):
            combo.addItem(value, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    # -- filtering and selection ------------------------------------------------------------
    def _apply_filters(self) -> None:
        group, municipality = self.target_group.currentData(), self.municipality.currentData()
        work_type, coach = self.work_type.currentData(), self.coach.currentData()

        def accept(row: svc.WorkerSummary) -> bool:
            return (
                (group is None or row.target_group == group)
                and (municipality is None or row.municipality == municipality)
                and (work_type is None or row.work_type == work_type)
                and (coach is None or row.coach == coach)
            )

        filtered = any(v is not None for v in (group, municipality, work_type, coach))
        self.proxy.set_predicate(accept if filtered else None)
        self.proxy.set_search(self.search.text())
        self.count.setText(
            counted(
                self.model.rowCount(), self.tr("%2 of %1 worker"), self.tr("%2 of %1 workers")
            ).replace("%2", str(self.proxy.rowCount()))
        )

    def _select(self, worker_id: int | None) -> None:
        row = find_row(self.proxy, lambda r: worker_id is None or r.id == worker_id)
        if row is not None:
            self.table.selectRow(row)

    def _row_selected(self, current: QModelIndex, previous: QModelIndex) -> None:
        record = current.data(ROW_ROLE) if current.isValid() else None
        if record is not None and record.id == self._current_id:
            return
        if not self.can_leave():
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(previous)
            self.table.selectRow(previous.row())
            self.table.selectionModel().blockSignals(False)
            return
        self._current_id = None if record is None else record.id
        self._show_card()

    def _show_card(self) -> None:
        self.delete_button.setEnabled(
            self._current_id is not None and people_svc.may_edit_people(self.who())
        )
        if self._current_id is None:
            self.card.show_card(None)
            return
        with self.context.workspace.sessions() as session:  # one worker: a few small reads
            self.card.show_card(svc.worker_card(session, self._current_id, self.who()))

    def _reread_card(self) -> None:
        """Read the shown card again (F5, back on the page), unless an editor is open on it."""
        editing = self.card.people_editor() is not None or self.card.wage_stack.currentIndex()
        if self._current_id is not None and not editing:
            self._show_card()

    # -- making and removing workers ----------------------------------------------------------
    def new_worker(self) -> None:
        """Ctrl+N: the form of a new worker with the first employment, on the card."""
        if not people_svc.may_edit_people(self.who()) or not self.can_leave():
            return
        self.card.start_new_worker()

    def _person_saved(self, worker_id: int) -> None:
        self.splitter.setSizes([800, 380])
        self._current_id = worker_id
        self._show_card()
        self.refresh(force=True)  # the list selects the worker again when it is read

    def delete_selected(self) -> bool:
        """Delete (in the list): ask, naming the person, then remove in one transaction."""
        card = self.card.card
        if card is None or not people_svc.may_edit_people(self.who()) or not self.can_leave():
            return False
        if not self.confirm_delete(self, card):
            return False
        try:
            people_svc.delete_worker(
                self.context.workspace.sessions, card.id, card.version, self.who()
            )
        except InputRejected as refused:
            self.count.setText(input_text(refused.findings[0]))
            return False
        self._current_id = None
        self._show_card()
        self.refresh(force=True)
        return True

    def _measurement_saved(self, _measurement_id: int) -> None:
        self._show_card()
        self.card.tabs.setCurrentIndex(1)
        self.refresh(force=True)

    def can_leave(self) -> bool:
        """Ask what to do with an unsaved measurement or edit; False when the user stays."""
        if not self.card.has_unsaved_changes():
            return True
        editor = self.card.people_editor()
        if editor is not None and editor.dirty:
            text = self.tr("%1: the changes have not been saved. Save them now?")
            return self.leave_unsaved(
                True,
                editor.save,
                editor.discard_changes,
                lambda: ask_standard(
                    self, self.tr("Unsaved changes"), text.replace("%1", editor.title.text())
                ),
            )
        measurement = self.card.editor
        return self.leave_unsaved(
            True,
            lambda: measurement.submit() is not None,
            measurement.discard_changes,
            lambda: ask_standard(
                self,
                self.tr("Unsaved measurement"),
                self.tr("The new measurement has not been saved. Save it now?"),
            ),
        )
