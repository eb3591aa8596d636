"""One dated parameter as a short table with "New row" and "Change", and the audit-log table.

The table shows value and valid-from (or year) with the source or status, oldest first, so
the row a controller usually adds (the next half year) lands at the bottom, where the eye
ends. Editing happens in :class:`~sodesk.ui.widgets.settings_editor.ParameterDialog`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.services import audit_words as words
from sodesk.services import parameters as svc
from sodesk.services.database import Sessions
from sodesk.services.users import SignedIn
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.records import Field, RecordTableModel
from sodesk.ui.models.sort_proxy import ValueSortProxy
from sodesk.ui.pages.parts import current_record
from sodesk.ui.widgets.history_table import read_only_table
from sodesk.ui.widgets.settings_editor import ParameterDialog
from sodesk.ui.widgets.settings_form import ParameterKind, translated


def make_table(model: RecordTableModel, parent: QWidget) -> tuple[QTableView, ValueSortProxy]:
    """A sortable, read-only, row-selecting table over ``model``."""
    proxy = ValueSortProxy(parent)
    proxy.setSourceModel(model)
    table = read_only_table(proxy)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setResizeContentsPrecision(40)
    return table, proxy


def reset_rows(
    table: QTableView, model: RecordTableModel, rows: list[Any], order: Qt.SortOrder
) -> None:
    """New rows, sorted on the first column.

    The proxy is unsorted while the model resets: ValueSortProxy forgets its cached ranks
    only after the reset, and a sorted reset to more rows compared with the old ranks and
    crashed the interpreter.
    """
    proxy = table.model()
    assert isinstance(proxy, ValueSortProxy)
    proxy.sort(-1)
    model.set_rows(rows)
    table.sortByColumn(0, order)


class ParameterTable(QWidget):
    """A parameter's rows; ``saved`` carries a Dutch sentence after a row was written."""

    saved = Signal(str)

    def __init__(
        self, kind: ParameterKind, sessions: Sessions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"parameter_{kind.key}")
        self.kind = kind
        self.sessions = sessions
        #: the signed-in user the saves are checked for (the settings page sets it)
        self.who: SignedIn | None = None
        self.editable = True
        self.model = RecordTableModel("SettingsPage", kind.columns, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(translated(kind.title))
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        explanation = QLabel(translated(kind.explanation), wordWrap=True)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        self.table, self.proxy = make_table(self.model, self)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New row…"), self)  # a parent: never a window
        self.add_button.setVisible(kind.suggest is not None)
        self.edit_button = QPushButton(self.tr("Change…"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.open_editor(adding=True))
        self.edit_button.clicked.connect(lambda: self.open_editor(adding=False))
        self.table.doubleClicked.connect(lambda _index: self.open_editor(adding=False))

    def set_rows(self, rows: list[Any]) -> None:
        reset_rows(self.table, self.model, rows, Qt.SortOrder.AscendingOrder)
        self.table.scrollToBottom()

    def set_editable(self, editable: bool) -> None:
        """Job coaches and the preview without log-in only look."""
        self.editable = editable
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable)

    def selected(self) -> Any | None:
        return current_record(self.table)

    def make_editor(self, adding: bool) -> ParameterDialog | None:
        """The dialog for a new row or the selected row (None when there is nothing to edit)."""
        entry = None if adding else self.selected()
        if not self.editable or (not adding and entry is None):
            return None
        dialog = ParameterDialog(self.kind, self.sessions, entry, self.model.rows(), self)
        dialog.who = self.who
        return dialog

    def open_editor(self, adding: bool) -> None:
        dialog = self.make_editor(adding)
        if dialog is None:
            return
        if dialog.exec() == ParameterDialog.DialogCode.Accepted and dialog.saved is not None:
            self.saved.emit(
                self.tr("Saved: %1 (%2), with its reason in the audit log.")
                .replace("%1", translated(self.kind.title))
                .replace("%2", self.kind.columns[0].text(dialog.saved))
            )
        dialog.deleteLater()


CHANGES = (
    Field(
        QT_TRANSLATE_NOOP("SettingsPage", "When"),
        lambda c: f"{display.date_nl(c.at.date())} {c.at:%H:%M}",
        lambda c: (c.at, c.id),
    ),
    Field(QT_TRANSLATE_NOOP("SettingsPage", "Who"), lambda c: c.user),
    Field(QT_TRANSLATE_NOOP("SettingsPage", "Table"), lambda c: words.table_name(c.table)),
    Field(QT_TRANSLATE_NOOP("SettingsPage", "Record"), lambda c: c.record),
    Field(
        QT_TRANSLATE_NOOP("SettingsPage", "Field"), lambda c: words.field_name(c.field, c.action)
    ),
    Field(QT_TRANSLATE_NOOP("SettingsPage", "Old → new"), lambda c: _old_to_new(c)),
    Field(QT_TRANSLATE_NOOP("SettingsPage", "Reason"), lambda c: c.reason or ""),
)


def _old_to_new(change: svc.Change) -> str:
    """'nee → ja', '14,06 → 14,50': the logged values as a user reads them."""
    old = words.value_text(change.field, change.old)
    new = words.value_text(change.field, change.new)
    return f"{old if old is not None else '–'} → {new if new is not None else '–'}"


class ChangesTable(QWidget):
    """The last lines of the audit log (Wijzigingen): who changed what, when and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changes")
        self.model = RecordTableModel("SettingsPage", CHANGES, self)
        layout = QVBoxLayout(self)
        self.caption = QLabel(wordWrap=True)
        layout.addWidget(self.caption)
        self.table, self.proxy = make_table(self.model, self)
        header = self.table.horizontalHeader()
        for column, width in ((3, 110), (5, 260)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        #: the table, and beside it what the page adds (the restore panel, for administrators)
        self.side = QHBoxLayout()
        self.side.addWidget(self.table, 1)
        layout.addLayout(self.side, 1)

    def set_rows(self, rows: list[svc.Change]) -> None:
        reset_rows(self.table, self.model, rows, Qt.SortOrder.DescendingOrder)
        self.caption.setText(
            self.tr("The last %1 changes, the newest first. Passwords are never shown.").replace(
                "%1", str(len(rows))
            )
        )
