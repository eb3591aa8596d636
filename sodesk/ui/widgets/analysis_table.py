"""The table every Analyses tab uses: sortable by raw value, rows selected whole, read-only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView, QWidget

from sodesk.ui.models.sort_proxy import ValueSortProxy
from sodesk.ui.widgets.history_table import read_only_table


def sorted_table(model: QAbstractItemModel, parent: QWidget) -> tuple[QTableView, ValueSortProxy]:
    """A table over ``model`` through a :class:`ValueSortProxy`, first column ascending."""
    proxy = ValueSortProxy(parent)
    proxy.setSourceModel(model)
    table = read_only_table(proxy, parent)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setResizeContentsPrecision(50)
    return table, proxy
