"""Guidance per person per month (begeleidingsintensiteit), for the municipal report.

Why: a municipality pays a guidance allowance per place (R9) and wants to see how much
guidance its residents get. Hours alone depend on how many people were in service and for
how long, so the report divides the hours of the people guided by the months those people
were in service in the period (SCREENS.md, the municipal report's page "Begeleiding").

Choices (DOMAIN.md leaves them open):

* A person is *guided* when they have guidance hours in the period (hours > 0).
* Months in service (maanden in dienst) count per calendar month: the days inside an
  employment in that month divided by the days of the whole calendar month, so March worked
  until the 20th is 20 / 31 of a month and a full year is 12. Overlapping employments count
  each day once. A month the period cuts in two counts only its days inside the period.
* Hours per person per month = the guided people's hours / their months in service; not
  defined (None) when they were in service for no day of the period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from sodesk.domain.money import ZERO, safe_div
from sodesk.domain.period import ONE_DAY, Period, days_in_month
from sodesk.domain.worker_month import Employment


def _merged(employments: Iterable[Employment], period: Period) -> list[Period]:
    """The employments' days inside ``period`` as separate, non-touching spans."""
    spans: list[Period] = []
    for e in employments:
        end = period.end if e.end is None else e.end
        part = None if e.start > end else period.overlap(Period(e.start, end))
        if part is not None:
            spans.append(part)
    spans.sort()
    merged: list[Period] = []
    for span in spans:
        if merged and span.start <= merged[-1].end + ONE_DAY:
            merged[-1] = Period(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def months_in_service(employments: Iterable[Employment], period: Period) -> Decimal:
    """A person's months in service inside ``period``: per calendar month, days / month days.

    Args:
        employments: the person's employments (an open end runs on).
        period: the report period.

    Returns:
        The sum over the period's months of the days employed in that month divided by the
        number of days of the calendar month (unrounded; 12 for a whole year).
    """
    spans = _merged(employments, period)
    total = ZERO
    for month in _months(period):
        days = sum(common.days for s in spans if (common := s.overlap(month)) is not None)
        if days:
            total += Decimal(days) / days_in_month(month.start)
    return total


@lru_cache(maxsize=8)
def _months(period: Period) -> tuple[Period, ...]:
    """The period's months, made once for the hundreds of people of one report."""
    return tuple(period.months())


@dataclass(frozen=True, slots=True)
class GuidanceIntensity:
    """The guided people of a group and their hours per person per month in service.

    Attributes:
        guided_persons: people with guidance hours in the period.
        hours: their guidance hours.
        months_in_service: their months in service in the period (person-months).
    """

    guided_persons: int
    hours: Decimal
    months_in_service: Decimal

    @property
    def hours_per_person_month(self) -> Decimal | None:
        """Guidance hours per guided person per month in service; None without months."""
        return safe_div(self.hours, self.months_in_service)


def guidance_intensity(people: Iterable[tuple[Decimal, Decimal]]) -> GuidanceIntensity:
    """The intensity over a group: ``(guidance hours, months in service)`` per person.

    People without guidance hours are not guided and count neither hours nor months.

    Raises:
        ValueError: for negative hours or months.
    """
    guided = 0
    hours = months = ZERO
    for person_hours, person_months in people:
        if person_hours < 0 or person_months < 0:
            raise ValueError(
                f"hours and months must not be negative: {person_hours}, {person_months}"
            )
        if person_hours > 0:
            guided += 1
            hours += person_hours
            months += person_months
    return GuidanceIntensity(guided, hours, months)
