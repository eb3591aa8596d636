"""Read-only tables: the list at the top of a card's editing tab (rate history, revenue
entries), a municipality's waiting list, and, through
:func:`sodesk.ui.widgets.analysis_table.sorted_table` and
:func:`sodesk.ui.widgets.settings_tables.make_table`, the Analyses and Settings tabs.

One set-up for every such table, so they select, size and look alike: whole rows, one at a
time, never edited in place (a form edits), columns sized to their contents.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def read_only_table(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A table view over ``model``: whole rows, single selection, no editing, sized to fit."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def history_table(model: QAbstractItemModel, minimum_height: int = 90) -> QTableView:
    """:func:`read_only_table` with room for a few rows above the card's form."""
    table = read_only_table(model)
    table.setMinimumHeight(minimum_height)
    return table
