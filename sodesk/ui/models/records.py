"""A read-only table of frozen records, described column by column.

The lists of the guidance and workers pages are all "one record per row, a few columns of
Dutch text, sortable by raw value": one model class serves them, each list giving its
columns as :class:`Field` (header, text, sort value, alignment). Like the activity table,
the display role shows text, SORT_ROLE the raw Decimal or date, ROW_ROLE the record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from sodesk.domain import display
from sodesk.ui.models.list_table import ListTableModel
from sodesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE, Index
from sodesk.ui.style import brush

WARNING_RED = QColor(176, 0, 32)


@dataclass(frozen=True)
class Field:
    """One column: a header (English source, translated in ``context``) and how to show it.

    Attributes:
        header: the English header, marked with QT_TRANSLATE_NOOP in the caller's context.
        text: the record's text in this column.
        sort: the raw value to sort on (defaults to the text).
        right: right-aligned (figures, dates).
        warn: when true for a record, the cell is drawn red (a word says why, never colour only).
    """

    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    right: bool = False
    warn: Callable[[Any], bool] | None = None


def figure_column(
    header: str,
    value: Callable[[Any], Any],
    show: Callable[[Any], str],
    warn: Callable[[Any], bool] | None = None,
) -> Field:
    """A right-aligned column of a figure or a date: ``show`` of the record's raw ``value``,
    which it sorts on."""
    return Field(header, lambda record: show(value(record)), value, right=True, warn=warn)


def money_column(
    header: str, value: Callable[[Any], Decimal], negative_red: bool = False
) -> Field:
    """A column of euro amounts (``display.euro``); with ``negative_red`` a loss is drawn red."""
    warn = (lambda record: value(record) < 0) if negative_red else None
    return figure_column(header, value, display.euro, warn)


class RecordTableModel(ListTableModel):
    """Rows of frozen records shown through a list of :class:`Field`."""

    def __init__(self, context: str, fields: Sequence[Field], parent: Any = None) -> None:
        super().__init__(context, [field.header for field in fields], parent)
        self._fields = tuple(fields)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def search_texts(self) -> list[str]:
        """Every row's shown text, lower case: what ValueSortProxy searches (no Qt calls)."""
        return [
            "\t".join(field.text(record) for field in self._fields).casefold()
            for record in self._rows
        ]

    def sort_values(self, column: int) -> list[Any]:
        """Every row's raw value in ``column``: what ValueSortProxy sorts on."""
        field = self._fields[column]
        get = field.sort or field.text
        return [get(record) for record in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        record = self._rows[index.row()]
        field = self._fields[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return field.text(record)
        if role == SORT_ROLE:
            return field.sort(record) if field.sort else field.text(record)
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and field.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and field.warn and field.warn(record):
            return brush("loss")
        return None
