"""Herstellen… beside the audit-log table: an administrator puts a deleted record back.

The button is enabled when the selected line of the log belongs to a deletion. It asks first
(which record, deleted by whom and when), then why (the reason dialog of the settings editor),
then runs services.restore in one transaction. Like the other settings saves it is a single
small insert, so it runs on the UI thread. The result, or the refusal naming the record and
why, stays beside the table; ``restored`` tells the page to reload the log.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.services import parameters as params
from sodesk.services import restore as svc
from sodesk.services.database import Sessions
from sodesk.services.users import SignedIn
from sodesk.ui.pages.parts import current_record
from sodesk.ui.widgets.fields import FieldMessage
from sodesk.ui.widgets.settings_editor import ask_reason

PANEL_WIDTH = 270


class RestorePanel(QWidget):
    """The "Herstellen…" button and the message of the last restore, for ``table``'s log."""

    restored = Signal(str)

    def __init__(
        self,
        table: QTableView,
        sessions: Sessions,
        user: SignedIn | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restorePanel")
        self.setFixedWidth(PANEL_WIDTH)
        self.table = table
        self.sessions = sessions
        self.user = user
        #: asks for the reason / confirmation; a test may drive the real dialogs
        self.ask_reason: Callable[[QWidget | None], str | None] = ask_reason
        self.confirm: Callable[[params.Change], bool] = self._confirm
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        explanation = QLabel(
            self.tr(
                "Select a line of a deletion to put the record back as it was. The restore "
                "itself goes into the audit log."
            ),
            wordWrap=True,
        )
        self.button = QPushButton(self.tr("Restore…"))
        self.button.setObjectName("restoreButton")
        self.button.setEnabled(False)
        self.button.clicked.connect(self.restore_selected)
        self.done = QLabel()
        self.done.setObjectName("restoreDone")
        self.done.setWordWrap(True)
        self.done.setVisible(False)
        self.refusal = FieldMessage()
        self.refusal.setObjectName("restoreRefusal")
        layout.addWidget(explanation)
        layout.addWidget(self.button)
        layout.addWidget(self.done)
        layout.addWidget(self.refusal)
        layout.addStretch(1)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        table.model().modelReset.connect(self._update)

    def selected(self) -> params.Change | None:
        change = current_record(self.table)
        return change if isinstance(change, params.Change) else None

    def _update(self) -> None:
        change = self.selected()
        self.button.setEnabled(change is not None and svc.is_deletion(change.action))

    def _confirm(self, change: params.Change) -> bool:
        box = QMessageBox(self)
        box.setObjectName("restoreConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a deleted record"))
        name = svc.record_name(change.table, change.record)
        box.setText(
            self.tr("Restore %1, deleted by %2 on %3? It is inserted again as it was.")
            .replace("%1", name[:1].upper() + name[1:])
            .replace("%2", change.user)
            .replace("%3", f"{display.date_nl(change.at.date())} {change.at:%H:%M}")
        )
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        accepted = box.clickedButton() is yes
        box.deleteLater()
        return accepted

    def restore_selected(self) -> None:
        """Ask, restore, and say what happened beside the table."""
        change = self.selected()
        if change is None or not svc.is_deletion(change.action) or not self.confirm(change):
            return
        reason = self.ask_reason(self)
        if reason is None:
            return
        self.done.setVisible(False)
        self.refusal.clear_message()
        try:
            result = svc.restore_deletion(self.sessions, change.id, reason, self.user)
        except svc.RestoreRefused as refusal:
            self.refusal.say(refusal.message)
            return
        self.done.setText(result.message)
        self.done.setVisible(True)
        self.restored.emit(result.message)
