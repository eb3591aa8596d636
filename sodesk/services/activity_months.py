"""Every activity line's figures per month of a period, for the activity card's month tab.

Why a service: the window asks for the months and gets plain figures; the company run over
the period is made once here, with a recorder that keeps the months apart
(:mod:`sodesk.reports.activity_months`), and each month's figures equal the activity report
over that month alone.
"""

from __future__ import annotations

from collections.abc import Callable

from sodesk.domain.period import Period
from sodesk.reports.activity_months import MonthLine, MonthLines, monthly_lines
from sodesk.services.report_data import run_company
from sodesk.services.workspace import Workspace
from sodesk.storage.activity_source import read_activity_records

__all__ = ["MonthLine", "activity_months"]


def activity_months(
    workspace: Workspace, period: Period, cancelled: Callable[[], bool] = lambda: False
) -> dict[str, list[MonthLine]]:
    """Every line's figures per month of ``period``, by code (None in a month without any).

    Returns what was found so far when ``cancelled`` turns true (the caller drops it).
    """
    company = workspace.company_name()
    with workspace.sessions() as session:
        recorder = MonthLines()
        run = run_company(session, period, recorder)
        records = read_activity_records(session, period)
    return monthly_lines(run, recorder, records, company, cancelled)
