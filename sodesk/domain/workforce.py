"""Workforce outlook (personeelsprognose): headcount and 31-hour jobs per work type for the
coming years, from birth dates (statutory pension age, AOW-leeftijd, a dated parameter),
contract ends and the inflow a user expects; with a warning where a work type falls below
the critical mass the user sets. Wsw staff are leaving and companies worry about keeping
enough people per line of work (seeds 002 and 004).

Rules: a person counts on 1 January of a year when employed then (contract not ended) and
not yet of pension age; the pension date is the day a person reaches the age that applies
in the calendar year they reach it; expected inflow of a year counts from 1 January of that
year, with the contract hours the user gives (31 by default: one job).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sodesk.domain.enums import TargetGroup, WorkType
from sodesk.domain.money import ZERO
from sodesk.domain.period import add_months
from sodesk.domain.subsidy import JOB_HOURS
from sodesk.domain.validation import Finding

DEFAULT_CRITICAL_MASS = 10
"""The fewest people a line of work needs, unless the user sets another (the Analyses tab
and ``sodesk report outlook --critical-mass``)."""
OUTLOOK_YEARS = 10
"""How many years the outlook looks ahead (1 January of each)."""


@dataclass(frozen=True, slots=True)
class PensionAge:
    """The statutory pension age in a calendar year: years and months."""

    years: int
    months: int

    @property
    def in_months(self) -> int:
        return self.years * 12 + self.months


def pension_age_in(year: int, ages: Mapping[int, PensionAge]) -> PensionAge:
    """The age for ``year``; beyond the last known year, the last known age.

    Raises:
        ValueError: when no age is known for or before ``year``.
    """
    known = [y for y in ages if y <= year]
    if not known:
        raise ValueError(f"no pension age known for {year} or before")
    return ages[max(known)]


def pension_date(birth: date, ages: Mapping[int, PensionAge]) -> date:
    """The day a person born on ``birth`` reaches the statutory pension age."""
    first = min(ages)
    for year in range(birth.year + 60, birth.year + 76):
        age = pension_age_in(max(year, first), ages)
        reached = add_months(birth, age.in_months)
        if reached.year <= year:
            return reached
    return add_months(birth, pension_age_in(birth.year + 75, ages).in_months)


@dataclass(frozen=True, slots=True)
class OutlookPerson:
    """A person in the outlook: work type, birth date, contract hours and contract end."""

    work_type: WorkType | None
    target_group: TargetGroup
    birth_date: date | None
    contract_hours: Decimal
    contract_end: date | None = None


@dataclass(frozen=True, slots=True)
class OutlookYear:
    """Headcount and 31-hour jobs of a work type on 1 January of a year."""

    year: int
    work_type: WorkType | None
    headcount: int
    jobs_31h: Decimal
    wsw_headcount: int
    inflow: int
    below_critical_mass: bool


def workforce_outlook(
    people: Iterable[OutlookPerson],
    first_year: int,
    years: int,
    ages: Mapping[int, PensionAge],
    inflow: Mapping[tuple[int, WorkType], int] | None = None,
    inflow_hours: Decimal = JOB_HOURS,
    critical_mass: Mapping[WorkType, int] | None = None,
) -> tuple[list[OutlookYear], list[Finding]]:
    """The outlook for ``years`` years from ``first_year``, per work type, with findings."""
    inflow = inflow or {}
    critical_mass = critical_mass or {}
    staff = list(people)
    leaving = [None if p.birth_date is None else pension_date(p.birth_date, ages) for p in staff]
    findings: list[Finding] = []
    unknown = sum(1 for p in staff if p.birth_date is None)
    if unknown:
        findings.append(
            Finding(
                "outlook.no_birth_date",
                "",
                "birth_date",
                unknown,
                arguments={"count": unknown},
            )
        )
    last_known = max(ages)
    if first_year + years - 1 > last_known:
        age = ages[last_known]
        findings.append(
            Finding(
                "outlook.pension_age_assumed",
                "",
                "pension_age",
                last_known,
                arguments={"last_known": last_known, "years": age.years, "months": age.months},
            )
        )
    result = []
    work_types: list[WorkType | None] = [*WorkType]
    if any(p.work_type is None for p in staff):
        work_types.append(None)
    for year in range(first_year, first_year + years):
        day = date(year, 1, 1)
        for work_type in work_types:
            count = wsw = 0
            jobs = ZERO
            for person, pension in zip(staff, leaving, strict=True):
                if person.work_type is not work_type:
                    continue
                if person.contract_end is not None and person.contract_end < day:
                    continue
                if pension is not None and pension <= day:
                    continue
                count += 1
                jobs += person.contract_hours / JOB_HOURS
                wsw += person.target_group is TargetGroup.WSW
            new = 0
            if work_type is not None:
                new = sum(n for (y, w), n in inflow.items() if w is work_type and y <= year)
                count += new
                jobs += new * inflow_hours / JOB_HOURS
            minimum = critical_mass.get(work_type) if work_type is not None else None
            below = minimum is not None and count < minimum
            if below and work_type is not None:
                findings.append(
                    Finding(
                        "outlook.below_critical_mass",
                        "",
                        "critical_mass",
                        count,
                        work_type.value,
                        arguments={
                            "work_type": work_type,
                            "count": count,
                            "year": year,
                            "minimum": minimum,
                        },
                    )
                )
            result.append(
                OutlookYear(
                    year,
                    work_type,
                    count,
                    jobs,
                    wsw,
                    inflow.get((year, work_type), 0) if work_type else 0,
                    below,
                )
            )
    return result, findings
