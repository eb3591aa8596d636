"""Starts the desktop application: Qt, language, crash handler, database, log-in, main window.

``make_application`` only builds the QApplication (screenshots and tests use it and must not
meet a dialog); ``run_app`` is the interactive start: it installs the crash handler, opens
the database (``--database``, else SODESK_DATABASE_URL, else the URL stored under Settings,
else the embedded file), asks who is there, and shows the pages that role may see.
"""

from __future__ import annotations

import os
import sys
from typing import cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from sodesk.services.database import ENV_VAR, DatabaseTooNew
from sodesk.services.logs import setup_logging
from sodesk.services.report_client import ReportClient, start_reports
from sodesk.ui import i18n, sort_arrow, style
from sodesk.ui.collector import UiThreadCollector
from sodesk.ui.report_start import open_with_reports

#: QSettings key of the database chosen under Settings (used at the next start)
DATABASE_SETTING = "database_url"


def make_application(
    argv: list[str] | None = None, language: str | None = None, scheme: str | None = None
) -> QApplication:
    """The QApplication with sodesk's names (for QSettings), translations and look installed;
    ``scheme`` light or dark (None: as the system, and following it when it changes)."""
    # the application already made (a test's) is a QApplication too: sodesk makes no other
    app = cast(QApplication | None, QApplication.instance()) or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("sodesk")
    app.setApplicationName("sodesk")
    app.setApplicationDisplayName("sodesk")
    style.install(app, scheme)
    # the translators live as long as the application (Qt does not keep them); a second call
    # (a test's, or a language chosen again) replaces them instead of stacking a second set
    for earlier in getattr(app, "_sodesk_translators", []):
        app.removeTranslator(earlier)
    app._sodesk_translators = i18n.install(app, language or i18n.preferred_language())  # type: ignore[attr-defined]
    sort_arrow.install(app)
    if getattr(app, "_sodesk_collector", None) is None:  # Qt objects die on the UI thread only
        collector = UiThreadCollector(app)
        app._sodesk_collector = collector  # type: ignore[attr-defined]  # lives with the app
        app.aboutToQuit.connect(collector.stop)
    return app


def chosen_database_url(given: str | None = None) -> str | None:
    """``--database``, else SODESK_DATABASE_URL, else the URL stored under Settings."""
    return (
        given
        or os.environ.get(ENV_VAR)
        or str(QSettings().value(DATABASE_SETTING, "") or "")
        or None
    )


def run_app(database_url: str | None = None, reports: ReportClient | None = None) -> int:
    """The interactive application; ``reports`` is the report process the command line
    started before it imported Qt (started here when not given; closed here at the end)."""
    reports = reports if reports is not None else start_reports()
    try:
        return _run_app(database_url, reports)
    finally:
        if reports is not None:
            reports.close()


def _run_app(database_url: str | None, reports: ReportClient | None) -> int:
    from sodesk.ui.crash import install_crash_handler
    from sodesk.ui.login import sign_in_at_start
    from sodesk.ui.main_window import MainWindow

    app = make_application()
    if reports is not None:  # also when the application quits some other way than here
        app.aboutToQuit.connect(reports.close)
    setup_logging()
    crash_handler = install_crash_handler()
    try:
        workspace = open_with_reports(chosen_database_url(database_url), reports)
    except DatabaseTooNew as error:
        QMessageBox.critical(None, "sodesk", str(error))
        return 1
    except Exception as error:  # a database that cannot be reached: say so, do not crash
        text = app.translate("App", "The database could not be opened:\n%1").replace(
            "%1", str(error)
        )
        if not database_url and not os.environ.get(ENV_VAR) and chosen_database_url():
            text += "\n\n" + app.translate(
                "App",
                "This database was chosen under Settings. Start once with --database URL "
                "and choose another there.",
            )
        QMessageBox.critical(None, "sodesk", text)
        return 1
    try:
        user = sign_in_at_start(workspace)
        if user is None:
            return 0
        window = MainWindow(workspace, user=user, reports=reports)
        window.show()
        return app.exec()
    finally:
        crash_handler.uninstall()
        workspace.close()
