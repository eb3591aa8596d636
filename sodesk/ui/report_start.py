"""The desktop's first figures asked for as soon as the database is open, so the report
process computes them while Qt builds the log-in dialog and the window.

Why a module: the application (:func:`sodesk.ui.app.run_app`) and the latency benchmark
(bench/ui_latency.py) must start the same way, or the benchmark's start-up figure would not
be the one users get. The process itself is started even earlier, before Qt is imported
(:func:`sodesk.services.report_client.start_reports`, called by ``sodesk.cli``).
"""

from __future__ import annotations

from sodesk.services.opening import complete_opening_period
from sodesk.services.report_channel import ACTIVITY_REPORT
from sodesk.services.report_client import ReportClient, url_of
from sodesk.services.workspace import Workspace, open_workspace


def open_with_reports(url: str | None, reports: ReportClient | None) -> Workspace:
    """Open the database, then ask the report process for the Overview's first figures.

    A SQLite file's figures are asked for before it is opened here (the process keeps them
    while nothing is saved); then the request the Overview page sends for its opening
    period, so the page gets the same Future (or the cached result), not a second run.
    """
    if reports is not None and url:
        reports.first_figures(url)
    workspace = open_workspace(url)
    if reports is not None:
        period = complete_opening_period(workspace)
        reports.submit(url_of(workspace), ACTIVITY_REPORT, period)
    return workspace
