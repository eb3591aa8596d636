"""Herkomst: the worker-months behind one figure, opened by double-clicking the figure.

The same rows as ``sodesk explain`` (:mod:`sodesk.services.explain`), computed in a job off
the UI thread: the rule in words above, the rows in a sortable table, their total below
(beside the report's own figure), and a button that saves them as an Excel workbook. A role
that does not see money cannot open it (:func:`may_explain`); the service refuses as well.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.reports.explain import ExplainRow, Explanation
from sodesk.reports.explain_format import parameters_text
from sodesk.reports.explain_rules import regime_label
from sodesk.services import explain as svc
from sodesk.services.errors import InputRejected
from sodesk.services.output import OutputRefused
from sodesk.services.users import SignedIn
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.jobs import Cancelled, Job, Progress
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.models.sort_proxy import ValueSortProxy
from sodesk.ui.pages.base import Context
from sodesk.ui.widgets.fields import selectable_label

_C = "OriginDialog"
FOLDER_SETTING = "reports/folder"


def _amount(row: ExplainRow, hours: bool) -> str:
    return display.number(row.amount) if hours else display.euro(row.amount)


def _fields(hours: bool) -> tuple[Field, ...]:
    return (
        Field(
            QT_TRANSLATE_NOOP("OriginDialog", "Personnel number"),
            lambda r: r.personnel_number or "–",
            lambda r: r.personnel_number or "",
        ),
        Field(
            QT_TRANSLATE_NOOP("OriginDialog", "Month"),
            lambda r: display.month_nl(r.month),
            lambda r: r.month,
        ),
        Field(
            QT_TRANSLATE_NOOP("OriginDialog", "Amount"),
            lambda r: _amount(r, hours),
            lambda r: r.amount,
            right=True,
            warn=lambda r: r.amount < 0,
        ),
        figure_column(
            QT_TRANSLATE_NOOP("OriginDialog", "Paid hours"), lambda r: r.paid_hours, display.hours
        ),
        figure_column(
            QT_TRANSLATE_NOOP("OriginDialog", "Productive hours"),
            lambda r: r.productive_hours,
            display.hours,
        ),
        figure_column(
            QT_TRANSLATE_NOOP("OriginDialog", "Share"), lambda r: r.share, display.percent
        ),
        Field(
            QT_TRANSLATE_NOOP("OriginDialog", "Wage value"),
            lambda r: display.percent(r.wage_value, 0),
            lambda r: r.wage_value,
            right=True,
        ),
        figure_column(
            QT_TRANSLATE_NOOP("OriginDialog", "Minimum wage"),
            lambda r: r.minimum_wage,
            display.rate,
        ),
        Field(QT_TRANSLATE_NOOP("OriginDialog", "Regime"), lambda r: regime_label(r.regime)),
        Field(QT_TRANSLATE_NOOP("OriginDialog", "Source"), lambda r: r.source),
        Field(
            QT_TRANSLATE_NOOP("OriginDialog", "Parameters"), lambda r: parameters_text(r.parameters)
        ),
    )


def may_explain(who: SignedIn | None) -> bool:
    """Whether ``who`` may open Herkomst (the service's own check, asked without raising)."""
    try:
        svc.check_may_explain(who)
    except svc.ExplainRefused:
        return False
    return True


class OriginDialog(QDialog):
    """Herkomst of one figure: ``subject`` is ``activity``, ``municipality`` or ``company``."""

    # emitted when the rows have arrived (or the computation failed): tests wait for it
    loaded = Signal()

    def __init__(
        self,
        context: Context,
        subject: str,
        code: str,
        figure: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.subject, self.code, self.figure = subject, code, figure
        self.explanation: Explanation | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Origin of a figure"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Computing…"))
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.rule = selectable_label()
        layout.addWidget(self.rule)
        self.model = RecordTableModel(_C, _fields(False), self)
        self.proxy = ValueSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        bottom.addWidget(self.total, 1)
        self.export = QPushButton(self.tr("Export to Excel"))
        self.export.setEnabled(False)
        self.export.clicked.connect(self._ask_export)
        bottom.addWidget(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._start()

    def is_busy(self) -> bool:
        return self._job is not None

    def _start(self) -> None:
        context, user = self.context, getattr(self.context, "user", None)
        period = context.period
        subject: dict[str, Any] = {self.subject: True if self.subject == "company" else self.code}

        def work(_progress: Progress, _cancelled: Cancelled) -> Explanation | Exception:
            try:
                return svc.explain(
                    context.workspace, user, period.start, period.end, self.figure, **subject
                )
            except (svc.ExplainRefused, InputRejected) as problem:
                return problem

        job = Job(work)
        job.signals.succeeded.connect(self._arrived)
        job.signals.failed.connect(lambda message, _details: self._arrived(RuntimeError(message)))
        self._job = context.jobs.start(job)

    def _arrived(self, result: Any) -> None:
        self._job = None
        if isinstance(result, Exception):
            self.heading.setText(self.tr("This figure cannot be explained"))
            self.rule.setText(str(result))
            self.loaded.emit()
            return
        self.show_explanation(result)
        self.loaded.emit()

    def show_explanation(self, explanation: Explanation) -> None:
        """Show the rows, the rule and the total of ``explanation``."""
        self.explanation = explanation
        period = explanation.period
        self.heading.setText(
            self.tr("Origin: %1 of %2, %3 to %4")
            .replace("%1", explanation.figure_name)
            .replace("%2", explanation.name)
            .replace("%3", display.date_nl(period.start))
            .replace("%4", display.date_nl(period.end))
        )
        self.rule.setText(explanation.rule)
        hours = explanation.is_hours
        self.model = RecordTableModel(_C, _fields(hours), self)
        self.proxy.setSourceModel(self.model)
        self.model.set_rows(explanation.rows)
        self.table.resizeColumnsToContents()
        shown = display.number if hours else display.euro
        self.total.setText(
            self.tr("Total of %1 rows: %2 (the report: %3)")
            .replace("%1", str(len(explanation.rows)))
            .replace("%2", shown(explanation.total))
            .replace("%3", shown(explanation.report_figure))
        )
        self.export.setEnabled(True)

    def shown_rows(self) -> list[ExplainRow]:
        """The rows in the order the table shows them (after sorting)."""
        return [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]  # fmt: skip

    def export_to(self, path: Path) -> Path:
        """Save the rows as an Excel workbook at ``path`` (.xlsx added when missing)."""
        assert self.explanation is not None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        svc.save(self.context.workspace, self.explanation, "xlsx", path)
        return path

    def _ask_export(self) -> None:
        if self.explanation is None:
            return
        folder = Path(str(QSettings().value(FOLDER_SETTING, str(Path.home()))))
        suggested = folder / svc.default_file_name(self.explanation, "xlsx")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save origin as"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            try:
                self.export_to(Path(name))
            except OutputRefused as refused:  # the live database, a device, no permission
                QMessageBox.warning(self, self.tr("Not saved"), str(refused))


def open_origin(
    parent: QWidget, context: Context, subject: str, code: str, figure: str
) -> OriginDialog | None:
    """Open Herkomst of one figure (non-modal); None for a role that does not see money."""
    if not may_explain(getattr(context, "user", None)):
        return None
    dialog = OriginDialog(context, subject, code, figure, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class DoubleClicks(QObject):
    """Calls ``then(key)`` when one of the watched widgets is double-clicked."""

    def __init__(self, then: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._then = then
        self._keys: dict[QObject, str] = {}

    def watch(self, widget: QWidget, key: str, tip: str | None = None) -> None:
        self._keys[widget] = key
        widget.installEventFilter(self)
        if tip is not None:
            widget.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick and watched in self._keys:
            self._then(self._keys[watched])
            return True
        return False
