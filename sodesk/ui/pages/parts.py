"""Pieces several pages build alike: their lists, two resizable panes, the calculating panel,
the municipality.

Each is the one place where a kind of widget gets its usual setup, so that the pages differ
only where they mean to (a column that stretches, a sort order).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain.enums import WorkType
from sodesk.domain.period import Period
from sodesk.services.overview import MunicipalityChoice
from sodesk.services.report_channel import ACTIVITY_REPORT
from sodesk.services.report_client import compute
from sodesk.ui.labels import label
from sodesk.ui.models.sort_proxy import ROW_ROLE, ValueSortProxy
from sodesk.ui.pages.base import Context

if TYPE_CHECKING:
    from sodesk.reports.activities import ActivityReport


def search_box(placeholder: str) -> QLineEdit:
    """The page's search field (Ctrl+F finds it), with a button that empties it."""
    box = QLineEdit(placeholderText=placeholder)
    box.setClearButtonEnabled(True)
    return box


def work_type_choice(every: str, data: Callable[[WorkType], object]) -> QComboBox:
    """A filter on the work type: ``every`` (data None) first, then each work type's name."""
    combo = QComboBox()
    combo.addItem(every, None)
    for work_type in WorkType:
        combo.addItem(label(work_type), data(work_type))
    return combo


def list_table(model: QAbstractItemModel, sorting: bool = True, wrap: bool = True) -> QTableView:
    """A list of records: whole rows selected one at a time, alternating colours, no numbers."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(sorting)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(wrap)
    return table


def sorted_table(model: QAbstractItemModel, parent: QObject) -> tuple[QTableView, ValueSortProxy]:
    """A sortable list over ``model`` whose columns fit their text, the last one the rest."""
    proxy = ValueSortProxy(parent)
    proxy.setSourceModel(model)
    table = list_table(proxy, wrap=False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # measure the first rows only: measuring every row froze the window on long lists
    header.setResizeContentsPrecision(40)
    header.setStretchLastSection(True)
    return table, proxy


def current_record(table: QTableView) -> Any:
    """The record (ROW_ROLE) of the table's current row; None without one."""
    index = table.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def find_row(model: QAbstractItemModel, wanted: Callable[[Any], bool]) -> int | None:
    """The first row whose record (ROW_ROLE) ``wanted`` accepts; None when none does."""
    for row in range(model.rowCount()):
        if wanted(model.index(row, 0).data(ROW_ROLE)):
            return row
    return None


def two_panes(
    first: QWidget,
    second: QWidget,
    sizes: tuple[int, int] | None = None,
    stretch: tuple[int, int] | None = None,
    vertical: bool = False,
) -> QSplitter:
    """``first`` beside ``second`` (above it when ``vertical``), the border between them
    draggable: ``sizes`` in pixels to start with, ``stretch`` how they share a resized window."""
    splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    splitter.addWidget(first)
    splitter.addWidget(second)
    for pane, factor in enumerate(stretch or ()):
        splitter.setStretchFactor(pane, factor)
    if sizes is not None:
        splitter.setSizes(list(sizes))
    return splitter


def loading_stack(content: QWidget, empty: QWidget, busy_text: str) -> QStackedWidget:
    """The content (index 0), what to do when it is empty (1) and a calculating panel (2)."""
    busy = QWidget()
    busy_layout = QVBoxLayout(busy)
    busy_label = QLabel(busy_text)
    busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    bar = QProgressBar()
    bar.setRange(0, 0)
    busy_layout.addStretch(1)
    busy_layout.addWidget(busy_label)
    busy_layout.addWidget(bar)
    busy_layout.addStretch(1)
    stack = QStackedWidget()
    for widget in (content, empty, busy):
        stack.addWidget(widget)
    return stack


def activity_report_of(
    context: Context, period: Period, fresh: bool
) -> Callable[[Callable[[], bool]], ActivityReport]:
    """The activity report of ``period`` as a page's job computes it (given whether it is
    cancelled): in the report process when there is one, where the Overview's request and
    the Activities page's are computed once."""
    workspace, reports, who = context.workspace, context.reports, getattr(context, "user", None)

    def report(cancelled: Callable[[], bool]) -> ActivityReport:
        computed: ActivityReport = compute(
            reports, workspace, ACTIVITY_REPORT, period, fresh=fresh, cancelled=cancelled, who=who
        )
        return computed

    return report


class MunicipalityChooser(QComboBox):
    """The municipality of the window's context: every page that counts per municipality.

    "All municipalities" first, then each as "Name (CODE)" with the code as its data;
    choosing one sets the context's municipality, which holds for every page until changed.
    """

    # the user chose a municipality (the context holds it already)
    chosen = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.addItem(self.tr("All municipalities"), None)
        self.currentIndexChanged.connect(self._chosen)

    def set_choices(self, choices: list[MunicipalityChoice]) -> None:
        """Offer ``choices`` (unless they are offered already) and show the context's one."""
        known = [self.itemData(i) for i in range(1, self.count())]
        if known != [choice.code for choice in choices]:
            self.blockSignals(True)
            while self.count() > 1:
                self.removeItem(1)
            for choice in choices:
                self.addItem(f"{choice.name} ({choice.code})", choice.code)
            self.blockSignals(False)
        self.sync()

    def sync(self) -> None:
        """Show the municipality chosen elsewhere (the context holds it for every page)."""
        found = self.findData(self.context.municipality)
        self.blockSignals(True)
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)

    def code(self) -> str | None:
        """The chosen municipality's code; None for all of them."""
        return self.currentData()

    def _chosen(self) -> None:
        self.context.municipality = self.currentData()
        self.chosen.emit()
