"""What the outlook report reads beside the services' outlook and plan.

Why apart: the report (:func:`sodesk.reports.outlook.build_outlook_report`) is then a
builder over these plain records (:class:`sodesk.storage.records.OutlookRecords`) and never
touches a session.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.storage import tables as t
from sodesk.storage.parameters_repo import load_parameter_set
from sodesk.storage.records import OutlookRecords, PensionAge


def read_outlook_records(session: Session) -> OutlookRecords:
    """The statutory regime of 2028 and every known pension age, by year."""
    rows = sorted(session.scalars(select(t.PensionAgeRow)), key=lambda r: r.year)
    return OutlookRecords(
        load_parameter_set(session).statutory_sheltered,
        [PensionAge(r.year, r.years, r.months, r.status) for r in rows],
    )
