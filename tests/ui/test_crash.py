"""An error nobody caught: a bug is logged and shown with its details; known problems plainly."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from sodesk.services.logs import log_file
from sodesk.ui.crash import CrashDialog, CrashHandler, install_crash_handler


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The log goes to a folder of this test (platformdirs reads XDG_STATE_HOME)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert log_file().is_relative_to(tmp_path)
    return tmp_path


def _raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:
        return caught


def test_a_bug_is_logged_and_shown_with_details_to_copy(
    dutch_app: QApplication, qtbot: QtBot, log_folder: Path
) -> None:
    handler = CrashHandler()
    error = _raised(ValueError("kapot bij regel 123"))
    handler(type(error), error, error.__traceback__)
    dialog = handler.dialog
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert details.startswith("Traceback") and "ValueError: kapot bij regel 123" in details
    assert "test_crash.py" in details
    assert dialog.windowTitle() == "Onverwachte fout"
    assert str(log_file()) in dialog.log_label.text()
    logged = log_file().read_text(encoding="utf-8")
    assert "onverwachte fout" in logged and "ValueError: kapot bij regel 123" in logged
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    assert dialog.copy_button.text() == "Gekopieerd"
    # a second error while the dialog is open is logged, not stacked on top
    second = _raised(KeyError("tweede"))
    handler(type(second), second, second.__traceback__)
    assert handler.dialog is dialog
    assert "KeyError: 'tweede'" in log_file().read_text(encoding="utf-8")
    dialog.reject()
    assert handler.dialog is None


def test_known_problems_get_a_plain_message_and_no_traceback(
    dutch_app: QApplication, qtbot: QtBot, log_folder: Path
) -> None:
    handler = CrashHandler()
    locked = _raised(OperationalError("UPDATE hours", {}, Exception("database is locked")))
    handler(type(locked), locked, locked.__traceback__)
    box = handler.dialog
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert box.text().startswith("De database is niet bereikbaar of bezet.")
    assert "database is locked" in box.text() and "Traceback" not in box.text()
    box.reject()
    stale = _raised(StaleDataError("UPDATE statement on table 'workers' expected 1 row"))
    handler(type(stale), stale, stale.__traceback__)
    box = handler.dialog
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert box.text().startswith("Iemand anders heeft dit gegeven gewijzigd")
    box.reject()
    assert not log_file().exists() or "Traceback" not in log_file().read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_error_raised_in_a_slot_reaches_the_dialog(
    dutch_app: QApplication, qtbot: QtBot, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handler = install_crash_handler()
    assert sys.excepthook is handler

    def broken_slot() -> None:
        raise RuntimeError("fout in een slot")

    button = QPushButton("Doe iets")
    qtbot.addWidget(button)
    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None, timeout=5_000)
    dialog = handler.dialog
    assert isinstance(dialog, CrashDialog)
    qtbot.addWidget(dialog)
    assert "broken_slot" in dialog.details.toPlainText()
    assert "RuntimeError: fout in een slot" in log_file().read_text(encoding="utf-8")
    dialog.reject()
    handler.uninstall()
    assert sys.excepthook is not handler
