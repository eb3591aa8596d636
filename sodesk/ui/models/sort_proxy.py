"""Sorting and filtering on raw values: Decimals and dates compare as themselves.

Qt's default comparison cannot order Python objects, and a float would touch money; this
proxy orders the model's SORT_ROLE values in Python, with undefined values (None) first.
Asking the model for every cell at every comparison or keystroke freezes the window on a few
thousand workers (a pause per letter typed), so the proxy keeps per source row a rank per
sorted column and one lower-case text to search, made once after each change of the model.
Even so Qt's own sort calls back into Python once per comparison, tens of thousands of times
for a few thousand rows: when
the rows already stand in the wanted order (a service reads them sorted), the proxy keeps
the source order and Qt compares nothing, on loading as on clearing a search.
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _compare(a: Any, b: Any) -> int:
    if a is None or b is None:
        return (a is not None) - (b is not None)
    try:
        return -1 if a < b else (1 if b < a else 0)
    except TypeError:
        return -1 if str(a) < str(b) else (1 if str(b) < str(a) else 0)


class ValueSortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; filters on a search text over the displayed row and on a predicate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._search = ""
        self._accept: Any = None
        self._ranks: dict[int, list[int]] = {}
        self._texts: list[str] | None = None
        self._wanted: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def setSourceModel(self, model: Any) -> None:
        # forget before the proxy sees the new rows: old ranks for new rows crash Qt
        for signal in (
            model.modelAboutToBeReset,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.layoutAboutToBeChanged,
        ):
            signal.connect(self._forget)
        super().setSourceModel(model)
        for signal in (
            model.modelReset,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self._forget)
            signal.connect(self._apply_sort)
        self._forget()
        self._apply_sort()

    def _forget(self, *_args: Any) -> None:
        self._ranks.clear()
        self._texts = None

    # -- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._wanted = (column, order)
        self._apply_sort()

    def sortColumn(self) -> int:
        """The column the user sorts on (Qt's own is -1 while the source order is that)."""
        return self._wanted[0]

    def sortOrder(self) -> Qt.SortOrder:
        return self._wanted[1]

    def _apply_sort(self, *_args: Any) -> None:
        column, order = self._wanted
        if self.sourceModel() is None:
            return
        if column >= 0 and order == Qt.SortOrder.AscendingOrder and self._in_order(column):
            super().sort(-1, order)  # the source order is the sorted order: nothing to compare
        else:
            super().sort(column, order)

    def _in_order(self, column: int) -> bool:
        """Do the source rows already stand ascending on ``column`` (ties in any order, as a
        stable sort leaves them)?"""
        values = self._values(column)
        return all(_compare(a, b) <= 0 for a, b in itertools.pairwise(values))

    def _values(self, column: int) -> list[Any]:
        model = self.sourceModel()
        if hasattr(model, "sort_values"):  # a model that can answer without Qt calls
            return list(model.sort_values(column))
        return [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]

    def _rank(self, column: int) -> list[int]:
        """The position of each source row when sorted on ``column`` (made once)."""
        if column not in self._ranks:
            values = self._values(column)

            def by_value(i: int, j: int) -> int:
                return _compare(values[i], values[j])

            order = sorted(range(len(values)), key=functools.cmp_to_key(by_value))
            ranks = [0] * len(values)
            for position, row in enumerate(order):
                ranks[row] = position
            self._ranks[column] = ranks
        return self._ranks[column]

    def _text(self, row: int) -> str:
        if self._texts is None:
            model = self.sourceModel()
            if hasattr(model, "search_texts"):
                self._texts = model.search_texts()
                return self._texts[row]
            columns = range(model.columnCount())
            self._texts = [
                "\t".join(str(model.index(r, c).data() or "") for c in columns).casefold()
                for r in range(model.rowCount())
            ]
        return self._texts[row]

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, accept: Any) -> None:
        """``accept(row_object) -> bool``, or None to accept every row."""
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: Index, right: Index) -> bool:
        ranks = self._rank(left.column())
        return ranks[left.row()] < ranks[right.row()]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if source_parent.isValid():
            return False
        if self._accept is not None:
            row_object = self.sourceModel().index(source_row, 0).data(ROW_ROLE)
            if not self._accept(row_object):
                return False
        return not self._search or self._search in self._text(source_row)
