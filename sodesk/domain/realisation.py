"""Target and realisation of sheltered work (taakstelling en realisatie), R10.

Rule R10 (DOMAIN.md; seed 000 lines 95-97 for the job of 31 hours; seed 001 line 124 for the
waiting list): realisation on a date counts workers with a sheltered-work indication in
employment, two ways: persons (personen, as UWV counts) and jobs of 31 hours (banen van 31
uur: contract hours / 31, the unit of the targets).

Choices where DOMAIN.md leaves room:

* ``percent`` is ``jobs_31h / target`` (the target's own unit); ``percent_persons`` is
  ``persons / target``, the way the regional table (regions_2025.csv) compares.
* ``gap`` is ``target - jobs_31h``: the places still to realise (negative above target);
  ``gap_persons`` likewise in persons.
* The waiting list (wachtlijst) on a date holds every person with a positive advice dated on
  or before that date who has not been placed by then, whatever ``placeable`` says; the
  counts per ``placeable`` are given beside the total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sodesk.domain.enums import Placeable, TargetGroup
from sodesk.domain.money import ZERO, safe_div
from sodesk.domain.subsidy import JOB_HOURS


@dataclass(frozen=True, slots=True)
class Realisation:
    """Realisation against target (realisatie tegen taakstelling); percentages as fractions."""

    target: int | None
    persons: int
    jobs_31h: Decimal
    percent: Decimal | None
    gap: Decimal | None
    waiting: int
    percent_persons: Decimal | None = None
    gap_persons: int | None = None


def realisation(
    employed: Sequence[tuple[TargetGroup, Decimal]], target: int | None, waiting: int
) -> Realisation:
    """Realisation on a date from the workers employed then (R10).

    Args:
        employed: per worker in employment on the date: target group and contract hours per
            week (sum them per worker when one has two employments). Only sheltered counts.
        target: the municipality's target for the year in jobs of 31 hours, if known.
        waiting: the number on the waiting list on that date.
    """
    sheltered = [hours for group, hours in employed if group is TargetGroup.SHELTERED]
    persons = len(sheltered)
    jobs = sum(sheltered, ZERO) / JOB_HOURS
    if target is None:
        return Realisation(None, persons, jobs, None, None, waiting)
    goal = Decimal(target)
    return Realisation(
        target=target,
        persons=persons,
        jobs_31h=jobs,
        percent=safe_div(jobs, goal),
        gap=goal - jobs,
        waiting=waiting,
        percent_persons=safe_div(Decimal(persons), goal),
        gap_persons=target - persons,
    )


@dataclass(frozen=True, slots=True)
class WaitingEntry:
    """A person with a positive sheltered-work advice, not (yet) employed (wachtlijst)."""

    municipality_code: str
    reference: str
    advice_date: date
    placeable: Placeable
    reason: str | None = None
    placed_on: date | None = None

    def waiting_on(self, d: date) -> bool:
        """Whether the person is on the waiting list on ``d``."""
        return self.advice_date <= d and (self.placed_on is None or self.placed_on > d)


def waiting_counts(entries: Iterable[WaitingEntry], on: date) -> dict[Placeable, int]:
    """Persons waiting on ``on`` per placeable status (every status present, zero or more)."""
    counts = dict.fromkeys(Placeable, 0)
    for entry in entries:
        if entry.waiting_on(on):
            counts[entry.placeable] += 1
    return counts


def waiting_total(entries: Iterable[WaitingEntry], on: date) -> int:
    """Persons on the waiting list on ``on``."""
    return sum(waiting_counts(entries, on).values())
