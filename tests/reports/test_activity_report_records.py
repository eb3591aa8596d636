"""The activity report is a builder over the company run and plain records: made after the
session closed, it is the report made through the session."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sodesk.domain.period import Period
from sodesk.reports.activities import activity_report
from sodesk.services.report_data import build_activity_report, run_company
from sodesk.services.workspace import Workspace
from sodesk.storage.activity_source import read_activity_records


def test_the_report_from_records_is_the_report_through_the_session(
    demo_workspace: Workspace,
) -> None:
    period = Period(dt.date(2025, 3, 15), dt.date(2025, 11, 30))
    company = demo_workspace.company_name()
    with demo_workspace.sessions() as session:
        through_session = build_activity_report(session, period, company)
        run = run_company(session, period)
        records = read_activity_records(session, period)
    from_records = activity_report(run, records, company)  # no session left
    moment = dt.datetime(2000, 1, 1)
    assert dataclasses.replace(from_records, generated_at=moment) == dataclasses.replace(
        through_session, generated_at=moment
    )
    assert from_records.lines and from_records.client_names
