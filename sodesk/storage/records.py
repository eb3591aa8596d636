"""The plain records the report readers return: frozen dataclasses of domain values.

Why a module of its own: the report builders (:mod:`sodesk.reports`) take these records and
never a session, and may import this module alone of storage (an import contract in
pyproject.toml). It imports no SQLAlchemy; the readers that fill the records live beside it
(:mod:`~sodesk.storage.activity_source`, :mod:`~sodesk.storage.municipal_source`,
:mod:`~sodesk.storage.outlook_source`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain.enums import TargetGroup, WorkType
from sodesk.domain.parameters import FixedRegime
from sodesk.domain.realisation import WaitingEntry
from sodesk.domain.revenue import PeriodAmount, PeriodPieces, RateAgreement

NATIONAL_REGION = "Nederland"
"""The row of regions_2025.csv that holds the national figures."""


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    """An activity as the report lists it."""

    id: int
    code: str
    name: str
    work_type: WorkType
    client_name: str


@dataclass(frozen=True)
class ActivityRecords:
    """An activity report's input beside the run (entries overlap the period)."""

    activities: list[ActivityRecord]
    """Every activity with its client, by code."""
    work_types: dict[int, WorkType]
    invoices: dict[int, list[PeriodAmount]]
    purchases: dict[int, list[PeriodAmount]]
    production: dict[int, list[PeriodPieces]]
    rates: dict[int, list[RateAgreement]]
    """Every rate agreement per activity id, by start date."""
    hours_per_day: dict[int, dict[dt.date, Decimal]]
    """Productive hours per day of the activities whose rate changes inside a month."""


@dataclass(frozen=True, slots=True)
class MunicipalityKey:
    """A municipality's database id, code and name (for lookups before a report runs)."""

    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class RegionFigures:
    """One row of the regional table (arbeidsmarktregio): target end 2025, working Sep 2025.

    ``share`` is the table's own realised / target, as a fraction (0.7350 for 73.50 %).
    """

    region: str
    target: int
    working: int
    share: Decimal


@dataclass(frozen=True)
class MunicipalRecords:
    """What a municipal report reads beside the company run and the activity report."""

    key: MunicipalityKey
    waiting: list[WaitingEntry]
    """The municipality's whole waiting list."""
    employed_at_end: list[tuple[TargetGroup, Decimal]]
    """Per worker in employment on the period's last day: target group, contract hours."""
    region: RegionFigures | None
    """The municipality's labour-market region (None: none or not in the table)."""
    national: RegionFigures | None
    sector_mix: dict[WorkType, Decimal]
    """The sector's share of sheltered workers per work type, as fractions."""
    work_types: dict[int, WorkType]
    """Every activity's work type by id (which parameters the figures lack)."""


@dataclass(frozen=True, slots=True)
class PensionAge:
    """The state pension age (AOW-leeftijd) of a year, as pension_age.csv gives it."""

    year: int
    years: int
    months: int
    status: str | None


@dataclass(frozen=True)
class OutlookRecords:
    """What the outlook report reads beside the services' outlook and plan."""

    statutory: FixedRegime
    """The statutory regime of 2028 (its fraction is on the report)."""
    pension_ages: list[PensionAge]
    """Every known pension age, by year."""
