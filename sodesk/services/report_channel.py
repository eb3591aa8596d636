"""The names of the tasks the desktop may hand to its report process.

Here, apart from :mod:`sodesk.services.report_tasks`, so the desktop can name a task without
importing the report modules (:mod:`sodesk.services.report_client` sends it).
"""

from __future__ import annotations

ACTIVITY_REPORT = "activity_report"
#: the activity report of the period the window opens with, computed ahead and kept in the
#: process's cache (SQLite only), before the desktop has opened the database itself; the
#: reply is that period
FIRST_FIGURES = "first_figures"
#: everything the Analyses page shows for a period (sodesk.services.analyses_view)
ANALYSES = "analyses"
