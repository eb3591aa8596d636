"""The table every Analyses tab uses: sortable by raw value, rows selected whole, read-only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from sodesk.ui.models.sort_proxy import ValueSortProxy


def sorted_table(model: QAbstractItemModel, parent: QWidget) -> tuple[QTableView, ValueSortProxy]:
    """A table over ``model`` through a :class:`ValueSortProxy`, first column ascending."""
    proxy = ValueSortProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(50)
    header.setStretchLastSection(True)
    return table, proxy
