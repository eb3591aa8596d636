"""Tests for sodesk.domain.dated: values in force from a date."""

from datetime import date

import pytest

from sodesk.domain.dated import DatedSeries
from sodesk.domain.period import Period

SERIES = DatedSeries.of([(date(2025, 7, 1), "b"), (date(2025, 1, 1), "a")])


def test_value_on_takes_latest_valid_from() -> None:
    assert SERIES.value_on(date(2024, 12, 31)) is None
    assert SERIES.value_on(date(2025, 1, 1)) == "a"
    assert SERIES.value_on(date(2025, 6, 30)) == "a"
    assert SERIES.value_on(date(2025, 7, 1)) == "b"
    assert SERIES.valid_from_on(date(2026, 1, 1)) == date(2025, 7, 1)
    assert SERIES.valid_from_on(date(2020, 1, 1)) is None


def test_change_dates_are_sorted() -> None:
    assert SERIES.change_dates() == (date(2025, 1, 1), date(2025, 7, 1))


def test_segments_split_where_value_changes() -> None:
    period = Period(date(2024, 12, 30), date(2025, 7, 2))
    assert SERIES.segments(period) == [
        (Period(date(2024, 12, 30), date(2024, 12, 31)), None),
        (Period(date(2025, 1, 1), date(2025, 6, 30)), "a"),
        (Period(date(2025, 7, 1), date(2025, 7, 2)), "b"),
    ]


def test_duplicate_valid_from_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        DatedSeries.of([(date(2025, 1, 1), 1), (date(2025, 1, 1), 2)])


def test_empty_series_has_no_value() -> None:
    assert DatedSeries[int]().value_on(date(2025, 1, 1)) is None
