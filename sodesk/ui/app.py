"""Starts the desktop application: Qt, language, database, main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from sodesk.services.workspace import open_workspace
from sodesk.storage.database import DatabaseTooNew
from sodesk.ui import i18n


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with sodesk's names (for QSettings) and translations installed."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("sodesk")
    app.setApplicationName("sodesk")
    app.setApplicationDisplayName("sodesk")
    app._sodesk_translators = i18n.install(app, language or i18n.preferred_language())  # type: ignore[attr-defined]
    return app  # type: ignore[return-value]


def run_app(database_url: str | None = None) -> int:
    from sodesk.ui.main_window import MainWindow

    app = make_application()
    try:
        workspace = open_workspace(database_url)
    except DatabaseTooNew as error:
        QMessageBox.critical(None, "sodesk", str(error))
        return 1
    except Exception as error:  # a database that cannot be reached: say so, do not crash
        QMessageBox.critical(
            None,
            "sodesk",
            app.translate("App", "The database could not be opened:\n%1").replace("%1", str(error)),
        )
        return 1
    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
