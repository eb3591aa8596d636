"""The read-only list at the top of a card's editing tab (rate history, revenue entries).

One set-up for every such list, so they select, size and look alike: whole rows, one at a
time, never edited in place (the form below the list edits), columns sized to their contents.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def history_table(model: QAbstractItemModel, minimum_height: int = 90) -> QTableView:
    """A table view over ``model``: whole rows, single selection, no editing, sized to fit."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setMinimumHeight(minimum_height)
    return table
