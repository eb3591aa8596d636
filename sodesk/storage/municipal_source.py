"""What the municipal report reads beside the company run and the activity report.

Why apart: the report (:func:`sodesk.reports.municipal.municipal_report`) is then a builder
over the run and these plain records (:class:`sodesk.storage.records.MunicipalRecords`) and
never touches a session.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from sodesk.domain.period import Period
from sodesk.storage import report_queries
from sodesk.storage.activity_source import activity_work_types
from sodesk.storage.records import NATIONAL_REGION, MunicipalityKey, MunicipalRecords


def read_municipal_records(
    session: Session, period: Period, key: MunicipalityKey, region: str | None
) -> MunicipalRecords:
    """Everything the municipal report of ``key`` over ``period`` reads besides the run;
    ``region`` is the municipality's labour-market region as the run knows it."""
    return MunicipalRecords(
        key=key,
        waiting=report_queries.waiting_entries(session, key.id, key.code),
        employed_at_end=report_queries.contract_hours_on(session, period.end, key.id),
        region=None if region is None else report_queries.region_figures(session, region),
        national=report_queries.region_figures(session, NATIONAL_REGION),
        sector_mix=report_queries.work_type_mix(session),
        work_types=activity_work_types(session),
    )

