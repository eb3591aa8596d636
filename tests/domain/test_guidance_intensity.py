"""Guidance per person per month in service (begeleidingsintensiteit)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sodesk.domain.guidance_intensity import (
    GuidanceIntensity,
    guidance_intensity,
    months_in_service,
)
from sodesk.domain.period import Period
from sodesk.domain.worker_month import Employment

YEAR = Period.year(2025)
MARCH = Period.month_of(date(2025, 3, 1))


def job(start: str, end: str | None = None) -> Employment:
    return Employment(
        date.fromisoformat(start),
        None if end is None else date.fromisoformat(end),
        Decimal(20),
        Decimal("14.06"),
    )


def test_a_whole_year_is_twelve_months_and_an_open_end_runs_on() -> None:
    assert months_in_service([job("2010-01-01")], YEAR) == 12
    assert months_in_service([job("2010-01-01", "2030-01-01")], YEAR) == 12


def test_part_of_a_month_counts_its_days_over_the_days_of_that_month() -> None:
    """Until 20 March: 20 / 31; from 15 February to 14 April: 14/28 + 1 + 14/30."""
    assert months_in_service([job("2025-01-01", "2025-03-20")], MARCH) == Decimal(20) / 31
    spring = months_in_service([job("2025-02-15", "2025-04-14")], YEAR)
    assert spring == Decimal(14) / 28 + 1 + Decimal(14) / 30


def test_a_period_cutting_a_month_counts_only_its_days() -> None:
    half = Period(date(2025, 3, 16), date(2025, 4, 15))
    assert months_in_service([job("2020-01-01")], half) == Decimal(16) / 31 + Decimal(15) / 30


def test_overlapping_or_touching_employments_count_each_day_once() -> None:
    jobs = [job("2025-03-01", "2025-03-20"), job("2025-03-10", "2025-03-25"), job("2025-03-26")]
    assert months_in_service(jobs, MARCH) == 1
    gap = [job("2025-03-01", "2025-03-10"), job("2025-03-21", "2025-03-31")]
    assert months_in_service(gap, MARCH) == Decimal(21) / 31


def test_employments_outside_the_period_count_nothing() -> None:
    outside = [job("2024-01-01", "2025-02-28"), job("2025-04-01")]
    assert months_in_service(outside, MARCH) == 0
    assert months_in_service([], MARCH) == 0


def test_hours_per_guided_person_per_month() -> None:
    """Guided: 2 h over 1 month and 3 h over 20/31; not guided: 0 h over 1 month.

    (2 + 3) / (1 + 20/31) = 5 x 31 / 51 = 3,039...
    """
    result = guidance_intensity(
        [(Decimal(2), Decimal(1)), (Decimal(3), Decimal(20) / 31), (Decimal(0), Decimal(1))]
    )
    assert (result.guided_persons, result.hours) == (2, 5)
    assert result.months_in_service == 1 + Decimal(20) / 31
    assert result.hours_per_person_month is not None
    assert abs(result.hours_per_person_month - Decimal(155) / 51) < Decimal("1e-20")


def test_no_months_in_service_leaves_the_ratio_undefined() -> None:
    assert GuidanceIntensity(1, Decimal(4), Decimal(0)).hours_per_person_month is None
    assert guidance_intensity([]) == GuidanceIntensity(0, Decimal(0), Decimal(0))


def test_negative_hours_or_months_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        guidance_intensity([(Decimal(-1), Decimal(1))])
    with pytest.raises(ValueError, match="negative"):
        guidance_intensity([(Decimal(1), Decimal(-1))])
