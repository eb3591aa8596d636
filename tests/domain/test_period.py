"""Tests for sodesk.domain.period: inclusive day ranges and the R5 edge share."""

import itertools
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sodesk.domain.period import (
    Period,
    add_months,
    days_in_month,
    days_in_year,
    share_inside,
)

JAN = Period(date(2025, 1, 1), date(2025, 1, 31))


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValueError, match="before start"):
        Period(date(2025, 2, 1), date(2025, 1, 31))


def test_days_include_both_ends() -> None:
    assert JAN.days == 31
    assert Period(date(2025, 1, 1), date(2025, 1, 1)).days == 1
    assert Period.year(2024).days == 366


def test_contains_and_overlap() -> None:
    assert JAN.contains(date(2025, 1, 31))
    assert not JAN.contains(date(2025, 2, 1))
    other = Period(date(2025, 1, 20), date(2025, 2, 10))
    assert JAN.overlap(other) == Period(date(2025, 1, 20), date(2025, 1, 31))
    assert JAN.overlap(Period(date(2025, 2, 1), date(2025, 2, 2))) is None


def test_month_of_and_year() -> None:
    assert Period.month_of(date(2024, 2, 10)) == Period(date(2024, 2, 1), date(2024, 2, 29))
    assert Period.year(2025) == Period(date(2025, 1, 1), date(2025, 12, 31))


def test_days_in_year_and_month() -> None:
    assert days_in_year(2024) == 366
    assert days_in_year(2025) == 365
    assert days_in_month(date(2025, 2, 3)) == 28
    assert days_in_month(date(2024, 2, 3)) == 29


def test_months_are_clipped_calendar_months() -> None:
    months = Period(date(2024, 12, 15), date(2025, 2, 3)).months()
    assert months == [
        Period(date(2024, 12, 15), date(2024, 12, 31)),
        Period(date(2025, 1, 1), date(2025, 1, 31)),
        Period(date(2025, 2, 1), date(2025, 2, 3)),
    ]


def test_split_at_starts_a_segment_at_each_date_inside() -> None:
    parts = JAN.split_at([date(2025, 1, 10), date(2024, 5, 1), date(2025, 1, 1), date(2025, 1, 10)])
    assert parts == [
        Period(date(2025, 1, 1), date(2025, 1, 9)),
        Period(date(2025, 1, 10), date(2025, 1, 31)),
    ]
    assert JAN.split_at([]) == [JAN]
    assert JAN.split_at([date(2025, 1, 31)])[-1] == Period(date(2025, 1, 31), date(2025, 1, 31))


def test_each_day() -> None:
    days = list(Period(date(2024, 2, 28), date(2024, 3, 1)).each_day())
    assert days == [date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)]


def test_add_months_clips_to_month_end() -> None:
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2025, 1, 15), 12) == date(2026, 1, 15)
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)


def test_share_inside_takes_the_days_inside() -> None:
    entry = Period(date(2025, 1, 20), date(2025, 2, 8))  # 20 days, 12 in January
    assert share_inside(entry, Decimal(100), JAN) == Decimal(60)
    assert share_inside(JAN, Decimal("7.77"), JAN) == Decimal("7.77")
    assert share_inside(Period(date(2025, 3, 1), date(2025, 3, 2)), Decimal(5), JAN) == 0


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=800),
    st.lists(st.dates(min_value=date(2020, 1, 1), max_value=date(2033, 1, 1)), max_size=8),
)
def test_split_and_months_cover_the_period_without_gaps(
    start: date, length: int, cuts: list[date]
) -> None:
    period = Period(start, start + timedelta(days=length))
    for parts in (period.split_at(cuts), period.months()):
        assert parts[0].start == period.start
        assert parts[-1].end == period.end
        assert sum(p.days for p in parts) == period.days
        for left, right in itertools.pairwise(parts):
            assert right.start == left.end + timedelta(days=1)


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 1, 1)),
    st.integers(min_value=0, max_value=100),
    st.decimals(min_value=0, max_value=10**6, places=2),
)
def test_shares_of_adjacent_periods_add_up(start: date, length: int, amount: Decimal) -> None:
    entry = Period(start, start + timedelta(days=length))
    months = entry.months()
    total = sum(share_inside(entry, amount, m) for m in months)
    assert abs(total - amount) < Decimal("1e-20")
