"""The part every list-backed table model repeats: rows in a list under fixed headers.

Row and column counts and the horizontal header (English, marked with QT_TRANSLATE_NOOP in
the subclass's own context and translated here in that context) are the same for the record
lists, the task editor and the municipality's years; each subclass adds its cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from sodesk.ui.models.sort_proxy import Index


class ListTableModel(QAbstractTableModel):
    """Rows held in ``_rows``, one column per header."""

    def __init__(self, context: str, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._headers = tuple(headers)
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def holds(self, index: Index) -> bool:
        """Whether ``index`` is one of this table's cells (a row of ``_rows``, a header's
        column): a view may ask for any index, also one left from before a reset."""
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._headers)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return QCoreApplication.translate(self._context, self._headers[section])
        return None
