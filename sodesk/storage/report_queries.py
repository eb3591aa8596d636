"""Small reads for the municipal and questionnaire reports (gemeenterapportage, uitvraag).

Why a module of its own: :mod:`sodesk.storage.queries` feeds the company-wide attribution
(R6); these feed the figures around it: who is employed on a date (realisation, R10), the
waiting list (wachtlijst, R10), the regional table (regions_2025.csv) and the sector's work
type mix (worktype_mix_2023.csv, R11). The contract hours on a date are summed in SQL, one
row per worker; the waiting list and the reference tables are small and read whole. Hour
rows are never loaded here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sodesk.domain.enums import TargetGroup, WorkType
from sodesk.domain.money import fraction_from_percent
from sodesk.domain.realisation import WaitingEntry
from sodesk.storage import tables as t
from sodesk.storage.queries import exact
from sodesk.storage.records import NATIONAL_REGION, MunicipalityKey, RegionFigures

__all__ = [
    "NATIONAL_REGION",
    "MunicipalityKey",
    "RegionFigures",
    "contract_hours_on",
    "municipalities",
    "region_figures",
    "waiting_entries",
    "work_type_mix",
]


def municipalities(session: Session) -> dict[str, MunicipalityKey]:
    """Every municipality by code, sorted by code."""
    rows = session.execute(
        select(t.MunicipalityRow.id, t.MunicipalityRow.code, t.MunicipalityRow.name).order_by(
            t.MunicipalityRow.code
        )
    )
    return {code: MunicipalityKey(i, code, name) for i, code, name in rows}


def contract_hours_on(
    session: Session, day: dt.date, municipality_id: int
) -> list[tuple[TargetGroup, Decimal]]:
    """Per worker of the municipality in employment on ``day``: target group, contract hours.

    A worker with two employments on the day gets one row with the hours summed (R10).
    """
    e = t.EmploymentRow
    w = t.WorkerRow
    query = (
        select(w.id, w.target_group, func.sum(e.contract_hours_per_week))
        .join(e, e.worker_id == w.id)
        .where(
            w.municipality_id == municipality_id,
            e.start_date <= day,
            or_(e.end_date.is_(None), e.end_date >= day),
        )
        .group_by(w.id, w.target_group)
        .order_by(w.id)
    )
    return [(group, exact(hours)) for _, group, hours in session.execute(query)]


def waiting_entries(session: Session, municipality_id: int, code: str) -> list[WaitingEntry]:
    """The municipality's waiting list (every entry; the domain decides who waits on a date)."""
    rows = session.scalars(
        select(t.WaitingListRow)
        .where(t.WaitingListRow.municipality_id == municipality_id)
        .order_by(t.WaitingListRow.reference)
    )
    return [
        WaitingEntry(code, r.reference, r.advice_date, r.placeable, r.reason, r.placed_on)
        for r in rows
    ]


def region_figures(session: Session, region: str) -> RegionFigures | None:
    """The regional table's row for ``region`` (or :data:`NATIONAL_REGION`), or None."""
    row = session.get(t.RegionRow, region)
    if row is None:
        return None
    return RegionFigures(
        row.region,
        row.target_end_2025,
        row.working_sep_2025,
        fraction_from_percent(exact(row.share_percent)),
    )


def work_type_mix(session: Session) -> dict[WorkType, Decimal]:
    """The sector's share of sheltered workers per work type in 2023, as fractions."""
    return {
        row.work_type: fraction_from_percent(exact(row.sector_2023_percent))
        for row in session.scalars(select(t.WorkTypeMixRow))
    }
