"""Sorting and filtering on raw values: Decimals and dates compare as themselves.

Qt's default comparison cannot order Python objects, and a float would touch money; this
proxy compares the model's SORT_ROLE values in Python, with undefined values (None) first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class ValueSortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; filters on a search text over the displayed row and on a predicate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._search = ""
        self._accept: Any = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, accept: Any) -> None:
        """``accept(row_object) -> bool``, or None to accept every row."""
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        if self._accept is not None:
            row_object = model.index(source_row, 0, source_parent).data(ROW_ROLE)
            if not self._accept(row_object):
                return False
        if not self._search:
            return True
        for column in range(model.columnCount(source_parent)):
            text = model.index(source_row, column, source_parent).data()
            if text and self._search in str(text).casefold():
                return True
        return False
