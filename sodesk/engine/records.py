"""The engine's plain input records: what a company run is computed from.

Why plain: the run is a pure function of these records, so it can be computed in another
process (they travel by the standard pickle), tested without a database, and fed by any
source (:class:`sodesk.engine.run.Source`; the database's is
:class:`sodesk.storage.company_source.CompanySource`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sodesk.domain.enums import TargetGroup, WorkType
from sodesk.domain.parameters import MunicipalityTerms, ParameterSet
from sodesk.domain.period import Period
from sodesk.domain.worker_month import WorkerFacts

#: (worker id, activity id, first of month, hours)
ProductiveRow = tuple[int, int, dt.date, Decimal]
#: (worker id, activity id or None, coach, first of month, hours)
GuidanceRow = tuple[int, int | None, str, dt.date, Decimal]
#: hours per worker id, activity id and day
DailyHours = dict[int, dict[int, dict[dt.date, Decimal]]]


@dataclass(frozen=True, slots=True)
class Placement:
    """Plaatsing: the work type a worker is placed in, from/to."""

    work_type: WorkType
    activity_id: int | None
    start: dt.date
    end: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class WorkerRecord:
    """A worker as the reports need them: domain facts plus storage keys."""

    id: int
    facts: WorkerFacts
    municipality_id: int
    coach: str | None
    birth_date: dt.date | None
    placements: tuple[Placement, ...]

    @property
    def target_group(self) -> TargetGroup:
        return self.facts.target_group

    def work_type_on(self, day: dt.date) -> WorkType | None:
        """The work type of the placement in force on ``day`` (None: unplaced)."""
        for placement in reversed(self.placements):  # the latest in force wins
            if placement.active_on(day):
                return placement.work_type
        return None


@dataclass(frozen=True, slots=True)
class CompanyFacts:
    """What a run needs besides the hours: parameters, municipalities, workers, activities."""

    params: ParameterSet
    municipalities: dict[int, MunicipalityTerms]
    workers: dict[int, WorkerRecord]
    activity_codes: dict[int, str]


@dataclass
class MonthRead:
    """A month's hour and guidance sums as read from the source (rows in order)."""

    month: Period
    productive: list[ProductiveRow]
    guidance: list[GuidanceRow]
    #: hours per day, per worker and activity, of the workers with a cut date inside the
    #: month (:func:`sodesk.engine.month.split_candidates`): where the wage value or WML
    #: may change mid-month
    daily: DailyHours = field(default_factory=dict)
