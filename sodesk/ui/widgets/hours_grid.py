"""The week grid's table view: typing a number edits, Enter moves down, Tab moves right.

A team leader types a week of hours without the mouse (SCREENS.md "Hours"): any key starts
editing the current cell, Enter (or Return) saves the cell and moves one row down, Tab saves
and moves right (Qt's own EditNextItem; cells outside an employment are disabled, so Tab
skips them), the arrows move freely, Escape drops the cell's edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from sodesk.ui.models.hours_week import CONTRACT, NAME, TOTAL
from sodesk.ui.models.sort_proxy import Index

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class HoursDelegate(QStyledItemDelegate):
    """A plain line edit, right-aligned, with the cell's text selected."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("hoursCellEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor


class HoursGridView(QTableView):
    """A QTableView tuned for typing hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursGrid")
        self.setItemDelegate(HoursDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)

    def fit_columns(self) -> None:
        """Name stretches; days share a fixed width; totals fit their text."""
        header = self.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(NAME + 1, TOTAL):
            self.setColumnWidth(column, 76)
        header.setSectionResizeMode(TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CONTRACT, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(100)  # a team has 2,000 rows: measure a sample

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the editor
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and self.state() != QAbstractItemView.State.EditingState:
            self._move_down()
            event.accept()
            return
        super().keyPressEvent(event)

    def _move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)
        self.setFocus()
