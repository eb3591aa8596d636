"""Reads workers with their employments, measurements and placements as domain records.

These tables are small (one row per worker, a few per employment or measurement), so they
are read whole; the large ones (hours, guidance) are aggregated in :mod:`queries`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.enums import ReassessTerm
from sodesk.domain.parameters import MunicipalityTerms
from sodesk.domain.wage_value import Measurement
from sodesk.domain.worker_month import Employment, WorkerFacts
from sodesk.engine.records import Placement, WorkerRecord
from sodesk.storage import tables as t

__all__ = ["Placement", "WorkerRecord", "load_workers", "measurements_by_worker"]

T = TypeVar("T")


def load_workers(
    session: Session, municipalities: dict[int, MunicipalityTerms]
) -> dict[int, WorkerRecord]:
    """Every worker, by database id (through Core: plain rows, not the ORM's machinery)."""
    connection = session.connection()
    employments = _per_worker(
        connection.execute(
            select(
                t.EmploymentRow.worker_id,
                t.EmploymentRow.start_date,
                t.EmploymentRow.end_date,
                t.EmploymentRow.contract_hours_per_week,
                t.EmploymentRow.hourly_wage,
            ).order_by(t.EmploymentRow.worker_id, t.EmploymentRow.start_date)
        ),
        Employment,
    )
    measurements = measurements_by_worker(session)
    placements = _per_worker(
        connection.execute(
            select(
                t.PlacementRow.worker_id,
                t.PlacementRow.work_type,
                t.PlacementRow.activity_id,
                t.PlacementRow.start_date,
                t.PlacementRow.end_date,
            ).order_by(t.PlacementRow.worker_id, t.PlacementRow.start_date)
        ),
        Placement,
    )
    workers = {}
    for row in connection.execute(
        select(
            t.WorkerRow.id,
            t.WorkerRow.personnel_number,
            t.WorkerRow.target_group,
            t.WorkerRow.municipality_id,
            t.WorkerRow.coach,
            t.WorkerRow.birth_date,
        )
    ):
        facts = WorkerFacts(
            personnel_number=row.personnel_number,
            target_group=row.target_group,
            municipality=municipalities[row.municipality_id],
            employments=tuple(employments.get(row.id, ())),
            measurements=tuple(measurements.get(row.id, ())),
        )
        workers[row.id] = WorkerRecord(
            row.id,
            facts,
            row.municipality_id,
            row.coach,
            row.birth_date,
            tuple(placements.get(row.id, ())),
        )
    return workers


def measurements_by_worker(
    session: Session, worker_ids: Collection[int] | None = None
) -> dict[int, list[Measurement]]:
    """The measurements of ``worker_ids`` (None: of every worker), oldest first per worker."""
    query = select(
        t.WageValueRow.worker_id,
        t.WageValueRow.measured_on,
        t.WageValueRow.wage_value,
        t.WageValueRow.reassess_term,
        t.WageValueRow.method,
        t.WageValueRow.assessor,
    ).order_by(t.WageValueRow.worker_id, t.WageValueRow.measured_on)
    if worker_ids is not None:
        query = query.where(t.WageValueRow.worker_id.in_(worker_ids))
    return _per_worker(session.connection().execute(query), _measurement)


def _measurement(
    measured_on: dt.date,
    wage_value: Decimal,
    term: ReassessTerm | None,
    method: str | None,
    assessor: str | None,
) -> Measurement:
    term = term if term is not None else ReassessTerm.NONE
    return Measurement(measured_on, wage_value, term, method=method, assessor=assessor)


def _per_worker(rows: Iterable[Sequence[Any]], make: Callable[..., T]) -> dict[int, list[T]]:
    """``make`` of each row's other columns, listed per worker id (the row's first column)
    in the order of the rows."""
    grouped: dict[int, list[T]] = defaultdict(list)
    for worker_id, *values in rows:
        grouped[worker_id].append(make(*values))
    return grouped
