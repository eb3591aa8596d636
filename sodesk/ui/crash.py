"""What the window does with an error nobody caught (onverwachte fout): log it, then say so.

Installed as ``sys.excepthook`` by the application, so an exception raised in any slot ends
here instead of only on a console nobody reads. What a user can mend gets a plain message: a
database that cannot be reached or is busy and a save that someone else overtook
(services.database tells them apart). Everything else is a bug: its traceback goes to the
rotating log file (services.logs.log_unexpected) and a dialog shows the details in a text
box with "Copy" and names the log file, so a user can send both.

The dialogs open window-modal without a nested event loop (``open``, not ``exec``): an
error raised while one is showing is logged, and does not stack a second dialog on top.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.services.database import is_overtaken, unreachable
from sodesk.services.logs import log_unexpected

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def known_problem(error: BaseException) -> str | None:
    """A plain message for an error a user can mend, or None for a bug."""
    if is_overtaken(error):
        return QCoreApplication.translate(
            "CrashHandler",
            "Someone else changed this record while you were editing it. Your change was not "
            "saved: refresh (F5), look at the new values and make your change again.",
        )
    detail = unreachable(error)
    if detail is not None:
        return QCoreApplication.translate(
            "CrashHandler",
            "The database cannot be reached or is busy. Nothing was lost: check the network "
            "or wait a moment, then try again.\n\n%1",
        ).replace("%1", detail)
    return None


class CrashDialog(QDialog):
    """An unexpected error: what happened, the details to copy, and where the log is."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "sodesk ran into an unexpected error. What you were doing may not have been "
                "finished; saved data is safe. Please send the details below and the log "
                "file to your administrator."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(620, 240)
        layout.addWidget(self.details, 1)
        self.log_label = QLabel(self.tr("Log file: %1").replace("%1", str(log_path)))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        layout.addWidget(self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("Copy"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class CrashHandler:
    """``sys.excepthook`` for the desktop: known problems told plainly, bugs logged and shown."""

    def __init__(self, parent: Callable[[], QWidget | None] | None = None) -> None:
        self._parent = parent or QApplication.activeWindow
        self._previous: Hook | None = None
        #: the dialog on screen now (None when none is); one at a time
        self.dialog: QDialog | None = None

    def install(self) -> CrashHandler:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous is not None:
            sys.excepthook = self._previous

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, trace)
            return
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        message = known_problem(error)
        if message is None:
            path = log_unexpected(error)
            details = "".join(traceback.format_exception(kind, error, trace))
            if self.dialog is None:
                self._show(CrashDialog(details, path, self._parent()))
        elif self.dialog is None:
            box = QMessageBox(QMessageBox.Icon.Warning, "sodesk", message)
            box.setObjectName("problemMessage")
            box.setParent(self._parent(), box.windowFlags())
            self._show(box)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def install_crash_handler() -> CrashHandler:
    """Make the crash handler ``sys.excepthook``; returns it (``uninstall`` restores the old)."""
    return CrashHandler().install()
